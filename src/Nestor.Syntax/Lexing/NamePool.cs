namespace Nestor.Syntax.Lexing;

/// <summary>
/// Interns identifier text per file: equal names share one string, so later layers compare
/// names by reference and the parser allocates each distinct name once.
/// </summary>
internal sealed class NamePool
{
    private readonly Dictionary<string, string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public NamePool()
    {
        _lookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public string Intern(ReadOnlySpan<char> text)
    {
        if (_lookup.TryGetValue(text, out var existing))
        {
            return existing;
        }

        var created = text.ToString();
        _names.Add(created, created);
        return created;
    }
}
