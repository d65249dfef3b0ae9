using Nestor.Rules.Configuration;
using Nestor.Rules.Engine;
using Nestor.Rules.Reading;
using Nestor.Rules.Tests.Support;
using Nestor.Text;

namespace Nestor.Rules.Tests.Async;

/// <summary>Runs one rule over several files, for findings that depend on a class declared in another file.</summary>
internal static class AsyncRuleTester
{
    /// <summary>Each file is (path, markup): the findings are exactly the marked spans of every file, each with <paramref name="message"/>.</summary>
    public static void Invalid(Rule rule, string message, params (string Path, string Markup)[] files)
    {
        var parsed = files.Select(f => (f.Path, Parsed: Markup.Parse(f.Markup))).ToList();
        var reviewFiles = parsed.Select(f => new ReviewFile(f.Path, new SourceText(f.Path, f.Parsed.Text))).ToList();
        foreach (var file in reviewFiles)
        {
            Assert.Empty(file.Tree.Diagnostics);
        }

        var reading = new ReadingResult([], [], NestorConfig.Default, [], new Dictionary<string, SourceText>());
        var diagnostics = new ReviewEngine(new RuleCatalog([rule])).Run(new ReviewRequest("/project", reviewFiles, reading)).Diagnostics;
        var expected = parsed.SelectMany(f => f.Parsed.Spans.Select(span => (f.Path, f.Parsed.Text.Substring(span.Start, span.Length), span, message)));
        var actual = diagnostics.Select(d => (d.Path, parsed.Single(f => f.Path == d.Path).Parsed.Text.Substring(d.Span.Start, d.Span.Length), d.Span, d.Message));
        Assert.Equal(expected.OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.span.Start), actual.OrderBy(a => a.Path, StringComparer.Ordinal).ThenBy(a => a.Span.Start));
    }
}
