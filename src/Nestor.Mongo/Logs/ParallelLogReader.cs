using System.Runtime.CompilerServices;
using System.Text;

namespace Nestor.Mongo.Logs;

/// <summary>
/// Reads the lines of a log on every core: lines are gathered into blocks, each block is parsed on the thread pool, and
/// the calling thread, while it reads ahead, applies the blocks' results strictly in input order — the line counts, the
/// skipped-line samples, the pairing of write statements with their command (replayed through the one real
/// <see cref="WriteStatementTracker"/>) and the operations given to the sink. Every figure is the one a line-by-line
/// read gives.
/// </summary>
internal sealed class ParallelLogReader
{
    // Big enough that a block's parse dwarfs its dispatch, small enough that the first results come early: about what one
    // read of the file gives (EvidenceReader's chunk).
    private const int BlockBytes = 1024 * 1024;

    private readonly Action<SlowOperation> sink;
    private readonly ReadCounters counters;
    private readonly WriteStatementTracker tracker;
    private readonly Queue<(LogBlock Block, Task Parse)> inFlight = new();
    private readonly Stack<LogBlock> spare = new();
    private readonly int maxInFlight = (2 * Environment.ProcessorCount) + 2;
    private LogBlock current = new(BlockBytes);
    private bool failed;

    /// <param name="tracker">The real tracker, shared with whatever read the lines before these.</param>
    public ParallelLogReader(Action<SlowOperation> sink, ReadCounters counters, WriteStatementTracker tracker)
    {
        this.sink = sink;
        this.counters = counters;
        this.tracker = tracker;
    }

    /// <summary>Whether reading in parallel can pay on this machine.</summary>
    public static bool IsWorthwhile => Environment.ProcessorCount > 1;

    /// <summary>One line, without its line break.</summary>
    public void Line(ReadOnlySpan<byte> line, long number) => Add(line, number);

    /// <summary>Whole lines, each ended by its line break (a CRLF one too); they are split on the thread that parses them.</summary>
    public void Lines(ReadOnlySpan<byte> lines, long firstNumber) => Add(lines[..^1], firstNumber);

    /// <summary>A line too long to hold, skipped where it stands.</summary>
    public void LongLine(long number, string excerpt) => current.AddLongLine(number, excerpt);

    /// <summary>Parses what is left and applies every block not yet applied; after a failure, only waits for the workers.</summary>
    public void Complete()
    {
        if (!current.IsEmpty)
        {
            Dispatch();
        }

        while (inFlight.Count > 0)
        {
            ApplyOldest();
        }
    }

    private void Add(ReadOnlySpan<byte> lines, long firstNumber)
    {
        current.AddLines(lines, firstNumber);
        if (current.Length >= BlockBytes)
        {
            Dispatch();
        }
    }

    private void Dispatch()
    {
        var block = current;
        current = spare.Count > 0 ? spare.Pop() : new LogBlock(BlockBytes);
        inFlight.Enqueue((block, Task.Run(block.Parse)));
        while (inFlight.Count >= maxInFlight)
        {
            ApplyOldest();
        }
    }

    private void ApplyOldest()
    {
        var (block, parse) = inFlight.Dequeue();
        if (failed)
        {
            parse.ContinueWith(_ => { }, TaskScheduler.Default).Wait();
            return;
        }

        try
        {
            parse.GetAwaiter().GetResult();
            block.Apply(tracker, sink, counters);
        }
        catch
        {
            failed = true;
            throw;
        }

        block.Clear(BlockBytes);
        spare.Push(block);
    }
}

/// <summary>
/// A block of log lines (copied out of the read buffer as runs of whole lines, split into lines by the thread that parses
/// them), and what parsing each line gave.
/// </summary>
internal sealed class LogBlock(int capacity)
{
    private byte[] bytes = new byte[capacity];
    private int length;
    private Segment[] segments = new Segment[16];
    private int segmentCount;
    private Entry[] entries = new Entry[2048];
    private Result[] results = new Result[2048];
    private int count;

    /// <summary>The bytes held.</summary>
    public int Length => length;

    public bool IsEmpty => segmentCount == 0;

    /// <summary>Adds lines separated by line breaks (the last one without its own), the first numbered <paramref name="firstNumber"/>.</summary>
    public void AddLines(ReadOnlySpan<byte> lines, long firstNumber)
    {
        if (length + lines.Length > bytes.Length)
        {
            Array.Resize(ref bytes, Math.Max(length + lines.Length, bytes.Length * 2));
        }

        lines.CopyTo(bytes.AsSpan(length));
        AddSegment(new Segment(length, lines.Length, firstNumber, null));
        length += lines.Length;
    }

    public void AddLongLine(long number, string excerpt) => AddSegment(new Segment(0, 0, number, excerpt));

    /// <summary>Splits and parses every line (on any thread): the outcome, the operation, and the question asked of the write tracker.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Parse()
    {
        var deferred = WriteStatementTracker.Deferred();
        foreach (var segment in segments.AsSpan(0, segmentCount))
        {
            if (segment.LongLineExcerpt is not null)
            {
                AddResult(new Entry(0, 0, segment.FirstNumber, segment.LongLineExcerpt), new Result(LineOutcome.Skipped, null, SkipReasons.LineTooLong, WriteCall.None, null));
                continue;
            }

            var number = segment.FirstNumber;
            var position = segment.Start;
            var end = segment.Start + segment.Length;
            while (true)
            {
                var newline = bytes.AsSpan(position, end - position).IndexOf((byte)'\n');
                var lineEnd = newline < 0 ? end : position + newline;
                var line = EvidenceReader.WithoutCarriageReturn(bytes.AsSpan(position, lineEnd - position));
                AddResult(new Entry(position, line.Length, number, null), ParseLine(line, number, deferred));
                if (newline < 0)
                {
                    break;
                }

                number++;
                position = lineEnd + 1;
            }
        }
    }

    /// <summary>Applies the results in line order, on the thread that owns the counters, the tracker and the sink.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Apply(WriteStatementTracker tracker, Action<SlowOperation> sink, ReadCounters counters)
    {
        for (var i = 0; i < count; i++)
        {
            var result = results[i];
            counters.CountLine();
            tracker.Replay(result.Call, result.Context, result.Operation);
            switch (result.Outcome)
            {
                case LineOutcome.Operation:
                    counters.CountOperation();
                    sink(result.Operation!);
                    break;
                case LineOutcome.OtherMessage:
                    counters.CountOtherMessage();
                    break;
                default:
                    var entry = entries[i];
                    var excerpt = entry.LongLineExcerpt
                        ?? (counters.WantsSamples ? Encoding.UTF8.GetString(bytes, entry.Start, Math.Min(entry.Length, EvidenceReader.SkippedExcerptBytes)) : "");
                    counters.Skip(entry.Number, result.Reason ?? SkipReasons.UnrecognisedLine, excerpt);
                    break;
            }
        }
    }

    /// <summary>Empties the block for reuse (dropping the operations it held, and a buffer grown for a very long line).</summary>
    public void Clear(int capacity)
    {
        Array.Clear(results, 0, count);
        Array.Clear(entries, 0, count);
        Array.Clear(segments, 0, segmentCount);
        count = 0;
        segmentCount = 0;
        length = 0;
        if (bytes.Length > 4 * capacity)
        {
            bytes = new byte[capacity];
        }
    }

    private static Result ParseLine(ReadOnlySpan<byte> line, long number, WriteStatementTracker deferred)
    {
        var outcome = EvidenceReader.ParseLogLine(line, number, deferred, out var operation, out var reason);
        var (call, context) = deferred.TakeCall();
        return new Result(outcome, operation, reason, call, context);
    }

    private void AddSegment(Segment segment)
    {
        if (segmentCount == segments.Length)
        {
            Array.Resize(ref segments, segments.Length * 2);
        }

        segments[segmentCount++] = segment;
    }

    private void AddResult(Entry entry, Result result)
    {
        if (count == entries.Length)
        {
            Array.Resize(ref entries, entries.Length * 2);
            Array.Resize(ref results, results.Length * 2);
        }

        entries[count] = entry;
        results[count++] = result;
    }

    private readonly record struct Segment(int Start, int Length, long FirstNumber, string? LongLineExcerpt);

    private readonly record struct Entry(int Start, int Length, long Number, string? LongLineExcerpt);

    private readonly record struct Result(LineOutcome Outcome, SlowOperation? Operation, string? Reason, WriteCall Call, string? Context);
}
