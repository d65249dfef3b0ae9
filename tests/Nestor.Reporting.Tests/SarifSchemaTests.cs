using System.Diagnostics;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Nestor.Reporting.Tests;

/// <summary>
/// Validates the SARIF report against the official SARIF 2.1.0 JSON schema, as shipped in the
/// npm package @microsoft/jest-sarif. The schema is fetched once with the ordinary npm client
/// into a cache folder; it is never part of the repository.
/// </summary>
public sealed class SarifSchemaTests
{
    private const string Package = "@microsoft/jest-sarif@1.0.0-beta.0";
    private const string SchemaInPackage = "package/lib/schemas/sarif-2.1.0-rtm.5.json";

    // A schema can be registered once per process, so every test shares one.
    private static readonly Lazy<JsonSchema> Schema = new(LoadSchema);

    [Fact]
    public void The_sarif_report_is_valid_against_the_official_schema()
    {
        var schema = Schema.Value;
        var report = System.Text.Json.JsonDocument.Parse(SarifReport.Render(Sample.Result())).RootElement;

        var result = schema.Evaluate(report, new EvaluationOptions { OutputFormat = OutputFormat.List });

        var errors = (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.True(result.IsValid, string.Join("\n", errors));
    }

    [Fact]
    public void The_schema_rejects_a_result_without_a_message()
    {
        var schema = Schema.Value;
        var report = JsonNode.Parse(SarifReport.Render(Sample.Result()))!;
        report["runs"]![0]!["results"]![0]!.AsObject().Remove("message");

        Assert.False(schema.Evaluate(System.Text.Json.JsonDocument.Parse(report.ToJsonString()).RootElement).IsValid);
    }

    private static JsonSchema LoadSchema()
    {
        var text = File.ReadAllText(SchemaFile());

        // The schema is written for draft-04, which the validator reads as draft-07 once its
        // draft-04 'id' (renamed '$id' later) is dropped; nothing in it refers to that id.
        var node = JsonNode.Parse(text)!.AsObject();
        node["$schema"] = "http://json-schema.org/draft-07/schema#";
        node.Remove("id");
        return JsonSchema.FromText(node.ToJsonString());
    }

    private static string SchemaFile()
    {
        var cache = Path.Combine(Path.GetTempPath(), "nestor-test-cache", "jest-sarif");
        var schema = Path.Combine(cache, SchemaInPackage);
        if (File.Exists(schema))
        {
            return schema;
        }

        Directory.CreateDirectory(cache);
        Run(cache, "npm", "pack", Package, "--silent");
        var archive = Directory.GetFiles(cache, "*.tgz").Single();
        Run(cache, "tar", "xzf", archive, SchemaInPackage);
        Assert.True(File.Exists(schema), $"{SchemaInPackage} is not in {Package}.");
        return schema;
    }

    private static void Run(string folder, string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{program} {string.Join(' ', arguments)} failed: {error.Result}");
    }
}
