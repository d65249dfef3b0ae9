using System.Diagnostics;

namespace Nestor.Syntax.Tests;

/// <summary>Nesting far beyond <see cref="ParseOptions.MaxDepth"/>: one diagnostic, a complete tree, no stack overflow.</summary>
public sealed class DepthLimitTests
{
    private const int N = 10_000;

    public static TheoryData<string, string, string> DeepInputs() => new()
    {
        { "parentheses", "x = " + new string('(', N) + "1" + new string(')', N) + ";", "a.ts" },
        { "unclosed parentheses", new string('(', N), "a.ts" },
        { "array literals", "x = " + new string('[', N) + new string(']', N) + ";", "a.ts" },
        { "object literals", "x = " + Repeat("{a:", N) + "1" + new string('}', N) + ";", "a.ts" },
        { "blocks", new string('{', N) + new string('}', N), "a.ts" },
        { "generic types", "let x: " + Repeat("T<", N) + "U" + new string('>', N) + ";", "a.ts" },
        { "conditionals", "x = " + Repeat("a ? ", N) + "b" + Repeat(" : c", N) + ";", "a.ts" },
        { "arrow functions", "f = " + Repeat("x => ", N) + "x;", "a.ts" },
        { "parenthesized arrows", "f = " + Repeat("(x) => ", N) + "x;", "a.ts" },
        { "unary operators", "x = " + new string('!', N) + "y;", "a.ts" },
        { "if statements", Repeat("if (a) ", N) + "b;", "a.ts" },
        { "jsx elements", "x = " + Repeat("<a>", N) + Repeat("</a>", N) + ";", "a.tsx" },
        { "calls", "f" + Repeat("(g", N) + new string(')', N), "a.ts" },
        { "new new new", Repeat("new ", N) + "X", "a.ts" },
        { "templates", "x = " + Repeat("`${", N) + "1" + Repeat("}`", N), "a.ts" },
        { "binding patterns", "let " + Repeat("{a:", N) + "b" + new string('}', N) + " = c;", "a.ts" },
        { "exponentiation", "x = " + Repeat("a ** ", N) + "b;", "a.ts" },
        { "keyof", "type A = " + Repeat("keyof ", N) + "B;", "a.ts" },
    };

    [Theory]
    [MemberData(nameof(DeepInputs))]
    public void Deep_nesting_reports_once_and_recovers(string name, string code, string path)
    {
        var watch = Stopwatch.StartNew();

        var tree = TestSource.Parse(code, path);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"{name} took {watch.Elapsed}");
        var error = Assert.Single(tree.Diagnostics);
        Assert.Equal(("NST1052", "Nesting is too deep."), (error.Code, error.Message));
        Assert.Equal(code.Length, tree.Root.Span.End);
        Assert.All(tree.DescendantNodes().Take(100_000), node => Assert.True(node.Span.End <= code.Length));
    }

    [Fact]
    public void Nesting_within_the_limit_is_parsed_exactly()
    {
        var code = "x = " + new string('(', 100) + "1" + new string(')', 100) + ";";

        var tree = TestSource.Parse(code);

        Assert.Empty(tree.Diagnostics);
        Assert.Equal(100, tree.DescendantNodes().OfType<ParenthesizedExpression>().Count());
    }

    [Fact]
    public void A_smaller_limit_is_honoured()
    {
        var code = "x = " + new string('[', 50) + new string(']', 50) + ";";

        var tree = SyntaxTree.Parse(new Nestor.Text.SourceText("a.ts", code), new ParseOptions(ScriptKind.Ts, MaxDepth: 20));

        Assert.Equal("NST1052", Assert.Single(tree.Diagnostics).Code);
    }

    [Fact]
    public void Garbage_and_huge_lines_end_in_linear_time()
    {
        var garbage = string.Concat(Enumerable.Repeat("let a = 1;\0\u0001 ### @@@ ?.?.)]} let b = 2;", 5_000));
        var huge = "x = [" + string.Join(",", Enumerable.Repeat("1", 500_000)) + "];";
        var watch = Stopwatch.StartNew();

        var garbageTree = TestSource.Parse(garbage);
        var hugeTree = TestSource.Parse(huge);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
        Assert.NotEmpty(garbageTree.Diagnostics);
        Assert.Empty(hugeTree.Diagnostics);
        Assert.Equal(500_000, TestSource.Single<ArrayLiteralExpression>(hugeTree).Elements.Count);
    }

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));
}
