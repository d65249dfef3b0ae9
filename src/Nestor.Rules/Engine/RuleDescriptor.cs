using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Nestor.Text;

namespace Nestor.Rules.Engine;

/// <summary>
/// Everything that identifies a rule and explains it: the stable id (never reused), the
/// kebab-case name users write in configs and suppressions, its docs and the RULES.md
/// phrasings it enforces.
/// </summary>
public sealed partial record RuleDescriptor
{
    public RuleDescriptor(string id, string name, string title, string category, DiagnosticSeverity defaultSeverity, string standard, string docs)
    {
        if (!IdPattern().IsMatch(id))
        {
            throw new ArgumentException($"Rule id '{id}' is not NST followed by four digits.", nameof(id));
        }

        if (!NamePattern().IsMatch(name))
        {
            throw new ArgumentException($"Rule name '{name}' is not kebab-case.", nameof(name));
        }

        Id = id;
        Name = name;
        Title = title;
        Category = category;
        DefaultSeverity = defaultSeverity;
        Standard = standard;
        Docs = docs;
    }

    public string Id { get; }

    public string Name { get; }

    public string Title { get; }

    public string Category { get; }

    public DiagnosticSeverity DefaultSeverity { get; }

    /// <summary>The quality standard of the seed this rule serves, quoted.</summary>
    public string Standard { get; }

    /// <summary>Markdown: What it does / Why is this bad / Examples / Options / When not to use.</summary>
    public string Docs { get; }

    /// <summary>
    /// Case-insensitive patterns over a normalised RULES.md line (lower case, markdown marks and
    /// backticks removed, whitespace collapsed); any match means the line is enforced by this rule.
    /// </summary>
    public IReadOnlyList<string> Recognisers { get; init; } = [];

    /// <summary>Findings of this rule (syntax and configuration errors) cannot be suppressed.</summary>
    public bool Unsuppressible { get; init; }

    // Every line of RULES.md meets every recogniser of the catalogue, far more patterns than Regex's own cache of 15
    // holds: each is built once per process instead of once per line.
    private static readonly ConcurrentDictionary<string, Regex> CompiledRecognisers = new(StringComparer.Ordinal);

    public bool Recognises(string normalisedLine)
    {
        foreach (var pattern in Recognisers)
        {
            var regex = CompiledRecognisers.GetOrAdd(pattern, static text => new Regex(text, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200)));
            if (regex.IsMatch(normalisedLine))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex("^NST[0-9]{4}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z][a-z0-9]*(-[a-z0-9]+)*$")]
    private static partial Regex NamePattern();
}
