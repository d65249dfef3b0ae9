using Nestor.Rules.Quality;
using Nestor.Rules.Tests.Support;

namespace Nestor.Rules.Tests.Quality;

public sealed class NoExplicitAnyTests
{
    private const string Message = "Unexpected 'any'; write the type the value has, or 'unknown'.";
    private static readonly NoExplicitAny Rule = new();

    [Theory]
    [InlineData("const a: unknown = 1;")]
    [InlineData("function f(x: Record<string, unknown>): string[] { return []; }")]
    [InlineData("const company = { any: 1 }; const many = company.any;")]
    [InlineData("// any is fine in a comment\nconst s = 'any';")]
    [InlineData("type Keys = keyof Company; interface Company { anyThing: string }")]
    public void Valid(string code) => RuleTester.Valid(Rule, code);

    [Theory]
    [InlineData("const a: [|any|] = 1;")]
    [InlineData("function f(x: [|any|]): [|any|][] { return x; }")]
    [InlineData("const b = value as [|any|];")]
    [InlineData("const m = new Map<string, [|any|]>();")]
    [InlineData("try { f(); } catch (e: [|any|]) { throw e; }")]
    [InlineData("class A { constructor(@Body() private readonly body: [|any|]) {} }")]
    [InlineData("type Handler = (req: [|any|]) => Promise<[|any|]>;")]
    public void Invalid(string markup) => RuleTester.Invalid(Rule, markup, Message);

    [Theory]
    [InlineData("try { f(); } catch (e: any) { throw e; }", "try { f(); } catch (e: unknown) { throw e; }")]
    [InlineData("const r: Record<string, any> = {};", "const r: Record<string, unknown> = {};")]
    [InlineData("const a: any = 1;", "const a: any = 1;")]
    [InlineData("const r: Record<any, string> = {};", "const r: Record<any, string> = {};")]
    public void Fixes(string before, string after) => RuleTester.Fixes(Rule, before, after);
}
