using Nestor.Mongo.Advice;

namespace Nestor.Mongo.Tests.Advice;

/// <summary>A whole run over files: inputs summarised, bad inputs reported while the rest still gives its report.</summary>
public sealed class AdviseRunnerTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("nestor-advise-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Explain_and_index_files_together()
    {
        var explain = Write("slow.json", """
            { "queryPlanner": { "namespace": "shop.orders", "winningPlan": { "stage": "COLLSCAN" } },
              "executionStats": { "nReturned": 3, "executionTimeMillis": 70, "totalKeysExamined": 0, "totalDocsExamined": 9000 },
              "command": { "find": "orders", "filter": { "customerId": 5 }, "sort": { "createdAt": -1 }, "$db": "shop" } }
            """);
        var indexes = Write("orders-indexes.json", """[ { "key": { "_id": 1 }, "name": "_id_" }, { "key": { "customerId": 1 }, "name": "customerId_1" } ]""");

        var document = AdviseRunner.Run(new AdviseSettings { Explains = [explain], IndexFiles = [$"shop.orders={indexes}"] });

        Assert.False(document.HasErrors);
        Assert.Equal(["explain: 1 explain output: COLLSCAN", "indexes: 2 index definitions, 0 usage counters"], document.Inputs.Select(i => $"{i.Kind}: {i.Summary}"));
        var plan = Assert.Single(document.Report.Plans);
        Assert.Equal("{ customerId: 1, createdAt: -1 }", plan.KeyPatternText);
        Assert.Equal(["customerId_1"], plan.Replaces.Select(index => index.Name));
    }

    [Fact]
    public void Unreadable_inputs_are_errors_and_the_other_inputs_still_report()
    {
        var explain = Write("ok.json", """{ "queryPlanner": { "namespace": "a.b", "winningPlan": { "stage": "COLLSCAN" } }, "command": { "find": "b", "filter": { "x": 1 }, "$db": "a" } }""");
        var broken = Write("broken.json", "{ not json");

        var document = AdviseRunner.Run(new AdviseSettings
        {
            ProjectPath = folder,
            Explains = [explain, broken],
            IndexFiles = [Path.Combine(folder, "missing.json")],
            Logs = [Path.Combine(folder, "missing.log")],
        });

        Assert.True(document.HasErrors);
        Assert.Equal(["a.b { x: 1 }"], document.Report.Plans.Select(p => $"{p.Namespace} {p.KeyPatternText}"));
        Assert.Equal([Path.Combine(folder, "missing.log"), broken, Path.Combine(folder, "missing.json")], document.Problems.Select(p => p.Input));
        Assert.StartsWith("cannot read: Could not find file", document.Problems[0].Message, StringComparison.Ordinal);
        Assert.StartsWith("cannot read: not valid JSON or Extended JSON near value 1: ", document.Problems[1].Message, StringComparison.Ordinal);
        Assert.StartsWith("cannot read: Could not find file", document.Problems[2].Message, StringComparison.Ordinal);
        Assert.All(document.Problems, problem => Assert.True(problem.IsError));
        Assert.Empty(document.Notes);
    }

    [Fact]
    public void Indexes_declared_in_the_project_serve_shapes_and_code_sites_point_at_them()
    {
        var explain = Write("slow-orders.json", """
            { "queryPlanner": { "namespace": "shop.orders", "winningPlan": { "stage": "COLLSCAN" } },
              "executionStats": { "nReturned": 3, "executionTimeMillis": 70, "totalKeysExamined": 0, "totalDocsExamined": 9000 },
              "command": { "find": "orders", "filter": { "customerId": 5 }, "sort": { "createdAt": -1 }, "$db": "shop" } }
            """);
        var declared = new Nestor.Mongo.Indexes.IndexDefinition(
            "?.orders",
            "customerId_1_createdAt_-1",
            [new("customerId", Nestor.Mongo.Indexes.IndexKeyKind.Ascending), new("createdAt", Nestor.Mongo.Indexes.IndexKeyKind.Descending)]);
        var site = new CodeQuerySite("src/orders/orders.service.ts", 42, Shapes.Find("?.orders", [Shapes.Eq("customerId")], [Shapes.Desc("createdAt")]));

        var document = AdviseRunner.Run(new AdviseSettings
        {
            ProjectPath = folder,
            Explains = [explain],
            Project = new ProjectEvidence([declared], [site], Schemas: 1),
        });

        Assert.Empty(document.Report.Plans);
        var served = Assert.Single(document.Report.Served);
        Assert.Equal(["customerId_1_createdAt_-1"], served.Indexes);
        Assert.Equal(["src/orders/orders.service.ts:42"], served.CodeSites.Select(s => s.ToString()));
        Assert.Contains(document.Inputs, input => input.Kind == "project" && input.Summary == "1 schemas, 1 declared indexes, 1 query sites");
    }

    [Fact]
    public void A_file_with_some_bad_entries_is_a_warning()
    {
        var indexes = Write("mixed.json", """{ "shop.orders": [ { "key": { "a": 1 }, "name": "a_1" }, 7 ] }""");

        var document = AdviseRunner.Run(new AdviseSettings { IndexFiles = [indexes] });

        Assert.False(document.HasErrors);
        Assert.Equal([new InputProblem(indexes, "$.shop.orders[1]: expected an index document, found Int32", IsError: false)], document.Problems);
        Assert.Equal("no slow operation in the evidence: give --log, --profile or --explain for index plans", Assert.Single(document.Notes));
    }

    [Fact]
    public void An_unreachable_uri_is_an_error_and_the_files_still_report()
    {
        var explain = Write("ok.json", """{ "queryPlanner": { "namespace": "a.b", "winningPlan": { "stage": "COLLSCAN" } }, "command": { "find": "b", "filter": { "x": 1 }, "$db": "a" } }""");

        var document = AdviseRunner.Run(new AdviseSettings { Explains = [explain], Uri = "mongodb://127.0.0.1:1/?directConnection=true", UriTimeout = TimeSpan.FromMilliseconds(300) });

        Assert.True(document.HasErrors);
        var problem = Assert.Single(document.Problems);
        Assert.Equal("--uri", problem.Input);
        Assert.StartsWith("cannot read indexes from the server: ", problem.Message, StringComparison.Ordinal);
        Assert.Single(document.Report.Plans);
    }

    [Theory]
    [InlineData("shop.orders=idx.json", "shop.orders", "idx.json")]
    [InlineData("idx.json", null, "idx.json")]
    [InlineData("=idx.json", null, "=idx.json")]
    public void Index_argument_may_name_its_namespace(string argument, string? ns, string path) =>
        Assert.Equal((ns, path), AdviseRunner.SplitIndexArgument(argument));

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
