namespace Nestor.Syntax.Tests;

/// <summary>Broken code: each case gives TypeScript's own first error, with its exact span and message.</summary>
public sealed class RecoveryTests
{
    [Theory]
    [InlineData("let x = [|;|]", "NST1030", "Expression expected.")]
    [InlineData("f(a [|b|]);", "NST1001", "',' expected.")]
    [InlineData("if (x [|{|] }", "NST1001", "')' expected.")]
    [InlineData("const [|=|] 1;", "NST1039", "Variable declaration expected.")]
    [InlineData("import { a [|from|] 'b';", "NST1001", "',' expected.")]
    [InlineData("x = 1 +[|;|]", "NST1030", "Expression expected.")]
    [InlineData("a.[||]", "NST1002", "Identifier expected.")]
    [InlineData("let y = \"abc[||]", "NST1003", "Unterminated string literal.")]
    [InlineData("enum E { A [|B|] }", "NST1094", "An enum member name must be followed by a ',', '=', or '}'.")]
    [InlineData("[|}|]", "NST1031", "Declaration or statement expected.")]
    [InlineData("interface I { x: number [|y|]: string }", "NST1001", "';' expected.")]
    [InlineData("class C { x = 1 [|y|] = 2 }", "NST1001", "';' expected.")]
    [InlineData("function f(a, { b }[||]", "NST1001", "')' expected.")]
    [InlineData("let z = [1, 2[||]", "NST1001", "']' expected.")]
    [InlineData("for (let i = 0; i < 3 [|i|]++) {}", "NST1001", "';' expected.")]
    [InlineData("type T = [|;|]", "NST1033", "Type expected.")]
    [InlineData("a ? b[|;|]", "NST1001", "':' expected.")]
    [InlineData("new X[|?.|]y();", "NST1079", "Invalid optional chain from new expression. Did you mean to call 'X()'?")]
    [InlineData("try {}[||]", "NST1062", "'catch' or 'finally' expected.")]
    [InlineData("export default[|;|]", "NST1030", "Expression expected.")]
    [InlineData("switch (x) { [|foo|]; }", "NST1043", "'case' or 'default' expected.")]
    [InlineData("var [|class|] = 1;", "NST1050", "'class' is not allowed as a variable declaration name.")]
    public void First_error_matches_TypeScript(string marked, string code, string message)
    {
        var (source, span) = TestSource.Markup(marked);

        var tree = TestSource.Parse(source);

        var first = tree.Diagnostics[0];
        Assert.Equal((code, span, message), (first.Code, first.Span, first.Message));
    }

    [Fact]
    public void Mismatched_jsx_closing_tag_is_reported_on_the_closing_name()
    {
        var (source, span) = TestSource.Markup("let v = <div></[|span|]>;");

        var tree = TestSource.Parse(source, "a.tsx");

        var error = Assert.Single(tree.Diagnostics);
        Assert.Equal(("NST1059", span, "Expected corresponding JSX closing tag for 'div'."), (error.Code, error.Span, error.Message));
    }

    [Theory]
    [InlineData("let let = 1;")]
    [InlineData("class { }")]
    [InlineData("@dec\nlet q = 1;")]
    [InlineData("x = { a: 1, b };")]
    [InlineData("throw\nx;")]
    public void What_TypeScript_leaves_to_its_checker_is_not_a_syntax_error(string code)
    {
        var tree = TestSource.Parse(code);

        Assert.Empty(tree.Diagnostics);
    }

    [Fact]
    public void An_unterminated_regex_ends_at_its_first_unbalanced_bracket()
    {
        var tree = TestSource.Parse("x = /ab(c)d];\nlet y = 1;");

        Assert.Equal(["NST1005 [4..11) Unterminated regular expression literal.", "NST1001 [11..12) ';' expected."], tree.Diagnostics.Select(d => $"{d.Code} {d.Span} {d.Message}"));
        Assert.Equal("/ab(c)d", TestSource.Single<RegularExpressionLiteral>(tree).RawText);
    }

    [Fact]
    public void Decorators_without_a_class_are_kept_in_the_tree()
    {
        var tree = TestSource.Parse("x = @dec;");

        var missing = TestSource.Single<MissingDeclarationExpression>(tree);
        Assert.Equal("dec", ((Identifier)Assert.Single(missing.Decorators).Expression).Text);
        Assert.Equal(["Decorator 4 8"], SyntaxOutline.Create(tree).Select(e => $"{e.Kind} {e.Start} {e.End}"));
        Assert.Equal(("NST1030", 8), (tree.Diagnostics[0].Code, tree.Diagnostics[0].Span.Start));
    }

    [Fact]
    public void At_most_one_error_is_reported_at_a_position()
    {
        var tree = TestSource.Parse("switch (x) { foo; }");

        Assert.Equal(["NST1043 [13..16)", "NST1031 [18..19)"], tree.Diagnostics.Select(d => $"{d.Code} {d.Span}"));
    }

    [Fact]
    public void Parsing_goes_on_after_an_error()
    {
        var tree = TestSource.Parse("class A { m( { } }\nclass B { ok() {} }\nfunction f() {}");

        Assert.NotEmpty(tree.Diagnostics);
        Assert.Contains(tree.DescendantNodes().OfType<ClassDeclaration>(), c => c.Name?.Text == "B");
        Assert.Contains(tree.DescendantNodes().OfType<FunctionDeclaration>(), f => f.Name?.Text == "f");
    }

    [Fact]
    public void Every_code_is_unique_and_in_the_syntax_range()
    {
        var codes = SyntaxErrors.All.Select(e => e.Code).ToArray();

        Assert.Equal(codes.Length, codes.Distinct().Count());
        Assert.All(codes, code => Assert.Matches("^NST1[0-9]{3}$", code));
    }
}
