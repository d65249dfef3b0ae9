using System.Text;
using Nestor.Rules.Configuration;
using Nestor.Rules.Project;
using Nestor.Semantics;

namespace Nestor.Rules.Init;

/// <summary>The two drafts <c>nestor init</c> writes.</summary>
public sealed record DocumentDrafts(string Architecture, string Rules);

/// <summary>
/// Drafts docs/ARCHITECTURE.md and docs/RULES.md from what the code shows: the feature folders
/// and their Nest building blocks (by the Nest CLI's file suffixes), the file-naming case in use,
/// and the seed's quality standards as rules with a machine-checkable nestor block.
/// </summary>
public static class DocumentDrafter
{
    private static readonly string[] Roles = ["module", "controller", "service", "schema", "dto", "guard", "interceptor", "pipe", "filter", "gateway", "repository", "entity", "strategy"];

    public static DocumentDrafts Draft(string root)
    {
        var files = SourceFileFinder.Find([root]).Files
            .Select(file => Path.GetRelativePath(root, file).Replace('\\', '/'))
            .Where(file => !file.EndsWith(".d.ts", StringComparison.Ordinal))
            .ToList();
        return new DocumentDrafts(Architecture(Path.GetFileName(Path.TrimEndingDirectorySeparator(root)), files), Rules(files));
    }

    private static string Architecture(string name, List<string> files)
    {
        var output = new StringBuilder();
        output.Append($"# {name}: architecture\n\n");
        output.Append("Drafted by `nestor init` from the code; edit it to say what the code cannot.\n\n");
        output.Append("## Tech stack\n\n- NestJS (TypeScript), MongoDB through Mongoose.\n\n");
        output.Append("## Feature folders\n\n| folder | files | building blocks |\n| --- | ---: | --- |\n");
        foreach (var folder in files.Where(f => f.StartsWith("src/", StringComparison.Ordinal)).GroupBy(FeatureFolder).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var roles = folder.Select(RoleOf).Where(role => role is not null).Distinct().Order(StringComparer.Ordinal);
            output.Append($"| `{folder.Key}` | {folder.Count()} | {string.Join(", ", roles)} |\n");
        }

        output.Append("\n## Layers\n\n");
        output.Append("- Controllers receive requests, validate them through DTOs and call services.\n");
        output.Append("- Services hold the business logic and are the only place that touches Mongoose models.\n");
        output.Append("- Schemas describe the collections and their indexes.\n");
        return output.ToString();
    }

    private static string Rules(List<string> files)
    {
        var sources = files.Where(f => f.StartsWith("src/", StringComparison.Ordinal) && f.EndsWith(".ts", StringComparison.Ordinal)).ToList();
        var kebab = sources.Count > 0 && sources.All(f => FileNaming.Follows(f[(f.LastIndexOf('/') + 1)..], NamingCase.Kebab));
        var output = new StringBuilder();
        output.Append("# Rules\n\nDrafted by `nestor init`. Every rule here is mandatory; `nestor rules` shows which are machine-checked.\n\n");
        output.Append("## Quality standards\n\n");
        output.Append("- No `any` types in TypeScript: use `unknown` or proper interfaces.\n");
        output.Append("- All async operations have proper error handling.\n");
        output.Append("- Database queries use indexes and avoid N+1 problems.\n");
        output.Append("- API responses use serializers/DTOs to control exposed data.\n");
        output.Append("- Memory leaks are prevented with proper cleanup.\n");
        output.Append("- Use proper logging (Nest `Logger`), not `console.log`.\n");
        output.Append("- Never swallow errors in an empty `catch`.\n");
        output.Append("- Controllers never import Mongoose models; they go through services.\n");
        if (kebab)
        {
            output.Append("- File names are kebab-case, with the Nest suffixes (`users.service.ts`).\n");
        }

        output.Append("\n## Machine-checkable settings\n\n```nestor\n");
        output.Append("rules:\n  no-explicit-any: error\n  no-console: error\n  no-empty-catch: error\n");
        output.Append("overrides:\n  - files: [\"**/*.spec.ts\", \"test/**\", \"scripts/**\"]\n    rules: { no-console: off, no-explicit-any: warning }\n");
        output.Append("forbid-import:\n  - from: \"src/**/*.controller.ts\"\n    import: \"**/*.schema\"\n    message: \"Controllers go through services, never to models.\"\n    enforces: \"Controllers never import Mongoose models\"\n");
        if (kebab)
        {
            output.Append("file-naming:\n  - files: \"src/**/*.ts\"\n    case: kebab\n    enforces: \"File names are kebab-case\"\n");
        }

        output.Append("```\n");
        return output.ToString();
    }

    private static string FeatureFolder(string path)
    {
        var parts = path.Split('/');
        return parts.Length > 2 ? $"{parts[0]}/{parts[1]}" : parts[0];
    }

    private static string? RoleOf(string path)
    {
        var name = path[(path.LastIndexOf('/') + 1)..];
        return Roles.FirstOrDefault(role => name.Contains($".{role}.", StringComparison.Ordinal));
    }
}
