using Nestor.Mongo.Explain;

namespace Nestor.Mongo.Tests.Explain;

/// <summary>explain() outputs of every form, written for these tests after the documented formats.</summary>
public sealed class ExplainReaderTests
{
    [Fact]
    public void Classic_find_with_a_collection_scan_and_the_command()
    {
        const string text = """
            { "explainVersion": "1",
              "queryPlanner": { "namespace": "shop.orders", "parsedQuery": { "status": { "$eq": "paid" } },
                "winningPlan": { "stage": "COLLSCAN", "filter": { "status": { "$eq": "paid" } }, "direction": "forward" }, "rejectedPlans": [] },
              "executionStats": { "executionSuccess": true, "nReturned": 12, "executionTimeMillis": 41, "totalKeysExamined": 0, "totalDocsExamined": 50000,
                "executionStages": { "stage": "COLLSCAN", "nReturned": 12, "docsExamined": 50000 } },
              "command": { "find": "orders", "filter": { "status": "paid" }, "sort": { "createdAt": -1 }, "$db": "shop" },
              "serverInfo": { "host": "h", "port": 27017, "version": "6.0.15" }, "ok": 1 }
            """;

        var result = Single(text);

        Assert.Equal("find shop.orders {status:eq} sort {createdAt:-1}", result.Shape.Fingerprint);
        Assert.True(result.CollectionScan);
        Assert.False(result.InMemorySort);
        Assert.Equal("COLLSCAN", result.PlanSummary);
        Assert.Equal((0L, 50000L, 12L, 41.0), (result.KeysExamined, result.DocsExamined, result.Returned, result.ExecutionTimeMillis));
        Assert.Equal("6.0.15", result.ServerVersion);
        Assert.Equal("1", result.ExplainVersion);

        var evidence = result.ToEvidence();
        Assert.Equal((1L, 41.0, 1L, 0L), (evidence.Count, evidence.TotalMillis, evidence.CollectionScans, evidence.InMemorySorts));
        Assert.Equal(["COLLSCAN"], evidence.PlanSummaries);
        Assert.Equal(["explain"], evidence.Sources);
    }

    [Fact]
    public void Old_explain_without_command_takes_the_shape_from_parsedQuery_and_the_SORT_stage()
    {
        const string text = """
            { "queryPlanner": { "plannerVersion": 1, "namespace": "people.users",
                "parsedQuery": { "$and": [ { "age": { "$lte": 40 } }, { "age": { "$gte": 33 } }, { "city": { "$eq": "Oslo" } } ] },
                "winningPlan": { "stage": "PROJECTION", "inputStage": { "stage": "SORT", "sortPattern": { "email": 1 }, "limitAmount": 10,
                  "inputStage": { "stage": "SORT_KEY_GENERATOR", "inputStage": { "stage": "FETCH",
                    "inputStage": { "stage": "IXSCAN", "keyPattern": { "age": 1.0 }, "indexName": "age_1", "isMultiKey": false } } } } } },
              "executionStats": { "nReturned": 10, "executionTimeMillis": 495, "totalKeysExamined": 191665, "totalDocsExamined": 191665 } }
            """;

        var result = Single(text);

        Assert.Equal("find people.users {age:range, city:eq} sort {email:1}", result.Shape.Fingerprint);
        Assert.True(result.InMemorySort);
        Assert.False(result.CollectionScan);
        Assert.Equal("IXSCAN { age: 1 }", result.PlanSummary);
        Assert.Equal(["PROJECTION", "SORT", "SORT_KEY_GENERATOR", "FETCH", "IXSCAN"], result.Stages);
        Assert.Equal("age_1", Assert.Single(result.IndexScans).IndexName);
        Assert.False(result.Covered);
    }

    [Fact]
    public void Slot_based_plan_is_read_from_queryPlan_with_its_multikey_paths()
    {
        const string text = """
            { "explainVersion": "2",
              "queryPlanner": { "namespace": "shop.products", "parsedQuery": { "tags": { "$eq": "red" } },
                "winningPlan": { "queryPlan": { "stage": "FETCH", "planNodeId": 2, "inputStage": { "stage": "IXSCAN", "planNodeId": 1,
                    "keyPattern": { "tags": 1, "price": -1 }, "indexName": "tags_1_price_-1", "isMultiKey": true,
                    "multiKeyPaths": { "tags": [ "tags" ], "price": [] } } },
                  "slotBasedPlan": { "slots": "$$RESULT=s11", "stages": "[2] nlj ..." } } },
              "executionStats": { "nReturned": 5, "executionTimeMillis": 3, "totalKeysExamined": 5, "totalDocsExamined": 5 },
              "command": { "find": "products", "filter": { "tags": "red" }, "$db": "shop" } }
            """;

        var result = Single(text);

        Assert.Equal("IXSCAN { tags: 1, price: -1 }", result.PlanSummary);
        Assert.Equal(["tags"], result.ToEvidence().MultikeyPaths);
        Assert.Equal("2", result.ExplainVersion);
    }

    [Fact]
    public void Aggregate_reads_the_cursor_stage_and_the_last_stage_figures()
    {
        const string text = """
            { "explainVersion": "1",
              "stages": [
                { "$cursor": { "queryPlanner": { "namespace": "shop.orders", "parsedQuery": { "shopId": { "$eq": 7 } },
                    "winningPlan": { "stage": "COLLSCAN" } },
                  "executionStats": { "nReturned": 900, "executionTimeMillis": 30, "totalKeysExamined": 0, "totalDocsExamined": 40000 } },
                  "nReturned": 900, "executionTimeMillisEstimate": 25 },
                { "$sort": { "sortKey": { "total": -1 } }, "nReturned": 900, "executionTimeMillisEstimate": 60 },
                { "$limit": 5, "nReturned": 5, "executionTimeMillisEstimate": 61 } ],
              "command": { "aggregate": "orders", "pipeline": [ { "$match": { "shopId": 7 } }, { "$sort": { "total": -1 } }, { "$limit": 5 } ], "cursor": {}, "$db": "shop" } }
            """;

        var result = Single(text);

        Assert.Equal("aggregate shop.orders {shopId:eq} sort {total:-1} pipeline [$match, $sort, $limit]", result.Shape.Fingerprint);
        Assert.True(result.CollectionScan);
        Assert.True(result.InMemorySort);
        Assert.Equal((0L, 40000L, 5L, 61.0), (result.KeysExamined, result.DocsExamined, result.Returned, result.ExecutionTimeMillis));
    }

    [Fact]
    public void Sharded_find_sums_the_shards_and_names_them()
    {
        const string text = """
            { "queryPlanner": { "mongosPlannerVersion": 1, "winningPlan": { "stage": "SHARD_MERGE", "shards": [
                  { "shardName": "s0", "namespace": "shop.orders", "parsedQuery": { "customerId": { "$eq": 1 } }, "winningPlan": { "stage": "COLLSCAN" } },
                  { "shardName": "s1", "namespace": "shop.orders", "parsedQuery": { "customerId": { "$eq": 1 } },
                    "winningPlan": { "stage": "FETCH", "inputStage": { "stage": "IXSCAN", "keyPattern": { "customerId": 1 }, "indexName": "customerId_1" } } } ] } },
              "executionStats": { "nReturned": 3, "executionTimeMillis": 20, "totalKeysExamined": 2, "totalDocsExamined": 7002,
                "executionStages": { "stage": "SHARD_MERGE", "shards": [] } } }
            """;

        var result = Single(text);

        Assert.Equal("find shop.orders {customerId:eq}", result.Shape.Fingerprint);
        Assert.Equal("COLLSCAN, IXSCAN { customerId: 1 }", result.PlanSummary);
        Assert.Equal(["s0", "s1"], result.Shards);
        Assert.Equal((2L, 7002L, 3L), (result.KeysExamined, result.DocsExamined, result.Returned));
    }

    [Fact]
    public void Sharded_aggregate_reads_each_shard_of_the_shards_map()
    {
        const string text = """
            { "mergeType": "mongos", "splitPipeline": {},
              "shards": {
                "s0": { "host": "a:1", "stages": [ { "$cursor": { "queryPlanner": { "namespace": "shop.orders", "parsedQuery": {}, "winningPlan": { "stage": "COLLSCAN" } },
                  "executionStats": { "nReturned": 10, "executionTimeMillis": 9, "totalKeysExamined": 0, "totalDocsExamined": 100 } } } ] },
                "s1": { "host": "b:1", "stages": [ { "$cursor": { "queryPlanner": { "namespace": "shop.orders", "parsedQuery": {}, "winningPlan": { "stage": "COLLSCAN" } },
                  "executionStats": { "nReturned": 20, "executionTimeMillis": 12, "totalKeysExamined": 0, "totalDocsExamined": 300 } } } ] } },
              "command": { "aggregate": "orders", "pipeline": [ { "$group": { "_id": "$status" } } ], "$db": "shop" } }
            """;

        var result = Single(text);

        Assert.Equal(["s0", "s1"], result.Shards);
        Assert.Equal((400L, 30L, 12.0), (result.DocsExamined, result.Returned, result.ExecutionTimeMillis));
        Assert.Equal("COLLSCAN", result.PlanSummary);
    }

    [Fact]
    public void Covered_query_has_index_scans_and_no_fetch()
    {
        const string text = """
            { "queryPlanner": { "namespace": "a.b", "parsedQuery": { "age": { "$gt": 3 } },
                "winningPlan": { "stage": "PROJECTION_COVERED", "inputStage": { "stage": "IXSCAN", "keyPattern": { "age": 1 }, "indexName": "age_1" } } },
              "executionStats": { "nReturned": 5, "executionTimeMillis": 1, "totalKeysExamined": 5, "totalDocsExamined": 0 } }
            """;

        Assert.True(Single(text).Covered);
    }

    [Fact]
    public void Several_explains_in_an_array_and_entries_that_are_not_explains()
    {
        const string text = """
            [ { "queryPlanner": { "namespace": "a.b", "winningPlan": { "stage": "EXPRESS_IXSCAN", "keyPattern": { "_id": 1 }, "indexName": "_id_" } },
                "command": { "find": "b", "filter": { "_id": 3 }, "$db": "a" } },
              { "hello": 1 },
              7 ]
            """;

        var content = ExplainReader.Read(text, "plans.json");

        Assert.Equal(["EXPRESS_IXSCAN { _id: 1 }"], content.Results.Select(r => r.PlanSummary));
        Assert.Equal("plans.json#1", content.Results[0].Origin);
        Assert.Equal(
            ["plans.json#2: not an explain() output: no queryPlanner, stages or shards", "plans.json#3: expected an explain document, found Int32"],
            content.Problems);
    }

    [Fact]
    public void Deeply_nested_plans_do_not_overflow_the_stack()
    {
        var plan = "{ \"stage\": \"COLLSCAN\" }";
        for (var i = 0; i < 3_000; i++)
        {
            plan = $"{{ \"stage\": \"LIMIT\", \"inputStage\": {plan} }}";
        }

        var content = ExplainReader.Read($"{{ \"queryPlanner\": {{ \"namespace\": \"a.b\", \"winningPlan\": {plan} }} }}", "deep.json");

        var result = Assert.Single(content.Results);
        Assert.Equal(201, result.Stages.Count);
        Assert.False(result.CollectionScan);
    }

    private static ExplainResult Single(string text)
    {
        var content = ExplainReader.Read(text, "explain.json");
        Assert.Empty(content.Problems);
        return Assert.Single(content.Results);
    }
}
