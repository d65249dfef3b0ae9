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
}
