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
    // Big enough that a block's parse dwarfs its dispatch, small enough that the first results come early.
    private const int BlockBytes = 512 * 1024;

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

    public void Line(ReadOnlySpan<byte> line, long number)
    {
        if (!current.TryAdd(line, number))
        {
            Dispatch();
            current.Add(line, number);
        }
    }

    /// <summary>A line too long to hold, skipped where it stands.</summary>
    public void LongLine(long number, string excerpt) => current.AddLongLine(number, excerpt);

    /// <summary>Parses what is left and applies every block not yet applied; after a failure, only waits for the workers.</summary>
    public void Complete()
    {
        if (current.Count > 0)
        {
            Dispatch();
        }

        while (inFlight.Count > 0)
        {
            ApplyOldest();
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

/// <summary>A block of log lines (copied out of the read buffer), and what parsing each one gave.</summary>
internal sealed class LogBlock(int capacity)
{
    // A skipped line keeps this much of its text for the report, as a line-by-line read does.
    private const int ExcerptBytes = 400;

    private byte[] bytes = new byte[capacity];
    private int length;
    private Entry[] entries = new Entry[1024];
    private Result[] results = [];

    public int Count { get; private set; }

    /// <summary>Adds a line if it fits in the block as it is; a line never waits in a full block.</summary>
    public bool TryAdd(ReadOnlySpan<byte> line, long number)
    {
        if (Count > 0 && length + line.Length > bytes.Length)
        {
            return false;
        }

        Add(line, number);
        return true;
    }

    /// <summary>Adds a line, growing the block for a line longer than it.</summary>
    public void Add(ReadOnlySpan<byte> line, long number)
    {
        if (length + line.Length > bytes.Length)
        {
            Array.Resize(ref bytes, length + line.Length);
        }

        line.CopyTo(bytes.AsSpan(length));
        AddEntry(new Entry(length, line.Length, number, null));
        length += line.Length;
    }

    public void AddLongLine(long number, string excerpt) => AddEntry(new Entry(0, 0, number, excerpt));

    /// <summary>Parses every line (on any thread): the outcome, the operation, and the question asked of the write tracker.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Parse()
    {
        if (results.Length < Count)
        {
            results = new Result[entries.Length];
        }

        var deferred = WriteStatementTracker.Deferred();
        for (var i = 0; i < Count; i++)
        {
            var entry = entries[i];
            if (entry.LongLineExcerpt is not null)
            {
                results[i] = new Result(LineOutcome.Skipped, null, SkipReasons.LineTooLong, WriteCall.None, null);
                continue;
            }

            var line = bytes.AsSpan(entry.Start, entry.Length);
            var trimmed = line.TrimStart(" \t"u8);
            if (trimmed.IsEmpty)
            {
                results[i] = new Result(LineOutcome.OtherMessage, null, null, WriteCall.None, null);
                continue;
            }

            var outcome = trimmed[0] == (byte)'{'
                ? JsonLogLineReader.Read(trimmed, entry.Number, deferred, out var operation, out var reason)
                : LegacyLogLineReader.Read(Encoding.UTF8.GetString(trimmed), entry.Number, deferred, out operation, out reason);
            var (call, context) = deferred.TakeCall();
            results[i] = new Result(outcome, operation, reason, call, context);
        }
    }

    /// <summary>Applies the results in line order, on the thread that owns the counters, the tracker and the sink.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Apply(WriteStatementTracker tracker, Action<SlowOperation> sink, ReadCounters counters)
    {
        for (var i = 0; i < Count; i++)
        {
            var entry = entries[i];
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
                    var excerpt = entry.LongLineExcerpt
                        ?? (counters.WantsSamples ? Encoding.UTF8.GetString(bytes, entry.Start, Math.Min(entry.Length, ExcerptBytes)) : "");
                    counters.Skip(entry.Number, result.Reason ?? SkipReasons.UnrecognisedLine, excerpt);
                    break;
            }
        }
    }

    /// <summary>Empties the block for reuse (dropping the operations it held, and a buffer grown for a very long line).</summary>
    public void Clear(int capacity)
    {
        Array.Clear(results, 0, Count);
        Array.Clear(entries, 0, Count);
        Count = 0;
        length = 0;
        if (bytes.Length > 4 * capacity)
        {
            bytes = new byte[capacity];
        }
    }

    private void AddEntry(Entry entry)
    {
        if (Count == entries.Length)
        {
            Array.Resize(ref entries, entries.Length * 2);
        }

        entries[Count++] = entry;
    }

    private readonly record struct Entry(int Start, int Length, long Number, string? LongLineExcerpt);

    private readonly record struct Result(LineOutcome Outcome, SlowOperation? Operation, string? Reason, WriteCall Call, string? Context);
}
