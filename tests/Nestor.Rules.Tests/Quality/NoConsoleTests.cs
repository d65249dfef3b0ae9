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

    [Fact]
    public void In_a_monorepo_only_the_packages_that_depend_on_nest_are_checked() =>
        RuleTester.InvalidProject(
            Rule,
            new Dictionary<string, string>
            {
                ["package.json"] = """{ "name": "root", "private": true, "workspaces": ["apps/*", "packages/*"] }""",
                ["apps/api/package.json"] = """{ "name": "api", "dependencies": { "@nestjs/core": "^11.0.0", "@nestjs/common": "^11.0.0" } }""",
                ["apps/api/src/users.service.ts"] = "export class UsersService { find() { [|console.log|]('finding'); } }",
                ["packages/cli/package.json"] = """{ "name": "cli", "bin": { "cli": "dist/index.js" } }""",
                ["packages/cli/src/index.ts"] = "console.log('Created the project.');",
                ["apps/web/package.json"] = """{ "name": "web", "dependencies": { "react": "^19.0.0" } }""",
                ["apps/web/src/app.tsx"] = "export const log = () => console.error('render failed');",
            },
            "Unexpected console.log in application code; use the Nest Logger.");

    [Theory]
    [InlineData("src/auth/e2e/login.e2e.ts")]
    [InlineData("src/mocks/users.mock.ts")]
    [InlineData("test/app.e2e-spec.ts")]
    public void Test_files_are_not_checked(string path) => RuleTester.Valid(Rule, "console.log('x');", path);
}
