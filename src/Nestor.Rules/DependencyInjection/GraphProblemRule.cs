using Nestor.Nest.Graph;
using Nestor.Rules.Engine;
using Nestor.Text;

namespace Nestor.Rules.DependencyInjection;

/// <summary>
/// A problem of <c>nestor graph</c> as a review rule: the graph is analysed once per review and
/// each rule reports the problems of its kind, with the graph's message, help and labels. The
/// rule's id and name are the graph's, so a suppression or a baseline means the same thing in
/// both commands.
/// </summary>
public abstract class GraphProblemRule : ProjectRule
{
    protected const string Standard = "Use dependency injection and follow SOLID principles";

    protected abstract GraphDescriptor Problem { get; }

    /// <summary>Builds the descriptor from the graph's kind of problem, with this rule's docs.</summary>
    protected static RuleDescriptor Describe(GraphDescriptor problem, string docs, params string[] recognisers) =>
        new(problem.Id, problem.Name, problem.Title, "Dependency injection", problem.Severity, Standard, docs)
        {
            Recognisers = recognisers,
        };

    public override void CheckProject(ProjectRuleContext context)
    {
        if (context.Project.Graph is not { } graph)
        {
            return;
        }

        foreach (var problem in graph.Problems.Where(p => p.Descriptor == Problem))
        {
            var diagnostic = problem.Diagnostic;
            context.Report(context.Project.RelativePath(diagnostic.Path), diagnostic.Span, diagnostic.Message, new Finding
            {
                Help = diagnostic.Help,
                Note = diagnostic.Note,
                Labels = diagnostic.Labels.Select(label => label with { Path = context.Project.RelativePath(label.Path) }).ToList(),
            });
        }
    }
}
