using Nestor.Nest.Output;

namespace Nestor.Cli.Graph;

/// <summary>What <c>nestor graph</c> was asked to do.</summary>
public sealed record GraphSettings(string Root, GraphFormat Format)
{
    private const string Usage = "Usage: nestor graph [PATH] [--format text|json|mermaid|dot]";

    public static (GraphSettings? Settings, string? Problem) From(string? path, string? format, IReadOnlyList<string> unmatched)
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

        return format switch
        {
            null or "text" => (new GraphSettings(root, GraphFormat.Text), null),
            "json" => (new GraphSettings(root, GraphFormat.Json), null),
            "mermaid" => (new GraphSettings(root, GraphFormat.Mermaid), null),
            "dot" => (new GraphSettings(root, GraphFormat.Dot), null),
            _ => (null, $"unknown format '{format}': use text, json, mermaid or dot."),
        };
    }
}
