using System.Text;
using System.Text.RegularExpressions;

namespace Nestor.Mongo.Digest;

/// <summary>How rows are ordered: always descending, ties broken by the shape's fingerprint.</summary>
public enum DigestSort
{
    Sum,
    Count,
    Mean,
    P95,
    Max,
    DocsRatio,
}

/// <summary>Which operations the digest keeps and how it orders its rows.</summary>
public sealed record DigestOptions
{
    public DigestSort Sort { get; init; } = DigestSort.Sum;

    /// <summary>How many rows to report; null for all.</summary>
    public int? Top { get; init; }

    public DateTimeOffset? Since { get; init; }

    public DateTimeOffset? Until { get; init; }

    /// <summary>A glob over the resolved namespace (<c>shop.*</c>, <c>*.orders</c>, <c>shop.order?</c>); null keeps all.</summary>
    public string? NamespacePattern { get; init; }

    /// <summary>The sort names the command line accepts, in <see cref="DigestSort"/> order.</summary>
    public static readonly IReadOnlyList<string> SortNames = ["sum", "count", "mean", "p95", "max", "docs-ratio"];

    public static DigestSort ParseSort(string name) => (DigestSort)Math.Max(0, SortNames.ToList().IndexOf(name));
}

/// <summary>A namespace glob: <c>*</c> any run of characters, <c>?</c> one character, everything else literal.</summary>
public sealed class NamespaceGlob
{
    private readonly Regex regex;

    public NamespaceGlob(string pattern)
    {
        var text = new StringBuilder("^");
        foreach (var c in pattern)
        {
            text.Append(c switch
            {
                '*' => ".*",
                '?' => ".",
                _ => Regex.Escape(c.ToString()),
            });
        }

        regex = new Regex(text.Append('$').ToString(), RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    }

    public bool Matches(string ns) => regex.IsMatch(ns);
}
