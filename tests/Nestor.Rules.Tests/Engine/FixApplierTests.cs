using Nestor.Rules.Fixes;
using Nestor.Text;

namespace Nestor.Rules.Tests.Engine;

public sealed class FixApplierTests
{
    private static readonly SourceText Text = new("src/a.ts", "let a: any;\nlet b: any;\n");

    [Fact]
    public void Safe_fixes_are_applied_and_suggestions_are_not()
    {
        var results = FixApplier.Plan(
            [Fix(7, "unknown", FixSafety.Safe), Fix(19, "string", FixSafety.Suggestion)],
            _ => Text,
            _ => 0);

        var result = Assert.Single(results);
        Assert.Equal("let a: unknown;\nlet b: any;\n", result.NewText);
        Assert.Equal(1, result.Applied);
        Assert.False(result.Refused);
    }

    [Fact]
    public void Overlapping_fixes_keep_the_first_and_skip_the_rest()
    {
        var results = FixApplier.Plan([Fix(7, "unknown", FixSafety.Safe), Fix(7, "never", FixSafety.Safe), Fix(19, "unknown", FixSafety.Safe)], _ => Text, _ => 0);

        var result = Assert.Single(results);
        Assert.Equal("let a: unknown;\nlet b: unknown;\n", result.NewText);
        Assert.Equal(2, result.Applied);
        Assert.Equal(1, result.Skipped);
    }

    [Fact]
    public void A_fix_that_adds_a_syntax_error_is_refused()
    {
        var results = FixApplier.Plan([Fix(7, "{", FixSafety.Safe)], _ => Text, text => text.Content.Count(c => c == '{'));

        var result = Assert.Single(results);
        Assert.True(result.Refused);
        Assert.Null(result.NewText);
        Assert.Equal(0, result.Applied);
    }

    [Fact]
    public void Writing_is_atomic_and_a_second_plan_over_the_fixed_text_has_nothing_to_do()
    {
        var folder = Directory.CreateTempSubdirectory("nestor-fix-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(folder, "src"));
            File.WriteAllText(Path.Combine(folder, "src/a.ts"), Text.Content);
            var results = FixApplier.Plan([Fix(7, "unknown", FixSafety.Safe)], _ => Text, _ => 0);

            FixApplier.Write(folder, results);

            Assert.Equal("let a: unknown;\nlet b: any;\n", File.ReadAllText(Path.Combine(folder, "src/a.ts")));
            Assert.Equal(["a.ts"], Directory.GetFiles(Path.Combine(folder, "src")).Select(Path.GetFileName));
            Assert.Empty(FixApplier.Plan([], _ => Text, _ => 0));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static Diagnostic Fix(int start, string replacement, FixSafety safety) =>
        new("NST4001", DiagnosticSeverity.Error, "Unexpected any.", "src/a.ts", new TextSpan(start, 3))
        {
            Fixes = [new CodeFix($"Replace with '{replacement}'", safety, [new TextEdit(new TextSpan(start, 3), replacement)])],
        };
}
