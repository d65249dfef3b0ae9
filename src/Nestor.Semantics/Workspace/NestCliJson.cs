using System.Text.Json;

namespace Nestor.Semantics;

/// <summary>One app or library of a Nest monorepo, as nest-cli.json lists it.</summary>
public sealed record NestCliProject(string Name, string Type, string? Root, string? SourceRoot, string? EntryFile, string? TsConfigPath)
{
    public bool IsLibrary => string.Equals(Type, "library", StringComparison.OrdinalIgnoreCase);
}

/// <summary>The parts of nest-cli.json that locate code: monorepo mode, roots and projects.</summary>
public sealed class NestCliJson
{
    private NestCliJson(string path, JsonElement root)
    {
        Path = path;
        IsMonorepo = root.GetBoolean("monorepo") ?? false;
        Root = root.GetString("root");
        SourceRoot = root.GetString("sourceRoot");
        EntryFile = root.GetString("entryFile");
        TsConfigPath = root.GetObject("compilerOptions")?.GetString("tsConfigPath");
        var projects = new List<NestCliProject>();
        if (root.GetObject("projects") is { } listed)
        {
            foreach (var project in listed.EnumerateObject())
            {
                var value = project.Value;
                projects.Add(new NestCliProject(
                    project.Name,
                    value.GetString("type") ?? "application",
                    value.GetString("root"),
                    value.GetString("sourceRoot"),
                    value.GetString("entryFile"),
                    value.GetObject("compilerOptions")?.GetString("tsConfigPath")));
            }
        }

        Projects = projects;
    }

    public string Path { get; }

    public string Directory => WorkspacePath.GetDirectory(Path) ?? "/";

    public bool IsMonorepo { get; }

    public string? Root { get; }

    public string? SourceRoot { get; }

    public string? EntryFile { get; }

    public string? TsConfigPath { get; }

    public IReadOnlyList<NestCliProject> Projects { get; }

    internal static NestCliJson? Parse(string path, string text, ICollection<Nestor.Text.Diagnostic> diagnostics) =>
        ConfigJson.Parse(path, text, diagnostics) is { ValueKind: JsonValueKind.Object } root ? new NestCliJson(path, root) : null;
}
