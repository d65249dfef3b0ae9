using Nestor.Rules.Configuration;
using Nestor.Text;

namespace Nestor.Rules.Project;

/// <summary>One entry of the nestor block that declares a project rule.</summary>
public sealed record ProjectRuleDeclaration(string? Enforces, DiagnosticSeverity? Severity, DeclarationSite Site);

/// <summary>A rule that exists only when the nestor block declares it (forbid-import, layers, ...).</summary>
public interface IProjectRuleFromConfig
{
    IEnumerable<ProjectRuleDeclaration> Declarations(NestorConfig config);
}

/// <summary>Whether a rule exists for a configuration.</summary>
public static class ProjectRuleDeclarations
{
    /// <summary>A rule of the nestor block exists only once the block declares it; every other rule always does.</summary>
    public static bool IsDeclared(Engine.Rule rule, NestorConfig config) =>
        rule is not IProjectRuleFromConfig fromConfig || fromConfig.Declarations(config).Any();
}
