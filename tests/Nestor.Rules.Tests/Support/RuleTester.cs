using Nestor.Rules.Configuration;
using Nestor.Rules.Engine;
using Nestor.Rules.Fixes;
using Nestor.Rules.Reading;
using Nestor.Syntax;
using Nestor.Text;

namespace Nestor.Rules.Tests.Support;

/// <summary>
/// ESLint-RuleTester-style checks: valid code reports nothing, invalid code reports exactly the
/// marked spans with the exact message, and fixes turn "before" into "after". Code is parsed
/// and must have no syntax error, so test cases are real TypeScript.
/// </summary>
public static class RuleTester
{
    public const string DefaultPath = "src/users/users.service.ts";

    public static IReadOnlyList<Diagnostic> Run(Rule rule, string code, string path = DefaultPath, NestorConfig? config = null)
    {
        var file = new ReviewFile(path, new SourceText(path, code));
        Assert.Empty(file.Tree.Diagnostics.Select(d => $"{d.Code} {d.Message} at {d.Span}"));
        var reading = new ReadingResult([], [], config ?? NestorConfig.Default, [], new Dictionary<string, SourceText>());
        var result = new ReviewEngine(new RuleCatalog([rule])).Run(new ReviewRequest("/project", [file], reading));
        return result.Diagnostics;
    }

    public static void Valid(Rule rule, string code, string path = DefaultPath, NestorConfig? config = null) =>
        Assert.Empty(Run(rule, code, path, config).Select(d => $"{d.Code} {d.Message} at {d.Span}"));

    public static void Invalid(Rule rule, string markup, string message, string path = DefaultPath, NestorConfig? config = null)
    {
        var (code, spans) = Markup.Parse(markup);
        var diagnostics = Run(rule, code, path, config);
        Assert.Equal(
            spans.Select(span => (rule.Descriptor.Id, code.Substring(span.Start, span.Length), span, message)),
            diagnostics.Select(d => (d.Code, code.Substring(d.Span.Start, d.Span.Length), d.Span, d.Message)));
    }

    public static void Fixes(Rule rule, string before, string after, string path = DefaultPath)
    {
        var text = new SourceText(path, before);
        var diagnostics = Run(rule, before, path);
        var plan = FixApplier.Plan(diagnostics, _ => text, t => SyntaxTree.Parse(t).Diagnostics.Count);
        Assert.Equal(after, plan.Count == 0 ? before : plan[0].NewText);
        if (plan.Count > 0)
        {
            // Idempotent: the fixed text has nothing left to fix.
            var again = Run(rule, after, path);
            Assert.DoesNotContain(FixApplier.Plan(again, _ => new SourceText(path, after), t => SyntaxTree.Parse(t).Diagnostics.Count), p => p.Applied > 0);
        }
    }

    public const string ProjectRoot = "/project";

    /// <summary>
    /// Runs a rule over a small project held in memory (relative path → code), with the semantic
    /// and NestJS models built as a real review builds them.
    /// </summary>
    public static IReadOnlyList<Diagnostic> RunProject(Rule rule, IReadOnlyDictionary<string, string> files, NestorConfig? config = null)
    {
        var input = ReviewInput.FromFiles(ProjectRoot, files.Select(pair => KeyValuePair.Create($"{ProjectRoot}/{pair.Key}", pair.Value)));
        Assert.Empty(input.Files.SelectMany(file => file.Tree.Diagnostics.Select(d => $"{file.Path}: {d.Code} {d.Message} at {d.Span}")));
        Assert.Empty(input.Problems.Select(d => d.Message));
        var reading = new ReadingResult([], [], config ?? NestorConfig.Default, [], new Dictionary<string, SourceText>());
        var request = new ReviewRequest(ProjectRoot, input.Files, reading) { Semantics = input.Semantics, Nest = input.Nest };
        return new ReviewEngine(new RuleCatalog([rule])).Run(request).Diagnostics;
    }

    public static void ValidProject(Rule rule, IReadOnlyDictionary<string, string> files, NestorConfig? config = null) =>
        Assert.Empty(RunProject(rule, files, config).Select(d => $"{d.Path}: {d.Code} {d.Message} at {d.Span}"));

    /// <summary>
    /// Every file may mark spans with <c>[|...|]</c>; the rule must report exactly those, in path
    /// and position order, with the messages given in the same order.
    /// </summary>
    public static void InvalidProject(Rule rule, IReadOnlyDictionary<string, string> markedFiles, params string[] messages)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var expected = new List<(string Path, string Text, TextSpan Span)>();
        foreach (var (path, markup) in markedFiles)
        {
            var (code, spans) = Markup.Parse(markup);
            files[path] = code;
            expected.AddRange(spans.Select(span => (path, code.Substring(span.Start, span.Length), span)));
        }

        Assert.Equal(expected.Count, messages.Length);
        var ordered = expected.OrderBy(e => e.Path, StringComparer.Ordinal).ThenBy(e => e.Span.Start).ToList();
        var diagnostics = RunProject(rule, files);
        Assert.Equal(
            ordered.Select((e, i) => (rule.Descriptor.Id, e.Path, e.Text, messages[i])),
            diagnostics.Select(d => (d.Code, d.Path, files[d.Path].Substring(d.Span.Start, d.Span.Length), d.Message)));
    }
}
