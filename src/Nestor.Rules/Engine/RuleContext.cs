using Nestor.Rules.Configuration;
using Nestor.Text;

namespace Nestor.Rules.Engine;

/// <summary>
/// What a rule reports through. The effective severity comes from the configuration (per rule
/// and per path glob); a finding in a path where the rule is off is dropped here, so rules never
/// need to know about configuration.
/// </summary>
public abstract class RuleContext
{
    private readonly List<Diagnostic> _sink;

    private protected RuleContext(Rule rule, NestorConfig config, List<Diagnostic> sink)
    {
        Rule = rule;
        Config = config;
        _sink = sink;
    }

    public Rule Rule { get; }

    public NestorConfig Config { get; }

    public RuleDescriptor Descriptor => Rule.Descriptor;

    public RuleOptions Options => Config.OptionsFor(Descriptor.Name);

    public IReadOnlyList<Diagnostic> Reported => _sink;

    public void Report(string path, TextSpan span, string message, Finding? details = null)
    {
        if (Config.SeverityFor(Descriptor, path) is { } severity)
        {
            Add(path, span, message, severity, details);
        }
    }

    /// <summary>
    /// Reports with the severity a nestor block entry declared for itself; a path where the
    /// configuration switches the rule off still drops the finding.
    /// </summary>
    public void ReportWithSeverity(string path, TextSpan span, string message, DiagnosticSeverity severity, Finding? details = null)
    {
        if (Config.SeverityFor(Descriptor, path) is not null)
        {
            Add(path, span, message, severity, details);
        }
    }

    private void Add(string path, TextSpan span, string message, DiagnosticSeverity severity, Finding? details)
    {
        details ??= Finding.Empty;
        _sink.Add(new Diagnostic(Descriptor.Id, severity, message, path, span)
        {
            Name = Descriptor.Name,
            Help = details.Help,
            Note = details.Note,
            Labels = details.Labels,
            Fixes = details.Fixes,
        });
    }
}

/// <summary>The optional parts of a finding: help (how to fix), note (why), labels and fixes.</summary>
public sealed record Finding
{
    public static readonly Finding Empty = new();

    public string? Help { get; init; }

    public string? Note { get; init; }

    public IReadOnlyList<DiagnosticLabel> Labels { get; init; } = [];

    public IReadOnlyList<CodeFix> Fixes { get; init; } = [];
}

public sealed class FileRuleContext : RuleContext
{
    internal FileRuleContext(Rule rule, NestorConfig config, ReviewFile file, List<Diagnostic> sink)
        : base(rule, config, sink)
    {
        File = file;
    }

    public ReviewFile File { get; }

    public SourceText Text => File.Text;

    public Nestor.Syntax.SyntaxTree Tree => File.Tree;

    public void Report(TextSpan span, string message, Finding? details = null) => Report(File.Path, span, message, details);
}

public sealed class ProjectRuleContext : RuleContext
{
    internal ProjectRuleContext(Rule rule, ReviewProject project, List<Diagnostic> sink)
        : base(rule, project.Config, sink)
    {
        Project = project;
    }

    public ReviewProject Project { get; }

    /// <summary>Reports at a location of the semantic or NestJS model (absolute path).</summary>
    public void Report(Nestor.Nest.Model.SourceLocation location, string message, Finding? details = null) =>
        Report(Project.RelativePath(location), location.Span, message, details);
}
