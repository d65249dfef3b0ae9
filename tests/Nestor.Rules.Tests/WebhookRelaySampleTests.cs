using System.Text.Json;
using Nestor.Rules.Engine;
using Nestor.Rules.Reading;

namespace Nestor.Rules.Tests;

/// <summary>
/// samples/webhook-relay: an application without a ValidationPipe. Review finds exactly the
/// rows of its expected-findings.json for every rule in the catalogue, and nothing else.
/// </summary>
public sealed class WebhookRelaySampleTests
{
    [Fact]
    public void Review_of_the_webhook_relay_finds_exactly_the_expected_findings_of_the_implemented_rules()
    {
        var root = Path.Combine(CatalogueTests.SourceRoot(), "samples", "webhook-relay");
        using var expectedJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "expected-findings.json")));
        var implemented = RuleCatalog.BuiltIn.Rules.Select(r => r.Descriptor.Name).ToHashSet(StringComparer.Ordinal);
        var expected = expectedJson.RootElement.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("command").GetString() == "review")
            .Select(f => (Rule: f.GetProperty("rule").GetString()!, Path: f.GetProperty("path").GetString()!, Line: f.GetProperty("line").GetInt32()))
            .Where(f => implemented.Contains(f.Rule))
            .ToList();

        var result = ReviewRunner.Review(root, new ReadingOptions(), RuleCatalog.BuiltIn, null, null);
        var actual = result.Diagnostics
            .Where(d => !d.Code.StartsWith("NST0", StringComparison.Ordinal))
            .Select(d => (Rule: d.Name!, d.Path, Line: result.TextOf(d.Path)!.Lines.GetPosition(d.Span.Start).Line))
            .ToList();

        Assert.Contains(expected, f => f.Rule == "validation-pipe-missing");
        Assert.Equal(
            expected.OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Rule, StringComparer.Ordinal),
            actual.OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Line).ThenBy(f => f.Rule, StringComparer.Ordinal));
        Assert.True(result.Fails);
    }
}
