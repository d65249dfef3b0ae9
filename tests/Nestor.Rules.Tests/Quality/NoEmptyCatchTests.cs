using Nestor.Rules.Quality;
using Nestor.Rules.Tests.Support;

namespace Nestor.Rules.Tests.Quality;

public sealed class NoEmptyCatchTests
{
    private const string Message = "Empty catch block: the error is dropped.";
    private static readonly NoEmptyCatch Rule = new();

    [Theory]
    [InlineData("try { f(); } catch (e) { log(e); }")]
    [InlineData("try { f(); } finally { }")]
    [InlineData("promise.catch(() => {});")]
    public void Valid(string code) => RuleTester.Valid(Rule, code);

    [Theory]
    [InlineData("try { f(); } [|catch|] {}")]
    [InlineData("try { f(); } [|catch|] (e) {\n  // ignore\n}")]
    [InlineData("async function g() { try { await f(); } [|catch|] (error: unknown) { } }")]
    public void Invalid(string markup) => RuleTester.Invalid(Rule, markup, Message);
}
