using Nestor.Cli.Mongo.Advise;
using Nestor.Mongo.Advice;

namespace Nestor.Cli.Tests;

/// <summary><c>nestor mongo advise PATH</c>: the project's declared indexes and query sites join the evidence.</summary>
public sealed class AdviseCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("nestor-advise-cli-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void The_sample_projects_schema_index_serves_a_slow_shape_and_its_query_sites_are_named()
    {
        var explain = Path.Combine(folder, "orders.json");
        File.WriteAllText(explain, """
            { "queryPlanner": { "namespace": "shop.orders", "winningPlan": { "stage": "COLLSCAN" } },
              "executionStats": { "nReturned": 3, "executionTimeMillis": 70, "totalKeysExamined": 0, "totalDocsExamined": 9000 },
              "command": { "find": "orders", "filter": { "status": "pending", "createdAt": { "$lt": 1 } }, "$db": "shop" } }
            """);
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = AdviseCommand.Run(new AdviseSettings { ProjectPath = SampleRoot(), Explains = [explain] }, "text", output, error);

        Assert.Equal(ExitCodes.Clean, exit);
        Assert.Equal("", error.ToString());
        var text = output.ToString();
        Assert.Contains("0 index plans, 1 already served", text, StringComparison.Ordinal);
        Assert.Contains("find shop.orders {createdAt:range, status:eq}  by status_1_createdAt_1", text, StringComparison.Ordinal);
        Assert.Contains("code: src/orders/order-stats.controller.ts:30, src/reports/reports.service.ts:20", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_path_that_does_not_exist_is_a_usage_error()
    {
        var error = new StringWriter();

        var exit = AdviseCommand.Run(new AdviseSettings { ProjectPath = Path.Combine(folder, "missing"), Explains = ["x.json"] }, "text", new StringWriter(), error);

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.Contains("no such folder", error.ToString(), StringComparison.Ordinal);
    }

    private static string SampleRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Nestor.slnx")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Nestor.slnx not found above the test's folder."), "samples", "shop-api");
    }
}
