using Nestor.Rules.Configuration;
using Nestor.Rules.Engine;
using Nestor.Text;

namespace Nestor.Rules.Tests.Engine;

public sealed class ConfigurationTests
{
    [Theory]
    [InlineData("src/**/*.ts", "src/users/users.service.ts", true)]
    [InlineData("src/**/*.ts", "src/main.ts", true)]
    [InlineData("src/**/*.ts", "test/main.ts", false)]
    [InlineData("*.spec.ts", "src/users/users.service.spec.ts", true)]
    [InlineData("*.spec.ts", "src/users/users.service.ts", false)]
    [InlineData("src/*/controllers/*.ts", "src/users/controllers/a.ts", true)]
    [InlineData("src/*/controllers/*.ts", "src/users/x/controllers/a.ts", false)]
    [InlineData("src/**/*.{controller,service}.ts", "src/a/b.service.ts", true)]
    [InlineData("src/**/*.{controller,service}.ts", "src/a/b.module.ts", false)]
    [InlineData("scripts/**", "scripts/seed/run.ts", true)]
    [InlineData("./src/?.ts", "src/a.ts", true)]
    public void Globs_match_project_relative_paths(string pattern, string path, bool expected)
    {
        Assert.Equal(expected, new Glob(pattern).IsMatch(path));
    }

    [Fact]
    public void An_unclosed_brace_is_a_format_error()
    {
        var exception = Assert.Throws<FormatException>(() => new Glob("src/{a,b"));
        Assert.Equal("Unclosed '{' in glob 'src/{a,b'.", exception.Message);
    }

    [Theory]
    [InlineData("console.*", "console.log", true)]
    [InlineData("console.*", "console.log.bind", false)]
    [InlineData("console.*", "logger.log", false)]
    [InlineData("*.$where", "this.userModel.$where", true)]
    [InlineData("Model.prototype.$where", "this.userModel.$where", true)]
    [InlineData("Model.prototype.$where", "$where", false)]
    [InlineData("process.exit", "process.exit", true)]
    public void Callee_patterns_match_dotted_callees(string pattern, string callee, bool expected)
    {
        Assert.Equal(expected, CalleePattern.IsMatch(pattern, callee));
    }

    [Fact]
    public void Severity_comes_from_the_rule_then_the_path_overrides_in_order()
    {
        var rule = RuleCatalog.BuiltIn.Find("file-naming")!;
        var config = new NestorConfig
        {
            Rules = new Dictionary<string, RuleSetting> { ["file-naming"] = new(true, DiagnosticSeverity.Warning, RuleOptions.Empty) },
            Overrides =
            [
                new PathOverride([new Glob("scripts/**")], new Dictionary<string, DiagnosticSeverity?> { ["file-naming"] = null }),
                new PathOverride([new Glob("src/core/**")], new Dictionary<string, DiagnosticSeverity?> { ["file-naming"] = DiagnosticSeverity.Error }),
            ],
        };

        Assert.Equal(DiagnosticSeverity.Error, NestorConfig.Default.SeverityFor(rule, "src/a.ts"));
        Assert.Equal(DiagnosticSeverity.Warning, config.SeverityFor(rule, "src/a.ts"));
        Assert.Null(config.SeverityFor(rule, "scripts/seed.ts"));
        Assert.Equal(DiagnosticSeverity.Error, config.SeverityFor(rule, "src/core/x.ts"));
    }
}
