namespace Nestor.Semantics;

/// <summary>
/// The .gitignore files that apply in one folder, from the outermost (<c>.git/info/exclude</c>, then
/// the repository root's .gitignore) to the innermost. Immutable: descending into a folder with its
/// own .gitignore makes a new instance, so parallel walks can share the outer ones.
/// </summary>
public sealed class GitignoreRules
{
    public static readonly GitignoreRules Empty = new(null, string.Empty, []);

    private readonly GitignoreRules? _outer;
    private readonly string _baseFolder;
    private readonly GitignorePattern[] _patterns;

    private GitignoreRules(GitignoreRules? outer, string baseFolder, GitignorePattern[] patterns)
    {
        _outer = outer;
        _baseFolder = baseFolder;
        _patterns = patterns;
    }

    /// <summary>Adds the patterns of one file, which apply to paths under <paramref name="baseFolder"/>.</summary>
    public GitignoreRules With(string baseFolder, IEnumerable<string> lines)
    {
        var patterns = lines.Select(GitignorePattern.Parse).OfType<GitignorePattern>().ToArray();
        return patterns.Length == 0 ? this : new GitignoreRules(this, Normalize(baseFolder), patterns);
    }

    /// <summary>Adds the .gitignore file of <paramref name="folder"/>, if it has a readable one.</summary>
    public GitignoreRules WithFileIn(string folder) => WithFile(folder, Path.Combine(folder, ".gitignore"));

    /// <summary>Adds a file of patterns (a .gitignore or .git/info/exclude) whose patterns are relative to <paramref name="baseFolder"/>.</summary>
    public GitignoreRules WithFile(string baseFolder, string file)
    {
        try
        {
            return File.Exists(file) ? With(baseFolder, File.ReadAllLines(file)) : this;
        }
        catch (IOException)
        {
            return this;
        }
        catch (UnauthorizedAccessException)
        {
            return this;
        }
    }

    /// <summary>
    /// True when the innermost pattern that matches <paramref name="fullPath"/> is not a negation.
    /// Inner files win over outer ones and, in one file, later lines over earlier ones.
    /// </summary>
    public bool IsIgnored(string fullPath, bool isDirectory) => IsIgnoredNormalized(Normalize(fullPath), isDirectory);

    /// <summary>The same test for a path that is already absolute and slash-separated, as the file walk produces them.</summary>
    internal bool IsIgnoredNormalized(string path, bool isDirectory)
    {
        for (var rules = this; rules is not null && rules._outer is not null; rules = rules._outer)
        {
            if (!IsUnder(path, rules._baseFolder))
            {
                continue;
            }

            var relative = path[(rules._baseFolder.Length + 1)..];
            for (var i = rules._patterns.Length - 1; i >= 0; i--)
            {
                if (rules._patterns[i].IsMatch(relative, isDirectory))
                {
                    return !rules._patterns[i].IsNegated;
                }
            }
        }

        return false;
    }

    private static bool IsUnder(string path, string folder) =>
        path.Length > folder.Length + 1 && path[folder.Length] == '/' && path.StartsWith(folder, StringComparison.Ordinal);

    private static string Normalize(string path) => Path.GetFullPath(path).Replace('\\', '/').TrimEnd('/');
}
