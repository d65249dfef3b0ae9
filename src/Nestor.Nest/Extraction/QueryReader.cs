using Nestor.Mongo.Shapes;
using Nestor.Nest.Model;
using Nestor.Nest.Mongoose;
using Nestor.Semantics;
using Nestor.Syntax;

namespace Nestor.Nest.Extraction;

/// <summary>
/// Finds calls on injected models (<c>this.userModel.find({ email }).sort({ createdAt: -1 })</c>) and
/// turns each into a query shape: filter fields and how they are constrained, sort, projection and
/// pipeline stages. A filter that is not a literal built from known keys is marked dynamic.
/// </summary>
internal static class QueryReader
{
    private static readonly Dictionary<string, string> Operations = new(StringComparer.Ordinal)
    {
        ["find"] = "find",
        ["findOne"] = "find",
        ["findById"] = "find",
        ["exists"] = "find",
        ["countDocuments"] = "count",
        ["count"] = "count",
        ["estimatedDocumentCount"] = "count",
        ["updateOne"] = "update",
        ["updateMany"] = "update",
        ["replaceOne"] = "update",
        ["deleteOne"] = "delete",
        ["deleteMany"] = "delete",
        ["findOneAndUpdate"] = "findAndModify",
        ["findOneAndDelete"] = "findAndModify",
        ["findOneAndReplace"] = "findAndModify",
        ["findByIdAndUpdate"] = "findAndModify",
        ["findByIdAndDelete"] = "findAndModify",
        ["findOneAndRemove"] = "findAndModify",
        ["findByIdAndRemove"] = "findAndModify",
        ["aggregate"] = "aggregate",
        ["distinct"] = "distinct",
    };

    private static readonly Dictionary<string, PredicateKind> Operators = new(StringComparer.Ordinal)
    {
        ["$eq"] = PredicateKind.Equality,
        ["$in"] = PredicateKind.In,
        ["$gt"] = PredicateKind.Range,
        ["$gte"] = PredicateKind.Range,
        ["$lt"] = PredicateKind.Range,
        ["$lte"] = PredicateKind.Range,
        ["$ne"] = PredicateKind.Not,
        ["$nin"] = PredicateKind.Not,
        ["$not"] = PredicateKind.Not,
        ["$exists"] = PredicateKind.Exists,
        ["$regex"] = PredicateKind.Regex,
        ["$elemMatch"] = PredicateKind.ElemMatch,
        ["$type"] = PredicateKind.Type,
        ["$size"] = PredicateKind.Size,
        ["$all"] = PredicateKind.All,
        ["$near"] = PredicateKind.Geo,
        ["$nearSphere"] = PredicateKind.Geo,
        ["$geoWithin"] = PredicateKind.Geo,
        ["$geoIntersects"] = PredicateKind.Geo,
    };

    /// <param name="models">Property name on <c>this</c> → model name, from constructor parameters.</param>
    /// <param name="collection">Model name → collection.</param>
    public static IEnumerable<QuerySite> Read(ClassSymbol symbol, FileModel file, IReadOnlyDictionary<string, string> models, Func<string, string> collection)
    {
        if (models.Count == 0)
        {
            yield break;
        }

        var seen = new HashSet<int>();
        foreach (var member in symbol.Syntax.Members.AsEnumerable())
        {
            var body = member switch
            {
                MethodDeclaration method => method.Body,
                GetAccessor getter => getter.Body,
                _ => null,
            };
            if (body is null)
            {
                continue;
            }

            var methodName = Values.NameOf((member as MethodDeclaration)?.Name);
            foreach (var node in Values.Descendants(body))
            {
                if (node is CallExpression call && Site(call, models, seen) is { } site)
                {
                    var (modelName, queryCall, chain) = site;
                    var shape = Shape(collection(modelName), queryCall, chain, body);
                    yield return new QuerySite(modelName, Values.Callee(queryCall).Method!, symbol.Name, methodName, SourceLocation.From(file.Text, queryCall.Span), shape);
                }
            }
        }
    }

    // The outermost call of a chain is met first; its inner model call is then remembered so it is not read twice.
    private static (string Model, CallExpression Query, List<CallExpression> Chain)? Site(CallExpression outer, IReadOnlyDictionary<string, string> models, HashSet<int> seen)
    {
        var chain = new List<CallExpression>();
        var current = outer;
        while (true)
        {
            if (current.Expression is PropertyAccessExpression { Name: Identifier method } access)
            {
                if (ModelOf(access.Expression, models) is { } model && Operations.ContainsKey(method.Text))
                {
                    if (!seen.Add(current.Span.Start))
                    {
                        return null;
                    }

                    chain.Reverse();
                    return (model, current, chain);
                }

                if (ExpressionWrappers.StripWithAwait(access.Expression) is CallExpression inner)
                {
                    chain.Add(current);
                    current = inner;
                    continue;
                }
            }

            return null;
        }
    }

    private static string? ModelOf(Expression expression, IReadOnlyDictionary<string, string> models) => ExpressionWrappers.StripWithAwait(expression) switch
    {
        PropertyAccessExpression { Expression: KeywordExpression { Kind: SyntaxKind.ThisKeyword }, Name: Identifier property } => models.GetValueOrDefault(property.Text),
        _ => null,
    };

    private static QueryShape Shape(string collection, CallExpression query, List<CallExpression> chain, Block body)
    {
        var method = Values.Callee(query).Method!;
        var operation = Operations[method];
        var arguments = query.Arguments;
        var filter = new List<FieldPredicate>();
        var branches = new List<List<FieldPredicate>>();
        var sort = new List<SortKey>();
        var projection = new List<string>();
        var pipeline = new List<string>();
        var dynamic = false;
        switch (method)
        {
            case "findById" or "findByIdAndUpdate" or "findByIdAndDelete" or "findByIdAndRemove":
                filter.Add(new FieldPredicate("_id", PredicateKind.Equality));
                dynamic |= arguments.Count > 1 && method == "findById" && !Projection(arguments[1], projection);
                break;
            case "estimatedDocumentCount":
                break;
            case "aggregate":
                dynamic |= !Pipeline(arguments.ElementAtOrDefault(0), filter, branches, sort, pipeline);
                break;
            case "distinct":
                dynamic |= arguments.Count > 1 && !Filter(Local(arguments[1], body, filter, branches), filter, branches);
                break;
            default:
                dynamic |= arguments.Count > 0 && !Filter(Local(arguments[0], body, filter, branches), filter, branches);
                if (method is "find" or "findOne" && arguments.Count > 1)
                {
                    dynamic |= !Projection(arguments[1], projection);
                }

                break;
        }

        foreach (var link in chain)
        {
            var name = Values.Callee(link).Method;
            var argument = link.Arguments.ElementAtOrDefault(0);
            switch (name)
            {
                case "sort" when argument is not null:
                    dynamic |= !Sort(argument, sort);
                    break;
                case "select" when argument is not null:
                    dynamic |= !Projection(argument, projection);
                    break;
                case "where" when argument is ObjectLiteralExpression:
                    dynamic |= !Filter(argument, filter, branches);
                    break;
            }
        }

        return QueryShape.Create("?." + collection, operation, filter, branches, sort, projection, pipeline, dynamic);
    }

    /// <summary>
    /// A filter held in a local (<c>const query = { status }; if (x) query.category = x;</c>): its literal
    /// keys and the keys assigned later in the same method. Returns the literal to read, or the
    /// expression itself when it is not such a local.
    /// </summary>
    private static Expression Local(Expression argument, Block body, List<FieldPredicate> filter, List<List<FieldPredicate>> branches)
    {
        if (ExpressionWrappers.StripWithAwait(argument) is not Identifier name)
        {
            return argument;
        }

        Expression? initializer = null;
        var assigned = new List<(string Key, Expression Value)>();
        foreach (var node in Values.Descendants(body))
        {
            switch (node)
            {
                case VariableDeclaration { Name: Identifier declared, Initializer: { } init } when declared.Text == name.Text:
                    initializer = ExpressionWrappers.StripWithAwait(init);
                    break;
                case BinaryExpression { OperatorToken.Kind: SyntaxKind.EqualsToken, Left: PropertyAccessExpression { Expression: Identifier target, Name: Identifier key } } assignment
                    when target.Text == name.Text:
                    assigned.Add((key.Text, ExpressionWrappers.StripWithAwait(assignment.Right)));
                    break;
            }
        }

        // Both arms of `cond ? { a } : { a, b }` may run: the shape holds every key either can send.
        var literals = initializer switch
        {
            ObjectLiteralExpression literal => [literal],
            ConditionalExpression { WhenTrue: var yes, WhenFalse: var no } when ExpressionWrappers.StripWithAwait(yes) is ObjectLiteralExpression a && ExpressionWrappers.StripWithAwait(no) is ObjectLiteralExpression b => [a, b],
            _ => new List<ObjectLiteralExpression>(),
        };
        if (literals.Count == 0)
        {
            return argument;
        }

        foreach (var (key, value) in assigned)
        {
            Predicate(key, value, filter, branches);
        }

        if (literals.Count == 2)
        {
            Filter(literals[1], filter, branches);
        }

        return literals[0];
    }

    private static bool Filter(Expression expression, List<FieldPredicate> filter, List<List<FieldPredicate>> branches)
    {
        if (ExpressionWrappers.StripWithAwait(expression) is not ObjectLiteralExpression literal)
        {
            return false;
        }

        var known = true;
        foreach (var property in literal.Properties)
        {
            switch (property)
            {
                case ShorthandPropertyAssignment shorthand:
                    filter.Add(new FieldPredicate(shorthand.Name.Text, PredicateKind.Equality));
                    break;
                case PropertyAssignment { Name: var name } assignment when Values.NameOf(name) is { } path:
                    known &= Predicate(path, ExpressionWrappers.StripWithAwait(assignment.Initializer), filter, branches);
                    break;
                default:
                    known = false;
                    break;
            }
        }

        return known;
    }

    private static bool Predicate(string path, Expression value, List<FieldPredicate> filter, List<List<FieldPredicate>> branches)
    {
        switch (path)
        {
            case "$or" when value is ArrayLiteralExpression alternatives:
                var known = true;
                foreach (var alternative in alternatives.Elements)
                {
                    var branch = new List<FieldPredicate>();
                    known &= Filter(alternative, branch, []);
                    branches.Add(branch);
                }

                return known;
            case "$and" when value is ArrayLiteralExpression all:
                return all.Elements.Aggregate(true, (ok, part) => Filter(part, filter, branches) && ok);
            case "$text":
                filter.Add(new FieldPredicate("$text", PredicateKind.Text));
                return true;
            case "$expr":
                filter.Add(new FieldPredicate("$expr", PredicateKind.Expr));
                return true;
            case "$where":
                filter.Add(new FieldPredicate("$where", PredicateKind.Where));
                return true;
        }

        if (value is ObjectLiteralExpression operators && operators.Properties.Count > 0
            && operators.Properties.All(p => p is PropertyAssignment a && Values.NameOf(a.Name) is { } key && key.StartsWith('$')))
        {
            foreach (PropertyAssignment op in operators.Properties)
            {
                var key = Values.NameOf(op.Name)!;
                var kind = key == "$in" && ExpressionWrappers.Strip(op.Initializer) is ArrayLiteralExpression { Elements.Count: 1 } single && single.Elements[0] is not SpreadElement
                    ? FilterShaper.SingleInKind(ExpressionWrappers.Strip(single.Elements[0]) is RegularExpressionLiteral)
                    : Operators.GetValueOrDefault(key, key == "$options" ? PredicateKind.Regex : PredicateKind.Other);
                filter.Add(new FieldPredicate(path, kind));
            }

            return true;
        }

        filter.Add(new FieldPredicate(path, value is RegularExpressionLiteral ? PredicateKind.Regex : PredicateKind.Equality));
        return true;
    }

    private static bool Sort(Expression expression, List<SortKey> sort)
    {
        switch (ExpressionWrappers.StripWithAwait(expression))
        {
            case ObjectLiteralExpression literal:
                foreach (var property in literal.Properties)
                {
                    if (property is not PropertyAssignment assignment || Values.NameOf(assignment.Name) is not { } path)
                    {
                        return false;
                    }

                    var direction = ExpressionWrappers.StripWithAwait(assignment.Initializer) switch
                    {
                        NumericLiteral number => number.Value < 0 ? -1 : 1,
                        PrefixUnaryExpression { Operator: SyntaxKind.MinusToken } => -1,
                        StringLiteral { Value: "desc" or "descending" } => -1,
                        StringLiteral { Value: "asc" or "ascending" } => 1,
                        ObjectLiteralExpression => 0,
                        _ => int.MinValue,
                    };
                    if (direction == int.MinValue)
                    {
                        return false;
                    }

                    sort.Add(new SortKey(path, direction));
                }

                return true;
            case StringLiteral text:
                foreach (var part in text.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    sort.Add(part.StartsWith('-') ? new SortKey(part[1..], -1) : new SortKey(part.TrimStart('+'), 1));
                }

                return true;
            default:
                return false;
        }
    }

    private static bool Projection(Expression expression, List<string> projection)
    {
        switch (ExpressionWrappers.StripWithAwait(expression))
        {
            case StringLiteral text:
                foreach (var part in text.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    projection.Add(part.TrimStart('+'));
                }

                return true;
            case ObjectLiteralExpression literal:
                foreach (var property in literal.Properties)
                {
                    if (property is not PropertyAssignment assignment || Values.NameOf(assignment.Name) is not { } path)
                    {
                        return false;
                    }

                    var excluded = ExpressionWrappers.StripWithAwait(assignment.Initializer) is NumericLiteral { Value: 0 } or KeywordExpression { Kind: SyntaxKind.FalseKeyword };
                    projection.Add(excluded ? "-" + path : path);
                }

                return true;
            default:
                return false;
        }
    }

    private static bool Pipeline(Expression? expression, List<FieldPredicate> filter, List<List<FieldPredicate>> branches, List<SortKey> sort, List<string> pipeline)
    {
        if (expression is null || ExpressionWrappers.StripWithAwait(expression) is not ArrayLiteralExpression stages)
        {
            return false;
        }

        var known = true;
        var matched = false;
        foreach (var stage in stages.Elements)
        {
            if (ExpressionWrappers.StripWithAwait(stage) is not ObjectLiteralExpression { Properties.Count: 1 } literal
                || literal.Properties[0] is not PropertyAssignment assignment || Values.NameOf(assignment.Name) is not { } name)
            {
                known = false;
                continue;
            }

            pipeline.Add(name);
            if (name == "$match" && !matched)
            {
                matched = true;
                known &= Filter(assignment.Initializer, filter, branches);
            }
            else if (name == "$sort" && sort.Count == 0 && pipeline.Count <= 2)
            {
                known &= Sort(assignment.Initializer, sort);
            }
        }

        return known;
    }
}
