using Nestor.Rules.Configuration;
using Nestor.Rules.Engine;
using Nestor.Rules.Reading;
using Nestor.Text;

namespace Nestor.Reporting.Tests;

/// <summary>A small, fixed review result that exercises every part of a report.</summary>
public static class Sample
{
    public const string Controller = """
        import { Body, Controller, Post } from '@nestjs/common';

        @Controller('users')
        export class UsersController {
          @Post()
          create(@Body() body: any) {
            console.log(body);
          }
        }
        """;

    public static ReviewResult Result()
    {
        var controller = new SourceText("src/users/users.controller.ts", Controller);
        var rules = new SourceText("docs/RULES.md", "# Rules\n\n- No `any` types.\n- Use Logger, not console.log.\n- Keep it simple.\n");
        var anyStart = Controller.IndexOf("any", StringComparison.Ordinal);
        var consoleStart = Controller.IndexOf("console.log", StringComparison.Ordinal);
        var bodyStart = Controller.IndexOf("@Body()", StringComparison.Ordinal);
        var diagnostics = new List<Diagnostic>
        {
            new("NST4001", DiagnosticSeverity.Error, "Unexpected 'any' in a type position.", controller.Path, new TextSpan(anyStart, 3))
            {
                Name = "no-explicit-any",
                Help = "Use 'unknown', a DTO class or an interface.",
                Note = "'any' switches type checking off for every use of the value.",
                Labels = [new DiagnosticLabel(controller.Path, new TextSpan(bodyStart, 7), "the request body enters here")],
                Fixes = [new CodeFix("Replace 'any' with 'unknown'", FixSafety.Suggestion, [new TextEdit(new TextSpan(anyStart, 3), "unknown")])],
            },
            new("NST4005", DiagnosticSeverity.Warning, "Unexpected console.log in application code.", controller.Path, new TextSpan(consoleStart, 11))
            {
                Name = "no-console",
                Help = "Inject a Logger: private readonly logger = new Logger(UsersController.name);",
            },
            new("NST0101", DiagnosticSeverity.Warning, "docs/ARCHITECTURE.md was not found: nothing tells Nestor the team's architecture.", "docs/ARCHITECTURE.md", default)
            {
                Name = "missing-document",
                Help = "Run 'nestor init' to draft docs/ARCHITECTURE.md and docs/RULES.md from the code, then edit them.",
            },
        };
        var lines = new List<LineEnforcement>
        {
            new(new RulesLine(3, "No `any` types.", "no any types."), [new Enforcer("NST4001", "no-explicit-any", DiagnosticSeverity.Error, "built-in")]),
            new(new RulesLine(4, "Use Logger, not console.log.", "use logger, not console.log."), [new Enforcer("NST4005", "no-console", DiagnosticSeverity.Warning, "built-in")]),
            new(new RulesLine(5, "Keep it simple.", "keep it simple."), []),
        };
        var reading = new ReadingResult(
            [new DocumentRead("architecture", "docs/ARCHITECTURE.md", false), new DocumentRead("rules", "docs/RULES.md", true)],
            lines,
            NestorConfig.Default,
            [],
            new Dictionary<string, SourceText> { [rules.Path] = rules });
        var descriptors = new List<RuleDescriptor>(EngineDiagnostics.All)
        {
            new("NST4001", "no-explicit-any", "Disallow the any type", "Quality", DiagnosticSeverity.Error, "No `any` types", "## What it does\n\nReports `any`.\n"),
            new("NST4005", "no-console", "Disallow console", "Quality", DiagnosticSeverity.Warning, "Use proper logging", "## What it does\n\nReports `console.*`.\n"),
        };
        return new ReviewResult("/project", reading, ReviewEngine.Sort(diagnostics), new Dictionary<string, SourceText> { [controller.Path] = controller, [rules.Path] = rules }, descriptors, new ReviewStatistics(1, 2, 1, 0));
    }
}
