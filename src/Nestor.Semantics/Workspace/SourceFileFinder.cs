using System.IO.Enumeration;

namespace Nestor.Semantics;

/// <summary>The source files found under some paths, and the paths that could not be read.</summary>
public sealed record SourceFileSearch(IReadOnlyList<string> Files, IReadOnlyList<string> Errors);

/// <summary>
/// Finds TypeScript and JavaScript sources under files and folders. Folders named
/// <c>node_modules</c>, <c>dist</c> and <c>.git</c> are never entered, nor anything the
/// applicable .gitignore files or <c>.git/info/exclude</c> ignore; files named explicitly are
/// always included. Symbolic links to folders are not followed, so link cycles cannot hang a walk.
/// </summary>
public static class SourceFileFinder
{
    /// <summary>The extensions of source files; <c>.d.ts</c> files end in <c>.ts</c> and are included.</summary>
    public static readonly IReadOnlyList<string> Extensions = [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs"];

    /// <summary>Folder names that hold installed packages, build output or version control, never sources.</summary>
    public static readonly IReadOnlySet<string> SkippedFolders = new HashSet<string>(StringComparer.Ordinal) { "node_modules", "dist", ".git" };

    private static readonly EnumerationOptions OneLevel = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    public static bool IsSourceFile(string path)
    {
        foreach (var extension in Extensions)
        {
            if (path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Returns the source files under <paramref name="paths"/>, sorted ordinally and without
    /// duplicates, each spelled from the argument it was found under.
    /// </summary>
    public static SourceFileSearch Find(IReadOnlyList<string> paths) => Find(paths, IsSourceFile);

    /// <summary>The same walk, keeping the files whose name <paramref name="isWanted"/> accepts.</summary>
    internal static SourceFileSearch Find(IReadOnlyList<string> paths, Func<string, bool> isWanted)
    {
        var files = new List<string>();
        var errors = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                Add(path, files, seen);
            }
            else if (Directory.Exists(path))
            {
                var rules = RulesAbove(Path.GetFullPath(path));
                Walk(path, rules, isWanted, files, errors, seen);
            }
            else
            {
                errors.Add($"{path}: no such file or folder");
            }
        }

        files.Sort(StringComparer.Ordinal);
        return new SourceFileSearch(files, errors);
    }

    private static void Add(string path, List<string> files, HashSet<string> seen)
    {
        if (seen.Add(Path.GetFullPath(path)))
        {
            files.Add(path);
        }
    }

    private static void Walk(string folder, GitignoreRules outer, Func<string, bool> isWanted, List<string> files, List<string> errors, HashSet<string> seen)
    {
        var rules = outer.WithFileIn(folder);
        List<(string Path, string FullPath, bool IsDirectory)> entries;
        try
        {
            var enumerable = new FileSystemEnumerable<(string, string, bool)>(
                folder,
                (ref FileSystemEntry entry) => (Path.Join(folder, entry.FileName), entry.ToFullPath(), entry.IsDirectory),
                OneLevel)
            { ShouldIncludePredicate = (ref FileSystemEntry entry) => IsCandidate(ref entry, isWanted) };
            entries = [.. enumerable];
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            errors.Add($"{folder}: cannot read folder: {exception.Message}");
            return;
        }

        foreach (var (path, fullPath, isDirectory) in entries)
        {
            if (rules.IsIgnoredNormalized(Path.DirectorySeparatorChar == '/' ? fullPath : fullPath.Replace('\\', '/'), isDirectory))
            {
                continue;
            }

            if (isDirectory)
            {
                Walk(path, rules, isWanted, files, errors, seen);
            }
            else if (seen.Add(fullPath))
            {
                files.Add(path);
            }
        }
    }

    private static bool IsCandidate(ref FileSystemEntry entry, Func<string, bool> isWanted)
    {
        if (entry.IsDirectory)
        {
            var isLink = (entry.Attributes & FileAttributes.ReparsePoint) != 0;
            return !isLink && !SkippedFolders.Contains(entry.FileName.ToString());
        }

        return isWanted(entry.FileName.ToString());
    }

    /// <summary>
    /// The rules that apply inside <paramref name="folder"/> from outside it: those of the enclosing
    /// repository's <c>.git/info/exclude</c> and of every .gitignore from its root down to the folder's parent.
    /// </summary>
    internal static GitignoreRules RulesAbove(string folder)
    {
        var ancestors = new List<string>();
        string? repositoryRoot = null;
        for (var current = Path.GetDirectoryName(folder); current is not null; current = Path.GetDirectoryName(current))
        {
            ancestors.Add(current);
            if (Path.Exists(Path.Combine(current, ".git")))
            {
                repositoryRoot = current;
                break;
            }
        }

        if (Path.Exists(Path.Combine(folder, ".git")))
        {
            return GitignoreRules.Empty.WithFile(folder, Path.Combine(folder, ".git", "info", "exclude"));
        }

        if (repositoryRoot is null)
        {
            return GitignoreRules.Empty;
        }

        var rules = GitignoreRules.Empty.WithFile(repositoryRoot, Path.Combine(repositoryRoot, ".git", "info", "exclude"));
        for (var i = ancestors.Count - 1; i >= 0; i--)
        {
            rules = rules.WithFileIn(ancestors[i]);
        }

        return rules;
    }
}
