using System.Text;
using System.Text.Json;
using Nestor.Text;

namespace Nestor.Syntax.Tests;

/// <summary>
/// Every fixture under Fixtures/ beside its <c>.expected.json</c>, which TypeScript's own parser
/// wrote (tools/conformance/update-fixtures.sh): Nestor must produce the same outline, entry for
/// entry, and report a syntax error exactly when TypeScript does.
/// </summary>
public sealed class GoldenOutlineTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var source in GoldenFixtures.Sources())
        {
            data.Add(source);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_a_syntax_error_exactly_when_TypeScript_does(string fixture)
    {
        var (tree, expected) = GoldenFixtures.Load(fixture);
        var typeScript = expected.GetProperty("diagnostics").EnumerateArray()
            .Select(d => $"TS{d.GetProperty("code").GetInt32()} at {d.GetProperty("start").GetInt32()}: {d.GetProperty("message").GetString()}")
            .ToList();
        var nestor = tree.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => $"{d.Code} at {d.Span.Start}: {d.Message}")
            .ToList();

        Assert.True(
            typeScript.Count > 0 == nestor.Count > 0,
            $"TypeScript reports [{string.Join("; ", typeScript)}], Nestor reports [{string.Join("; ", nestor)}].");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Outline_equals_TypeScripts(string fixture)
    {
        var (tree, expected) = GoldenFixtures.Load(fixture);
        var typeScript = expected.GetProperty("outline").EnumerateArray()
            .Select(e => (Kind: e[0].GetString()!, Start: e[1].GetInt32(), End: e[2].GetInt32()));
        var nestor = SyntaxOutline.Create(tree).Select(e => (e.Kind, e.Start, e.End));

        Assert.Equal(GoldenFixtures.Render(tree.Text, typeScript), GoldenFixtures.Render(tree.Text, nestor));
    }

    [Fact]
    public void Every_fixture_has_an_expected_file_written_by_the_pinned_TypeScript()
    {
        var sources = GoldenFixtures.Sources();
        var expectedFiles = Directory.GetFiles(GoldenFixtures.Root, "*.expected.json", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(GoldenFixtures.Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(sources.Count >= 300, $"only {sources.Count} fixtures");
        Assert.Equal(expectedFiles, sources.Select(GoldenFixtures.ExpectedPathOf).Order(StringComparer.Ordinal).ToList());
        foreach (var file in expectedFiles)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(GoldenFixtures.Root, file)));
            Assert.Equal("6.0.3", json.RootElement.GetProperty("typescript").GetString());
        }
    }
}

/// <summary>Finds, loads and renders the golden fixtures; shared with the robustness tests.</summary>
internal static class GoldenFixtures
{
    private static readonly string[] SourceSuffixes = [".d.ts", ".d.mts", ".d.cts", ".tsx", ".ts", ".mts", ".cts"];

    public static string Root { get; } = Path.Combine(RepositoryRoot(), "tests", "Nestor.Syntax.Tests", "Fixtures");

    /// <summary>Fixture sources as slash-separated paths relative to <see cref="Root"/>, sorted.</summary>
    public static IReadOnlyList<string> Sources() => Directory.GetFiles(Root, "*", SearchOption.AllDirectories)
        .Select(f => Path.GetRelativePath(Root, f).Replace('\\', '/'))
        .Where(f => !f.EndsWith(".expected.json", StringComparison.Ordinal) && SourceSuffixes.Any(s => f.EndsWith(s, StringComparison.Ordinal)))
        .Order(StringComparer.Ordinal)
        .ToList();

    /// <summary>The expected file of a fixture: its name without the source suffix, plus <c>.expected.json</c>.</summary>
    public static string ExpectedPathOf(string source)
    {
        var suffix = SourceSuffixes.First(s => source.EndsWith(s, StringComparison.Ordinal));
        return source[..^suffix.Length] + ".expected.json";
    }

    public static SourceText Text(string source) => SourceText.FromFile(Path.Combine(Root, source));

    public static (SyntaxTree Tree, JsonElement Expected) Load(string source)
    {
        var text = Text(source);
        var tree = SyntaxTree.Parse(text, ParseOptions.ForPath(source));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, ExpectedPathOf(source))));
        return (tree, json.RootElement.Clone());
    }

    /// <summary>One line per entry with the source it covers, so that a failing comparison reads as a diff.</summary>
    public static string Render(SourceText text, IEnumerable<(string Kind, int Start, int End)> outline)
    {
        var builder = new StringBuilder();
        foreach (var (kind, start, end) in outline)
        {
            builder.Append(kind).Append(' ').Append(start).Append("..").Append(end).Append("  ").AppendLine(Excerpt(text, start, end));
        }

        return builder.ToString();
    }

    private static string Excerpt(SourceText text, int start, int end)
    {
        if (start < 0 || end > text.Length || start > end)
        {
            return "<outside the text>";
        }

        var excerpt = text.Content[start..Math.Min(end, start + 60)].ReplaceLineEndings("⏎");
        return end - start > 60 ? excerpt + "…" : excerpt;
    }

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
