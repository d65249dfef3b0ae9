using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Nestor.Conformance;

/// <summary>One syntax error as TypeScript reported it.</summary>
public sealed record OracleDiagnostic(int Code, string Message, int Start, int Length);

/// <summary>What TypeScript's parser said about one corpus file: its errors and its outline.</summary>
public sealed record OracleFile(string Path, int Length, string ScriptKind, IReadOnlyList<OracleDiagnostic> Diagnostics, IReadOnlyList<OutlineItem> Outline);

/// <summary>An outline entry with its kind spelled out, comparable across both parsers.</summary>
public readonly record struct OutlineItem(string Kind, int Start, int End) : IComparable<OutlineItem>
{
    public int CompareTo(OutlineItem other)
    {
        var byStart = Start.CompareTo(other.Start);
        if (byStart != 0)
        {
            return byStart;
        }

        var byEnd = other.End.CompareTo(End);
        return byEnd != 0 ? byEnd : string.CompareOrdinal(Kind, other.Kind);
    }

    public override string ToString() => $"{Kind} [{Start}..{End})";
}

/// <summary>The header line of oracle.jsonl.</summary>
public sealed record OracleHeader(string Typescript, IReadOnlyList<string> Kinds, int Files);

internal sealed record OracleLine(string Path, int Length, string ScriptKind, List<OracleDiagnostic> Diagnostics, int[] Outline);

/// <summary>Reads oracle.jsonl: a header line, then one line per file with the outline as flat triples.</summary>
public static class OracleReader
{
    public static (OracleHeader Header, IReadOnlyList<OracleFile> Files) Read(string path)
    {
        using var reader = new StreamReader(path);
        var headerLine = reader.ReadLine() ?? throw new InvalidDataException($"{path} is empty.");
        var header = JsonSerializer.Deserialize(headerLine, OracleJsonContext.Default.OracleHeader)
            ?? throw new InvalidDataException($"{path}: the header line is not an oracle header.");
        var files = new List<OracleFile>(header.Files);
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var record = JsonSerializer.Deserialize(line, OracleJsonContext.Default.OracleLine)
                ?? throw new InvalidDataException($"{path}:{lineNumber}: not a file record.");
            files.Add(ToFile(record, header.Kinds, path, lineNumber));
        }

        if (files.Count != header.Files)
        {
            throw new InvalidDataException($"{path}: the header announces {header.Files} files but {files.Count} follow; the oracle run was cut short.");
        }

        return (header, files);
    }

    private static OracleFile ToFile(OracleLine record, IReadOnlyList<string> kinds, string path, int lineNumber)
    {
        if (record.Outline.Length % 3 != 0)
        {
            throw new InvalidDataException($"{path}:{lineNumber}: the outline of {record.Path} is not a list of triples.");
        }

        var outline = new OutlineItem[record.Outline.Length / 3];
        for (var i = 0; i < outline.Length; i++)
        {
            var kind = record.Outline[3 * i];
            if ((uint)kind >= (uint)kinds.Count)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: kind index {kind} is not in the header's list.");
            }

            outline[i] = new OutlineItem(kinds[kind], record.Outline[(3 * i) + 1], record.Outline[(3 * i) + 2]);
        }

        return new OracleFile(record.Path, record.Length, record.ScriptKind, record.Diagnostics, outline);
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(OracleHeader))]
[JsonSerializable(typeof(OracleLine))]
[JsonSerializable(typeof(ConformanceSummary))]
[JsonSerializable(typeof(Ratchet))]
internal sealed partial class OracleJsonContext : JsonSerializerContext
{
    /// <summary>Writes backticks and quotes as themselves: expected.json is read and edited by people.</summary>
    public static OracleJsonContext Readable { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
