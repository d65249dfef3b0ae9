namespace Nestor.Syntax.Tests;

public sealed class ExpressionWrappersTests
{
    private static Expression Initializer(string code)
    {
        var tree = SyntaxTree.Parse(new Nestor.Text.SourceText("a.ts", code));
        return tree.DescendantNodes().OfType<VariableDeclaration>().Single().Initializer!;
    }

    [Theory]
    [InlineData("const x = ((value as Filter)! satisfies object);")]
    [InlineData("const x = <Filter>(value);")]
    public void Strip_removes_parentheses_and_type_only_wrappers(string code) =>
        Assert.Equal("value", Assert.IsType<Identifier>(ExpressionWrappers.Strip(Initializer(code))).Text);

    [Fact]
    public void Strip_stops_at_await_and_strip_with_await_goes_through_it()
    {
        var awaited = Initializer("async function f() { const x = (await (value as Promise<Filter>)); }");
        Assert.IsType<AwaitExpression>(ExpressionWrappers.Strip(awaited));
        Assert.Equal("value", Assert.IsType<Identifier>(ExpressionWrappers.StripWithAwait(awaited)).Text);
    }

    [Fact]
    public void Hundreds_of_nested_parentheses_are_unwrapped()
    {
        var code = "const x = " + new string('(', 400) + "value" + new string(')', 400) + ";";
        Assert.IsType<Identifier>(ExpressionWrappers.Strip(Initializer(code)));
    }
}
