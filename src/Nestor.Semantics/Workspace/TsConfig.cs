using System.Text.RegularExpressions;

namespace Nestor.Semantics;

/// <summary>One <c>paths</c> entry: a pattern with at most one <c>*</c> and its targets, made absolute.</summary>
public sealed record PathMapping(string Pattern, IReadOnlyList<string> Targets)
{
    public string Prefix => Pattern.Contains('*') ? Pattern[..Pattern.IndexOf('*')] : Pattern;

    public string Suffix => Pattern.Contains('*') ? Pattern[(Pattern.IndexOf('*') + 1)..] : string.Empty;

    /// <summary>The text the <c>*</c> stands for, or null when <paramref name="specifier"/> does not match.</summary>
    public string? Match(string specifier)
    {
        if (!Pattern.Contains('*'))
        {
            return specifier == Pattern ? string.Empty : null;
        }

        return specifier.Length >= Prefix.Length + Suffix.Length
            && specifier.StartsWith(Prefix, StringComparison.Ordinal)
            && specifier.EndsWith(Suffix, StringComparison.Ordinal)
            ? specifier[Prefix.Length..^Suffix.Length]
            : null;
    }
}

/// <summary>
/// A tsconfig file with its <c>extends</c> chain applied: compiler options merged (the extending file
/// wins), <c>files</c>/<c>include</c>/<c>exclude</c> inherited when the file does not set them, every
/// path made absolute against the file that wrote it.
/// </summary>
public sealed class TsConfig
{
    private static readonly string[] DefaultExcludes = ["node_modules", "bower_components", "jspm_packages"];
    private readonly Regex? _include;
    private readonly Regex? _exclude;
    private readonly HashSet<string> _files;

    internal TsConfig(
        string path,
        IReadOnlyList<string> extendsChain,
        TsCompilerOptions options,
        IReadOnlyList<string>? files,
        IReadOnlyList<string>? include,
        IReadOnlyList<string>? exclude,
        IReadOnlyList<string> references)
    {
        Path = path;
        ExtendsChain = extendsChain;
        Options = options;
        Files = files ?? [];
        Include = include ?? (files is null ? [WorkspacePath.Combine(Directory, "**/*")] : []);
        Exclude = exclude ?? DefaultExcludes.Select(name => WorkspacePath.Combine(Directory, name))
            .Concat(new[] { options.OutDir, options.DeclarationDir }.OfType<string>()).ToList();
        References = references;
        _files = new HashSet<string>(Files, StringComparer.Ordinal);
        _include = Include.Count == 0 ? null : TsConfigGlob.Compile(Include, isExclude: false);
        _exclude = Exclude.Count == 0 ? null : TsConfigGlob.Compile(Exclude, isExclude: true);
    }

    public string Path { get; }

    public string Directory => WorkspacePath.GetDirectory(Path) ?? "/";

    public string FileName => WorkspacePath.GetFileName(Path);

    /// <summary>The files this one extends, nearest first.</summary>
    public IReadOnlyList<string> ExtendsChain { get; }

    public TsCompilerOptions Options { get; }

    /// <summary>Absolute paths from <c>files</c>.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>Absolute glob patterns from <c>include</c> (default <c>**/*</c> when neither files nor include is set).</summary>
    public IReadOnlyList<string> Include { get; }

    /// <summary>Absolute glob patterns from <c>exclude</c> (default node_modules, bower_components, jspm_packages and outDir).</summary>
    public IReadOnlyList<string> Exclude { get; }

    /// <summary>Absolute paths of the tsconfig files named in <c>references</c>.</summary>
    public IReadOnlyList<string> References { get; }

    /// <summary>True when tsc would compile <paramref name="path"/> as part of this project.</summary>
    public bool Contains(string path)
    {
        if (_files.Contains(path))
        {
            return true;
        }

        if (!HasProjectExtension(path) || _include is null || !_include.IsMatch(path))
        {
            return false;
        }

        return _exclude is null || !_exclude.IsMatch(path);
    }

    public override string ToString() => Path;

    private bool HasProjectExtension(string path) =>
        path.EndsWith(".ts", StringComparison.Ordinal) || path.EndsWith(".tsx", StringComparison.Ordinal)
        || path.EndsWith(".mts", StringComparison.Ordinal) || path.EndsWith(".cts", StringComparison.Ordinal)
        || (Options.AllowJs && (path.EndsWith(".js", StringComparison.Ordinal) || path.EndsWith(".jsx", StringComparison.Ordinal)
            || path.EndsWith(".mjs", StringComparison.Ordinal) || path.EndsWith(".cjs", StringComparison.Ordinal)));
}

/// <summary>The compiler options Nestor reads, merged along the extends chain.</summary>
public sealed record TsCompilerOptions
{
    /// <summary>Absolute; relative module names are looked up here first.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>The <c>paths</c> aliases with absolute targets, in the order written.</summary>
    public IReadOnlyList<PathMapping> Paths { get; init; } = [];

    public string? OutDir { get; init; }

    public string? RootDir { get; init; }

    public string? DeclarationDir { get; init; }

    public bool AllowJs { get; init; }

    public bool? Strict { get; init; }

    public bool? ExperimentalDecorators { get; init; }

    public bool? EmitDecoratorMetadata { get; init; }

    public string? Module { get; init; }

    public string? ModuleResolution { get; init; }

    public string? Target { get; init; }
}

/// <summary>tsc's include/exclude globs: <c>*</c> and <c>?</c> within a name, <c>**/</c> across folders.</summary>
internal static class TsConfigGlob
{
    public static Regex Compile(IEnumerable<string> patterns, bool isExclude)
    {
        var alternatives = patterns.Select(pattern => ToRegex(pattern, isExclude));
        return new Regex("^(?:" + string.Join('|', alternatives) + ")$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    private static string ToRegex(string pattern, bool isExclude)
    {
        var last = WorkspacePath.GetFileName(pattern);

        // A last segment without a wildcard or an extension names a folder: everything under it.
        var namesFolder = !last.Contains('*') && !last.Contains('?') && !last.Contains('.');
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*' && (i + 2 == pattern.Length || pattern[i + 2] == '/'))
            {
                builder.Append(i + 2 == pattern.Length ? ".*" : "(?:[^/]+/)*");
                i += i + 2 == pattern.Length ? 1 : 2;
            }
            else if (c == '*')
            {
                builder.Append("[^/]*");
            }
            else if (c == '?')
            {
                builder.Append("[^/]");
            }
            else
            {
                builder.Append(Regex.Escape(c.ToString()));
            }
        }

        if (namesFolder && !isExclude)
        {
            builder.Append("/.*");
        }
        else if (isExclude)
        {
            builder.Append("(?:/.*)?");
        }

        return builder.ToString();
    }
}
