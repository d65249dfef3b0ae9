using Nestor.Mongo.Advice;
using Nestor.Mongo.Indexes;
using Nestor.Mongo.Shapes;

namespace Nestor.Mongo.Tests.Advice;

/// <summary>Small builders for shapes, evidence and indexes, so each case reads like the query it stands for.</summary>
internal static class Shapes
{
    public static FieldPredicate Eq(string path) => new(path, PredicateKind.Equality);

    public static FieldPredicate In(string path) => new(path, PredicateKind.In);

    public static FieldPredicate Range(string path) => new(path, PredicateKind.Range);

    public static FieldPredicate Regex(string path) => new(path, PredicateKind.Regex);

    public static FieldPredicate Exists(string path) => new(path, PredicateKind.Exists);

    public static FieldPredicate Not(string path) => new(path, PredicateKind.Not);

    public static FieldPredicate All(string path) => new(path, PredicateKind.All);

    public static FieldPredicate Expr() => new("$expr", PredicateKind.Expr);

    public static SortKey Asc(string path) => new(path, 1);

    public static SortKey Desc(string path) => new(path, -1);

    public static QueryShape Find(string ns, FieldPredicate[] filter, SortKey[]? sort = null, FieldPredicate[][]? or = null) =>
        QueryShape.Create(ns, "find", filter, or, sort);

    /// <summary>Evidence of a shape that scanned the collection: <paramref name="count"/> runs, <paramref name="millis"/> in all.</summary>
    public static ShapeEvidence Scanned(QueryShape shape, double millis, long count = 1) => new(shape)
    {
        Count = count,
        TotalMillis = millis,
        DocsExamined = 10_000 * count,
        Returned = 10 * count,
        CollectionScans = count,
        PlanSummaries = ["COLLSCAN"],
        Sources = ["log"],
    };

    public static IndexDefinition Index(string ns, params (string Path, int Direction)[] keys) =>
        new(ns, IndexDefinition.DefaultName(keys.Select(k => IndexKey.Ordered(k.Path, k.Direction))), keys.Select(k => IndexKey.Ordered(k.Path, k.Direction)).ToList())
        {
            Source = IndexSources.GetIndexes,
        };

    public static AdviceReport Advise(params ShapeEvidence[] evidence) =>
        IndexAdvisor.Advise(new AdviceInput { Evidence = evidence });

    public static AdviceReport Advise(IndexDefinition[] existing, params ShapeEvidence[] evidence) =>
        IndexAdvisor.Advise(new AdviceInput { Evidence = evidence, ExistingIndexes = existing });

    /// <summary>The plans as "ns keyPattern" lines, in rank order: the exact answer a case expects.</summary>
    public static string[] PlanLines(AdviceReport report) =>
        report.Plans.Select(plan => $"{plan.Namespace} {plan.KeyPatternText}").ToArray();
}
