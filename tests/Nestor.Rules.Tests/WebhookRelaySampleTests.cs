using Nestor.Rules.Tests.Support;

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
        var root = ExpectedFindings.SampleRoot("webhook-relay");
        var expected = ExpectedFindings.Expected(root);
        var result = ExpectedFindings.Review(root);

        Assert.Contains(expected, f => f.Rule == "validation-pipe-missing");
        Assert.Equal(expected, ExpectedFindings.Actual(result));
        Assert.True(result.Fails);
    }
}
