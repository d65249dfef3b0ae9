namespace Nestor.Corpus.Tests;

/// <summary>
/// The public sample files kept beside the repository (shared/corpus/mongodb, never copied into
/// it): real explain outputs and $indexStats listings from other projects' test data.
/// </summary>
internal static class Corpus
{
    public static string File(string relative)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !System.IO.File.Exists(Path.Combine(directory.FullName, "Nestor.slnx")))
        {
            directory = directory.Parent;
        }

        var root = directory?.Parent?.FullName ?? throw new InvalidOperationException("Nestor.slnx not found above the test's folder.");
        var path = Path.Combine(root, "shared", "corpus", "mongodb", relative);
        return System.IO.File.Exists(path)
            ? path
            : throw new FileNotFoundException($"sample {relative} not found: the corpus is expected at {Path.Combine(root, "shared", "corpus", "mongodb")}, beside the repository", path);
    }
}
