using System.CommandLine;
using Nestor.Reporting;
using Nestor.Rules.Engine;

namespace Nestor.Cli.Review;

/// <summary><c>nestor review [PATH]</c>: mandatory reading, every rule, a report; exit 1 when an enforced rule is violated.</summary>
public static class ReviewCommand
{
    public static Command Create()
    {
        var path = new Argument<string?>("PATH") { Description = "The project's folder (default: the current folder).", Arity = ArgumentArity.ZeroOrOne };
        var format = new Option<string>("--format") { Description = "Output format: text, json, sarif or markdown.", DefaultValueFactory = _ => "text" };
        var fix = new Option<bool>("--fix") { Description = "Apply the safe fixes, re-parse and write each file atomically." };
        var baseline = new Option<string?>("--baseline") { Description = "Write the current findings to FILE once; later runs report only new ones." };
        var changedSince = new Option<string?>("--changed-since") { Description = "Report only findings on lines changed since a git ref." };
        var requireDocs = new Option<bool>("--require-docs") { Description = "A missing docs/ARCHITECTURE.md or docs/RULES.md is an error." };
        var rules = new Option<string?>("--rules") { Description = "The RULES.md to read (default: docs/RULES.md)." };
        var architecture = new Option<string?>("--architecture") { Description = "The ARCHITECTURE.md to read (default: docs/ARCHITECTURE.md)." };
        var output = new Option<string?>("--output") { Description = "Write the report to FILE instead of standard output." };
        var timings = new Option<bool>("--timings") { Description = "Print the time of each stage and each rule to standard error." };
        var command = new Command("review", "Read the team's docs, run every rule, and report; exit 1 when an enforced rule is violated.")
        {
            path, format, fix, baseline, changedSince, requireDocs, rules, architecture, output, timings,
        };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(result =>
        {
            var (settings, problem) = ReviewSettings.From(
                result.GetValue(path), result.GetValue(format), result.GetValue(fix), result.GetValue(baseline), result.GetValue(changedSince),
                result.GetValue(requireDocs), result.GetValue(rules), result.GetValue(architecture), result.GetValue(output), result.UnmatchedTokens);
            if (settings is null)
            {
                result.InvocationConfiguration.Error.WriteLine($"nestor review: {problem}");
                return ExitCodes.UsageError;
            }

            var error = result.InvocationConfiguration.Error;
            var measured = result.GetValue(timings) ? new RuleTimings() : null;
            var run = TerminalProgress.Run(error, progress => ReviewRunner.Run(settings.Options with { Progress = progress, Timings = measured }, RuleCatalog.BuiltIn));
            var exitCode = ReviewOutput.Write(settings, run, result.InvocationConfiguration.Output, error);
            if (measured is not null)
            {
                TimingsTable.Write(measured, error);
            }

            return exitCode;
        });
        return command;
    }
}
