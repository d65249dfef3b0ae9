using Nestor.Mongo.Shapes;
using Nestor.Nest.Model;

namespace Nestor.Nest.Mongoose;

/// <summary>A call on an injected model (<c>this.catModel.find(...)</c>) and the query shape it sends.</summary>
public sealed record QuerySite(string ModelName, string Method, string ClassName, string? MethodName, SourceLocation Location, QueryShape Shape);
