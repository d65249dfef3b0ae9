using System.Collections.Concurrent;
using Nestor.Rules.Configuration;
using Nestor.Syntax;

namespace Nestor.Rules.Engine;

/// <summary>
/// Which file rules run on a file, and which of them want each kind of node. Most projects set severities once for
/// every file, so the plan is built once per distinct set of active rules rather than once per file.
/// </summary>
internal sealed class FileRulePlans
{
    private readonly IReadOnlyList<FileRule> _rules;
    private readonly NestorConfig _config;
    private readonly ConcurrentDictionary<string, FileRulePlan> _plans = new(StringComparer.Ordinal);

    public FileRulePlans(IReadOnlyList<FileRule> rules, NestorConfig config)
    {
        _rules = rules;
        _config = config;
    }

    public FileRulePlan For(string path)
    {
        // The key says which rules a path override switches off; with no overrides it is the same for every file.
        Span<char> key = _rules.Count <= 256 ? stackalloc char[_rules.Count] : new char[_rules.Count];
        for (var i = 0; i < _rules.Count; i++)
        {
            key[i] = _config.SeverityFor(_rules[i].Descriptor, path) is null ? '0' : '1';
        }

        var lookup = _plans.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(key, out var plan))
        {
            return plan;
        }

        var active = new List<FileRule>();
        for (var i = 0; i < _rules.Count; i++)
        {
            if (key[i] == '1')
            {
                active.Add(_rules[i]);
            }
        }

        return _plans.GetOrAdd(key.ToString(), _ => new FileRulePlan(active));
    }
}

/// <summary>The active rules of a file, and for each node kind the indexes of the rules that check it.</summary>
internal sealed class FileRulePlan
{
    private readonly int[][] _byKind;

    public FileRulePlan(IReadOnlyList<FileRule> rules)
    {
        Rules = rules;
        var lists = new Dictionary<SyntaxKind, List<int>>();
        for (var i = 0; i < rules.Count; i++)
        {
            foreach (var kind in rules[i].NodeKinds)
            {
                if (!lists.TryGetValue(kind, out var list))
                {
                    lists[kind] = list = [];
                }

                list.Add(i);
            }
        }

        _byKind = new int[lists.Count == 0 ? 0 : (int)lists.Keys.Max() + 1][];
        foreach (var (kind, list) in lists)
        {
            _byKind[(int)kind] = [.. list];
        }

        HasNodeRules = lists.Count > 0;
    }

    public IReadOnlyList<FileRule> Rules { get; }

    public bool HasNodeRules { get; }

    public ReadOnlySpan<int> RulesFor(SyntaxKind kind) =>
        (int)kind < _byKind.Length && (int)kind >= 0 ? _byKind[(int)kind] : default;
}
