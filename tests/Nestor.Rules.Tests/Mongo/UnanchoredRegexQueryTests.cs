using Nestor.Rules.Mongo;
using Nestor.Rules.Tests.Support;

namespace Nestor.Rules.Tests.Mongo;

public sealed class UnanchoredRegexQueryTests
{
    private static readonly UnanchoredRegexQuery Rule = new();

    [Theory]
    [InlineData("this.productModel.find({ name: /^phone/ });")]
    [InlineData("this.productModel.find({ name: { $regex: '^phone' } });")]
    [InlineData("const isEmail = /@/.test(input);")]
    [InlineData("const rules = { pattern: /abc/ };")]
    [InlineData("const names = items.filter((item) => /abc/.test(item.name));")]
    [InlineData("this.userModel.findOne({ email: { $regex: pattern } });")]
    [InlineData("this.productModel.find({ name: new RegExp(`^${escape(q)}`) });")]
    public void Valid(string code) => RuleTester.Valid(Rule, code);

    [Fact]
    public void A_case_insensitive_literal_without_anchor() =>
        RuleTester.Invalid(Rule, "this.productModel.find({ name: [|/phone/i|] });", "This regex filter has no '^' anchor and is case-insensitive, so it cannot use an index.");

    [Fact]
    public void A_regex_operator_string() =>
        RuleTester.Invalid(Rule, "const f = { name: { $regex: [|'abc'|] } };", "This regex filter has no '^' anchor, so it cannot use an index.");

    [Fact]
    public void A_regex_operator_with_the_i_option() =>
        RuleTester.Invalid(Rule, "this.userModel.findOne({ email: { $regex: [|q|], $options: 'i' } });", "This regex filter is case-insensitive, so it cannot use an index.");

    [Fact]
    public void An_anchored_but_case_insensitive_regexp() =>
        RuleTester.Invalid(Rule, "this.userModel.countDocuments({ email: [|new RegExp('^a', 'i')|] });", "This regex filter is case-insensitive, so it cannot use an index.");
}
