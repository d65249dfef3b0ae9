using Nestor.Rules.Configuration;
using Nestor.Syntax;

namespace Nestor.Rules.Engine;

/// <summary>
/// Which file rules run on a file, and which of them want each kind of node. Without path overrides a rule's severity
/// is the same for every file, so one plan serves the whole run; with them, each file gets its own.
/// </summary>
internal sealed class FileRulePlans
{
    private readonly IReadOnlyList<FileRule> _rules;
    private readonly NestorConfig _config;
    private readonly FileRulePlan? _everywhere;

    public FileRulePlans(IReadOnlyList<FileRule> rules, NestorConfig config)
    {
        _rules = rules;
        _config = config;
        _everywhere = config.Overrides.Count == 0 ? Build(string.Empty) : null;
    }

    public FileRulePlan For(string path) => _everywhere ?? Build(path);

    private FileRulePlan Build(string path) =>
        new(_rules.Where(rule => _config.SeverityFor(rule.Descriptor, path) is not null).ToList());
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
