using System.Text.Json;
using Nestor.Text;

namespace Nestor.Semantics;

/// <summary>
/// Loads tsconfig files and their <c>extends</c> chains (relative files, and packages under
/// node_modules such as <c>@tsconfig/node20/tsconfig.json</c>), each file read once. Problems become
/// NST2xxx diagnostics; a broken base is skipped and the extending file still loads.
/// </summary>
internal sealed class TsConfigLoader(IFileSource files, ICollection<Diagnostic> diagnostics)
{
    private readonly Dictionary<string, Layer?> _layers = new(StringComparer.Ordinal);

    /// <summary>The merged configuration of <paramref name="path"/>, or null when the file itself is not valid JSON.</summary>
    public TsConfig? Load(string path)
    {
        var layer = Resolve(path, []);
        if (layer is null || !_raw.TryGetValue(path, out var raw) || raw is null)
        {
            return null;
        }

        var references = raw.Value.Root.ValueKind == JsonValueKind.Object && raw.Value.Root.TryGetProperty("references", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(item => item.GetString("path")).OfType<string>().Select(reference => ReferencedConfig(raw.Value.Directory, reference)).ToList()
            : [];
        return new TsConfig(path, layer.Chain, layer.Options.ToOptions(), layer.Files, layer.Include, layer.Exclude, references);
    }

    private readonly Dictionary<string, RawFile?> _raw = new(StringComparer.Ordinal);

    private Layer? Resolve(string path, List<string> stack)
    {
        if (_layers.TryGetValue(path, out var cached))
        {
            return cached;
        }

        var raw = Read(path);
        if (raw is null)
        {
            _layers[path] = null;
            return null;
        }

        stack.Add(path);
        var merged = new Layer([], new OptionsPatch(), null, null, null);
        foreach (var specifier in ExtendsOf(raw.Value.Root))
        {
            var basePath = FindExtended(raw.Value.Directory, specifier);
            if (basePath is null)
            {
                diagnostics.Add(SemanticDiagnostics.UnresolvedExtends.Create(path, ConfigJson.FindValueSpan(raw.Value.Text, "extends", specifier), specifier, WorkspacePath.GetFileName(path)));
                continue;
            }

            if (stack.Contains(basePath))
            {
                var chain = string.Join(" -> ", stack.Skip(stack.IndexOf(basePath)).Append(basePath).Select(WorkspacePath.GetFileName));
                diagnostics.Add(SemanticDiagnostics.ExtendsCycle.Create(path, ConfigJson.FindValueSpan(raw.Value.Text, "extends", specifier), WorkspacePath.GetFileName(basePath), chain));
                continue;
            }

            var baseLayer = Resolve(basePath, stack);
            if (baseLayer is not null)
            {
                merged = merged.Over(baseLayer, basePath);
            }
        }

        stack.RemoveAt(stack.Count - 1);
        var own = OwnLayer(raw.Value, merged.Options);
        var result = merged.Over(own, null);
        _layers[path] = result;
        return result;
    }

    private RawFile? Read(string path)
    {
        if (_raw.TryGetValue(path, out var cached))
        {
            return cached;
        }

        RawFile? raw = null;
        try
        {
            var text = SourceText.FromBytes(path, files.ReadAllBytes(path)).Content;
            var root = ConfigJson.Parse(path, text, diagnostics);
            if (root is { } element)
            {
                if (element.ValueKind == JsonValueKind.Object)
                {
                    raw = new RawFile(path, WorkspacePath.GetDirectory(path) ?? "/", text, element);
                }
                else
                {
                    diagnostics.Add(SemanticDiagnostics.InvalidConfigValue.Create(path, new TextSpan(0, 0), "(root)", WorkspacePath.GetFileName(path), "an object"));
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(SemanticDiagnostics.UnreadableFile.Create(path, new TextSpan(0, 0), path, exception.Message));
        }

        _raw[path] = raw;
        return raw;
    }

    private static IEnumerable<string> ExtendsOf(JsonElement root)
    {
        if (!root.TryGetProperty("extends", out var value))
        {
            return [];
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => [value.GetString()!],
            JsonValueKind.Array => value.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => item.GetString()!).ToList(),
            _ => [],
        };
    }

    private string? FindExtended(string directory, string specifier)
    {
        if (specifier.StartsWith('.') || Path.IsPathRooted(specifier))
        {
            return FirstExisting(WorkspacePath.Combine(directory, specifier));
        }

        for (var folder = directory; folder is not null; folder = WorkspacePath.GetDirectory(folder))
        {
            var candidate = WorkspacePath.Combine(folder, "node_modules/" + specifier);
            if (FirstExisting(candidate) is { } file)
            {
                return file;
            }

            if (files.DirectoryExists(candidate))
            {
                var tsconfigField = ReadPackageTsconfigField(candidate);
                var inPackage = WorkspacePath.Combine(candidate, tsconfigField ?? "tsconfig.json");
                if (files.FileExists(inPackage))
                {
                    return inPackage;
                }
            }
        }

        return null;
    }

    private string? FirstExisting(string path) =>
        files.FileExists(path) ? path : !path.EndsWith(".json", StringComparison.Ordinal) && files.FileExists(path + ".json") ? path + ".json" : null;

    private string? ReadPackageTsconfigField(string packageFolder)
    {
        var manifest = packageFolder + "/package.json";
        if (!files.FileExists(manifest))
        {
            return null;
        }

        try
        {
            var ignored = new List<Diagnostic>();
            return ConfigJson.Parse(manifest, SourceText.FromBytes(manifest, files.ReadAllBytes(manifest)).Content, ignored)?.GetString("tsconfig");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private string ReferencedConfig(string directory, string reference)
    {
        var target = WorkspacePath.Combine(directory, reference);
        return files.FileExists(target) && !files.DirectoryExists(target) ? target : target + "/tsconfig.json";
    }

    private Layer OwnLayer(RawFile raw, OptionsPatch inherited)
    {
        var options = new OptionsPatch();
        if (raw.Root.GetObject("compilerOptions") is { } compiler)
        {
            string? Absolute(string name) => compiler.GetString(name) is { } value ? WorkspacePath.Combine(raw.Directory, value) : null;
            var baseUrl = Absolute("baseUrl");
            options = new OptionsPatch
            {
                BaseUrl = baseUrl,
                Paths = ReadPaths(raw, compiler, baseUrl ?? inherited.BaseUrl ?? raw.Directory),
                OutDir = Absolute("outDir"),
                RootDir = Absolute("rootDir"),
                DeclarationDir = Absolute("declarationDir"),
                AllowJs = compiler.GetBoolean("allowJs"),
                Strict = compiler.GetBoolean("strict"),
                ExperimentalDecorators = compiler.GetBoolean("experimentalDecorators"),
                EmitDecoratorMetadata = compiler.GetBoolean("emitDecoratorMetadata"),
                Module = compiler.GetString("module"),
                ModuleResolution = compiler.GetString("moduleResolution"),
                Target = compiler.GetString("target"),
            };
        }

        IReadOnlyList<string>? AbsoluteList(string name) => raw.Root.GetStrings(name)?.Select(item => WorkspacePath.Combine(raw.Directory, item)).ToList();
        return new Layer([], options, AbsoluteList("files"), AbsoluteList("include"), AbsoluteList("exclude"));
    }

    private IReadOnlyList<PathMapping>? ReadPaths(RawFile raw, JsonElement compiler, string basis)
    {
        if (!compiler.TryGetProperty("paths", out var paths))
        {
            return null;
        }

        if (paths.ValueKind != JsonValueKind.Object)
        {
            diagnostics.Add(SemanticDiagnostics.InvalidConfigValue.Create(raw.Path, ConfigJson.FindValueSpan(raw.Text, "paths", string.Empty) with { Length = 7 }, "paths", WorkspacePath.GetFileName(raw.Path), "an object of arrays of strings"));
            return null;
        }

        var mappings = new List<PathMapping>();
        foreach (var property in paths.EnumerateObject())
        {
            var targets = property.Value.ValueKind == JsonValueKind.Array
                ? property.Value.EnumerateArray().Where(item => item.ValueKind == JsonValueKind.String).Select(item => WorkspacePath.Combine(basis, item.GetString()!)).ToList()
                : [];
            mappings.Add(new PathMapping(property.Name, targets));
        }

        return mappings;
    }

    /// <summary>The options one file sets (null: not set), so bases and extending files merge option by option.</summary>
    private sealed record OptionsPatch
    {
        public string? BaseUrl { get; init; }

        public IReadOnlyList<PathMapping>? Paths { get; init; }

        public string? OutDir { get; init; }

        public string? RootDir { get; init; }

        public string? DeclarationDir { get; init; }

        public bool? AllowJs { get; init; }

        public bool? Strict { get; init; }

        public bool? ExperimentalDecorators { get; init; }

        public bool? EmitDecoratorMetadata { get; init; }

        public string? Module { get; init; }

        public string? ModuleResolution { get; init; }

        public string? Target { get; init; }

        public OptionsPatch Over(OptionsPatch lower) => new()
        {
            BaseUrl = BaseUrl ?? lower.BaseUrl,
            Paths = Paths ?? lower.Paths,
            OutDir = OutDir ?? lower.OutDir,
            RootDir = RootDir ?? lower.RootDir,
            DeclarationDir = DeclarationDir ?? lower.DeclarationDir,
            AllowJs = AllowJs ?? lower.AllowJs,
            Strict = Strict ?? lower.Strict,
            ExperimentalDecorators = ExperimentalDecorators ?? lower.ExperimentalDecorators,
            EmitDecoratorMetadata = EmitDecoratorMetadata ?? lower.EmitDecoratorMetadata,
            Module = Module ?? lower.Module,
            ModuleResolution = ModuleResolution ?? lower.ModuleResolution,
            Target = Target ?? lower.Target,
        };

        public TsCompilerOptions ToOptions() => new()
        {
            BaseUrl = BaseUrl,
            Paths = Paths ?? [],
            OutDir = OutDir,
            RootDir = RootDir,
            DeclarationDir = DeclarationDir,
            AllowJs = AllowJs ?? false,
            Strict = Strict,
            ExperimentalDecorators = ExperimentalDecorators,
            EmitDecoratorMetadata = EmitDecoratorMetadata,
            Module = Module,
            ModuleResolution = ModuleResolution,
            Target = Target,
        };
    }

    private readonly record struct RawFile(string Path, string Directory, string Text, JsonElement Root);

    /// <summary>What one file contributes, or a merge of several: later layers win.</summary>
    private sealed record Layer(
        IReadOnlyList<string> Chain,
        OptionsPatch Options,
        IReadOnlyList<string>? Files,
        IReadOnlyList<string>? Include,
        IReadOnlyList<string>? Exclude)
    {
        public Layer Over(Layer top, string? topPath) => new(
            topPath is null ? Chain.Concat(top.Chain).ToList() : new[] { topPath }.Concat(top.Chain).Concat(Chain).Distinct().ToList(),
            top.Options.Over(Options),
            top.Files ?? Files,
            top.Include ?? Include,
            top.Exclude ?? Exclude);
    }
}
