using Nestor.Syntax;

namespace Nestor.Rules.Engine;

/// <summary>A rule: one idea, one file. Rules are pure: no I/O, no static mutable state.</summary>
public abstract class Rule
{
    public abstract RuleDescriptor Descriptor { get; }
}

/// <summary>
/// A rule that looks at one file at a time; files are checked in parallel. The engine walks
/// each tree once and hands every node of the <see cref="NodeKinds"/> a rule asked for to its
/// <see cref="CheckNode"/>; <see cref="CheckFile"/> runs once per file for whole-file checks.
/// </summary>
public abstract class FileRule : Rule
{
    public virtual IReadOnlyList<SyntaxKind> NodeKinds => [];

    public virtual void CheckNode(Node node, FileRuleContext context)
    {
    }

    public virtual void CheckFile(FileRuleContext context)
    {
    }
}

/// <summary>A rule that needs the whole project (imports between files, the Nest model).</summary>
public abstract class ProjectRule : Rule
{
    public abstract void CheckProject(ProjectRuleContext context);
}
