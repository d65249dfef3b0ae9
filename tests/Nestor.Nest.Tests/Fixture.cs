using Nestor.Nest.Graph;
using Nestor.Nest.Model;

namespace Nestor.Nest.Tests;

/// <summary>Multi-file cases written as one text with <c>// @filename: src/x.ts</c> separators, loaded in memory under <c>/repo</c>.</summary>
internal static class Fixture
{
    public const string Root = "/repo";

    public static NestProject Load(string text) => NestProjectLoader.FromFiles(Root, Files(text));

    public static GraphResult Graph(string text) => GraphAnalyzer.Analyze(Load(text));

    public static IEnumerable<KeyValuePair<string, string>> Files(string text)
    {
        string? path = null;
        var content = new System.Text.StringBuilder();
        foreach (var line in text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            if (line.StartsWith("// @filename:", StringComparison.Ordinal))
            {
                if (path is not null)
                {
                    yield return KeyValuePair.Create($"{Root}/{path}", content.ToString());
                }

                path = line["// @filename:".Length..].Trim();
                content.Clear();
            }
            else if (path is not null)
            {
                content.Append(line).Append('\n');
            }
        }

        if (path is not null)
        {
            yield return KeyValuePair.Create($"{Root}/{path}", content.ToString());
        }
    }
}
