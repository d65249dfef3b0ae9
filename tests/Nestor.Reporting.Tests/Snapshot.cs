namespace Nestor.Reporting.Tests;

/// <summary>
/// Compares rendered output with a file under Snapshots/; <c>UPDATE_SNAPSHOTS=1</c> rewrites the
/// files in the source tree instead, so a change of format is one reviewed diff.
/// </summary>
public static class Snapshot
{
    public static void Match(string name, string actual)
    {
        var source = Path.Combine(SourceFolder(), "Snapshots", name);
        if (Environment.GetEnvironmentVariable("UPDATE_SNAPSHOTS") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(source)!);
            File.WriteAllText(source, actual);
            return;
        }

        Assert.True(File.Exists(source), $"Snapshot {name} does not exist; run the tests with UPDATE_SNAPSHOTS=1 to create it.");
        Assert.Equal(File.ReadAllText(source).ReplaceLineEndings("\n"), actual.ReplaceLineEndings("\n"));
    }

    private static string SourceFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Nestor.Reporting.Tests.csproj")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("The test project folder was not found above the test's folder.");
    }
}
