using Nestor.Text;

namespace Nestor.Syntax.Tests;

/// <summary>Parses snippets; <c>[|...|]</c> marks the span a test expects.</summary>
internal static class TestSource
{
    public static SyntaxTree Parse(string code, string path = "test.ts") => SyntaxTree.Parse(new SourceText(path, code));

    /// <summary>Removes one <c>[| |]</c> pair and returns the code and the marked span.</summary>
    public static (string Code, TextSpan Span) Markup(string marked)
    {
        var start = marked.IndexOf("[|", StringComparison.Ordinal);
        var end = marked.IndexOf("|]", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "the case needs one [| |] pair");
        var code = marked[..start] + marked[(start + 2)..end] + marked[(end + 2)..];
        return (code, TextSpan.FromBounds(start, end - 2));
    }

    public static T Single<T>(SyntaxTree tree)
        where T : Node => Assert.Single(tree.DescendantNodes().OfType<T>());

    public static string Describe(IEnumerable<Diagnostic> diagnostics) =>
        string.Join("; ", diagnostics.Select(d => $"{d.Code} {d.Span} {d.Message}"));
}
