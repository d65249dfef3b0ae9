namespace Nestor.Semantics;

/// <summary>
/// Where a workspace reads its files from: the disk, or a dictionary for tests and editors.
/// Paths are absolute and slash-separated.
/// </summary>
public interface IFileSource
{
    bool FileExists(string path);

    bool DirectoryExists(string path);

    /// <summary>The file's bytes; throws <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> when it cannot be read.</summary>
    byte[] ReadAllBytes(string path);
}

/// <summary>The real file system.</summary>
public sealed class DiskFileSource : IFileSource
{
    public static readonly DiskFileSource Instance = new();

    public bool FileExists(string path) => File.Exists(path);

    public bool DirectoryExists(string path) => Directory.Exists(path);

    public byte[] ReadAllBytes(string path) => File.ReadAllBytes(path);
}

/// <summary>Files held in memory, keyed by normalised absolute path.</summary>
public sealed class MemoryFileSource : IFileSource
{
    private readonly Dictionary<string, byte[]> _files = new(StringComparer.Ordinal);
    private readonly HashSet<string> _directories = new(StringComparer.Ordinal);

    public MemoryFileSource(IEnumerable<KeyValuePair<string, string>> files)
    {
        foreach (var (path, content) in files)
        {
            var normalized = WorkspacePath.Normalize(path);
            _files[normalized] = System.Text.Encoding.UTF8.GetBytes(content);
            for (var folder = WorkspacePath.GetDirectory(normalized); folder is not null; folder = WorkspacePath.GetDirectory(folder))
            {
                if (!_directories.Add(folder))
                {
                    break;
                }
            }
        }
    }

    public IEnumerable<string> Paths => _files.Keys;

    public bool FileExists(string path) => _files.ContainsKey(path);

    public bool DirectoryExists(string path) => _directories.Contains(path);

    public byte[] ReadAllBytes(string path) =>
        _files.TryGetValue(path, out var bytes) ? bytes : throw new FileNotFoundException($"{path}: no such file", path);
}
