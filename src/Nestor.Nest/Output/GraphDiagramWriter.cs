using System.Text;
using Nestor.Nest.Graph;
using Nestor.Nest.Model;

namespace Nestor.Nest.Output;

/// <summary>
/// Mermaid and Graphviz DOT drawings of the graph: one box per module holding its providers and
/// controllers, solid arrows for imports, dashed ones for forwardRef imports, arrows from each
/// injectable to what it depends on, and a red node for every dependency that cannot be resolved.
/// </summary>
public static class GraphDiagramWriter
{
    public static string WriteMermaid(GraphResult result)
    {
        var text = new StringBuilder("flowchart LR\n");
        var ids = new NodeIds();
        foreach (var module in Modules(result))
        {
            text.Append("  subgraph ").Append(ids.Module(module)).Append("[\"").Append(Escape(module.Name)).AppendLine("\"]");
            foreach (var (name, isController) in Members(module))
            {
                var id = ids.Member(module, name);
                text.Append("    ").Append(id).Append(isController ? "[[\"" : "[\"").Append(Escape(name)).AppendLine(isController ? "\"]]" : "\"]");
            }

            text.AppendLine("  end");
        }

        foreach (var module in Modules(result))
        {
            foreach (var entry in module.Imports.Where(e => !e.IsExternal && result.Project.FindModule(e.ModuleName, e.ModulePath) is not null))
            {
                text.Append("  ").Append(ids.Module(module)).Append(entry.IsForwardRef ? " -.->|forwardRef| " : " --> ").AppendLine(ids.Module(result.Project.FindModule(entry.ModuleName, entry.ModulePath)!));
            }
        }

        var missing = 0;
        foreach (var injectable in result.Injectables.Where(i => i.UsedBy is null))
        {
            if (result.Project.Modules.FirstOrDefault(m => m.Name == injectable.Module && (injectable.ModulePath is null || m.Location.Path == injectable.ModulePath)) is not { } owner)
            {
                continue;
            }

            var from = ids.Member(owner, injectable.Name);
            foreach (var resolution in injectable.Dependencies)
            {
                if (resolution.Kind == ResolutionKind.Unresolved)
                {
                    var id = $"missing{missing++}";
                    text.Append("  ").Append(id).Append("[\"").Append(Escape(resolution.Dependency.ShownName)).AppendLine(" ?\"]:::missing");
                    text.Append("  ").Append(from).Append(" -.-> ").AppendLine(id);
                }
                else if (Target(result, ids, resolution) is { } target)
                {
                    text.Append("  ").Append(from).Append(" --> ").AppendLine(target);
                }
            }
        }

        text.AppendLine("  classDef missing fill:#fdd,stroke:#c00,color:#900");
        return text.ToString();
    }

    public static string WriteDot(GraphResult result)
    {
        var text = new StringBuilder("digraph nest {\n  rankdir=LR;\n  compound=true;\n  node [shape=box, fontname=\"Helvetica\"];\n");
        var ids = new NodeIds();
        foreach (var module in Modules(result))
        {
            text.Append("  subgraph cluster_").Append(ids.Module(module)).AppendLine(" {");
            text.Append("    label=").Append(Quote(module.Name)).AppendLine(";");
            text.Append("    ").Append(ids.Module(module)).AppendLine(" [shape=point, style=invis];");
            foreach (var (name, isController) in Members(module))
            {
                text.Append("    ").Append(ids.Member(module, name)).Append(" [label=").Append(Quote(name)).Append(isController ? ", shape=component" : "").AppendLine("];");
            }

            text.AppendLine("  }");
        }

        foreach (var module in Modules(result))
        {
            foreach (var entry in module.Imports.Where(e => !e.IsExternal && result.Project.FindModule(e.ModuleName, e.ModulePath) is not null))
            {
                text.Append("  ").Append(ids.Module(module)).Append(" -> ").Append(ids.Module(result.Project.FindModule(entry.ModuleName, entry.ModulePath)!))
                    .Append(" [ltail=cluster_").Append(ids.Module(module)).Append(", lhead=cluster_").Append(ids.Module(result.Project.FindModule(entry.ModuleName, entry.ModulePath)!))
                    .Append(entry.IsForwardRef ? ", style=dashed, label=\"forwardRef\"" : "").AppendLine("];");
            }
        }

        var missing = 0;
        foreach (var injectable in result.Injectables.Where(i => i.UsedBy is null))
        {
            if (result.Project.Modules.FirstOrDefault(m => m.Name == injectable.Module && (injectable.ModulePath is null || m.Location.Path == injectable.ModulePath)) is not { } owner)
            {
                continue;
            }

            var from = ids.Member(owner, injectable.Name);
            foreach (var resolution in injectable.Dependencies)
            {
                if (resolution.Kind == ResolutionKind.Unresolved)
                {
                    var id = $"missing{missing++}";
                    text.Append("  ").Append(id).Append(" [label=").Append(Quote(resolution.Dependency.ShownName + " ?")).AppendLine(", color=red, fontcolor=red];");
                    text.Append("  ").Append(from).Append(" -> ").Append(id).AppendLine(" [color=red, style=dashed];");
                }
                else if (Target(result, ids, resolution) is { } target)
                {
                    text.Append("  ").Append(from).Append(" -> ").Append(target).AppendLine(";");
                }
            }
        }

        text.AppendLine("}");
        return text.ToString();
    }

    private static IEnumerable<NestModule> Modules(GraphResult result) => result.Project.Modules.OrderBy(m => m.Name, StringComparer.Ordinal);

    private static IEnumerable<(string Name, bool IsController)> Members(NestModule module) =>
        module.Providers.Select(p => (p.ImplementationClass ?? p.Token.Name, false))
            .Concat(module.Controllers.Select(c => (c, true)))
            .Distinct();

    // A dependency points at the provider node in the module that supplies it, when that module is drawn.
    private static string? Target(GraphResult result, NodeIds ids, Resolution resolution)
    {
        if (resolution.From is not { } from || result.Project.FindModule(from, resolution.FromPath) is not { } module)
        {
            return null;
        }

        var provider = module.Providers.FirstOrDefault(p => p.Token.IsSameAs(resolution.Dependency.Token));
        return provider is null ? null : ids.Member(module, provider.ImplementationClass ?? provider.Token.Name);
    }

    private static string Escape(string text) => text.Replace("\"", "#quot;", StringComparison.Ordinal);

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    /// <summary>Short identifiers that both Mermaid and DOT accept, stable for one drawing.</summary>
    private sealed class NodeIds
    {
        private readonly Dictionary<string, string> _ids = new(StringComparer.Ordinal);

        public string Module(NestModule module) => Get("m:" + module.Id, "m");

        public string Member(NestModule module, string name) => Get($"p:{module.Id}:{name}", "p");

        private string Get(string key, string prefix)
        {
            if (!_ids.TryGetValue(key, out var id))
            {
                id = prefix + _ids.Count;
                _ids[key] = id;
            }

            return id;
        }
    }
}
