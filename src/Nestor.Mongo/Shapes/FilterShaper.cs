using System.Runtime.CompilerServices;
using MongoDB.Bson;

namespace Nestor.Mongo.Shapes;

/// <summary>
/// Turns a query filter, a sort, a projection or a pipeline into their shapes: values removed,
/// operators reduced to <see cref="PredicateKind"/>. Pure functions over <see cref="BsonDocument"/>, so the same
/// code serves JSON logs, legacy text logs (after the shell-syntax parser), profiler documents and explain output.
/// </summary>
public static class FilterShaper
{
    // Filters nest only a few levels in practice; a bound keeps hostile input from recursing without end.
    private const int MaxDepth = 32;

    /// <summary>The AND predicates and the <c>$or</c> branches of a filter.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (IReadOnlyList<FieldPredicate> Filter, IReadOnlyList<IReadOnlyList<FieldPredicate>> OrBranches) Shape(BsonDocument? filter)
    {
        if (filter is null)
        {
            return ([], []);
        }

        var and = new List<FieldPredicate>();
        var branches = new List<IReadOnlyList<FieldPredicate>>();
        AddDocument(filter, and, branches, negated: false, depth: 0);
        return (QueryShape.Canonical(and), branches);
    }

    /// <summary>Sort keys in the order written: numbers by sign, <c>{$meta: ...}</c> as 0, "asc"/"desc" words by meaning.</summary>
    public static IReadOnlyList<SortKey> Sort(BsonValue? sort)
    {
        if (sort is not BsonDocument document)
        {
            return [];
        }

        var keys = new List<SortKey>(document.ElementCount);
        foreach (var element in document)
        {
            keys.Add(new SortKey(element.Name, Direction(element.Value)));
        }

        return keys;
    }

    /// <summary>Projected paths, sorted; excluded paths (value 0 or false) are written <c>-path</c>.</summary>
    public static IReadOnlyList<string> Projection(BsonValue? projection)
    {
        if (projection is not BsonDocument document)
        {
            return [];
        }

        var paths = new List<string>(document.ElementCount);
        foreach (var element in document)
        {
            paths.Add(IsExclusion(element.Value) ? "-" + element.Name : element.Name);
        }

        return paths.Distinct().Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The stage names of a pipeline in order (the first key of each stage).</summary>
    public static IReadOnlyList<string> StageNames(BsonArray? pipeline)
    {
        if (pipeline is null)
        {
            return [];
        }

        var names = new List<string>(pipeline.Count);
        foreach (var stage in pipeline)
        {
            names.Add(stage is BsonDocument { ElementCount: > 0 } document ? document.GetElement(0).Name : "?");
        }

        return names;
    }

    /// <summary>
    /// The indexable head of a pipeline: the <c>$match</c> stages and the first <c>$sort</c> met before any stage that
    /// reshapes documents (consecutive <c>$match</c> stages are merged, as the server does).
    /// </summary>
    public static (BsonDocument? Match, BsonDocument? Sort) PipelineHead(BsonArray? pipeline)
    {
        if (pipeline is null)
        {
            return (null, null);
        }

        BsonDocument? match = null;
        BsonDocument? sort = null;
        foreach (var stage in pipeline)
        {
            if (stage is not BsonDocument { ElementCount: > 0 } document)
            {
                break;
            }

            var element = document.GetElement(0);
            if (element.Name == "$match" && element.Value is BsonDocument filter)
            {
                match = match is null ? filter : new BsonDocument("$and", new BsonArray { match, filter });
            }
            else if (element.Name == "$sort" && element.Value is BsonDocument keys)
            {
                sort ??= keys;
            }
            else
            {
                break;
            }
        }

        return (match, sort);
    }

    /// <summary>The kind of one query operator (<c>$gt</c> → Range); null for modifiers that carry no predicate (<c>$options</c>).</summary>
    public static PredicateKind? OperatorKind(string name) => OperatorKind(name.AsSpan());

    /// <summary>As <see cref="OperatorKind(string)"/>, for a name not yet made a string (the JSON log's token path).</summary>
    public static PredicateKind? OperatorKind(ReadOnlySpan<char> name) => name switch
    {
        "$eq" => PredicateKind.Equality,
        "$in" => PredicateKind.In,
        "$gt" or "$gte" or "$lt" or "$lte" => PredicateKind.Range,
        "$ne" or "$nin" or "$not" => PredicateKind.Not,
        "$exists" => PredicateKind.Exists,
        "$regex" => PredicateKind.Regex,
        "$options" or "$comment" => null,
        "$elemMatch" => PredicateKind.ElemMatch,
        "$type" => PredicateKind.Type,
        "$size" => PredicateKind.Size,
        "$all" => PredicateKind.All,
        "$near" or "$nearSphere" or "$geoWithin" or "$geoIntersects" or "$within" or "$geometry"
            or "$maxDistance" or "$minDistance" or "$box" or "$center" or "$centerSphere" or "$polygon" => PredicateKind.Geo,
        _ => PredicateKind.Other,
    };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddDocument(BsonDocument document, List<FieldPredicate> into, List<IReadOnlyList<FieldPredicate>>? orBranches, bool negated, int depth)
    {
        if (depth > MaxDepth)
        {
            into.Add(new FieldPredicate("$deep", PredicateKind.Other));
            return;
        }

        foreach (var element in document)
        {
            if (element.Name.StartsWith('$'))
            {
                AddTopLevelOperator(element, into, orBranches, negated, depth);
            }
            else
            {
                AddField(element.Name, element.Value, into, negated);
            }
        }
    }

    private static void AddTopLevelOperator(BsonElement element, List<FieldPredicate> into, List<IReadOnlyList<FieldPredicate>>? orBranches, bool negated, int depth)
    {
        switch (element.Name)
        {
            case "$and":
                foreach (var clause in Clauses(element.Value))
                {
                    AddDocument(clause, into, orBranches, negated, depth + 1);
                }

                break;
            case "$or":
                if (orBranches is { Count: 0 } && !negated)
                {
                    foreach (var clause in Clauses(element.Value))
                    {
                        var branch = new List<FieldPredicate>();
                        AddDocument(clause, branch, null, negated: false, depth + 1);
                        orBranches.Add(QueryShape.Canonical(branch));
                    }
                }
                else
                {
                    // A second or nested $or keeps its fields in the enclosing list: the structure is lost, the fields are not.
                    foreach (var clause in Clauses(element.Value))
                    {
                        AddDocument(clause, into, null, negated, depth + 1);
                    }
                }

                break;
            case "$nor":
                foreach (var clause in Clauses(element.Value))
                {
                    AddDocument(clause, into, null, negated: true, depth + 1);
                }

                break;
            case "$comment":
                break;
            case "$text":
                into.Add(new FieldPredicate("$text", PredicateKind.Text));
                break;
            case "$expr":
                into.Add(new FieldPredicate("$expr", PredicateKind.Expr));
                break;
            case "$where":
                into.Add(new FieldPredicate("$where", PredicateKind.Where));
                break;
            default:
                into.Add(new FieldPredicate(element.Name, PredicateKind.Other));
                break;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddField(string path, BsonValue value, List<FieldPredicate> into, bool negated)
    {
        if (value is BsonRegularExpression || IsRegexWrapper(value))
        {
            into.Add(new FieldPredicate(path, negated ? PredicateKind.Not : PredicateKind.Regex));
            return;
        }

        if (value is not BsonDocument operators || !IsOperatorDocument(operators))
        {
            into.Add(new FieldPredicate(path, negated ? PredicateKind.Not : PredicateKind.Equality));
            return;
        }

        foreach (var op in operators)
        {
            var kind = op.Name == "$in" && op.Value is BsonArray { Count: 1 } single ? SingleInKind(IsRegex(single[0])) : OperatorKind(op.Name);
            if (kind is { } known)
            {
                into.Add(new FieldPredicate(path, negated ? PredicateKind.Not : known));
            }
        }
    }

    /// <summary>
    /// <c>{a: {$in: [v]}}</c> is <c>{a: v}</c> to the server, which plans it as an equality (or, for a single regular
    /// expression, as that regex): a one-value <c>$in</c> is shaped as what it is planned as.
    /// </summary>
    public static PredicateKind SingleInKind(bool isRegex) => isRegex ? PredicateKind.Regex : PredicateKind.Equality;

    private static bool IsRegex(BsonValue value) => value is BsonRegularExpression || IsRegexWrapper(value);

    private static bool IsOperatorDocument(BsonDocument document) =>
        document.ElementCount > 0 && document.GetElement(0).Name.StartsWith('$') && !IsExtendedJsonWrapper(document.GetElement(0).Name.AsSpan());

    /// <summary>
    /// True for the names of Extended JSON wrappers (<c>$oid</c>, <c>$date</c>...): shell-syntax and truncated inputs,
    /// and the JSON log's commands, leave them unconverted; such a document is a value, not an operator.
    /// </summary>
    public static bool IsExtendedJsonWrapper(ReadOnlySpan<char> name) => name is "$oid" or "$date" or "$numberLong" or "$numberInt"
        or "$numberDouble" or "$numberDecimal" or "$binary" or "$uuid" or "$timestamp" or "$regularExpression" or "$symbol"
        or "$code" or "$minKey" or "$maxKey" or "$undefined" or "$dbPointer";

    // Extended JSON v2 {"$regularExpression": {...}} left unconverted is a regex value, an equality on a pattern.
    private static bool IsRegexWrapper(BsonValue value) =>
        value is BsonDocument { ElementCount: 1 } document && document.GetElement(0).Name == "$regularExpression";

    private static IEnumerable<BsonDocument> Clauses(BsonValue value) =>
        value is BsonArray array ? array.OfType<BsonDocument>() : value is BsonDocument single ? [single] : [];

    private static int Direction(BsonValue value)
    {
        if (value.IsNumeric)
        {
            var number = value.ToDouble();
            return number < 0 ? -1 : number > 0 ? 1 : 0;
        }

        if (value is BsonString text)
        {
            return text.Value.ToLowerInvariant() switch
            {
                "desc" or "descending" or "-1" => -1,
                "asc" or "ascending" or "1" => 1,
                _ => 0,
            };
        }

        return 0;
    }

    private static bool IsExclusion(BsonValue value) =>
        value is BsonBoolean { Value: false } || (value.IsNumeric && value.ToDouble() == 0);
}
