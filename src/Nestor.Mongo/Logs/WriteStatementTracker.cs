namespace Nestor.Mongo.Logs;

/// <summary>
/// A slow update or delete is logged twice: one line per slow statement (<c>WRITE</c>, <c>type: "update"</c>/<c>"remove"</c>)
/// and then one line for the whole command on the same connection. This remembers the statements seen per connection so
/// that the command line can be recognised as the summary of statements already counted.
/// </summary>
/// <remarks>
/// The answer depends on every earlier line, so lines parsed out of order (blocks read on several threads) use a
/// <see cref="Deferred"/> tracker, which only notes the one question a line asks; the notes are then answered by the
/// real tracker in input order (<see cref="Replay"/>).
/// </remarks>
public sealed class WriteStatementTracker
{
    // Connections come and go; a bound keeps a log with millions of them from growing this without end.
    private const int MaxConnections = 65_536;

    // Null in a deferred tracker.
    private readonly Dictionary<string, int>? pending;

    public WriteStatementTracker() => pending = new(StringComparer.Ordinal);

    private WriteStatementTracker(bool deferred) => pending = deferred ? null : new(StringComparer.Ordinal);

    /// <summary>In a deferred tracker: what the last line asked, cleared by <see cref="TakeCall"/>.</summary>
    internal WriteCall Call { get; private set; }

    internal string? CallContext { get; private set; }

    /// <summary>A tracker that answers nothing and notes each line's question, to be replayed in order.</summary>
    internal static WriteStatementTracker Deferred() => new(deferred: true);

    public void StatementSeen(string? context)
    {
        if (pending is null)
        {
            Note(WriteCall.StatementSeen, context);
            return;
        }

        if (context is null)
        {
            return;
        }

        if (pending.Count >= MaxConnections && !pending.ContainsKey(context))
        {
            pending.Clear();
        }

        pending[context] = pending.GetValueOrDefault(context) + 1;
    }

    /// <summary>True when statements of this connection were logged since its last write command, which ends them.</summary>
    public bool IsSummaryOfStatements(string? context)
    {
        if (pending is null)
        {
            Note(WriteCall.IsSummary, context);
            return false;
        }

        return context is not null && pending.Remove(context);
    }

    /// <summary>The question the last line asked of a deferred tracker, and forgets it.</summary>
    internal (WriteCall Call, string? Context) TakeCall()
    {
        var call = (Call, CallContext);
        Call = WriteCall.None;
        CallContext = null;
        return call;
    }

    /// <summary>Asks this (real) tracker the question a deferred one noted, marking the operation when it is a summary.</summary>
    internal void Replay(WriteCall call, string? context, SlowOperation? operation)
    {
        switch (call)
        {
            case WriteCall.StatementSeen:
                StatementSeen(context);
                break;
            case WriteCall.IsSummary when IsSummaryOfStatements(context):
                operation?.MarkAsWriteBatchSummary();
                break;
        }
    }

    private void Note(WriteCall call, string? context)
    {
        Call = call;
        CallContext = context;
    }
}

/// <summary>The question a line asks of a <see cref="WriteStatementTracker"/>.</summary>
internal enum WriteCall : byte
{
    None,
    StatementSeen,
    IsSummary,
}
