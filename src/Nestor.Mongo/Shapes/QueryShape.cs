using System.Runtime.CompilerServices;
using System.Text;

namespace Nestor.Mongo.Shapes;

/// <summary>How a filter constrains one field, with its value removed.</summary>
/// <remarks>
/// <c>{a: v}</c> and <c>{a: {$eq: v}}</c> are <see cref="Equality"/>; <c>$ne</c>, <c>$nin</c>, <c>$not</c> and
/// <c>$nor</c> are <see cref="Not"/>; <c>$gt</c>, <c>$gte</c>, <c>$lt</c>, <c>$lte</c> are <see cref="Range"/>.
/// The order of the members is the tie-break order of <see cref="QueryShape.Filter"/>: never reorder them.
/// </remarks>
public enum PredicateKind
{
    Equality,
    In,
    Range,
    Exists,
    Regex,
    ElemMatch,
    Not,
    Type,
    Size,
    All,
    Text,
    Geo,
    Expr,
    Where,
    Other,
}

/// <summary>One field of a filter and how it is constrained: <c>status</c>, <see cref="PredicateKind.Equality"/>.</summary>
/// <param name="Path">The dotted path as written (<c>items.sku</c>); top-level operators without a field use their name (<c>$text</c>, <c>$expr</c>, <c>$where</c>).</param>
public sealed record FieldPredicate(string Path, PredicateKind Kind) : IComparable<FieldPredicate>
{
    /// <summary>Orders by path (ordinal), then by kind: the canonical order of a filter.</summary>
    public int CompareTo(FieldPredicate? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byPath = string.CompareOrdinal(Path, other.Path);
        return byPath != 0 ? byPath : Kind.CompareTo(other.Kind);
    }
}

/// <summary>One key of a sort: direction 1 or -1, or 0 for <c>{$meta: ...}</c>.</summary>
public sealed record SortKey(string Path, int Direction);

/// <summary>
/// What a query asks for, with every value removed: the unit of a digest row and of an index plan.
/// Built from logs, profiler documents and explain output here, and from code by the NestJS model.
/// </summary>
/// <param name="Namespace"><c>db.collection</c>; <c>?.collection</c> when the database is unknown (from code).</param>
/// <param name="Operation">find, aggregate, count, distinct, update, delete, findAndModify, getMore, insert or command.</param>
/// <param name="Filter">Top-level AND predicates (implicit and <c>$and</c>), sorted by path then kind, duplicates removed.</param>
/// <param name="OrBranches">The branches of a top-level <c>$or</c>, each sorted like <see cref="Filter"/>.</param>
/// <param name="Sort">Sort keys in the order written.</param>
/// <param name="Projection">Projected paths, sorted (ordinal); an excluded path is written <c>-path</c> (<c>-_id</c>).</param>
/// <param name="Pipeline">Aggregation stage names in order; the first <c>$match</c>'s predicates are also in <see cref="Filter"/>.</param>
public sealed record QueryShape(
    string Namespace,
    string Operation,
    IReadOnlyList<FieldPredicate> Filter,
    IReadOnlyList<IReadOnlyList<FieldPredicate>> OrBranches,
    IReadOnlyList<SortKey> Sort,
    IReadOnlyList<string> Projection,
    IReadOnlyList<string> Pipeline)
{
    // Written once per instance: a digest compares and hashes one shape per operation. A shape is immutable once built
    // (its lists are never changed after construction), and a copy made with `with` starts without it.
    private string? fingerprint;
    private int fingerprintHash;

    // Set once when the instance becomes the one shared by every reading thread (Logs.SharedShapes): a small number, so
    // that a digest finds its row by indexing rather than hashing. Zero for any other instance.
    private int sharedOrdinal;

    // The copy behind `with` expressions: everything but the cached fingerprint, which the changed copy must write anew.
    private QueryShape(QueryShape original)
    {
        Namespace = original.Namespace;
        Operation = original.Operation;
        Filter = original.Filter;
        OrBranches = original.OrBranches;
        Sort = original.Sort;
        Projection = original.Projection;
        Pipeline = original.Pipeline;
        IsDynamic = original.IsDynamic;
        CommandName = original.CommandName;
    }

    /// <summary>
    /// The canonical text of the shape, stable across releases (documented in docs/query-shapes.md), e.g.
    /// <c>find shop.orders {createdAt:range, status:eq} sort {createdAt:-1}</c>.
    /// Two shapes are equal exactly when their fingerprints are equal.
    /// </summary>
    public string Fingerprint
    {
        get
        {
            // A shape may be read from several threads: the hash is published before the text that says it is there.
            var text = Volatile.Read(ref fingerprint);
            if (text is null)
            {
                text = QueryShapeFingerprint.Build(this);
                fingerprintHash = StringComparer.Ordinal.GetHashCode(text);
                Volatile.Write(ref fingerprint, text);
            }

            return text;
        }
    }

    /// <summary>True when the filter could not be fully known: a variable filter in code, or a <c>$truncated</c> command in a log.</summary>
    public bool IsDynamic { get; init; }

    /// <summary>For <see cref="Operation"/> <c>command</c>: the command's name (<c>createIndexes</c>), written <c>command:createIndexes</c> in the fingerprint.</summary>
    public string? CommandName { get; init; }

    /// <summary>The fields of <see cref="Filter"/> and of every <see cref="OrBranches"/> branch, each once, sorted.</summary>
    public IReadOnlyList<string> FilterPaths =>
        Filter.Select(p => p.Path).Concat(OrBranches.SelectMany(b => b.Select(p => p.Path))).Distinct().Order(StringComparer.Ordinal).ToArray();

    /// <summary>A shape with its lists put in canonical order (filter and branches sorted and de-duplicated, projection sorted).</summary>
    public static QueryShape Create(
        string @namespace,
        string operation,
        IEnumerable<FieldPredicate> filter,
        IEnumerable<IEnumerable<FieldPredicate>>? orBranches = null,
        IEnumerable<SortKey>? sort = null,
        IEnumerable<string>? projection = null,
        IEnumerable<string>? pipeline = null,
        bool isDynamic = false) =>
        new(
            @namespace,
            operation,
            Canonical(filter),
            (orBranches ?? []).Select(b => (IReadOnlyList<FieldPredicate>)Canonical(b)).ToArray(),
            (sort ?? []).ToArray(),
            (projection ?? []).Distinct().Order(StringComparer.Ordinal).ToArray(),
            (pipeline ?? []).ToArray())
        {
            IsDynamic = isDynamic,
        };

    /// <summary>Sorted by path then kind, duplicates removed: the order <see cref="Filter"/> promises.</summary>
    public static FieldPredicate[] Canonical(IEnumerable<FieldPredicate> predicates) =>
        predicates.Distinct().Order().ToArray();

    public bool Equals(QueryShape? other) =>
        other is not null && (ReferenceEquals(this, other) || string.Equals(Fingerprint, other.Fingerprint, StringComparison.Ordinal));

    /// <summary>The number given to this instance when it became the shared one (1, 2, ...); zero when it is not.</summary>
    internal int SharedOrdinal => Volatile.Read(ref sharedOrdinal);

    /// <summary>Numbers this instance once; a later call keeps the first number.</summary>
    internal void AssignSharedOrdinal(int ordinal) => Interlocked.CompareExchange(ref sharedOrdinal, ordinal, 0);

    public override int GetHashCode()
    {
        _ = Fingerprint;
        return fingerprintHash;
    }

    public override string ToString() => Fingerprint;
}

/// <summary>The one place that writes a shape's fingerprint, so the format has a single definition.</summary>
public static class QueryShapeFingerprint
{
    /// <summary>The short, stable token of each kind used in fingerprints: <c>eq</c>, <c>in</c>, <c>range</c>...</summary>
    public static string Token(PredicateKind kind) => kind switch
    {
        PredicateKind.Equality => "eq",
        PredicateKind.In => "in",
        PredicateKind.Range => "range",
        PredicateKind.Exists => "exists",
        PredicateKind.Regex => "regex",
        PredicateKind.ElemMatch => "elemMatch",
        PredicateKind.Not => "not",
        PredicateKind.Type => "type",
        PredicateKind.Size => "size",
        PredicateKind.All => "all",
        PredicateKind.Text => "text",
        PredicateKind.Geo => "geo",
        PredicateKind.Expr => "expr",
        PredicateKind.Where => "where",
        _ => "other",
    };

    /// <summary>
    /// <c>op ns {path:kind, ...}</c> (<c>command:name ns {}</c> for other commands), then when present <c> or [{...} | {...}]</c>, <c> sort {path:dir, ...}</c>,
    /// <c> project {path, ...}</c>, <c> pipeline [$stage, ...]</c> and <c> dynamic</c>, in that order.
    /// Filter and branches are re-sorted here so that a shape built by hand still has one fingerprint.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static string Build(QueryShape shape)
    {
        var text = new StringBuilder(96);
        text.Append(shape.Operation);
        if (shape.CommandName is { } name)
        {
            text.Append(':').Append(name);
        }

        text.Append(' ').Append(shape.Namespace).Append(' ');
        AppendPredicates(text, shape.Filter);
        if (shape.OrBranches.Count > 0)
        {
            text.Append(" or [");
            for (var i = 0; i < shape.OrBranches.Count; i++)
            {
                text.Append(i == 0 ? "" : " | ");
                AppendPredicates(text, shape.OrBranches[i]);
            }

            text.Append(']');
        }

        if (shape.Sort.Count > 0)
        {
            text.Append(" sort {");
            for (var i = 0; i < shape.Sort.Count; i++)
            {
                text.Append(i == 0 ? "" : ", ").Append(shape.Sort[i].Path).Append(':').Append(shape.Sort[i].Direction);
            }

            text.Append('}');
        }

        if (shape.Projection.Count > 0)
        {
            IEnumerable<string> paths = IsCanonical(shape.Projection) ? shape.Projection : shape.Projection.Distinct().Order(StringComparer.Ordinal);
            text.Append(" project {").AppendJoin(", ", paths).Append('}');
        }

        if (shape.Pipeline.Count > 0)
        {
            text.Append(" pipeline [").AppendJoin(", ", (IEnumerable<string>)shape.Pipeline).Append(']');
        }

        if (shape.IsDynamic)
        {
            text.Append(" dynamic");
        }

        return text.ToString();
    }

    // Shapes built by the shapers are already canonical: checking is cheaper than sorting again on every operation.
    private static void AppendPredicates(StringBuilder text, IReadOnlyList<FieldPredicate> predicates)
    {
        var canonical = IsCanonical(predicates) ? predicates : QueryShape.Canonical(predicates);
        text.Append('{');
        for (var i = 0; i < canonical.Count; i++)
        {
            text.Append(i == 0 ? "" : ", ").Append(canonical[i].Path).Append(':').Append(Token(canonical[i].Kind));
        }

        text.Append('}');
    }

    private static bool IsCanonical(IReadOnlyList<FieldPredicate> predicates)
    {
        for (var i = 1; i < predicates.Count; i++)
        {
            if (predicates[i - 1].CompareTo(predicates[i]) >= 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsCanonical(IReadOnlyList<string> paths)
    {
        for (var i = 1; i < paths.Count; i++)
        {
            if (string.CompareOrdinal(paths[i - 1], paths[i]) >= 0)
            {
                return false;
            }
        }

        return true;
    }
}
