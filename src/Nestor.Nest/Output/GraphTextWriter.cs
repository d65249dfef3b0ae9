using System.Text;
using Nestor.Nest.Graph;
using Nestor.Nest.Model;
using Nestor.Text;

namespace Nestor.Nest.Output;

/// <summary>The human-readable report: each module with its wiring, then problems with file:line, then facts.</summary>
public static class GraphTextWriter
{
    public static string Write(GraphResult result)
    {
        var text = new StringBuilder();
        var root = result.Project.Root;
        foreach (var module in result.Project.Modules.OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            text.Append(module.Name).Append(module.IsGlobal ? " [global]" : "").Append(" (").Append(Where(root, module.Location)).AppendLine(")");
            if (module.Imports.Count > 0)
            {
                text.Append("  imports: ").AppendJoin(", ", module.Imports.Select(ImportText)).AppendLine();
            }

            Injectables(text, result, module, "providers", module.Providers.Select(p => (p.ImplementationClass ?? p.Token.Name, p.ImplementationPath)));
            Injectables(text, result, module, "controllers", module.Controllers.Select((c, i) => (c, module.ControllerPaths.ElementAtOrDefault(i))));
            if (module.Exports.Count > 0)
            {
                text.Append("  exports: ").AppendJoin(", ", module.Exports.Select(e => e.Token.Name)).AppendLine();
            }

            text.AppendLine();
        }

        if (result.Problems.Count > 0)
        {
            text.AppendLine("problems:");
            foreach (var problem in result.Problems)
            {
                var d = problem.Diagnostic;
                text.Append("  ").Append(GraphPaths.Relative(root, d.Path)).Append(':').Append(problem.Line).Append(':').Append(problem.Column)
                    .Append(' ').Append(d.Severity.ToString().ToLowerInvariant()).Append(' ').Append(d.Code).Append(' ').AppendLine(d.Message);
                if (d.Help is { } help)
                {
                    text.Append("    help: ").AppendLine(help);
                }
            }

            text.AppendLine();
        }

        Facts(text, result.Facts, root);
        var modules = result.Project.Modules;
        var errors = result.Problems.Count(p => p.Diagnostic.Severity == DiagnosticSeverity.Error);
        text.Append(modules.Count).Append(" modules, ").Append(modules.Sum(m => m.Providers.Count)).Append(" providers, ")
            .Append(modules.Sum(m => m.Controllers.Count)).Append(" controllers; ").Append(result.Problems.Count).Append(" problems (")
            .Append(errors).Append(" errors, ").Append(result.Problems.Count - errors).AppendLine(" warnings)");
        return text.ToString();
    }

    private static string ImportText(ModuleImport entry)
    {
        var name = entry.IsForwardRef ? $"forwardRef({entry.DisplayName})" : entry.DisplayName;
        return entry.IsGlobal ? name + " [global]" : name;
    }

    private static void Injectables(StringBuilder text, GraphResult result, NestModule module, string heading, IEnumerable<(string Name, string? Path)> names)
    {
        var list = names.ToList();
        if (list.Count == 0)
        {
            return;
        }

        text.Append("  ").Append(heading).AppendLine(":");
        foreach (var (name, path) in list)
        {
            text.Append("    ").AppendLine(name);
            var injectable = InjectableLookup.Find(result, module, name, path);
            foreach (var resolution in injectable?.Dependencies ?? [])
            {
                text.Append("      <- ").Append(resolution.Dependency.ShownName).Append(" (").Append(ResolutionText(resolution)).AppendLine(")");
            }
        }
    }

    private static string ResolutionText(Resolution resolution) => resolution.Kind switch
    {
        ResolutionKind.Own => "own",
        ResolutionKind.Imported => $"from {resolution.From}",
        ResolutionKind.Global => $"global {resolution.From}",
        ResolutionKind.Framework => "Nest core",
        ResolutionKind.OptionalMissing => "optional, not provided",
        ResolutionKind.Unresolved => "UNRESOLVED",
        _ => "unknown",
    };

    private static void Facts(StringBuilder text, GraphFacts facts, string root)
    {
        if (facts.UnusedProviders.Count > 0)
        {
            text.AppendLine("unused providers:");
            foreach (var fact in facts.UnusedProviders)
            {
                text.Append("  ").Append(fact.Token).Append(" in ").Append(fact.Module).Append(" (").Append(Where(root, fact.Location)).AppendLine(")");
            }
        }

        if (facts.UnusedExports.Count > 0)
        {
            text.AppendLine("unused exports:");
            foreach (var fact in facts.UnusedExports)
            {
                text.Append("  ").Append(fact.Token).Append(" of ").Append(fact.Module).Append(" (").Append(Where(root, fact.Location)).AppendLine(")");
            }
        }

        if (facts.OrphanModules.Count > 0)
        {
            text.Append("orphan modules: ").AppendJoin(", ", facts.OrphanModules).AppendLine();
        }
    }

    private static string Where(string root, SourceLocation location) => $"{GraphPaths.Relative(root, location.Path)}:{location.Line}";
}
