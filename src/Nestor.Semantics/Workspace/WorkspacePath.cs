namespace Nestor.Semantics;

/// <summary>Absolute, slash-separated paths: one spelling per file, so paths can be compared as strings.</summary>
public static class WorkspacePath
{
    public static string Normalize(string path)
    {
        var full = Path.GetFullPath(path).Replace('\\', '/');
        return full.Length > 1 && full.EndsWith('/') && !full.EndsWith(":/", StringComparison.Ordinal) ? full.TrimEnd('/') : full;
    }

    public static string Combine(string folder, string relative) => Normalize(Path.Combine(folder, relative));

    /// <summary>The parent folder, or null at the root.</summary>
    public static string? GetDirectory(string path)
    {
        var slash = path.LastIndexOf('/');
        if (slash < 0 || path.Length == 1)
        {
            return null;
        }

        return slash == 0 ? "/" : path[..slash];
    }

    public static string GetFileName(string path) => path[(path.LastIndexOf('/') + 1)..];

    public static bool IsUnder(string path, string folder) =>
        folder == "/" ? path.StartsWith('/') && path.Length > 1 :
        path.Length > folder.Length && path[folder.Length] == '/' && path.StartsWith(folder, StringComparison.Ordinal);

    public static string Relative(string folder, string path) =>
        IsUnder(path, folder) ? path[(folder == "/" ? 1 : folder.Length + 1)..] : path == folder ? string.Empty : Path.GetRelativePath(folder, path).Replace('\\', '/');
}
