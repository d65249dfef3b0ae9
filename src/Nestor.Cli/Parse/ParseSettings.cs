namespace Nestor.Cli.Parse;

public enum ParseFormat
{
    Text,
    Json,
}

/// <summary>What <c>nestor parse</c> was asked to do.</summary>
public sealed record ParseSettings(IReadOnlyList<string> Paths, ParseFormat Format)
{
    public static (ParseSettings? Settings, string? Problem) From(IReadOnlyList<string> paths, string? format, IReadOnlyList<string> unmatched)
    {
        // Unknown options arrive as paths; a name that starts with '-' and names nothing on disk is one.
        var unknown = unmatched.Concat(paths.Where(p => p.StartsWith('-') && !Path.Exists(p))).FirstOrDefault();
        if (unknown is not null)
        {
            return (null, $"unknown option '{unknown}'. Usage: nestor parse PATH... [--format text|json]");
        }

        if (paths.Count == 0)
        {
            return (null, "give at least one file or folder to parse. Usage: nestor parse PATH... [--format text|json]");
        }

        return format switch
        {
            null or "text" => (new ParseSettings(paths, ParseFormat.Text), null),
            "json" => (new ParseSettings(paths, ParseFormat.Json), null),
            _ => (null, $"unknown format '{format}': use text or json."),
        };
    }
}
