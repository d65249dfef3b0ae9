using Nestor.Rules.Configuration;
using Nestor.Rules.Quality;
using Nestor.Rules.Tests.Support;

namespace Nestor.Rules.Tests.Quality;

public sealed class NoConsoleTests
{
    private static readonly NoConsole Rule = new();

    [Theory]
    [InlineData("this.logger.log('x');", RuleTester.DefaultPath)]
    [InlineData("const console = { log() {} }; logger.console.log('x');", RuleTester.DefaultPath)]
    [InlineData("console.log('seeded');", "scripts/seed.ts")]
    [InlineData("console.log('debug');", "src/users/users.service.spec.ts")]
    [InlineData("console.log('e2e');", "test/app.e2e-spec.ts")]
    public void Valid(string code, string path) => RuleTester.Valid(Rule, code, path);

    [Fact]
    public void Invalid_log() => RuleTester.Invalid(Rule, "function f() { [|console.log|]('x'); }", "Unexpected console.log in application code; use the Nest Logger.");

    [Fact]
    public void Invalid_error() => RuleTester.Invalid(Rule, "[|console.error|](err);", "Unexpected console.error in application code; use the Nest Logger.");

    [Fact]
    public void The_allow_option_keeps_listed_methods()
    {
        var config = new NestorConfig
        {
            Rules = new Dictionary<string, RuleSetting>
            {
                ["no-console"] = new(false, null, new RuleOptions(new Dictionary<string, IReadOnlyList<string>> { ["allow"] = ["error"] })),
            },
        };

        RuleTester.Valid(Rule, "console.error(err);", config: config);
        RuleTester.Invalid(Rule, "[|console.warn|](err);", "Unexpected console.warn in application code; use the Nest Logger.", config: config);
    }

    [Fact]
    public void Help_shows_the_logger_form()
    {
        var diagnostic = Assert.Single(RuleTester.Run(Rule, "console.warn('x');"));
        Assert.Equal("private readonly logger = new Logger(ClassName.name); then this.logger.warn(...)", diagnostic.Help);
    }
}
