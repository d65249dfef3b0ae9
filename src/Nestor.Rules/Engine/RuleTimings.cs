using System.Collections.Concurrent;

namespace Nestor.Rules.Engine;

/// <summary>
/// Where a review's time goes: the stages (reading, parsing and binding, the model) and each
/// rule's checks, added up across threads. Rule times are thread time, so on several cores they
/// can add up to more than the wall clock.
/// </summary>
public sealed class RuleTimings
{
    private readonly ConcurrentDictionary<string, long> _ticks = new(StringComparer.Ordinal);

    public void Add(Rule rule, TimeSpan elapsed) => Add(rule.Descriptor.Name, elapsed);

    public void Add(string name, TimeSpan elapsed) => _ticks.AddOrUpdate(name, elapsed.Ticks, (_, total) => total + elapsed.Ticks);

    /// <summary>Every measured item, slowest first.</summary>
    public IReadOnlyList<(string Name, TimeSpan Time)> Slowest() =>
        _ticks.Select(pair => (pair.Key, TimeSpan.FromTicks(pair.Value))).OrderByDescending(item => item.Item2).ThenBy(item => item.Key, StringComparer.Ordinal).ToList();
}
