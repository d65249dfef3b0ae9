using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Nestor.Text;

namespace Nestor.Cli.Parse;

/// <summary>Renders a parse run: one line per diagnostic and a totals line, or the JSON document.</summary>
public static class ParseOutput
{
    public static void Write(ParseRun run, ParseFormat format, TextWriter output, TextWriter error)
    {
        foreach (var problem in run.InputErrors)
        {
            error.WriteLine($"nestor parse: {problem}");
        }

        if (format == ParseFormat.Json)
        {
            output.WriteLine(JsonSerializer.Serialize(ToJson(run), ParseJsonContext.Readable.ParseJsonDocument));
            return;
        }

        foreach (var file in run.Files)
        {
            foreach (var diagnostic in file.Diagnostics)
            {
                var position = file.Text.Lines.GetPosition(diagnostic.Span.Start);
                output.WriteLine($"{file.Path}:{position.Line}:{position.Column}: {Severity(diagnostic.Severity)} {diagnostic.Code}: {diagnostic.Message}");
            }
        }

        output.WriteLine($"{Count(run.Files.Count, "file")}, {Count(run.Bytes, "byte")}, {Count(run.ErrorCount, "error")}, {run.Milliseconds} ms");
    }

    public static ParseJsonDocument ToJson(ParseRun run) => new(
        run.Files.Select(file => new ParseJsonFile(
            file.Path,
            file.Diagnostics.Select(d =>
            {
                var position = file.Text.Lines.GetPosition(d.Span.Start);
                return new ParseJsonDiagnostic(d.Code, d.Message, position.Line, position.Column);
            }).ToList())).ToList(),
        new ParseJsonTotals(run.Files.Count, run.Bytes, run.ErrorCount, run.Milliseconds));

    private static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hint",
    };

    private static string Count(long count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";
}

public sealed record ParseJsonDocument(IReadOnlyList<ParseJsonFile> Files, ParseJsonTotals Totals);

public sealed record ParseJsonFile(string Path, IReadOnlyList<ParseJsonDiagnostic> Diagnostics);

public sealed record ParseJsonDiagnostic(string Code, string Message, int Line, int Column);

public sealed record ParseJsonTotals(int Files, long Bytes, int Errors, long Milliseconds);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(ParseJsonDocument))]
public sealed partial class ParseJsonContext : JsonSerializerContext
{
    /// <summary>Messages quote code ('}' expected.): keep quotes as they are instead of \u0027.</summary>
    public static ParseJsonContext Readable { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
