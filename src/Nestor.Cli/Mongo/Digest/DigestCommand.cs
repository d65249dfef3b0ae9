using System.CommandLine;
using Nestor.Mongo.Digest;

namespace Nestor.Cli.Mongo.Digest;

/// <summary><c>nestor mongo digest LOG...</c>: slow operations of mongod logs and profiler exports, one row per query shape.</summary>
public static class DigestCommand
{
    public static Command Create()
    {
        var logs = new Argument<string[]>("LOG") { Description = "mongod logs (JSON 4.4+ or legacy text), profiler exports; gzip is detected; - reads standard input.", Arity = ArgumentArity.ZeroOrMore };
        var sort = new Option<string>("--sort") { Description = "Order of the rows: sum, count, mean, p95, max or docs-ratio (descending).", DefaultValueFactory = _ => "sum" };
        var top = new Option<int?>("--top") { Description = "Report only the first N rows." };
        var since = new Option<string?>("--since") { Description = "Only operations at or after this ISO-8601 time." };
        var until = new Option<string?>("--until") { Description = "Only operations at or before this ISO-8601 time." };
        var ns = new Option<string?>("--ns") { Description = "Only namespaces matching this glob, e.g. shop.* or *.orders." };
        var format = new Option<string>("--format") { Description = "Output format: text, json, markdown or csv.", DefaultValueFactory = _ => "text" };
        var command = new Command("digest", "Group slow operations by query shape: counts, duration percentiles, examined/returned ratios, plans.")
        {
            logs, sort, top, since, until, ns, format,
        };

        // Argument problems are usage errors (exit 2), so they are judged here, not by the parser's default exit code.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(result =>
        {
            var error = result.InvocationConfiguration.Error;
            var (settings, problem) = DigestSettings.From(
                result.GetValue(logs) ?? [], result.GetValue(sort), result.GetValue(top), result.GetValue(since), result.GetValue(until),
                result.GetValue(ns), result.GetValue(format), result.UnmatchedTokens);
            if (settings is null)
            {
                error.WriteLine($"nestor mongo digest: {problem}");
                return ExitCodes.UsageError;
            }

            var progress = DigestOutput.Progress(error);
            var report = DigestRunner.Run(settings.Paths, settings.Options, progress);
            DigestOutput.EndProgress(report, progress, error);
            DigestOutput.Write(report, settings.Format, result.InvocationConfiguration.Output, error);
            return report.HasInputErrors ? ExitCodes.UsageError : ExitCodes.Clean;
        });
        return command;
    }
}
