using System.Text;
using System.Text.Json;
using Nestor.Rules.Engine;
using Nestor.Text;

namespace Nestor.Reporting;

/// <summary>
/// SARIF 2.1.0 for code-scanning services: one run, <c>tool.driver.rules</c> for every rule
/// that reported (with help in Markdown), and one result per finding with a physical location
/// relative to <c>%SRCROOT%</c>, related locations for labels and fixes as replacements.
/// </summary>
public static class SarifReport
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public static string Render(ReviewResult result)
    {
        var rules = result.Diagnostics.Select(d => d.Code).Distinct().Order(StringComparer.Ordinal)
            .Select(code => result.Descriptors.FirstOrDefault(d => d.Id == code) ?? Unknown(code, result))
            .ToList();
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(pair => pair.Id, pair => pair.index);

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", SchemaUri);
            writer.WriteString("version", "2.1.0");
            writer.WriteStartArray("runs");
            writer.WriteStartObject();
            WriteTool(writer, rules);
            writer.WriteStartObject("originalUriBaseIds");
            writer.WriteStartObject("%SRCROOT%");
            writer.WriteStartObject("description");
            writer.WriteString("text", "The root of the reviewed project; result paths are relative to it.");
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteStartArray("results");
            foreach (var diagnostic in result.Diagnostics)
            {
                WriteResult(writer, result, diagnostic, ruleIndex[diagnostic.Code]);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static RuleDescriptor Unknown(string code, ReviewResult result)
    {
        var sample = result.Diagnostics.First(d => d.Code == code);
        return new RuleDescriptor(code, sample.Name ?? "diagnostic", sample.Name ?? code, "Other", sample.Severity, string.Empty, string.Empty);
    }

    private static void WriteTool(Utf8JsonWriter writer, IReadOnlyList<RuleDescriptor> rules)
    {
        writer.WriteStartObject("tool");
        writer.WriteStartObject("driver");
        writer.WriteString("name", "nestor");
        writer.WriteString("semanticVersion", ReportPositions.ToolVersion);
        writer.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            writer.WriteStartObject();
            writer.WriteString("id", rule.Id);
            writer.WriteString("name", rule.Name);
            writer.WriteStartObject("shortDescription");
            writer.WriteString("text", rule.Title);
            writer.WriteEndObject();
            writer.WriteStartObject("fullDescription");
            writer.WriteString("text", FirstParagraph(rule.Docs) ?? rule.Title);
            writer.WriteEndObject();
            if (rule.Docs.Length > 0)
            {
                writer.WriteStartObject("help");
                writer.WriteString("text", rule.Docs);
                writer.WriteString("markdown", rule.Docs);
                writer.WriteEndObject();
            }

            writer.WriteStartObject("defaultConfiguration");
            writer.WriteString("level", Level(rule.DefaultSeverity));
            writer.WriteEndObject();
            writer.WriteStartObject("properties");
            writer.WriteString("category", rule.Category);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter writer, ReviewResult result, Diagnostic diagnostic, int index)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleId", diagnostic.Code);
        writer.WriteNumber("ruleIndex", index);
        writer.WriteString("level", Level(diagnostic.Severity));
        writer.WriteStartObject("message");
        var help = diagnostic.Help is null ? string.Empty : $"\nHelp: {diagnostic.Help}";
        writer.WriteString("text", diagnostic.Message + help);
        writer.WriteEndObject();
        writer.WriteStartArray("locations");
        WriteLocation(writer, result, diagnostic.Path, diagnostic.Span, null, null);
        writer.WriteEndArray();
        if (diagnostic.Labels.Count > 0)
        {
            writer.WriteStartArray("relatedLocations");
            for (var i = 0; i < diagnostic.Labels.Count; i++)
            {
                var label = diagnostic.Labels[i];
                WriteLocation(writer, result, label.Path, label.Span, i + 1, label.Message);
            }

            writer.WriteEndArray();
        }

        if (diagnostic.Fixes.Count > 0)
        {
            WriteFixes(writer, result, diagnostic);
        }

        writer.WriteEndObject();
    }

    private static void WriteFixes(Utf8JsonWriter writer, ReviewResult result, Diagnostic diagnostic)
    {
        writer.WriteStartArray("fixes");
        foreach (var fix in diagnostic.Fixes)
        {
            writer.WriteStartObject();
            writer.WriteStartObject("description");
            writer.WriteString("text", fix.Title);
            writer.WriteEndObject();
            writer.WriteStartArray("artifactChanges");
            writer.WriteStartObject();
            WriteArtifact(writer, diagnostic.Path);
            writer.WriteStartArray("replacements");
            foreach (var edit in fix.Edits)
            {
                writer.WriteStartObject();
                WriteRegion(writer, "deletedRegion", result, diagnostic.Path, edit.Span);
                writer.WriteStartObject("insertedContent");
                writer.WriteString("text", edit.NewText);
                writer.WriteEndObject();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteLocation(Utf8JsonWriter writer, ReviewResult result, string path, TextSpan span, int? id, string? message)
    {
        writer.WriteStartObject();
        if (id is { } value)
        {
            writer.WriteNumber("id", value);
        }

        writer.WriteStartObject("physicalLocation");
        WriteArtifact(writer, path);
        WriteRegion(writer, "region", result, path, span);
        writer.WriteEndObject();
        if (message is not null)
        {
            writer.WriteStartObject("message");
            writer.WriteString("text", message);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteArtifact(Utf8JsonWriter writer, string path)
    {
        writer.WriteStartObject("artifactLocation");
        writer.WriteString("uri", Uri.EscapeDataString(path).Replace("%2F", "/", StringComparison.Ordinal));
        writer.WriteString("uriBaseId", "%SRCROOT%");
        writer.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter writer, string name, ReviewResult result, string path, TextSpan span)
    {
        var (start, end) = ReportPositions.Of(result, path, span);
        writer.WriteStartObject(name);
        writer.WriteNumber("startLine", start.Line);
        writer.WriteNumber("startColumn", start.Column);
        writer.WriteNumber("endLine", end.Line);
        writer.WriteNumber("endColumn", end.Column);
        writer.WriteEndObject();
    }

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    private static string? FirstParagraph(string docs)
    {
        var paragraphs = docs.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return paragraphs.FirstOrDefault(p => !p.StartsWith('#'))?.Replace('\n', ' ');
    }
}
