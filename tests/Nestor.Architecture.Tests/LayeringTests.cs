using System.Xml.Linq;

namespace Nestor.Architecture.Tests;

/// <summary>
/// The layers of DESIGN.md, enforced: a project may reference only projects of a lower layer.
/// The test reads the project files themselves, so a new arrow that points upwards fails here.
/// </summary>
public sealed class LayeringTests
{
    private static readonly Dictionary<string, int> Layers = new()
    {
        ["Nestor.Text"] = 1,
        ["Nestor.Syntax"] = 2,
        ["Nestor.Semantics"] = 3,
        ["Nestor.Mongo"] = 4,
        ["Nestor.Nest"] = 5,
        ["Nestor.Rules"] = 6,
        ["Nestor.Reporting"] = 7,
        ["Nestor.Scaffold"] = 7,
        ["Nestor.Agent"] = 8,
        ["Nestor.Cli"] = 9,
    };

    // Layer 4 sees Text only, never TypeScript: that is what keeps the log tools usable alone.
    private static readonly Dictionary<string, string[]> OnlyAllowed = new()
    {
        ["Nestor.Mongo"] = ["Nestor.Text"],
        ["Nestor.Text"] = [],
        ["Nestor.Syntax"] = ["Nestor.Text"],
    };

    public static TheoryData<string> SourceProjects()
    {
        var data = new TheoryData<string>();
        foreach (var project in Directory.GetFiles(Path.Combine(RepositoryRoot(), "src"), "*.csproj", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(project));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SourceProjects))]
    public void References_point_only_to_lower_layers(string project)
    {
        Assert.True(Layers.ContainsKey(project), $"{project} is not a layer of DESIGN.md; add it to the table with its layer.");
        foreach (var reference in ProjectReferences(project))
        {
            Assert.True(Layers[reference] < Layers[project], $"{project} (layer {Layers[project]}) must not reference {reference} (layer {Layers[reference]}).");
            if (OnlyAllowed.TryGetValue(project, out var allowed))
            {
                Assert.Contains(reference, allowed);
            }
        }
    }

    [Fact]
    public void Text_and_Syntax_take_no_packages()
    {
        foreach (var project in new[] { "Nestor.Text", "Nestor.Syntax" })
        {
            var document = XDocument.Load(ProjectFile(project));
            Assert.Empty(document.Descendants("PackageReference"));
        }
    }

    private static IEnumerable<string> ProjectReferences(string project)
    {
        var document = XDocument.Load(ProjectFile(project));
        return document.Descendants("ProjectReference")
            .Select(element => Path.GetFileNameWithoutExtension(element.Attribute("Include")!.Value.Replace('\\', '/')));
    }

    private static string ProjectFile(string project) => Path.Combine(RepositoryRoot(), "src", project, project + ".csproj");

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Nestor.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Nestor.slnx not found above the test's folder.");
    }
}
