namespace Nestor.Mongo.Logs;

/// <summary>
/// A slow update or delete is logged twice: one line per slow statement (<c>WRITE</c>, <c>type: "update"</c>/<c>"remove"</c>)
/// and then one line for the whole command on the same connection. This remembers the statements seen per connection so
/// that the command line can be recognised as the summary of statements already counted.
/// </summary>
public sealed class WriteStatementTracker
{
    // Connections come and go; a bound keeps a log with millions of them from growing this without end.
    private const int MaxConnections = 65_536;

    private readonly Dictionary<string, int> pending = new(StringComparer.Ordinal);

    public void StatementSeen(string? context)
    {
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
    public bool IsSummaryOfStatements(string? context) => context is not null && pending.Remove(context);
}
