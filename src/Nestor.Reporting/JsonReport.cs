using System.Text;
using System.Text.Json;
using Nestor.Rules.Engine;
using Nestor.Text;

namespace Nestor.Reporting;

/// <summary>
/// The machine report (<c>--format json</c>), documented in docs/json-report.md. Keys appear in a
/// fixed order and paths are project-relative, so two runs on the same tree give the same bytes.
/// </summary>
public static class JsonReport
{
    public const int SchemaVersion = 1;

    public static string Render(ReviewResult result)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", SchemaVersion);
            writer.WriteStartObject("tool");
            writer.WriteString("name", "nestor");
            writer.WriteString("version", ReportPositions.ToolVersion);
            writer.WriteEndObject();
            WriteReading(writer, result);
            WriteSummary(writer, result);
            writer.WriteStartArray("diagnostics");
            foreach (var diagnostic in result.Diagnostics)
            {
                WriteDiagnostic(writer, result, diagnostic);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteReading(Utf8JsonWriter writer, ReviewResult result)
    {
        var reading = result.Reading;
        writer.WriteStartObject("reading");
        writer.WriteStartArray("documents");
        foreach (var document in reading.Documents)
        {
            writer.WriteStartObject();
            writer.WriteString("kind", document.Kind);
            writer.WriteString("path", document.Path);
            writer.WriteBoolean("found", document.Found);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteNumber("rulesFound", reading.RulesFound);
        writer.WriteNumber("enforced", reading.Enforced);
        writer.WriteNumber("notMachineCheckable", reading.NotMachineCheckable);
        writer.WriteNumber("switchedOff", reading.SwitchedOff);
        writer.WriteStartArray("lines");
        foreach (var line in reading.Lines)
        {
            writer.WriteStartObject();
            writer.WriteNumber("line", line.Line.Line);
            writer.WriteString("text", line.Line.Text);
            writer.WriteStartArray("enforcedBy");
            foreach (var enforcer in line.Enforcers)
            {
                writer.WriteStartObject();
                writer.WriteString("id", enforcer.Id);
                writer.WriteString("name", enforcer.Name);
                writer.WriteString("severity", enforcer.Severity is { } severity ? ReportPositions.SeverityWord(severity) : "off");
                writer.WriteString("source", enforcer.Source);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter writer, ReviewResult result)
    {
        writer.WriteStartObject("summary");
        writer.WriteNumber("files", result.Statistics.Files);
        writer.WriteNumber("errors", result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error));
        writer.WriteNumber("warnings", result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning));
        writer.WriteNumber("infos", result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Info));
        writer.WriteNumber("hints", result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Hint));
        writer.WriteNumber("suppressed", result.Statistics.Suppressed);
        writer.WriteNumber("baselined", result.Statistics.Baselined);
        writer.WriteNumber("outsideChanges", result.Statistics.OutsideChanges);
        writer.WriteBoolean("fails", result.Fails);
        writer.WriteEndObject();
    }

    private static void WriteDiagnostic(Utf8JsonWriter writer, ReviewResult result, Diagnostic diagnostic)
    {
        writer.WriteStartObject();
        writer.WriteString("id", diagnostic.Code);
        writer.WriteString("name", diagnostic.Name);
        writer.WriteString("severity", ReportPositions.SeverityWord(diagnostic.Severity));
        writer.WriteString("message", diagnostic.Message);
        WriteLocation(writer, result, diagnostic.Path, diagnostic.Span);
        WriteOptional(writer, "help", diagnostic.Help);
        WriteOptional(writer, "note", diagnostic.Note);
        writer.WriteStartArray("labels");
        foreach (var label in diagnostic.Labels)
        {
            writer.WriteStartObject();
            writer.WriteString("message", label.Message);
            WriteLocation(writer, result, label.Path, label.Span);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("fixes");
        foreach (var fix in diagnostic.Fixes)
        {
            writer.WriteStartObject();
            writer.WriteString("title", fix.Title);
            writer.WriteString("safety", fix.Safety == FixSafety.Safe ? "safe" : "suggestion");
            writer.WriteStartArray("edits");
            foreach (var edit in fix.Edits)
            {
                writer.WriteStartObject();
                WriteLocation(writer, result, diagnostic.Path, edit.Span);
                writer.WriteString("newText", edit.NewText);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter writer, ReviewResult result, string path, TextSpan span)
    {
        var (start, end) = ReportPositions.Of(result, path, span);
        writer.WriteString("path", path);
        writer.WriteStartObject("span");
        writer.WriteNumber("offset", span.Start);
        writer.WriteNumber("length", span.Length);
        writer.WriteNumber("startLine", start.Line);
        writer.WriteNumber("startColumn", start.Column);
        writer.WriteNumber("endLine", end.Line);
        writer.WriteNumber("endColumn", end.Column);
        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
