using Nestor.Mongo.Shapes;
using Nestor.Nest.Model;
using Nestor.Nest.Mongoose;
using Nestor.Rules.Engine;
using Nestor.Semantics;
using Nestor.Syntax;
using Nestor.Text;

namespace Nestor.Rules.Mongo;

/// <summary>What a database round trip does: read, write or insert; the batched form differs.</summary>
internal enum QueryKind
{
    Read,
    Write,
    Insert,

    /// <summary>A write through a document already loaded: <c>doc.save()</c>, <c>doc.deleteOne()</c>.</summary>
    DocumentWrite,

    /// <summary>A write of one document held outside the loop, again on every iteration.</summary>
    RepeatedWrite,
}

/// <summary>
/// The round trip a call makes: the model call at the end (<c>Product.findById</c>, where it is) and
/// the methods it goes through (<c>ProductsService.requireProduct</c>, <c>ProductsRepository.findById</c>).
/// </summary>
/// <param name="Paginated">The query reads one page (<c>.skip()</c>, <c>$skip</c>, a range on <c>_id</c>): a batch by design.</param>
internal sealed record QueryTrace(string Model, string Method, QueryKind Kind, string Path, TextSpan Span, IReadOnlyList<string> Through, bool Paginated)
{
    public string ModelCall => $"{Model}.{Method}";
}

/// <summary>
/// Which calls run a MongoDB query: a call on an injected model (a query site of the NestJS model,
/// or <c>this.field.method()</c> where the field is a Mongoose <c>Model</c>), or a call of a method of
/// the class itself (<c>this.load()</c>) or of an injected service or repository (<c>this.repo.find()</c>)
/// that performs one, followed through the semantic model to the class and method (its
/// implementations when the field's type is abstract, an interface or a token), transitively up
/// to <see cref="MaxDepth"/> calls deep, each method examined once.
/// </summary>
internal sealed class QueryCallFacts
{
    public const int MaxDepth = 4;

    private static readonly Dictionary<string, QueryKind> ModelMethods = new(StringComparer.Ordinal)
    {
        ["find"] = QueryKind.Read,
        ["findOne"] = QueryKind.Read,
        ["findById"] = QueryKind.Read,
        ["exists"] = QueryKind.Read,
        ["countDocuments"] = QueryKind.Read,
        ["count"] = QueryKind.Read,
        ["estimatedDocumentCount"] = QueryKind.Read,
        ["distinct"] = QueryKind.Read,
        ["aggregate"] = QueryKind.Read,
        ["updateOne"] = QueryKind.Write,
        ["updateMany"] = QueryKind.Write,
        ["replaceOne"] = QueryKind.Write,
        ["deleteOne"] = QueryKind.Write,
        ["deleteMany"] = QueryKind.Write,
        ["findOneAndUpdate"] = QueryKind.Write,
        ["findOneAndDelete"] = QueryKind.Write,
        ["findOneAndReplace"] = QueryKind.Write,
        ["findOneAndRemove"] = QueryKind.Write,
        ["findByIdAndUpdate"] = QueryKind.Write,
        ["findByIdAndDelete"] = QueryKind.Write,
        ["findByIdAndRemove"] = QueryKind.Write,
        ["create"] = QueryKind.Insert,
    };

    private static readonly HashSet<string> ModelTypes = new(StringComparer.Ordinal)
    {
        "Model", "ReturnModelType", "PaginateModel", "SoftDeleteModel", "AggregatePaginateModel",
    };

    private readonly SemanticModel _semantics;
    private readonly NestProject _nest;
    private readonly Dictionary<(string Path, int Start), QuerySite> _sites = [];
    private readonly Dictionary<(ClassSymbol Class, string Method), QueryTrace?> _methods = [];
    private readonly HashSet<(ClassSymbol Class, string Method)> _inProgress = [];
    private readonly Dictionary<ClassSymbol, List<ClassSymbol>> _subclasses = [];

    public QueryCallFacts(SemanticModel semantics, NestProject nest)
    {
        _semantics = semantics;
        _nest = nest;
        foreach (var site in nest.QuerySites)
        {
            _sites.TryAdd((site.Location.Path, site.Location.Span.Start), site);
        }

        foreach (var symbol in semantics.Classes)
        {
            if (BaseClassOf(symbol) is { } baseClass)
            {
                if (!_subclasses.TryGetValue(baseClass, out var list))
                {
                    _subclasses[baseClass] = list = [];
                }

                list.Add(symbol);
            }
        }
    }

    /// <summary>The query <paramref name="call"/> (in <paramref name="file"/>) runs, or null when it runs none the project shows.</summary>
    public QueryTrace? Trace(FileModel file, CallExpression call)
    {
        if (MongoSyntax.ThisCall(call) is null && !IsNewModelSave(call))
        {
            return null;
        }

        var declaration = MongoSyntax.EnclosingClass(file.Tree, call);
        var symbol = declaration is null ? null : file.Classes.FirstOrDefault(c => c.Syntax == declaration);
        return symbol is null ? null : TraceCall(symbol, file, call, 0);
    }

    /// <summary>True when the query of <paramref name="call"/> is already the batched form: <c>$in</c> in its filter.</summary>
    public bool IsBatched(FileModel file, CallExpression call) =>
        _sites.TryGetValue((file.Path, call.Span.Start), out var site)
            ? site.Shape.Filter.Concat(site.Shape.OrBranches.SelectMany(b => b)).Any(p => p.Kind == PredicateKind.In)
            : call.Arguments.Count > 0 && MongoSyntax.HasKey(call.Arguments[0], "$in");

    /// <summary>The model behind <c>this.field</c> in <paramref name="instance"/>, or null when the field holds none the project shows.</summary>
    public string? InjectedModel(ClassSymbol instance, string field) => ModelOf(instance, field);

    /// <summary>
    /// The methods <c>this.method()</c> (<paramref name="field"/> null) or <c>this.field.method()</c> may run from
    /// <paramref name="instance"/>: the instance each runs on, and the method's declaration (a method, or a property
    /// holding a function); the implementations when the method found is abstract.
    /// </summary>
    public IEnumerable<(ClassSymbol Instance, ClassSymbol Owner, ClassElement Declaration)> Callees(ClassSymbol instance, string? field, string method)
    {
        foreach (var target in field is null ? [instance] : FieldClasses(instance, field))
        {
            switch (FindMethod(target, method))
            {
                case var (owner, declaration, body) when body is not null:
                    yield return (target, owner, declaration);
                    break;
                default:
                    foreach (var implementation in Implementations(target))
                    {
                        if (FindMethod(implementation, method) is var (owner, declaration, body) && body is not null)
                        {
                            yield return (implementation, owner, declaration);
                        }
                    }

                    break;
            }
        }
    }

    private QueryTrace? TraceCall(ClassSymbol instance, FileModel file, CallExpression call, int depth)
    {
        if (IsNewModelSave(call) && call.Expression is PropertyAccessExpression { Expression: var saved }
            && ExpressionWrappers.Strip(saved) is NewExpression { Expression: PropertyAccessExpression { Name: Identifier newField } }
            && ModelOf(instance, newField.Text) is { } savedModel)
        {
            return Model(savedModel, "save", QueryKind.Insert, file, call);
        }

        if (MongoSyntax.ThisCall(call) is not var (field, method))
        {
            return null;
        }

        if (_sites.TryGetValue((file.Path, call.Span.Start), out var site))
        {
            return Model(site.ModelName, site.Method, ModelMethods.GetValueOrDefault(site.Method, QueryKind.Read), file, call, site);
        }

        if (field is not null && ModelOf(instance, field) is { } model)
        {
            return ModelMethods.TryGetValue(method, out var kind) ? Model(model, method, kind, file, call) : null;
        }

        if (depth >= MaxDepth)
        {
            return null;
        }

        if (field is null)
        {
            return Method(instance, method, depth + 1);
        }

        foreach (var target in FieldClasses(instance, field))
        {
            if (Method(target, method, depth + 1) is { } trace)
            {
                return trace;
            }
        }

        return null;
    }

    private QueryTrace Model(string model, string method, QueryKind kind, FileModel file, CallExpression call, QuerySite? site = null)
    {
        var chained = MongoSyntax.ChainedMethods(file.Tree, call).ToList();
        var paginated = chained.Contains("skip")
            || (site is not null && (site.Shape.Pipeline.Contains("$skip") || site.Shape.Filter.Any(p => p.Path == "_id" && p.Kind == PredicateKind.Range)))
            || call.Arguments.Skip(1).Any(argument => ExpressionWrappers.Strip(argument) is ObjectLiteralExpression options && SyntaxFacts.Property(options, "skip") is not null);
        return new QueryTrace(model, method, kind, file.Path, call.Span, [], paginated);
    }

    /// <summary>The first query a method of <paramref name="instance"/> (own or inherited, or of its implementations) performs.</summary>
    private QueryTrace? Method(ClassSymbol instance, string method, int depth)
    {
        var key = (instance, method);
        if (_methods.TryGetValue(key, out var known))
        {
            return known;
        }

        if (!_inProgress.Add(key))
        {
            return null;
        }

        QueryTrace? trace = null;
        try
        {
            if (FindMethod(instance, method) is var (owner, _, body) && body is not null)
            {
                trace = FirstQuery(instance, owner, body, depth);
                trace = trace is null ? null : trace with { Through = [$"{owner.Name}.{method}", .. trace.Through] };
            }
            else
            {
                foreach (var implementation in Implementations(instance))
                {
                    if ((trace = Method(implementation, method, depth)) is not null)
                    {
                        break;
                    }
                }
            }
        }
        finally
        {
            _inProgress.Remove(key);
        }

        _methods[key] = trace;
        return trace;
    }

    // A query in its batched form is not what makes a loop N+1; a paginated one is kept only when nothing else is found.
    private QueryTrace? FirstQuery(ClassSymbol instance, ClassSymbol owner, Node body, int depth)
    {
        if (_semantics.GetFile(owner.Path) is not { } file)
        {
            return null;
        }

        QueryTrace? paginated = null;
        foreach (var call in MongoSyntax.Descendants(body).OfType<CallExpression>())
        {
            // A query in a `catch` runs when something failed, not on every call.
            if (LoopFacts.IsInCatch(file.Tree, call, body) || TraceCall(instance, file, call, depth) is not { } trace || (trace.Through.Count == 0 && IsBatched(file, call)))
            {
                continue;
            }

            if (!trace.Paginated)
            {
                return trace;
            }

            paginated ??= trace;
        }

        return paginated;
    }

    private static (ClassSymbol Owner, ClassElement Declaration, Node? Body)? FindMethod(ClassSymbol instance, string method)
    {
        var seen = new HashSet<ClassSymbol>();
        for (var current = instance; current is not null && seen.Add(current); current = BaseClassOf(current))
        {
            foreach (var member in current.Members)
            {
                if (member.Name != method || member.IsStatic)
                {
                    continue;
                }

                switch (member.Syntax)
                {
                    case MethodDeclaration declaration:
                        return (current, declaration, declaration.Body);
                    case PropertyDeclaration { Initializer: var initializer } property when initializer is not null && ExpressionWrappers.Strip(initializer) is ArrowFunction or FunctionExpression:
                        return (current, property, initializer);
                }
            }
        }

        return null;
    }

    /// <summary>The classes that may stand behind <c>this.field</c>: its declared class, and the providers of its token.</summary>
    private IEnumerable<ClassSymbol> FieldClasses(ClassSymbol instance, string field)
    {
        var found = new List<ClassSymbol>();
        var seen = new HashSet<ClassSymbol>();
        for (var current = instance; current is not null && seen.Add(current); current = BaseClassOf(current))
        {
            var type = current.ConstructorParameters.FirstOrDefault(p => p.Name == field && p.IsParameterProperty)?.Type
                ?? current.Members.FirstOrDefault(m => m.Name == field && m.Kind == ClassMemberKind.Property)?.Type;
            if (type?.Target is ClassSymbol declared)
            {
                found.Add(declared);
            }

            if (_nest.Classes.TryGetValue(current.Name, out var injectable)
                && injectable.Dependencies.FirstOrDefault(d => d.ParameterName == field || d.Property == field) is { } dependency)
            {
                found.AddRange(Providers(dependency.Token));
            }

            if (found.Count > 0)
            {
                break;
            }
        }

        return found.Distinct();
    }

    private IEnumerable<ClassSymbol> Implementations(ClassSymbol symbol) =>
        _subclasses.GetValueOrDefault(symbol, []).Concat(Providers(ProviderToken.ForClass(symbol.Name))).Where(c => c != symbol).Distinct();

    private IEnumerable<ClassSymbol> Providers(ProviderToken token) =>
        _nest.Modules.SelectMany(module => module.Providers)
            .Where(provider => provider.Token.Equals(token) && provider.ImplementationClass is not null && provider.ImplementationClass != token.Value)
            .Select(provider => ClassNamed(provider.ImplementationClass!))
            .OfType<ClassSymbol>();

    private ClassSymbol? ClassNamed(string name) =>
        _nest.Classes.TryGetValue(name, out var injectable) && _semantics.ResolveClass(injectable.Location.Path, name) is { } symbol
            ? symbol
            : _semantics.Classes.Where(c => c.Name == name).Take(2).ToList() is [var only] ? only : null;

    /// <summary>The model behind <c>this.field</c>: <c>@InjectModel(X.name)</c>, or a field typed <c>Model&lt;X&gt;</c>.</summary>
    private string? ModelOf(ClassSymbol instance, string field)
    {
        var seen = new HashSet<ClassSymbol>();
        for (var current = instance; current is not null && seen.Add(current); current = BaseClassOf(current))
        {
            var parameter = current.ConstructorParameters.FirstOrDefault(p => p.Name == field && p.IsParameterProperty);
            var property = current.Members.FirstOrDefault(m => m.Name == field && m.Kind == ClassMemberKind.Property);
            var decorators = parameter?.Decorators ?? property?.Decorators ?? [];
            var type = parameter?.Type ?? property?.Type;
            if (parameter is null && property is null)
            {
                continue;
            }

            if (decorators.FirstOrDefault(d => d.Name is "InjectModel" or "InjectTypegooseModel") is { } inject)
            {
                return inject.Argument(0) switch
                {
                    StringValue text => text.Value,
                    SymbolReferenceValue reference => reference.Symbol?.Name ?? reference.Text,
                    _ => type?.TypeArguments.FirstOrDefault()?.Text ?? field,
                };
            }

            if (type is { Name: { } name } && ModelTypes.Contains(name[(name.LastIndexOf('.') + 1)..]) && type.Target is null or ExternalSymbol)
            {
                // `this.model = model` from a constructor parameter decorated `@InjectModel(X.name)`: the model is X.
                var injected = current.ConstructorParameters.FirstOrDefault(p => p.Name == field)?.Decorators.FirstOrDefault(d => d.Name is "InjectModel" or "InjectTypegooseModel");
                var argument = type.TypeArguments.FirstOrDefault()?.Text.Replace("typeof ", "", StringComparison.Ordinal);
                return (injected?.Argument(0) as StringValue)?.Value ?? (argument is null ? field : TypeArgumentOf(instance, current, argument));
            }

            return null;
        }

        return null;
    }

    /// <summary>
    /// What a type parameter of a generic base stands for in <paramref name="instance"/>:
    /// <c>T_DBModel</c> of <c>BaseRepository&lt;T_DBModel&gt;</c> is <c>JobDBModel</c> in <c>JobRepository extends BaseRepository&lt;JobDBModel&gt;</c>.
    /// </summary>
    private string TypeArgumentOf(ClassSymbol instance, ClassSymbol declaring, string text)
    {
        var chain = new List<ClassSymbol>();
        for (var current = instance; current is not null && !chain.Contains(current); current = BaseClassOf(current))
        {
            chain.Add(current);
            if (current == declaring)
            {
                break;
            }
        }

        for (var i = chain.Count - 1; i > 0; i--)
        {
            var parameters = chain[i].Syntax.TypeParameters?.Select(p => p.Name.Text).ToList() ?? [];
            var index = parameters.IndexOf(text);
            var heritage = chain[i - 1].Syntax.HeritageClauses.FirstOrDefault(c => c.Token == SyntaxKind.ExtendsKeyword)?.Types.FirstOrDefault()?.TypeArguments;
            if (index < 0 || heritage is null || index >= heritage.Count || _semantics.GetFile(chain[i - 1].Path) is not { } file)
            {
                break;
            }

            text = file.Text.ToString(heritage[index].Span);
        }

        return text;
    }

    // `new this.userModel(dto).save()`: an insert.
    private static bool IsNewModelSave(CallExpression call) =>
        call.Expression is PropertyAccessExpression { Name: Identifier { Text: "save" }, Expression: var receiver }
        && ExpressionWrappers.Strip(receiver) is NewExpression { Expression: PropertyAccessExpression { Expression: var target } }
        && ExpressionWrappers.Strip(target) is KeywordExpression { Kind: SyntaxKind.ThisKeyword };

    private static ClassSymbol? BaseClassOf(ClassSymbol symbol) => symbol.BaseClass is SymbolReferenceValue { Symbol: ClassSymbol baseClass } ? baseClass : null;
}
