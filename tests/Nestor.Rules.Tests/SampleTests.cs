using Nestor.Rules.Engine;
using Nestor.Rules.Tests.Support;

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
        var root = ExpectedFindings.SampleRoot("shop-api");
        var result = ExpectedFindings.Review(root);

        Assert.Equal(ExpectedFindings.Expected(root), ExpectedFindings.Actual(result));
        var implemented = RuleCatalog.BuiltIn.Rules.Select(r => r.Descriptor.Name).ToHashSet(StringComparer.Ordinal);
        var unknown = result.Diagnostics.Where(d => d.Code == "NST0103").Select(d => d.Message).ToList();
        Assert.All(unknown, message => Assert.DoesNotContain(implemented, name => message.Contains($"'{name}'", StringComparison.Ordinal)));
        Assert.True(result.Fails);
    }
}
