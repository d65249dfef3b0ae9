using Nestor.Mongo.Logs;

namespace Nestor.Mongo.Digest;

/// <summary>One input of a run: its name, what was read from it, and the error that stopped it, if any.</summary>
public sealed record DigestInput(string Name, ReadCounters Counters, string? Error);

/// <summary>The result of a digest run: per input counts, totals, and the rows.</summary>
public sealed record DigestReport(
    IReadOnlyList<DigestInput> Inputs,
    ReadCounters Totals,
    IReadOnlyList<DigestRow> Rows,
    int ShapeCount,
    IReadOnlyList<KeyValuePair<string, NamespaceCount>> Namespaces,
    long FilteredOut,
    long WriteBatchSummaries,
    DigestOptions Options)
{
    public bool HasInputErrors => Inputs.Any(i => i.Error is not null);
}

/// <summary>Reads every input in turn into one digest; an unreadable input is reported and the others are still read.</summary>
public static class DigestRunner
{
    public static DigestReport Run(IReadOnlyList<string> paths, DigestOptions options, Action<string, long>? progress = null)
    {
        var builder = new DigestBuilder(options);
        var inputs = new List<DigestInput>();
        var totals = new ReadCounters();
        foreach (var path in paths)
        {
            var counters = new ReadCounters();
            string? error = null;
            try
            {
                using var stream = EvidenceReader.Open(path);
                EvidenceReader.Read(stream, op => builder.Add(op, path), counters, progress is null ? null : bytes => progress(path, bytes));
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException or NotSupportedException or ArgumentException)
            {
                error = exception.Message;
            }

            inputs.Add(new DigestInput(path, counters, error));
            totals.Add(counters);
        }

        return new DigestReport(inputs, totals, builder.Rows(), builder.ShapeCount, builder.Namespaces, builder.FilteredOut, builder.WriteBatchSummaries, options);
    }
}
