namespace Nestor.Semantics.Tests;

/// <summary>A folder under the system temp path, filled from (relative path, content) pairs and deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder(params (string Path, string Content)[] files)
    {
        Root = Path.Combine(Path.GetTempPath(), "nestor-semantics-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        foreach (var (path, content) in files)
        {
            Write(path, content);
        }
    }

    public string Root { get; }

    public string this[string relative] => Path.Combine(Root, relative);

    public void Write(string relative, string content)
    {
        var full = this[relative];
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
    }

    /// <summary>Paths relative to the root, slash-separated, for readable assertions.</summary>
    public IReadOnlyList<string> Relative(IEnumerable<string> paths) =>
        paths.Select(p => Path.GetRelativePath(Root, p).Replace('\\', '/')).ToList();

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; a failing dispose would hide the test's own result.
        }
    }
}
