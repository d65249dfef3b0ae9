using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Nestor.Text;

namespace Nestor.Rules.Baselines;

/// <summary>One accepted finding: rule, file and a hash of its line's text (not its number), and how many.</summary>
public sealed record BaselineEntry(
    [property: JsonPropertyName("rule")] string Rule,
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("fingerprint")] string Fingerprint,
    [property: JsonPropertyName("count")] int Count);

public sealed record BaselineFile(
    [property: JsonPropertyName("version")] int Version,
    [property: JsonPropertyName("findings")] IReadOnlyList<BaselineEntry> Findings);

/// <summary>What the baseline let through and what it held back.</summary>
public sealed record BaselineOutcome(IReadOnlyList<Diagnostic> New, int Known);

/// <summary>
/// The backlog of a project, written once and compared on later runs. A finding is identified by
/// its rule, its file and the normalised text of its line, so edits elsewhere in the file (which
/// move line numbers) do not make old findings look new.
/// </summary>
public static class Baseline
{
    public const int Version = 1;

    public static BaselineFile Create(IEnumerable<Diagnostic> diagnostics, Func<string, SourceText?> textOf)
    {
        var entries = diagnostics
            .GroupBy(diagnostic => (diagnostic.Code, diagnostic.Path, Fingerprint: Fingerprint(diagnostic, textOf(diagnostic.Path))))
            .Select(group => new BaselineEntry(group.Key.Code, group.Key.Path, group.Key.Fingerprint, group.Count()))
            .OrderBy(entry => entry.Path, StringComparer.Ordinal)
            .ThenBy(entry => entry.Rule, StringComparer.Ordinal)
            .ThenBy(entry => entry.Fingerprint, StringComparer.Ordinal)
            .ToList();
        return new BaselineFile(Version, entries);
    }

    public static string Serialize(BaselineFile baseline) => JsonSerializer.Serialize(baseline, BaselineJson.Default.BaselineFile) + "\n";

    /// <summary>Reads a baseline; a file that is not one gives a clear error message instead.</summary>
    public static BaselineFile? TryParse(string json, out string? error)
    {
        try
        {
            var file = JsonSerializer.Deserialize(json, BaselineJson.Default.BaselineFile);
            if (file is null || file.Version != Version || file.Findings is null)
            {
                error = $"not a Nestor baseline of version {Version}";
                return null;
            }

            error = null;
            return file;
        }
        catch (JsonException exception)
        {
            error = $"not valid JSON ({exception.Message})";
            return null;
        }
    }

    /// <summary>Findings beyond the baseline's count for their fingerprint are new.</summary>
    public static BaselineOutcome Filter(BaselineFile baseline, IEnumerable<Diagnostic> diagnostics, Func<string, SourceText?> textOf)
    {
        var remaining = baseline.Findings
            .GroupBy(entry => (entry.Rule, entry.Path, entry.Fingerprint))
            .ToDictionary(group => group.Key, group => group.Sum(entry => entry.Count));
        var fresh = new List<Diagnostic>();
        var known = 0;
        foreach (var diagnostic in diagnostics)
        {
            var key = (diagnostic.Code, diagnostic.Path, Fingerprint(diagnostic, textOf(diagnostic.Path)));
            if (remaining.TryGetValue(key, out var count) && count > 0)
            {
                remaining[key] = count - 1;
                known++;
            }
            else
            {
                fresh.Add(diagnostic);
            }
        }

        return new BaselineOutcome(fresh, known);
    }

    /// <summary>A short hash of the finding's line with its whitespace collapsed, and of its message.</summary>
    public static string Fingerprint(Diagnostic diagnostic, SourceText? text)
    {
        var line = string.Empty;
        if (text is not null && diagnostic.Span.Start <= text.Length)
        {
            var lineIndex = text.Lines.GetLineIndex(diagnostic.Span.Start);
            line = string.Join(' ', text.ToString(text.Lines.GetLineSpan(lineIndex, text.Content)).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }

        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(line + "\n" + diagnostic.Message));
        return Convert.ToHexStringLower(bytes)[..16];
    }
}

/// <summary>The baseline's JSON contract, generated at compile time: no reflection, so a native build reads it too.</summary>
[JsonSourceGenerationOptions(WriteIndented = true)]
[JsonSerializable(typeof(BaselineFile))]
internal sealed partial class BaselineJson : JsonSerializerContext;
