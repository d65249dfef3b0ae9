using System.Text.Json;
using Nestor.Rules.Engine;
using Nestor.Rules.Reading;

namespace Nestor.Rules.Tests;

/// <summary>
/// samples/shop-api: for every rule in the catalogue, review finds exactly the planted problems
/// of samples/shop-api/expected-findings.json (no missing, no extra). Rules of that list not yet
/// in the catalogue are named in the configuration errors instead, which this test also pins.
/// </summary>
public sealed class SampleTests
{
    [Fact]
    public void Review_of_the_shop_api_finds_exactly_the_expected_findings_of_the_implemented_rules()
    {
        var root = Path.Combine(CatalogueTests.SourceRoot(), "samples", "shop-api");
        using var expectedJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "expected-findings.json")));
        var implemented = RuleCatalog.BuiltIn.Rules.Select(r => r.Descriptor.Name).ToHashSet(StringComparer.Ordinal);
        var expected = expectedJson.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("command").GetString() is "review" or "graph")
            .Select(f => (Rule: f.GetProperty("rule").GetString()!, Path: f.GetProperty("path").GetString()!, Line: f.GetProperty("line").GetInt32()))
            .ToList();

        var result = ReviewRunner.Review(root, new ReadingOptions(), RuleCatalog.BuiltIn, null, null);
        var actual = result.Diagnostics
            .Where(d => !d.Code.StartsWith("NST0", StringComparison.Ordinal))
            .Select(d => (Rule: d.Name!, d.Path, Line: result.TextOf(d.Path)!.Lines.GetPosition(d.Span.Start).Line))
            .OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Rule, StringComparer.Ordinal)
            .ToList();

        Assert.Equal(
            expected.Where(f => implemented.Contains(f.Rule)).OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Rule, StringComparer.Ordinal),
            actual);
        var unknown = result.Diagnostics.Where(d => d.Code == "NST0103").Select(d => d.Message).ToList();
        Assert.All(unknown, message => Assert.DoesNotContain(implemented, name => message.Contains($"'{name}'", StringComparison.Ordinal)));
        Assert.True(result.Fails);
    }
}
