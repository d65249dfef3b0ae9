using System.Collections.Immutable;
using System.Text;

namespace Nestor.Rules.Security;

/// <summary>
/// What part of a value the client shapes. <see cref="Whole"/>: the value itself (it may be an
/// object full of <c>$</c> operators); an <see cref="ObjectTaint"/>: an object built in the code,
/// some of whose fields (or spread-in rest) the client shapes. A null taint is a clean value.
/// </summary>
internal abstract record Taint
{
    private const int MaxNesting = 4;

    public static readonly Taint Whole = new WholeTaint();

    /// <summary>The <c>req</c> of <c>@Req()</c>: its body and query string are the client's.</summary>
    public static readonly Taint RequestObject = new ObjectTaint(ImmutableSortedDictionary<string, Taint?>.Empty.WithComparers(StringComparer.Ordinal).Add("body", Whole).Add("query", Whole), null);

    /// <summary>A text that tells two taints apart, for fixpoints and summaries.</summary>
    public abstract string Signature { get; }

    public static Taint? Join(Taint? first, Taint? second) => (first, second) switch
    {
        (null, _) => second,
        (_, null) => first,
        (WholeTaint, _) or (_, WholeTaint) => Whole,
        (ObjectTaint a, ObjectTaint b) => ObjectTaint.Merge(a, b),
        _ => Whole,
    };

    /// <summary>The taint of <c>value.name</c>.</summary>
    public static Taint? Member(Taint? taint, string name) => taint switch
    {
        WholeTaint => name == "length" ? null : Whole,
        ObjectTaint shaped => shaped.Fields.TryGetValue(name, out var field) ? field : shaped.Rest,
        _ => null,
    };

    /// <summary>The taint of any element or member: <c>value[i]</c>, an item of <c>for...of</c>.</summary>
    public static Taint? Element(Taint? taint) => taint switch
    {
        WholeTaint => Whole,
        ObjectTaint shaped => shaped.Fields.Values.Aggregate(shaped.Rest, Join),
        _ => null,
    };

    /// <summary>What <c>{ ...value }</c> copies: the client's keys when the value is the client's.</summary>
    public static Taint? Spread(Taint? taint) => taint switch
    {
        WholeTaint => new ObjectTaint(ObjectTaint.NoFields, Whole),
        _ => taint,
    };

    /// <summary>Objects nested deeper than a few levels are cut to <see cref="Whole"/>, so fixpoints end.</summary>
    public static Taint? Bounded(Taint? taint, int depth = 0) => taint switch
    {
        ObjectTaint when depth >= MaxNesting => Whole,
        ObjectTaint shaped => new ObjectTaint(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, shaped.Fields.Select(p => KeyValuePair.Create(p.Key, Bounded(p.Value, depth + 1)))), Bounded(shaped.Rest, depth + 1)),
        _ => taint,
    };

    public static string SignatureOf(Taint? taint) => taint?.Signature ?? "-";
}

internal sealed record WholeTaint : Taint
{
    public override string Signature => "*";
}

/// <summary>An object literal: fields by name (null for a field known to be clean, which hides the rest) and the rest.</summary>
internal sealed record ObjectTaint(ImmutableSortedDictionary<string, Taint?> Fields, Taint? Rest) : Taint
{
    public static readonly ImmutableSortedDictionary<string, Taint?> NoFields = ImmutableSortedDictionary<string, Taint?>.Empty.WithComparers(StringComparer.Ordinal);

    public bool IsClean => Rest is null && Fields.Values.All(value => value is null);

    public override string Signature
    {
        get
        {
            var text = new StringBuilder("{");
            foreach (var (name, value) in Fields)
            {
                text.Append(name).Append(':').Append(SignatureOf(value)).Append(',');
            }

            return text.Append("...").Append(SignatureOf(Rest)).Append('}').ToString();
        }
    }

    public static ObjectTaint Merge(ObjectTaint first, ObjectTaint second)
    {
        var fields = first.Fields;
        foreach (var (name, value) in second.Fields)
        {
            fields = fields.SetItem(name, first.Fields.TryGetValue(name, out var existing) ? Join(existing, value) : Join(value, first.Rest));
        }

        foreach (var (name, value) in first.Fields)
        {
            if (!second.Fields.ContainsKey(name))
            {
                fields = fields.SetItem(name, Join(value, second.Rest));
            }
        }

        return new ObjectTaint(fields, Join(first.Rest, second.Rest));
    }

    public bool Equals(ObjectTaint? other) => other is not null && Signature == other.Signature;

    public override int GetHashCode() => Signature.GetHashCode(StringComparison.Ordinal);
}

/// <summary>
/// Whether a tainted value used as a query filter lets the client choose operators or fields.
/// A whole client value does; so does a client value at a field (<c>{ email: body.email }</c>:
/// <c>{ "$ne": null }</c> matches everyone), a spread of one, or any value of <c>$where</c>.
/// A value under an operator (<c>{ email: { $eq: body.email } }</c>) or inside a literal
/// sub-document is compared as it is, and is safe.
/// </summary>
internal static class FilterTaint
{
    private static readonly HashSet<string> Combinators = new(StringComparer.Ordinal) { "$and", "$or", "$nor" };

    private static readonly HashSet<string> CodeOperators = new(StringComparer.Ordinal) { "$where", "$function", "$accumulator", "$expr" };

    public static bool Injects(Taint? filter, int depth = 0)
    {
        switch (filter)
        {
            case null:
                return false;
            case WholeTaint:
                return true;
            case ObjectTaint shaped when depth < 8:
                if (shaped.Rest is WholeTaint)
                {
                    return true;
                }

                foreach (var (name, value) in shaped.Fields)
                {
                    if (value is null)
                    {
                        continue;
                    }

                    if (Combinators.Contains(name))
                    {
                        if (value is WholeTaint || (value is ObjectTaint items && AnyFilterInjects(items, depth)))
                        {
                            return true;
                        }
                    }
                    else if (CodeOperators.Contains(name) || (!name.StartsWith('$') && value is WholeTaint))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }

    /// <summary>An aggregation pipeline: a client stage, or a <c>$match</c> whose filter injects.</summary>
    public static bool InjectsPipeline(Taint? pipeline)
    {
        if (pipeline is not ObjectTaint stages)
        {
            return pipeline is WholeTaint;
        }

        foreach (var stage in stages.Fields.Values.Append(stages.Rest))
        {
            if (stage is WholeTaint || (stage is ObjectTaint shaped && (shaped.Rest is WholeTaint || Injects(Taint.Member(shaped, "$match")))))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyFilterInjects(ObjectTaint items, int depth) =>
        items.Fields.Values.Append(items.Rest).Any(item => Injects(item, depth + 1));
}
