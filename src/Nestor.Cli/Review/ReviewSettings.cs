using Nestor.Rules.Engine;
using Nestor.Rules.Reading;

namespace Nestor.Cli.Review;

public enum ReviewFormat
{
    Text,
    Json,
    Sarif,
    Markdown,
}

/// <summary>What <c>nestor review</c> was asked to do.</summary>
public sealed record ReviewSettings(ReviewOptions Options, ReviewFormat Format, string? Output)
{
    public const string Usage = "Usage: nestor review [PATH] [--format text|json|sarif|markdown] [--fix] [--baseline FILE] [--changed-since REF] [--require-docs] [--rules FILE] [--architecture FILE] [--output FILE]";

    public static (ReviewSettings? Settings, string? Problem) From(
        string? path, string? format, bool fix, string? baseline, string? changedSince, bool requireDocs, string? rules, string? architecture, string? output, IReadOnlyList<string> unmatched)
    {
        if (unmatched.Count > 0)
        {
            return (null, $"unknown argument '{unmatched[0]}'. {Usage}");
        }

        var root = Path.GetFullPath(string.IsNullOrEmpty(path) ? "." : path);
        if (!Directory.Exists(root))
        {
            return (null, File.Exists(root) ? $"'{path}' is a file: give the project's folder. {Usage}" : $"'{path}' does not exist. {Usage}");
        }

        ReviewFormat? parsed = format switch
        {
            null or "text" => ReviewFormat.Text,
            "json" => ReviewFormat.Json,
            "sarif" => ReviewFormat.Sarif,
            "markdown" or "md" => ReviewFormat.Markdown,
            _ => null,
        };
        if (parsed is null)
        {
            return (null, $"unknown format '{format}': use text, json, sarif or markdown.");
        }

        // Document paths on the command line are relative to where the command runs.
        var reading = new ReadingOptions(
            architecture is null ? null : Path.GetFullPath(architecture),
            rules is null ? null : Path.GetFullPath(rules),
            requireDocs);
        var options = new ReviewOptions(root, reading)
        {
            BaselinePath = baseline is null ? null : Path.GetFullPath(baseline),
            ChangedSince = changedSince,
            Fix = fix,
        };
        return (new ReviewSettings(options, parsed.Value, output), null);
    }
}
