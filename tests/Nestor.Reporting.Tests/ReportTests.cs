using System.Text.Json;
using System.Text.Json.Nodes;

namespace Nestor.Reporting.Tests;

public sealed class ReportTests
{
    [Fact]
    public void Text_report_matches_its_snapshot() => Snapshot.Match("report.txt", TextReport.Render(Sample.Result(), new TextReportOptions()));

    [Fact]
    public void Coloured_text_report_matches_its_snapshot() => Snapshot.Match("report.ansi.txt", TextReport.Render(Sample.Result(), new TextReportOptions(Colour: true)));

    [Fact]
    public void Json_report_matches_its_snapshot() => Snapshot.Match("report.json", JsonReport.Render(Sample.Result()));

    [Fact]
    public void Sarif_report_matches_its_snapshot() => Snapshot.Match("report.sarif", SarifReport.Render(Sample.Result()));

    [Fact]
    public void Markdown_report_matches_its_snapshot() => Snapshot.Match("report.md", MarkdownReport.Render(Sample.Result()));

    [Fact]
    public void The_text_report_underlines_the_span_and_shows_labels()
    {
        var text = TextReport.Render(Sample.Result(), new TextReportOptions());

        Assert.Contains("error[NST4001] no-explicit-any: Unexpected 'any' in a type position.\n  --> src/users/users.controller.ts:6:24\n", text, StringComparison.Ordinal);
        Assert.Contains("6 |   create(@Body() body: any) {\n  |          ------- the request body enters here\n  |                        ^^^\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b[", text, StringComparison.Ordinal);
        Assert.EndsWith("1 file reviewed: 1 error, 2 warnings, 0 other (2 suppressed, 1 in the baseline). FAILED: enforced rules are violated (zero tolerance).\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_report_has_stable_keys_and_line_columns()
    {
        var json = JsonNode.Parse(JsonReport.Render(Sample.Result()))!;

        Assert.Equal(1, json["version"]!.GetValue<int>());
        Assert.Equal(3, json["reading"]!["rulesFound"]!.GetValue<int>());
        Assert.True(json["summary"]!["fails"]!.GetValue<bool>());
        var first = json["diagnostics"]![0]!;
        Assert.Equal("docs/ARCHITECTURE.md", first["path"]!.GetValue<string>());
        var any = json["diagnostics"]![1]!;
        Assert.Equal(("NST4001", 6, 24, 6, 27), (any["id"]!.GetValue<string>(), any["span"]!["startLine"]!.GetValue<int>(), any["span"]!["startColumn"]!.GetValue<int>(), any["span"]!["endLine"]!.GetValue<int>(), any["span"]!["endColumn"]!.GetValue<int>()));
        Assert.Equal("suggestion", any["fixes"]![0]!["safety"]!.GetValue<string>());
    }

    [Fact]
    public void Sarif_has_every_property_the_standard_requires()
    {
        var sarif = JsonNode.Parse(SarifReport.Render(Sample.Result()))!;

        Assert.Equal("2.1.0", sarif["version"]!.GetValue<string>());
        var run = sarif["runs"]![0]!;
        var rules = run["tool"]!["driver"]!["rules"]!.AsArray();
        Assert.Equal(["NST0101", "NST4001", "NST4005"], rules.Select(r => r!["id"]!.GetValue<string>()));
        Assert.All(rules, rule => Assert.NotNull(rule!["shortDescription"]!["text"]));
        Assert.Equal("warning", rules[2]!["defaultConfiguration"]!["level"]!.GetValue<string>());
        var results = run["results"]!.AsArray();
        Assert.Equal(3, results.Count);
        foreach (var result in results)
        {
            var index = result!["ruleIndex"]!.GetValue<int>();
            Assert.Equal(rules[index]!["id"]!.GetValue<string>(), result["ruleId"]!.GetValue<string>());
            Assert.NotNull(result["message"]!["text"]);
            var artifact = result["locations"]![0]!["physicalLocation"]!["artifactLocation"]!;
            Assert.Equal("%SRCROOT%", artifact["uriBaseId"]!.GetValue<string>());
            Assert.False(artifact["uri"]!.GetValue<string>().StartsWith('/'));
        }

        var related = results[1]!["relatedLocations"]![0]!;
        Assert.Equal(("the request body enters here", 6, 10), (related["message"]!["text"]!.GetValue<string>(), related["physicalLocation"]!["region"]!["startLine"]!.GetValue<int>(), related["physicalLocation"]!["region"]!["startColumn"]!.GetValue<int>()));
    }

    [Fact]
    public void Markdown_report_folds_details_and_escapes_html()
    {
        var markdown = MarkdownReport.Render(Sample.Result());

        Assert.StartsWith("## ❌ Nestor review: enforced rules are violated\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| NST4001 | `no-explicit-any` | 1 | 0 | 0 |", markdown, StringComparison.Ordinal);
        Assert.Contains("<details>\n<summary><code>src/users/users.controller.ts</code>: 2 findings</summary>", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_of_a_clean_run_say_so()
    {
        var clean = Sample.Result() with { Diagnostics = [] };

        Assert.EndsWith("Passed: no enforced rule is violated.\n", TextReport.Render(clean, new TextReportOptions()), StringComparison.Ordinal);
        Assert.StartsWith("## ✅", MarkdownReport.Render(clean), StringComparison.Ordinal);
        Assert.Empty(JsonNode.Parse(SarifReport.Render(clean))!["runs"]![0]!["results"]!.AsArray());
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(JsonReport.Render(clean)).RootElement.GetProperty("diagnostics").ValueKind);
    }
}
