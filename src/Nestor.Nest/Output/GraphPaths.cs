namespace Nestor.Nest.Output;

/// <summary>Paths in reports are relative to the project root and use forward slashes, on every OS.</summary>
internal static class GraphPaths
{
    public static string Relative(string root, string path)
    {
        if (root.Length > 0 && Path.IsPathRooted(path) && Path.IsPathRooted(root))
        {
            path = Path.GetRelativePath(root, path);
        }

        return path.Replace('\\', '/');
    }
}
