namespace Nestor.Rules.Configuration;

/// <summary>The options of one rule as the nestor block gave them: scalars and lists of scalars.</summary>
public sealed class RuleOptions
{
    public static readonly RuleOptions Empty = new(new Dictionary<string, IReadOnlyList<string>>());

    private readonly IReadOnlyDictionary<string, IReadOnlyList<string>> _values;

    public RuleOptions(IReadOnlyDictionary<string, IReadOnlyList<string>> values)
    {
        _values = values;
    }

    public IEnumerable<string> Keys => _values.Keys;

    public IReadOnlyList<string> GetStrings(string key) => _values.TryGetValue(key, out var values) ? values : [];

    public string? GetString(string key) => _values.TryGetValue(key, out var values) && values.Count > 0 ? values[0] : null;

    public bool GetBool(string key, bool defaultValue) =>
        GetString(key) switch
        {
            "true" or "yes" or "on" => true,
            "false" or "no" or "off" => false,
            _ => defaultValue,
        };
}
