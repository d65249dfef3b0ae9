using System.Buffers;
using System.Runtime.CompilerServices;

namespace Nestor.Mongo.Logs;

/// <summary>
/// Parses the JSON lines of a log on the thread pool, a block of lines at a time, and delivers the results in input
/// order on the calling thread: counters, the write-statement tracker and the sink see exactly the sequence a
/// one-thread read gives, so a digest is identical whatever the number of cores. Legacy text lines, rare in a 4.4+
/// log, are left to the delivering thread.
/// </summary>
internal sealed class ParallelLogReader(WriteStatementTracker tracker, Action<SlowOperation> sink, ReadCounters counters)
{
    // Large enough that handing a block to a worker costs nothing next to parsing it, small enough to keep memory flat.
    private const int BlockBytes = 512 * 1024;

    private readonly Queue<Task<LineBlock>> inFlight = new();
    private readonly int maxInFlight = Math.Max(2, Environment.ProcessorCount * 2);
    private LineBlock current = new();

    /// <summary>Takes one line (a <see cref="LineHandler"/>); its bytes are copied, the span may be reused at once.</summary>
    public void Add(ReadOnlySpan<byte> line, long number)
    {
        current.Append(line, number);
        if (current.Bytes >= BlockBytes)
        {
            Dispatch();
        }
    }

    /// <summary>Parses and delivers every line taken so far; after it, counters and sink are up to date.</summary>
    public void Drain()
    {
        var last = current;
        current = new LineBlock();
        last.Parse();
        while (inFlight.Count > 0)
        {
            Deliver(inFlight.Dequeue().GetAwaiter().GetResult());
        }

        Deliver(last);
    }

    private void Dispatch()
    {
        var block = current;
        current = new LineBlock();
        inFlight.Enqueue(Task.Run(() =>
        {
            block.Parse();
            return block;
        }));
        if (inFlight.Count >= maxInFlight)
        {
            Deliver(inFlight.Dequeue().GetAwaiter().GetResult());
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Deliver(LineBlock block)
    {
        try
        {
            for (var i = 0; i < block.Count; i++)
            {
                var line = block.Line(i);
                var number = block.Numbers[i];
                var parsed = block.Parsed[i];
                switch (parsed.Kind)
                {
                    case ParsedKind.Deferred:
                        EvidenceReader.ReadLogLine(line, number, tracker, sink, counters);
                        break;
                    case ParsedKind.Empty:
                        counters.CountLine();
                        counters.CountOtherMessage();
                        break;
                    default:
                        counters.CountLine();
                        if (parsed.Operation is { } operation)
                        {
                            Track(operation);
                        }

                        EvidenceReader.Count(parsed.Outcome, parsed.Operation, parsed.Reason, line, number, sink, counters);
                        break;
                }
            }
        }
        finally
        {
            block.Return();
        }
    }

    private void Track(SlowOperation operation)
    {
        if (operation.WriteLine == WriteLineKind.Statement)
        {
            tracker.StatementSeen(operation.Context);
        }
        else if (operation.WriteLine == WriteLineKind.Command && tracker.IsSummaryOfStatements(operation.Context))
        {
            operation.MarkWriteBatchSummary();
        }
    }

    private enum ParsedKind
    {
        Deferred,
        Empty,
        Json,
    }

    private readonly record struct ParsedLine(ParsedKind Kind, LineOutcome Outcome, SlowOperation? Operation, string? Reason);

    /// <summary>The bytes of consecutive lines, where each starts, and what parsing made of each.</summary>
    private sealed class LineBlock
    {
        private byte[] bytes = ArrayPool<byte>.Shared.Rent(BlockBytes + 4096);
        private int[] starts = new int[1024];

        public int Count { get; private set; }

        public int Bytes { get; private set; }

        public long[] Numbers { get; private set; } = new long[1024];

        public ParsedLine[] Parsed { get; private set; } = [];

        public ReadOnlySpan<byte> Line(int index) =>
            bytes.AsSpan(starts[index], (index + 1 < Count ? starts[index + 1] : Bytes) - starts[index]);

        public void Append(ReadOnlySpan<byte> line, long number)
        {
            if (Count == starts.Length)
            {
                Array.Resize(ref starts, Count * 2);
                var numbers = Numbers;
                Array.Resize(ref numbers, Count * 2);
                Numbers = numbers;
            }

            if (Bytes + line.Length > bytes.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(Math.Max(bytes.Length * 2, Bytes + line.Length));
                Buffer.BlockCopy(bytes, 0, larger, 0, Bytes);
                ArrayPool<byte>.Shared.Return(bytes);
                bytes = larger;
            }

            starts[Count] = Bytes;
            Numbers[Count] = number;
            line.CopyTo(bytes.AsSpan(Bytes));
            Bytes += line.Length;
            Count++;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Parse()
        {
            Parsed = new ParsedLine[Count];
            for (var i = 0; i < Count; i++)
            {
                var trimmed = Line(i).TrimStart(" \t"u8);
                if (trimmed.IsEmpty)
                {
                    Parsed[i] = new ParsedLine(ParsedKind.Empty, LineOutcome.OtherMessage, null, null);
                }
                else if (trimmed[0] == (byte)'{')
                {
                    var outcome = JsonLogLineReader.ReadUntracked(trimmed, Numbers[i], null, out var operation, out var reason);
                    Parsed[i] = new ParsedLine(ParsedKind.Json, outcome, operation, reason);
                }
                else
                {
                    Parsed[i] = new ParsedLine(ParsedKind.Deferred, LineOutcome.OtherMessage, null, null);
                }
            }
        }

        public void Return()
        {
            ArrayPool<byte>.Shared.Return(bytes);
            bytes = [];
        }
    }
}
