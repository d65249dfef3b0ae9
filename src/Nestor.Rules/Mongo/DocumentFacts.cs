using Nestor.Semantics;
using Nestor.Syntax;

namespace Nestor.Rules.Mongo;

/// <summary>
/// Which writes go through a Mongoose document the code holds: <c>user.save()</c>, <c>order.deleteOne()</c>,
/// <c>doc.updateOne(...)</c>, <c>doc.remove()</c> on a value the project shows is a document — an item of the
/// result of a model's <c>find</c> (directly, through <c>.exec()</c>, a local, or a method of the class or of an
/// injected service that returns it), the result of <c>findOne</c>/<c>findById</c>, a <c>new this.model(...)</c>,
/// or a value declared with a document type (<c>UserDocument</c> aliasing <c>HydratedDocument&lt;User&gt;</c> or
/// <c>User &amp; Document</c>, an interface extending Mongoose's <c>Document</c>). Anything else — a lean result, an
/// aggregate's rows, a DTO with a <c>save</c> method, a value the code does not show — is not a document here.
/// </summary>
internal sealed class DocumentFacts(SemanticModel semantics, QueryCallFacts queries)
{
    private const int MaxDepth = 4;

    /// <summary>The methods of a document that write it: each is a round trip.</summary>
    public static readonly IReadOnlySet<string> WriteMethods = new HashSet<string>(StringComparer.Ordinal) { "save", "deleteOne", "updateOne", "remove" };

    private static readonly HashSet<string> ManyQueries = new(StringComparer.Ordinal) { "find" };

    private static readonly HashSet<string> OneQueries = new(StringComparer.Ordinal) { "findOne", "findById", "findOneAndUpdate", "findByIdAndUpdate" };

    // Calls chained on a query that still resolve to hydrated documents (`lean`, `cursor`, `countDocuments`... do not).
    private static readonly HashSet<string> DocumentQueryLinks = new(StringComparer.Ordinal)
    {
        "exec", "sort", "limit", "skip", "select", "populate", "session", "collation", "hint", "where", "orFail",
    };

    // Array methods whose result holds the same items.
    private static readonly HashSet<string> SameItems = new(StringComparer.Ordinal)
    {
        "filter", "slice", "sort", "reverse", "toSorted", "toReversed",
    };

    private sealed record Source(string Model, bool IsNew);

    /// <summary>
    /// The round trip <paramref name="call"/> makes, on every iteration of <paramref name="loop"/>, when it writes
    /// through a document; null when it is not such a write, or the receiver may not be a document.
    /// </summary>
    public QueryTrace? Write(FileModel file, CallExpression call, Loop loop)
    {
        if (call.Expression is not PropertyAccessExpression { Name: Identifier method, Expression: var receiver } || !WriteMethods.Contains(method.Text))
        {
            return null;
        }

        var declaration = MongoSyntax.EnclosingClass(file.Tree, call);
        var instance = declaration is null ? null : file.Classes.FirstOrDefault(c => c.Syntax == declaration);
        var source = ExpressionWrappers.Strip(receiver) switch
        {
            Identifier name => One(file, instance, name, 0),
            ElementAccessExpression { Expression: var items } => Many(file, instance, items, 0),
            _ => null,
        };
        if (source is null)
        {
            return null;
        }

        // A document declared before the loop is the same one on every iteration: one write after the loop does.
        var sameEachTime = ExpressionWrappers.Strip(receiver) is Identifier held && semantics.FindLocal(file, held, held.Text) is { } local
            && !(local.Declaration.Span.Start >= loop.Node.Span.Start && local.Declaration.Span.End <= loop.Node.Span.End);
        var kind = sameEachTime ? QueryKind.RepeatedWrite : source.IsNew && method.Text == "save" ? QueryKind.Insert : QueryKind.DocumentWrite;
        return new QueryTrace(source.Model, method.Text, kind, file.Path, call.Span, [], false);
    }

    // A document: a name bound to one.
    private Source? One(FileModel file, ClassSymbol? instance, Identifier name, int depth)
    {
        if (depth > MaxDepth || semantics.FindLocal(file, name, name.Text) is not { IsDestructured: false } local)
        {
            return null;
        }

        switch (local.Declaration)
        {
            case VariableDeclaration variable when file.Tree.GetParent(variable) is VariableDeclarationList list && file.Tree.GetParent(list) is ForOfStatement loop:
                return loop.AwaitModifier is null && loop.Initializer == list ? Many(file, instance, loop.Expression, depth + 1) : null;
            case VariableDeclaration { Type: { } type }:
                return DocumentType(file, type, 0);
            case VariableDeclaration { Initializer: { } initializer } variable when !IsReassigned(file, variable, name.Text):
                return OneValue(file, instance, initializer, depth + 1);
            case Parameter { DotDotDotToken: null, Type: { } type }:
                return DocumentType(file, type, 0);
            case Parameter { DotDotDotToken: null } parameter when ItemsOf(file, parameter) is { } items:
                return Many(file, instance, items, depth + 1);
            default:
                return null;
        }
    }

    // A value that is one document: `await this.users.findById(id)`, `new this.users(dto)`, a method returning one.
    private Source? OneValue(FileModel file, ClassSymbol? instance, Expression expression, int depth)
    {
        switch (ExpressionWrappers.StripWithAwait(expression))
        {
            case NewExpression { Expression: PropertyAccessExpression { Expression: var target, Name: Identifier field } }
                when instance is not null && ExpressionWrappers.Strip(target) is KeywordExpression { Kind: SyntaxKind.ThisKeyword } && queries.InjectedModel(instance, field.Text) is { } model:
                return new Source(model, true);
            case CallExpression call:
                return Query(instance, call, OneQueries) ?? Returned(instance, call, many: false, depth);
            default:
                return null;
        }
    }

    // A collection of documents.
    private Source? Many(FileModel file, ClassSymbol? instance, Expression expression, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        switch (ExpressionWrappers.StripWithAwait(expression))
        {
            case Identifier name when semantics.FindLocal(file, name, name.Text) is { IsDestructured: false } local:
                return local.Declaration switch
                {
                    VariableDeclaration { Type: { } type } => ArrayOfDocuments(file, type),
                    VariableDeclaration { Initializer: { } initializer } variable when !IsForOfVariable(file, variable) && !IsReassigned(file, variable, name.Text) => Many(file, instance, initializer, depth + 1),
                    Parameter { DotDotDotToken: null, Type: { } type } => ArrayOfDocuments(file, type),
                    _ => null,
                };
            case CallExpression { Expression: PropertyAccessExpression { Name: Identifier method, Expression: var items } } when SameItems.Contains(method.Text):
                return Many(file, instance, items, depth + 1);
            case CallExpression { Expression: PropertyAccessExpression { Name: Identifier { Text: "map" } }, Arguments: [ArrowFunction arrow] } when !arrow.ModifierFlags.HasFlag(ModifierFlags.Async):
                return NewDocuments(file, instance, arrow);
            case CallExpression call:
                return Query(instance, call, ManyQueries) ?? Returned(instance, call, many: true, depth);
            default:
                return null;
        }
    }

    // `rows.map((row) => new this.users(row))`: a new document per item (not `async`, which makes promises of them).
    private Source? NewDocuments(FileModel file, ClassSymbol? instance, ArrowFunction arrow)
    {
        List<Expression?> made = arrow.Body switch
        {
            Block block => Returns(file, block).Select(statement => statement.Expression).ToList(),
            Expression expression => [expression],
            _ => [],
        };
        return made.Count > 0 && made.All(expression => expression is not null && ExpressionWrappers.Strip(expression) is NewExpression)
            && made.Select(expression => OneValue(file, instance, expression!, MaxDepth)).ToList() is var sources && sources.All(source => source is { IsNew: true })
                ? sources[0]
                : null;
    }

    // `this.users.find(...)`, with only links that keep documents chained (`.populate()`, `.exec()`), no `lean` option.
    private Source? Query(ClassSymbol? instance, CallExpression call, HashSet<string> methods)
    {
        var current = call;
        while (current.Expression is PropertyAccessExpression { Name: Identifier link, Expression: var inner } && DocumentQueryLinks.Contains(link.Text)
               && ExpressionWrappers.StripWithAwait(inner) is CallExpression query)
        {
            current = query;
        }

        return instance is not null && MongoSyntax.ThisCall(current) is ({ } field, var method) && methods.Contains(method)
            && !current.Arguments.Any(argument => MongoSyntax.HasKey(argument, "lean"))
            && queries.InjectedModel(instance, field) is { } model
                ? new Source(model, false)
                : null;
    }

    // `this.findInactive()` or `this.usersService.findInactive()`: every method it may run returns documents, by its declared type or its `return`s.
    private Source? Returned(ClassSymbol? instance, CallExpression call, bool many, int depth)
    {
        if (instance is null || depth >= MaxDepth || MongoSyntax.ThisCall(call) is not var (field, method)
            || (field is not null && queries.InjectedModel(instance, field) is not null))
        {
            return null;
        }

        Source? found = null;
        foreach (var (target, owner, declaration) in queries.Callees(instance, field, method))
        {
            if (semantics.GetFile(owner.Path) is not { } file || ReturnedBy(file, target, declaration, many, depth + 1) is not { } source)
            {
                return null;
            }

            found ??= source;
        }

        return found;
    }

    private Source? ReturnedBy(FileModel file, ClassSymbol instance, ClassElement declaration, bool many, int depth)
    {
        var (type, body) = declaration switch
        {
            MethodDeclaration method => (method.Type, (Node?)method.Body),
            PropertyDeclaration { Initializer: var initializer } when initializer is not null && ExpressionWrappers.Strip(initializer) is ArrowFunction arrow => (arrow.Type, arrow.Body),
            PropertyDeclaration { Initializer: var initializer } when initializer is not null && ExpressionWrappers.Strip(initializer) is FunctionExpression function => (function.Type, function.Body),
            _ => (null, null),
        };
        if (type is not null && Awaited(type) is { } result && (many ? ArrayOfDocuments(file, result) : DocumentType(file, result, 0)) is { } declared)
        {
            return declared;
        }

        List<Expression?> returned = body switch
        {
            Block block => Returns(file, block).Select(statement => statement.Expression).ToList(),
            Expression expression => [expression],
            _ => [],
        };
        Source? found = null;
        foreach (var expression in returned)
        {
            if (expression is null || (many ? Many(file, instance, expression, depth) : OneValue(file, instance, expression, depth)) is not { } source)
            {
                return null;
            }

            found ??= source;
        }

        return found;
    }

    // The values a function body returns: its own `return`s, not those of functions nested in it.
    private static IEnumerable<ReturnStatement> Returns(FileModel file, Block body)
    {
        foreach (var node in MongoSyntax.Descendants(body))
        {
            if (node is not ReturnStatement statement)
            {
                continue;
            }

            var own = true;
            for (var current = file.Tree.GetParent(statement); current is not null && current != body && own; current = file.Tree.GetParent(current))
            {
                own = current is not (ArrowFunction or FunctionExpression or FunctionDeclaration or MethodDeclaration or ClassDeclaration or ClassExpression);
            }

            if (own)
            {
                yield return statement;
            }
        }
    }

    // `Promise<T>` is `T` once awaited.
    private static TypeNode? Awaited(TypeNode type) =>
        Strip(type) is TypeReference { TypeName: Identifier { Text: "Promise" }, TypeArguments: [var result] } ? result : type;

    private Source? ArrayOfDocuments(FileModel file, TypeNode type) => Strip(type) switch
    {
        ArrayType array => DocumentType(file, array.ElementType, 0),
        TypeReference { TypeName: Identifier { Text: "Array" or "ReadonlyArray" }, TypeArguments: [var item] } => DocumentType(file, item, 0),
        TypeOperator { Type: var inner } => ArrayOfDocuments(file, inner),
        _ => null,
    };

    /// <summary>
    /// A type that is a Mongoose document: <c>Document</c> or <c>HydratedDocument&lt;T&gt;</c> of mongoose, an alias of
    /// one, an intersection with one (<c>User &amp; Document</c>), an interface extending one; <c>| null</c> aside.
    /// </summary>
    private Source? DocumentType(FileModel file, TypeNode type, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        switch (Strip(type))
        {
            case UnionType union:
                var parts = union.Types.Where(part => !IsNullish(part)).ToList();
                return parts.Count > 0 && parts.Select(part => DocumentType(file, part, depth + 1)).ToList() is var sources && sources.All(s => s is not null) ? sources[0] : null;
            case IntersectionType intersection:
                return intersection.Types.Select(part => DocumentType(file, part, depth + 1)).FirstOrDefault(s => s is not null) is { } source
                    ? source with { Model = file.Text.ToString(type.Span) }
                    : null;
            case TypeReference reference:
                return semantics.ResolveType(file, reference).Target switch
                {
                    ExternalSymbol { PackageName: "mongoose", ExportName: "Document" or "HydratedDocument" } => new Source(file.Text.ToString(reference.Span), false),
                    DeclarationSymbol { Kind: SymbolKind.TypeAlias, Declaration: TypeAliasDeclaration alias } symbol when semantics.GetFile(symbol.Path) is { } declaring =>
                        DocumentType(declaring, alias.Type, depth + 1) is not null ? new Source(symbol.Name, false) : null,
                    DeclarationSymbol { Kind: SymbolKind.Interface, Declaration: InterfaceDeclaration declaration } symbol when semantics.GetFile(symbol.Path) is { } declaring =>
                        MongooseDocumentTypes.ExtendsDocument(semantics, declaring, declaration) ? new Source(symbol.Name, false) : null,
                    _ => null,
                };
            default:
                return null;
        }
    }

    private static bool IsNullish(TypeNode type) => Strip(type) switch
    {
        LiteralType { Literal: KeywordExpression { Kind: SyntaxKind.NullKeyword } } => true,
        KeywordType { Kind: SyntaxKind.NullKeyword or SyntaxKind.UndefinedKeyword or SyntaxKind.VoidKeyword } => true,
        _ => false,
    };

    private static TypeNode Strip(TypeNode type)
    {
        while (type is ParenthesizedType parenthesized)
        {
            type = parenthesized.Type;
        }

        return type;
    }

    // The collection a per-item callback's first parameter takes its items from: `users.forEach((user) => ...)`.
    private static Expression? ItemsOf(FileModel file, Parameter parameter)
    {
        var function = file.Tree.GetParent(parameter);
        var first = function switch
        {
            ArrowFunction arrow => arrow.Parameters.FirstOrDefault(),
            FunctionExpression expression => expression.Parameters.FirstOrDefault(),
            _ => null,
        };
        return first == parameter && file.Tree.GetParent(function!) is CallExpression { Expression: PropertyAccessExpression { Name: Identifier method, Expression: var items } } call
            && LoopFacts.IsIterationMethod(method.Text) && call.Arguments.Count > 0 && call.Arguments[0] == function
                ? items
                : null;
    }

    private static bool IsForOfVariable(FileModel file, VariableDeclaration variable) =>
        file.Tree.GetParent(variable) is VariableDeclarationList list && file.Tree.GetParent(list) is ForOfStatement or ForInStatement;

    // `let users = ...; users = other;`: the initializer is not the only value it holds.
    private static bool IsReassigned(FileModel file, VariableDeclaration variable, string name)
    {
        Node scope = variable;
        for (var current = file.Tree.GetParent(variable); current is not null; current = file.Tree.GetParent(current))
        {
            scope = current;
            if (current is ArrowFunction or FunctionExpression or FunctionDeclaration or MethodDeclaration or Constructor or SourceFile)
            {
                break;
            }
        }

        return MongoSyntax.Descendants(scope).Any(node => node is BinaryExpression { OperatorToken.Kind: var kind, Left: var left }
            && kind is SyntaxKind.EqualsToken or SyntaxKind.QuestionQuestionEqualsToken or SyntaxKind.BarBarEqualsToken
            && ExpressionWrappers.Strip(left) is Identifier assigned && assigned.Text == name);
    }
}
