using Nestor.Rules.Configuration;
using Nestor.Rules.Engine;
using Nestor.Text;

namespace Nestor.Rules.Reading;

/// <summary>Where to find the documents, as the command line said; null means "the usual place".</summary>
public sealed record ReadingOptions(string? ArchitecturePath = null, string? RulesPath = null, bool RequireDocs = false);

/// <summary>What enforces a RULES.md line: a rule, its severity there (null = off), and where it was declared.</summary>
public sealed record Enforcer(string Id, string Name, DiagnosticSeverity? Severity, string Source);

public sealed record LineEnforcement(RulesLine Line, IReadOnlyList<Enforcer> Enforcers)
{
    public bool IsEnforced => Enforcers.Any(enforcer => enforcer.Severity is not null);

    public bool IsMachineCheckable => Enforcers.Count > 0;
}

/// <summary>A document the reading looked for: its project-relative path and whether it was there.</summary>
public sealed record DocumentRead(string Kind, string Path, bool Found);

/// <summary>The result of the mandatory reading: documents, rule lines and how each is enforced, the configuration.</summary>
public sealed record ReadingResult(
    IReadOnlyList<DocumentRead> Documents,
    IReadOnlyList<LineEnforcement> Lines,
    NestorConfig Config,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyDictionary<string, SourceText> Texts)
{
    public int RulesFound => Lines.Count;

    public int Enforced => Lines.Count(line => line.IsEnforced);

    public int NotMachineCheckable => Lines.Count(line => !line.IsMachineCheckable);

    public int SwitchedOff => Lines.Count(line => line.IsMachineCheckable && !line.IsEnforced);
}

/// <summary>
/// The mandatory reading that precedes every judgement: an optional <c>nestor.yml</c>, then
/// docs/ARCHITECTURE.md and docs/RULES.md (or the paths the options or the configuration name).
/// </summary>
public static class MandatoryReading
{
    public const string DefaultArchitecture = "docs/ARCHITECTURE.md";
    public const string DefaultRules = "docs/RULES.md";
    public const string ConfigFile = "nestor.yml";

    public static ReadingResult Read(string root, ReadingOptions options, RuleCatalog catalog)
    {
        var diagnostics = new List<Diagnostic>();
        var texts = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        var config = NestorConfig.Default;

        var configPath = Path.Combine(root, ConfigFile);
        if (File.Exists(configPath))
        {
            var configText = SourceText.FromFile(configPath);
            configText = new SourceText(ConfigFile, configText.Content);
            texts[ConfigFile] = configText;
            var reader = new NestorBlockReader(configText, 0, catalog.Find);
            config = reader.Read(configText.Content);
            diagnostics.AddRange(reader.Diagnostics);
        }

        var architecture = Relative(root, options.ArchitecturePath ?? config.ArchitectureDocument ?? DefaultArchitecture);
        var rules = Relative(root, options.RulesPath ?? config.RulesDocument ?? DefaultRules);
        var documents = new List<DocumentRead>();
        var lines = new List<LineEnforcement>();

        if (Load(root, rules, texts) is { } rulesText)
        {
            var document = RulesDocument.Parse(rulesText);
            foreach (var block in document.Blocks)
            {
                var reader = new NestorBlockReader(rulesText, block.FirstLineIndex, catalog.Find);
                config = config.Merge(reader.Read(block.Yaml));
                diagnostics.AddRange(reader.Diagnostics);
            }

            lines.AddRange(document.Lines.Select(line => new LineEnforcement(line, EnforcersOf(line, config, catalog))));
        }

        documents.Add(new DocumentRead("rules", rules, texts.ContainsKey(rules)));

        // The block of RULES.md may name the architecture document, so it is looked for second.
        if (options.ArchitecturePath is null && config.ArchitectureDocument is { } fromConfig)
        {
            architecture = Relative(root, fromConfig);
        }

        Load(root, architecture, texts);
        documents.Insert(0, new DocumentRead("architecture", architecture, texts.ContainsKey(architecture)));

        foreach (var missing in documents.Where(document => !document.Found))
        {
            var severity = options.RequireDocs ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
            diagnostics.Add(new Diagnostic(EngineDiagnostics.MissingDocument.Id, severity, $"{missing.Path} was not found: nothing tells Nestor the team's {missing.Kind}.", missing.Path, default)
            {
                Name = EngineDiagnostics.MissingDocument.Name,
                Help = "Run 'nestor init' to draft docs/ARCHITECTURE.md and docs/RULES.md from the code, then edit them.",
            });
        }

        return new ReadingResult(documents, lines, config, diagnostics, texts);
    }

    /// <summary>Built-in rules whose recognisers match the line, then project rules that name it with 'enforces'.</summary>
    public static IReadOnlyList<Enforcer> EnforcersOf(RulesLine line, NestorConfig config, RuleCatalog catalog)
    {
        var enforcers = new List<Enforcer>();
        foreach (var rule in catalog.Rules)
        {
            // A rule declared by the nestor block enforces its phrasings only once the block declares it.
            if (Project.ProjectRuleDeclarations.IsDeclared(rule, config) && rule.Descriptor.Recognises(line.Normalised))
            {
                enforcers.Add(new Enforcer(rule.Descriptor.Id, rule.Descriptor.Name, config.SeverityFor(rule.Descriptor, string.Empty), "built-in"));
            }
        }

        foreach (var rule in catalog.Rules.OfType<Project.IProjectRuleFromConfig>())
        {
            foreach (var declaration in rule.Declarations(config))
            {
                var descriptor = ((Rule)rule).Descriptor;
                if (declaration.Enforces is { } text && line.Normalised.Contains(RulesDocument.Normalise(text), StringComparison.Ordinal) && !enforcers.Any(e => e.Id == descriptor.Id))
                {
                    var severity = declaration.Severity ?? config.SeverityFor(descriptor, string.Empty);
                    enforcers.Add(new Enforcer(descriptor.Id, descriptor.Name, severity, $"nestor block, line {declaration.Site.Line}"));
                }
            }
        }

        return enforcers;
    }

    private static SourceText? Load(string root, string relative, Dictionary<string, SourceText> texts)
    {
        var full = Path.GetFullPath(Path.Combine(root, relative));
        if (!File.Exists(full))
        {
            return null;
        }

        var text = new SourceText(relative, SourceText.FromFile(full).Content);
        texts[relative] = text;
        return text;
    }

    private static string Relative(string root, string path)
    {
        var full = Path.GetFullPath(Path.Combine(root, path));
        var relative = Path.GetRelativePath(Path.GetFullPath(root), full);
        return relative.Replace('\\', '/');
    }
}
