using System.Reflection;

namespace Nestor.Rules.Engine;

/// <summary>Every built-in rule, found once in this assembly, sorted by id; and lookups by name or id.</summary>
public sealed class RuleCatalog
{
    private readonly Dictionary<string, RuleDescriptor> _byKey;

    public RuleCatalog(IEnumerable<Rule> rules)
    {
        Rules = rules.OrderBy(rule => rule.Descriptor.Id, StringComparer.Ordinal).ToList();
        Descriptors = EngineDiagnostics.All.Concat(Rules.Select(rule => rule.Descriptor)).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        _byKey = new Dictionary<string, RuleDescriptor>(StringComparer.OrdinalIgnoreCase);
        foreach (var descriptor in Descriptors)
        {
            if (!_byKey.TryAdd(descriptor.Id, descriptor) || !_byKey.TryAdd(descriptor.Name, descriptor))
            {
                throw new InvalidOperationException($"Rule id or name used twice: {descriptor.Id} {descriptor.Name}.");
            }
        }
    }

    /// <summary>The built-in catalogue.</summary>
    public static RuleCatalog BuiltIn { get; } = new(DiscoverRules());

    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>The rules' descriptors and the engine's own, sorted by id.</summary>
    public IReadOnlyList<RuleDescriptor> Descriptors { get; }

    public RuleDescriptor? Find(string nameOrId) => _byKey.GetValueOrDefault(nameOrId.Trim());

    private static IEnumerable<Rule> DiscoverRules() =>
        typeof(RuleCatalog).Assembly.GetTypes()
            .Where(type => type is { IsAbstract: false, IsClass: true } && type.IsSubclassOf(typeof(Rule)) && type.GetConstructor(Type.EmptyTypes) is not null)
            .Select(type => (Rule)Activator.CreateInstance(type)!);
}
