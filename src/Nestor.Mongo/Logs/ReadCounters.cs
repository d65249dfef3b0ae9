namespace Nestor.Mongo.Logs;

/// <summary>
/// What a reader did with each line (or document) of one input: every one is either an operation, another message
/// (a valid line that is not a slow operation), or skipped for a named reason. The first few skips keep their line.
/// </summary>
public sealed class ReadCounters
{
    /// <summary>How many skipped lines keep their number and text for the report.</summary>
    public const int SampleLimit = 5;

    private const int ExcerptLength = 160;

    private readonly Dictionary<string, long> skipped = new(StringComparer.Ordinal);
    private readonly List<SkippedLine> samples = [];

    /// <summary>Lines read (JSON and text logs) or documents read (profiler exports).</summary>
    public long Lines { get; private set; }

    public long Bytes { get; set; }

    public long Operations { get; private set; }

    public long OtherMessages { get; private set; }

    public IReadOnlyDictionary<string, long> Skipped => skipped;

    public long SkippedTotal => skipped.Values.Sum();

    public IReadOnlyList<SkippedLine> Samples => samples;

    /// <summary>True while a skipped line would still be kept as a sample (its text is worth decoding).</summary>
    public bool WantsSamples => samples.Count < SampleLimit;

    public void CountLine() => Lines++;

    public void CountOperation() => Operations++;

    public void CountOtherMessage() => OtherMessages++;

    public void Skip(long line, string reason, ReadOnlySpan<char> text)
    {
        skipped[reason] = skipped.GetValueOrDefault(reason) + 1;
        if (samples.Count < SampleLimit)
        {
            var excerpt = text.Length > ExcerptLength ? string.Concat(text[..ExcerptLength], "…") : text.ToString();
            samples.Add(new SkippedLine(line, reason, excerpt));
        }
    }

    /// <summary>Counts a line too long to hold as read and skipped.</summary>
    public void SkipLongLine(long line, string excerpt)
    {
        CountLine();
        Skip(line, SkipReasons.LineTooLong, excerpt);
    }

    /// <summary>Adds another input's counts to these (the run's totals).</summary>
    public void Add(ReadCounters other)
    {
        Lines += other.Lines;
        Bytes += other.Bytes;
        Operations += other.Operations;
        OtherMessages += other.OtherMessages;
        foreach (var (reason, count) in other.skipped)
        {
            skipped[reason] = skipped.GetValueOrDefault(reason) + count;
        }
    }
}

/// <summary>A skipped line kept for the report: its 1-based number, the reason and the start of its text.</summary>
public sealed record SkippedLine(long Line, string Reason, string Excerpt);

/// <summary>The reasons a line is skipped; stable strings, part of the JSON output.</summary>
public static class SkipReasons
{
    public const string MalformedJson = "malformed-json";
    public const string UnrecognisedLine = "unrecognised-line";
    public const string LineTooLong = "line-too-long";
    public const string MalformedOperation = "malformed-operation";
    public const string MalformedDocument = "malformed-document";
    public const string BinaryData = "binary-data";
}
