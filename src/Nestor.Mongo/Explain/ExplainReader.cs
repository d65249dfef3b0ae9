using MongoDB.Bson;
using Nestor.Mongo.Indexes;
using Nestor.Mongo.Logs;
using Nestor.Mongo.Shapes;

namespace Nestor.Mongo.Explain;

/// <summary>What one explain file held, and the values that were not explain outputs.</summary>
public sealed record ExplainFileContent(IReadOnlyList<ExplainResult> Results, IReadOnlyList<string> Problems);

/// <summary>
/// Reads <c>explain()</c> output of any server from 3.0 on: classic plans, slot-based plans
/// (<c>winningPlan.queryPlan</c>, 7.0+), the 8.0 express path, find as well as aggregate
/// (<c>stages</c> with <c>$cursor</c>), and sharded forms (<c>winningPlan.shards</c>, aggregate
/// <c>shards</c> map). The shape comes from the explained <c>command</c> when present, otherwise
/// from <c>parsedQuery</c> and the plan's <c>SORT</c> stage.
/// </summary>
public static class ExplainReader
{
    // Plans nest a few dozen stages at most; the bound keeps hostile input from recursing without end.
    private const int MaxDepth = 200;

    private static readonly string[] ChildFields = ["inputStage", "outerStage", "innerStage", "thenStage", "elseStage"];

    private static readonly HashSet<string> ScanStages = new(StringComparer.Ordinal)
    {
        "COLLSCAN", "IXSCAN", "EXPRESS_IXSCAN", "COUNT_SCAN", "DISTINCT_SCAN", "CLUSTERED_IXSCAN", "EXPRESS_CLUSTERED_IXSCAN",
        "IDHACK", "TEXT", "TEXT_MATCH", "GEO_NEAR_2D", "GEO_NEAR_2DSPHERE", "EOF",
    };

    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="FormatException">The file is not JSON.</exception>
    public static ExplainFileContent ReadFile(string path) => Read(File.ReadAllText(path), Path.GetFileName(path));

    /// <summary>Every explain output in the text: one document, an array of them, or several one after another.</summary>
    /// <exception cref="FormatException">The text is not JSON.</exception>
    public static ExplainFileContent Read(string text, string origin)
    {
        var documents = new List<BsonValue>();
        foreach (var value in ExtendedJson.ReadValues(text))
        {
            if (value is BsonArray array)
            {
                documents.AddRange(array);
            }
            else
            {
                documents.Add(value);
            }
        }

        var results = new List<ExplainResult>();
        var problems = new List<string>();
        for (var i = 0; i < documents.Count; i++)
        {
            var where = documents.Count == 1 ? origin : $"{origin}#{i + 1}";
            if (documents[i] is not BsonDocument document)
            {
                problems.Add($"{where}: expected an explain document, found {documents[i].BsonType}");
            }
            else if (Read(document, where, out var problem) is { } result)
            {
                results.Add(result);
            }
            else
            {
                problems.Add($"{where}: {problem}");
            }
        }

        if (documents.Count == 0)
        {
            problems.Add($"{origin}: the file holds no JSON value");
        }

        return new ExplainFileContent(results, problems);
    }

    /// <summary>One explain output, or null with <paramref name="problem"/> saying why it is not one.</summary>
    public static ExplainResult? Read(BsonDocument explain, string origin, out string? problem)
    {
        problem = null;
        var units = new List<Unit>();
        CollectUnits(explain, null, units, 0);
        if (units.Count == 0)
        {
            problem = "not an explain() output: no queryPlanner, stages or shards";
            return null;
        }

        var plan = new PlanFacts();
        foreach (var unit in units)
        {
            foreach (var root in WinningPlanRoots(ExplainDocument(unit.QueryPlanner, "winningPlan"), 0))
            {
                Walk(root, plan, 0);
            }
        }

        var pipeline = explain.TryGetValue("stages", out var stagesValue) && stagesValue is BsonArray stages ? stages : null;
        var pipelineSort = pipeline?.OfType<BsonDocument>().Any(stage => stage.Contains("$sort")) == true;
        var stats = Statistics(explain, units, pipeline);
        var shape = Shape(explain, units, plan);
        if (shape is null)
        {
            problem = "no namespace: neither command nor queryPlanner.namespace names the collection";
            return null;
        }

        var collectionScan = plan.Stages.Contains("COLLSCAN");
        return new ExplainResult(shape)
        {
            Origin = origin,
            Stages = plan.Stages,
            IndexScans = plan.IndexScans,
            CollectionScan = collectionScan,
            InMemorySort = plan.Stages.Contains("SORT") || pipelineSort,
            Covered = plan.IndexScans.Count > 0 && !collectionScan && !plan.Stages.Contains("FETCH") && stats.Docs is null or 0,
            PlanSummary = string.Join(", ", plan.Summaries.Distinct(StringComparer.Ordinal)),
            KeysExamined = stats.Keys,
            DocsExamined = stats.Docs,
            Returned = stats.Returned,
            ExecutionTimeMillis = stats.Millis,
            Shards = units.Select(unit => unit.Shard)
                .Concat(ShardEntries(units).Select(shard => ExtendedJson.String(shard, "shardName")))
                .OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
            ServerVersion = ExplainDocument(explain, "serverInfo") is { } info ? ExtendedJson.String(info, "version") : null,
            ExplainVersion = explain.TryGetValue("explainVersion", out var version) ? version.ToString() : null,
        };
    }

    // A unit is one queryPlanner with the executionStats beside it: the top level of a find, each
    // $cursor stage of an aggregate, each shard of a sharded aggregate.
    private sealed record Unit(BsonDocument QueryPlanner, BsonDocument? ExecutionStats, string? Shard);

    private static void CollectUnits(BsonDocument explain, string? shard, List<Unit> units, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        if (ExplainDocument(explain, "queryPlanner") is { } queryPlanner)
        {
            units.Add(new Unit(queryPlanner, ExplainDocument(explain, "executionStats"), shard));
        }

        if (explain.TryGetValue("stages", out var stages) && stages is BsonArray stageList)
        {
            foreach (var cursor in stageList.OfType<BsonDocument>().Select(stage => ExplainDocument(stage, "$cursor")).OfType<BsonDocument>())
            {
                CollectUnits(cursor, shard, units, depth + 1);
            }
        }

        if (ExplainDocument(explain, "shards") is { } shards)
        {
            foreach (var element in shards)
            {
                if (element.Value is BsonDocument shardExplain)
                {
                    CollectUnits(shardExplain, element.Name, units, depth + 1);
                }
            }
        }
    }

    private static IEnumerable<BsonDocument> WinningPlanRoots(BsonDocument? winningPlan, int depth)
    {
        if (winningPlan is null || depth > 8)
        {
            yield break;
        }

        if (ExplainDocument(winningPlan, "queryPlan") is { } queryPlan)
        {
            winningPlan = queryPlan;
        }

        if (winningPlan.TryGetValue("shards", out var shards) && shards is BsonArray shardList)
        {
            foreach (var shard in shardList.OfType<BsonDocument>())
            {
                foreach (var root in WinningPlanRoots(ExplainDocument(shard, "winningPlan"), depth + 1))
                {
                    yield return root;
                }
            }

            yield break;
        }

        yield return winningPlan;
    }

    private sealed class PlanFacts
    {
        public List<string> Stages { get; } = [];

        public List<IndexScan> IndexScans { get; } = [];

        public List<string> Summaries { get; } = [];

        public List<BsonDocument> SortPatterns { get; } = [];
    }

    private static void Walk(BsonDocument stage, PlanFacts facts, int depth)
    {
        if (depth > MaxDepth)
        {
            return;
        }

        var name = ExtendedJson.String(stage, "stage");
        if (name is not null)
        {
            facts.Stages.Add(name);
            if (ScanStages.Contains(name))
            {
                // 8.0's express stages print the key pattern as shell text: "{ a: 1, b: 1 }".
                var keyPattern = ExplainDocument(stage, "keyPattern")
                    ?? (ExtendedJson.String(stage, "keyPattern") is { } printed ? ShellDocumentParser.Parse(printed).Document : null);
                var pattern = keyPattern is null ? "" : KeyPatternText(keyPattern);
                facts.Summaries.Add(pattern.Length == 0 ? name : $"{name} {pattern}");
                if (keyPattern is not null)
                {
                    facts.IndexScans.Add(new IndexScan(name, ExtendedJson.String(stage, "indexName"), pattern, MultikeyPaths(stage, keyPattern)));
                }
            }

            if (name == "SORT" && ExplainDocument(stage, "sortPattern") is { } sortPattern)
            {
                facts.SortPatterns.Add(sortPattern);
            }
        }

        foreach (var field in ChildFields)
        {
            if (ExplainDocument(stage, field) is { } child)
            {
                Walk(child, facts, depth + 1);
            }
        }

        if (stage.TryGetValue("inputStages", out var inputs) && inputs is BsonArray children)
        {
            foreach (var child in children.OfType<BsonDocument>())
            {
                Walk(child, facts, depth + 1);
            }
        }
    }

    private static List<string> MultikeyPaths(BsonDocument stage, BsonDocument keyPattern)
    {
        if (ExplainDocument(stage, "multiKeyPaths") is { } paths)
        {
            return paths.Where(element => element.Value is BsonArray { Count: > 0 }).Select(element => element.Name).ToList();
        }

        // Before 3.4 only the whole index is flagged: every field may be the array.
        return ExtendedJson.Flag(stage, "isMultiKey") ? keyPattern.Names.ToList() : [];
    }

    private static string KeyPatternText(BsonDocument keyPattern)
    {
        var keys = IndexSpecReader.ReadKeys(keyPattern, null, out _);
        return keys is null ? keyPattern.ToString() : KeyPattern.Format(keys);
    }

    private readonly record struct Stats(long? Keys, long? Docs, long? Returned, double? Millis);

    private static Stats Statistics(BsonDocument explain, List<Unit> units, BsonArray? pipeline)
    {
        var withStats = units.Where(unit => unit.ExecutionStats is not null).Select(unit => unit.ExecutionStats!).ToList();
        var top = ExplainDocument(explain, "executionStats");
        long? Sum(string field) => top?.Contains(field) == true
            ? ExtendedJson.AsLong(top[field])
            : withStats.Select(stats => stats.Contains(field) ? ExtendedJson.AsLong(stats[field]) : null).Aggregate((long?)null, (sum, value) => value is null ? sum : (sum ?? 0) + value);

        var returned = Sum("nReturned");
        double? millis = top?.Contains("executionTimeMillis") == true
            ? ExtendedJson.AsNumber(top["executionTimeMillis"])
            : withStats.Select(stats => stats.Contains("executionTimeMillis") ? ExtendedJson.AsNumber(stats["executionTimeMillis"]) : null).Max();

        // In an aggregate the last stage's figures are those of the whole pipeline.
        if (pipeline is { Count: > 0 } && pipeline[^1] is BsonDocument last)
        {
            returned = last.Contains("nReturned") ? ExtendedJson.AsLong(last["nReturned"]) : returned;
            var estimate = last.Contains("executionTimeMillisEstimate") ? ExtendedJson.AsNumber(last["executionTimeMillisEstimate"]) : null;
            millis = estimate is null ? millis : Math.Max(estimate.Value, millis ?? 0);
        }

        return new Stats(Sum("totalKeysExamined"), Sum("totalDocsExamined"), returned, millis);
    }

    private static QueryShape? Shape(BsonDocument explain, List<Unit> units, PlanFacts plan)
    {
        var plannerNamespace = units.Select(unit => ExtendedJson.String(unit.QueryPlanner, "namespace")).FirstOrDefault(ns => ns is not null)
            ?? ShardEntries(units).Select(shard => ExtendedJson.String(shard, "namespace")).FirstOrDefault(ns => ns is not null);
        if (ExplainDocument(explain, "command") is { ElementCount: > 0 } command)
        {
            if (command.GetElement(0).Name == "explain" && command[0] is BsonDocument inner)
            {
                command = inner;
            }

            var logNamespace = plannerNamespace ?? (command.TryGetValue("$db", out var db) && db is BsonString dbName ? dbName.Value + ".$cmd" : "?.$cmd");
            return CommandShaper.FromCommand(logNamespace, command);
        }

        if (plannerNamespace is null)
        {
            return null;
        }

        var parsed = units.Select(unit => ExplainDocument(unit.QueryPlanner, "parsedQuery")).FirstOrDefault(query => query is not null)
            ?? ShardEntries(units).Select(shard => ExplainDocument(shard, "parsedQuery")).FirstOrDefault(query => query is not null);
        var (filter, orBranches) = FilterShaper.Shape(parsed);
        var sort = plan.SortPatterns.Count > 0 ? FilterShaper.Sort(plan.SortPatterns[0]) : [];
        return new QueryShape(plannerNamespace, "find", filter, orBranches, sort, [], []);
    }

    // A sharded find keeps its namespace and parsed query in each shard's entry of winningPlan.shards.
    private static IEnumerable<BsonDocument> ShardEntries(List<Unit> units) =>
        units
            .Select(unit => ExplainDocument(unit.QueryPlanner, "winningPlan"))
            .Select(plan => plan is not null && plan.TryGetValue("shards", out var shards) && shards is BsonArray list ? list : null)
            .OfType<BsonArray>()
            .SelectMany(list => list.OfType<BsonDocument>());

    private static BsonDocument? ExplainDocument(BsonDocument parent, string name) => ExtendedJson.Document(parent, name);
}
