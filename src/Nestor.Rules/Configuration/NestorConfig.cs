using Nestor.Rules.Engine;
using Nestor.Text;

namespace Nestor.Rules.Configuration;

/// <summary>A rule's configured severity (null = off) and options.</summary>
public sealed record RuleSetting(bool HasSeverity, DiagnosticSeverity? Severity, RuleOptions Options);

/// <summary>
/// The whole configuration of a run: what the <c>nestor</c> block of RULES.md (and an optional
/// <c>nestor.yml</c>) said. Rule keys are rule names; ids are turned into names when read.
/// </summary>
public sealed record NestorConfig
{
    public static readonly NestorConfig Default = new();

    public IReadOnlyDictionary<string, RuleSetting> Rules { get; init; } = new Dictionary<string, RuleSetting>();

    public IReadOnlyList<PathOverride> Overrides { get; init; } = [];

    /// <summary>Files never reviewed (generated code, vendored code).</summary>
    public IReadOnlyList<Glob> Ignore { get; init; } = [];

    /// <summary>Callees (e.g. <c>this.logger.*</c>) every rule treats as safe.</summary>
    public IReadOnlyList<string> KnownSafeCalls { get; init; } = [];

    /// <summary>Decorators (e.g. <c>Public</c>, <c>SkipAuth</c>) every rule treats as safe markers.</summary>
    public IReadOnlyList<string> KnownSafeDecorators { get; init; } = [];

    public IReadOnlyList<ForbidImportSpec> ForbidImports { get; init; } = [];

    public IReadOnlyList<LayerSpec> Layers { get; init; } = [];

    public IReadOnlyList<ForbidCallSpec> ForbidCalls { get; init; } = [];

    public IReadOnlyList<RequireDecoratorSpec> RequireDecorators { get; init; } = [];

    public IReadOnlyList<FileNamingSpec> FileNamings { get; init; } = [];

    public string? RulesDocument { get; init; }

    public string? ArchitectureDocument { get; init; }

    public RuleOptions OptionsFor(string ruleName) => Rules.TryGetValue(ruleName, out var setting) ? setting.Options : RuleOptions.Empty;

    /// <summary>The severity of <paramref name="rule"/> in <paramref name="path"/>, or null when it is off there.</summary>
    public DiagnosticSeverity? SeverityFor(RuleDescriptor rule, string path)
    {
        DiagnosticSeverity? severity = rule.DefaultSeverity;
        if (Rules.TryGetValue(rule.Name, out var setting) && setting.HasSeverity)
        {
            severity = setting.Severity;
        }

        foreach (var pathOverride in Overrides)
        {
            if (pathOverride.Severities.TryGetValue(rule.Name, out var overridden) && pathOverride.Files.Any(glob => glob.IsMatch(path)))
            {
                severity = overridden;
            }
        }

        return severity;
    }

    public bool IsIgnored(string path) => Ignore.Any(glob => glob.IsMatch(path));

    public bool IsKnownSafeDecorator(string name) => KnownSafeDecorators.Contains(name, StringComparer.Ordinal);

    public bool IsKnownSafeCall(string callee) => KnownSafeCalls.Any(pattern => CalleePattern.IsMatch(pattern, callee));
}

/// <summary>Combines configurations: later settings win for rules, lists are concatenated.</summary>
public static class NestorConfigMerge
{
    public static NestorConfig Merge(this NestorConfig first, NestorConfig second)
    {
        var rules = new Dictionary<string, RuleSetting>(first.Rules, StringComparer.Ordinal);
        foreach (var (name, setting) in second.Rules)
        {
            rules[name] = setting;
        }

        return new NestorConfig
        {
            Rules = rules,
            Overrides = [.. first.Overrides, .. second.Overrides],
            Ignore = [.. first.Ignore, .. second.Ignore],
            KnownSafeCalls = [.. first.KnownSafeCalls, .. second.KnownSafeCalls],
            KnownSafeDecorators = [.. first.KnownSafeDecorators, .. second.KnownSafeDecorators],
            ForbidImports = [.. first.ForbidImports, .. second.ForbidImports],
            Layers = [.. first.Layers, .. second.Layers],
            ForbidCalls = [.. first.ForbidCalls, .. second.ForbidCalls],
            RequireDecorators = [.. first.RequireDecorators, .. second.RequireDecorators],
            FileNamings = [.. first.FileNamings, .. second.FileNamings],
            RulesDocument = second.RulesDocument ?? first.RulesDocument,
            ArchitectureDocument = second.ArchitectureDocument ?? first.ArchitectureDocument,
        };
    }
}
