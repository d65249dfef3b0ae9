using Nestor.Reporting;
using Nestor.Rules.Engine;
using Nestor.Text;

namespace Nestor.Cli.Review;

/// <summary>Turns a run into the chosen report, its notes on standard error, and an exit code.</summary>
public static class ReviewOutput
{
    public static int Write(ReviewSettings settings, ReviewRun run, TextWriter output, TextWriter error)
    {
        if (run.Result is not { } result)
        {
            error.WriteLine($"nestor review: {run.InputError}");
            return ExitCodes.UsageError;
        }

        var toTerminal = settings.Output is null && !Console.IsOutputRedirected && output == Console.Out;
        var colour = toTerminal && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        var report = settings.Format switch
        {
            ReviewFormat.Json => JsonReport.Render(result),
            ReviewFormat.Sarif => SarifReport.Render(result),
            ReviewFormat.Markdown => MarkdownReport.Render(result),
            _ => TextReport.Render(result, new TextReportOptions(colour)),
        };

        if (settings.Format != ReviewFormat.Text || settings.Output is not null)
        {
            error.WriteLine(ReadingHeader.Render(result.Reading));
        }

        if (settings.Output is { } file)
        {
            AtomicFile.WriteAllText(file, report);
        }
        else
        {
            output.Write(report);
        }

        foreach (var fix in run.Fixes)
        {
            error.WriteLine(fix.Refused
                ? $"nestor review: not fixed {fix.Path}: the fixed text would not parse."
                : $"nestor review: fixed {fix.Applied} problem{(fix.Applied == 1 ? string.Empty : "s")} in {fix.Path}.");
        }

        if (run.BaselineWritten is { } count)
        {
            error.WriteLine($"nestor review: baseline written to {settings.Options.BaselinePath} with {count} finding{(count == 1 ? string.Empty : "s")}; later runs report only new ones.");
            return ExitCodes.Clean;
        }

        return result.Fails ? ExitCodes.Findings : ExitCodes.Clean;
    }
}
