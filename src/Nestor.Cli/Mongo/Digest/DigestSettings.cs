using System.Globalization;
using Nestor.Mongo.Digest;

namespace Nestor.Cli.Mongo.Digest;

/// <summary>The validated arguments of <c>nestor mongo digest</c>.</summary>
public sealed record DigestSettings(IReadOnlyList<string> Paths, DigestOptions Options, string Format)
{
    public static readonly IReadOnlyList<string> Formats = ["text", "json", "markdown", "csv"];

    /// <summary>The settings, or the reason the arguments are wrong (a usage error).</summary>
    public static (DigestSettings? Settings, string? Problem) From(
        string[] paths, string? sort, int? top, string? since, string? until, string? ns, string? format, IReadOnlyList<string> unmatched)
    {
        if (unmatched.Count > 0)
        {
            return (null, $"unknown argument '{unmatched[0]}'");
        }

        if (paths.Length == 0)
        {
            return (null, "no log given: pass one or more files, or - for standard input");
        }

        sort ??= "sum";
        if (!DigestOptions.SortNames.Contains(sort))
        {
            return (null, $"--sort must be one of {string.Join(", ", DigestOptions.SortNames)}, not '{sort}'");
        }

        format ??= "text";
        if (!Formats.Contains(format))
        {
            return (null, $"--format must be one of {string.Join(", ", Formats)}, not '{format}'");
        }

        if (top is <= 0)
        {
            return (null, $"--top must be a positive number, not {top}");
        }

        var (sinceTime, sinceProblem) = Time("--since", since);
        var (untilTime, untilProblem) = Time("--until", until);
        if ((sinceProblem ?? untilProblem) is { } problem)
        {
            return (null, problem);
        }

        var options = new DigestOptions
        {
            Sort = DigestOptions.ParseSort(sort),
            Top = top,
            Since = sinceTime,
            Until = untilTime,
            NamespacePattern = string.IsNullOrEmpty(ns) ? null : ns,
        };
        return (new DigestSettings(paths, options, format), null);
    }

    // ISO-8601: a date, a date and time, with or without an offset (UTC when none).
    private static (DateTimeOffset? Time, string? Problem) Time(string option, string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return (null, null);
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) && text.Length >= 10 && text[4] == '-'
            ? (time, null)
            : (null, $"{option} must be an ISO-8601 date or time such as 2024-03-18 or 2024-03-18T10:50:00Z, not '{text}'");
    }
}
