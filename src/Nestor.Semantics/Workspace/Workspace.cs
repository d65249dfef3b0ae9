using System.Text.RegularExpressions;
using Nestor.Text;

namespace Nestor.Semantics;

/// <summary>
/// A folder of code as tsc, Nest and the package manager see it: the source files (node_modules,
/// dist, .git and .gitignore'd paths skipped), every tsconfig with its extends chain, every
/// package.json, nest-cli.json, and the apps, libraries and packages they declare. Problems are
/// diagnostics; a broken file never stops the rest from loading.
/// </summary>
public sealed class Workspace
{
    private static readonly string[] TsConfigPreference = ["tsconfig.json", "tsconfig.app.json", "tsconfig.lib.json", "tsconfig.build.json"];

    private readonly HashSet<string> _sourceSet;
    private readonly Dictionary<string, TsConfig?> _owners = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PackageJson> _packagesByName;

    private Workspace(string root, IFileSource files, IReadOnlyList<string> sources, IReadOnlyList<string> configs, List<Diagnostic> diagnostics)
    {
        Root = root;
        FileSource = files;
        SourceFiles = sources;
        _sourceSet = new HashSet<string>(sources, StringComparer.Ordinal);

        var loader = new TsConfigLoader(files, diagnostics);
        TsConfigs = configs.Where(IsTsConfigName).Select(loader.Load).OfType<TsConfig>().ToList();
        Packages = configs.Where(path => WorkspacePath.GetFileName(path) == "package.json")
            .Select(path => Read(files, path, diagnostics, PackageJson.Parse)).OfType<PackageJson>().ToList();
        RootPackage = Packages.FirstOrDefault(package => package.Directory == root);
        NestCli = configs.Where(path => path == root + "/nest-cli.json" || path == root + "/.nest-cli.json")
            .Select(path => Read(files, path, diagnostics, NestCliJson.Parse)).OfType<NestCliJson>().FirstOrDefault();
        PackageGlobs = (RootPackage?.Workspaces ?? []).Concat(ReadPnpmWorkspace(files, root + "/pnpm-workspace.yaml", configs, diagnostics)).ToList();
        _packagesByName = new Dictionary<string, PackageJson>(StringComparer.Ordinal);
        foreach (var package in Packages.OrderBy(package => package.Path.Length))
        {
            if (package.Name is { } name)
            {
                _packagesByName.TryAdd(name, package);
            }
        }

        Projects = WorkspaceProjects.Discover(this, configs);
        foreach (var source in sources)
        {
            _owners[source] = FindOwner(source);
        }

        Diagnostics = diagnostics;
        Resolver = new ModuleResolver(this);
    }

    /// <summary>The folder the workspace was loaded from, absolute and slash-separated.</summary>
    public string Root { get; }

    public IFileSource FileSource { get; }

    /// <summary>Every source file, absolute, sorted ordinally.</summary>
    public IReadOnlyList<string> SourceFiles { get; }

    public IReadOnlyList<TsConfig> TsConfigs { get; }

    public IReadOnlyList<PackageJson> Packages { get; }

    public PackageJson? RootPackage { get; }

    public NestCliJson? NestCli { get; }

    /// <summary>The package-manager workspace globs (package.json <c>workspaces</c>, pnpm-workspace.yaml <c>packages</c>).</summary>
    public IReadOnlyList<string> PackageGlobs { get; }

    public IReadOnlyList<WorkspaceProject> Projects { get; }

    public IReadOnlyList<Diagnostic> Diagnostics { get; }

    public ModuleResolver Resolver { get; }

    /// <summary>Loads the workspace under <paramref name="root"/> from the disk.</summary>
    public static Workspace Load(string root)
    {
        var normalized = WorkspacePath.Normalize(root);
        var diagnostics = new List<Diagnostic>();
        if (!Directory.Exists(normalized))
        {
            diagnostics.Add(SemanticDiagnostics.UnreadableFolder.Create(normalized, new TextSpan(0, 0), $"{root}: no such folder"));
            return new Workspace(normalized, DiskFileSource.Instance, [], [], diagnostics);
        }

        var search = SourceFileFinder.Find([normalized], name => SourceFileFinder.IsSourceFile(name) || IsConfigName(name));
        foreach (var error in search.Errors)
        {
            diagnostics.Add(SemanticDiagnostics.UnreadableFolder.Create(normalized, new TextSpan(0, 0), error));
        }

        var all = search.Files.Select(WorkspacePath.Normalize).ToList();
        return new Workspace(normalized, DiskFileSource.Instance, all.Where(IsSource).ToList(), all.Where(path => !IsSource(path)).ToList(), diagnostics);
    }

    /// <summary>
    /// A workspace from files held in memory (path → content), for tests and editors. Files under
    /// node_modules are readable (tsconfig packages) but are not sources; .gitignore is not applied.
    /// </summary>
    public static Workspace FromFiles(string root, IEnumerable<KeyValuePair<string, string>> files)
    {
        var normalized = WorkspacePath.Normalize(root);
        var source = new MemoryFileSource(files);
        var inside = source.Paths
            .Where(path => WorkspacePath.IsUnder(path, normalized))
            .Where(path => !WorkspacePath.Relative(normalized, path).Split('/').SkipLast(1).Any(SourceFileFinder.SkippedFolders.Contains))
            .Order(StringComparer.Ordinal)
            .ToList();
        var configs = inside.Where(path => IsConfigName(WorkspacePath.GetFileName(path)) && !IsSource(path)).ToList();
        return new Workspace(normalized, source, inside.Where(IsSource).ToList(), configs, []);
    }

    public bool HasSourceFile(string path) => _sourceSet.Contains(path);

    /// <summary>True when any package.json of the workspace depends on <paramref name="package"/>.</summary>
    public bool UsesPackage(string package) => Packages.Any(manifest => manifest.DependsOn(package));

    /// <summary>The workspace package named <paramref name="name"/> (the shallowest, if several share it).</summary>
    public PackageJson? FindPackage(string name) => _packagesByName.GetValueOrDefault(name);

    /// <summary>
    /// The tsconfig that governs <paramref name="sourceFile"/>: among those that include it, the nearest
    /// (tsconfig.json before tsconfig.app/lib/build.json, then by name); when none includes it, the
    /// nearest tsconfig in a folder above it.
    /// </summary>
    public TsConfig? GetTsConfig(string sourceFile) =>
        _owners.TryGetValue(sourceFile, out var owner) ? owner : FindOwner(sourceFile);

    /// <summary>The sources that <paramref name="config"/> compiles.</summary>
    public IReadOnlyList<string> GetProjectFiles(TsConfig config) => SourceFiles.Where(config.Contains).ToList();

    internal static bool IsConfigName(string name) =>
        IsTsConfigName(name) || name is "package.json" or "nest-cli.json" or ".nest-cli.json" or "pnpm-workspace.yaml" or "project.json";

    private static bool IsTsConfigName(string path)
    {
        var name = WorkspacePath.GetFileName(path);
        return name.StartsWith("tsconfig", StringComparison.Ordinal) && name.EndsWith(".json", StringComparison.Ordinal);
    }

    private static bool IsSource(string path) => SourceFileFinder.IsSourceFile(path);

    private TsConfig? FindOwner(string sourceFile)
    {
        var candidates = TsConfigs.Where(config => WorkspacePath.IsUnder(sourceFile, config.Directory)).ToList();
        var including = candidates.Where(config => config.Contains(sourceFile)).ToList();
        return Nearest(including.Count > 0 ? including : candidates);
    }

    private static TsConfig? Nearest(List<TsConfig> configs) =>
        configs
            .OrderByDescending(config => config.Directory.Length)
            .ThenBy(config => Array.IndexOf(TsConfigPreference, config.FileName) is var rank && rank < 0 ? TsConfigPreference.Length : rank)
            .ThenBy(config => config.FileName, StringComparer.Ordinal)
            .FirstOrDefault();

    private static T? Read<T>(IFileSource files, string path, List<Diagnostic> diagnostics, Func<string, string, ICollection<Diagnostic>, T?> parse)
        where T : class
    {
        try
        {
            return parse(path, SourceText.FromBytes(path, files.ReadAllBytes(path)).Content, diagnostics);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(SemanticDiagnostics.UnreadableFile.Create(path, new TextSpan(0, 0), path, exception.Message));
            return null;
        }
    }

    /// <summary>The <c>packages</c> list of pnpm-workspace.yaml: a YAML sequence of (optionally quoted) globs.</summary>
    private static IEnumerable<string> ReadPnpmWorkspace(IFileSource files, string path, IReadOnlyList<string> configs, List<Diagnostic> diagnostics)
    {
        if (!configs.Contains(path))
        {
            return [];
        }

        string text;
        try
        {
            text = SourceText.FromBytes(path, files.ReadAllBytes(path)).Content;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(SemanticDiagnostics.UnreadableFile.Create(path, new TextSpan(0, 0), path, exception.Message));
            return [];
        }

        var globs = new List<string>();
        var inPackages = false;
        foreach (var rawLine in text.Split('\n'))
        {
            var line = Regex.Replace(rawLine, @"\s+#.*$", string.Empty).TrimEnd('\r', ' ');
            if (line.Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            if (!char.IsWhiteSpace(line[0]) && !line.StartsWith('-'))
            {
                inPackages = line.StartsWith("packages:", StringComparison.Ordinal);
                continue;
            }

            var item = line.Trim();
            if (inPackages && item.StartsWith('-'))
            {
                globs.Add(item[1..].Trim().Trim('\'', '"'));
            }
        }

        return globs;
    }
}
