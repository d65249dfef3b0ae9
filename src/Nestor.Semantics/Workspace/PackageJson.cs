using System.Text.Json;

namespace Nestor.Semantics;

/// <summary>The parts of a package.json that Nestor reads: identity, entry points, dependencies and workspaces.</summary>
public sealed class PackageJson
{
    private PackageJson(string path, JsonElement root)
    {
        Path = path;
        Name = root.GetString("name");
        Version = root.GetString("version");
        Main = root.GetString("main");
        Types = root.GetString("types") ?? root.GetString("typings");
        Exports = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("exports", out var exports) ? exports : null;
        Dependencies = ReadDependencies(root, "dependencies");
        DevDependencies = ReadDependencies(root, "devDependencies");
        PeerDependencies = ReadDependencies(root, "peerDependencies");
        Workspaces = root.GetStrings("workspaces") ?? root.GetObject("workspaces")?.GetStrings("packages") ?? [];
    }

    public string Path { get; }

    public string Directory => WorkspacePath.GetDirectory(Path) ?? "/";

    public string? Name { get; }

    public string? Version { get; }

    public string? Main { get; }

    /// <summary><c>types</c>, or the older <c>typings</c>.</summary>
    public string? Types { get; }

    /// <summary>The raw <c>exports</c> field; read through <see cref="ResolveExport"/>.</summary>
    public JsonElement? Exports { get; }

    public IReadOnlyDictionary<string, string> Dependencies { get; }

    public IReadOnlyDictionary<string, string> DevDependencies { get; }

    public IReadOnlyDictionary<string, string> PeerDependencies { get; }

    /// <summary>The npm/yarn <c>workspaces</c> globs (array form or <c>{ packages: [...] }</c>).</summary>
    public IReadOnlyList<string> Workspaces { get; }

    /// <summary>True when the package is a dependency of any kind.</summary>
    public bool DependsOn(string package) =>
        Dependencies.ContainsKey(package) || DevDependencies.ContainsKey(package) || PeerDependencies.ContainsKey(package);

    /// <summary>Parses a manifest; null when it is not a JSON object (the caller reports why).</summary>
    internal static PackageJson? Parse(string path, string text, ICollection<Nestor.Text.Diagnostic> diagnostics) =>
        ConfigJson.Parse(path, text, diagnostics) is { ValueKind: JsonValueKind.Object } root ? new PackageJson(path, root) : null;

    /// <summary>
    /// The target of a subpath (<c>"."</c> or <c>"./sub"</c>) in <c>exports</c>, preferring the
    /// <c>types</c>, then <c>import</c>, <c>require</c>, <c>node</c> and <c>default</c> conditions.
    /// Relative to the package folder; null when <c>exports</c> does not name the subpath.
    /// </summary>
    public string? ResolveExport(string subpath)
    {
        if (Exports is not { } exports)
        {
            return null;
        }

        if (exports.ValueKind == JsonValueKind.String)
        {
            return subpath == "." ? exports.GetString() : null;
        }

        if (exports.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var isSubpathMap = exports.EnumerateObject().Any(property => property.Name.StartsWith('.'));
        if (!isSubpathMap)
        {
            return subpath == "." ? Condition(exports, 0) : null;
        }

        if (exports.TryGetProperty(subpath, out var exact))
        {
            return Condition(exact, 0);
        }

        foreach (var property in exports.EnumerateObject())
        {
            var star = property.Name.IndexOf('*');
            if (star < 0)
            {
                continue;
            }

            var prefix = property.Name[..star];
            var suffix = property.Name[(star + 1)..];
            if (subpath.StartsWith(prefix, StringComparison.Ordinal) && subpath.EndsWith(suffix, StringComparison.Ordinal) && subpath.Length >= prefix.Length + suffix.Length)
            {
                var stem = subpath[prefix.Length..^suffix.Length];
                return Condition(property.Value, 0)?.Replace("*", stem, StringComparison.Ordinal);
            }
        }

        return null;
    }

    private static readonly string[] PreferredConditions = ["types", "import", "require", "node", "default"];

    private static string? Condition(JsonElement value, int depth)
    {
        if (depth > 8)
        {
            return null;
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return value.GetString();
            case JsonValueKind.Array:
                return value.EnumerateArray().Select(item => Condition(item, depth + 1)).FirstOrDefault(target => target is not null);
            case JsonValueKind.Object:
                foreach (var condition in PreferredConditions)
                {
                    if (value.TryGetProperty(condition, out var nested) && Condition(nested, depth + 1) is { } target)
                    {
                        return target;
                    }
                }

                return value.EnumerateObject().Select(property => Condition(property.Value, depth + 1)).FirstOrDefault(target => target is not null);
            default:
                return null;
        }
    }

    private static IReadOnlyDictionary<string, string> ReadDependencies(JsonElement root, string property)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.GetObject(property) is { } dependencies)
        {
            foreach (var dependency in dependencies.EnumerateObject())
            {
                result[dependency.Name] = dependency.Value.ValueKind == JsonValueKind.String ? dependency.Value.GetString()! : string.Empty;
            }
        }

        return result;
    }
}
