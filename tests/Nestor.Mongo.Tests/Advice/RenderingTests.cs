using System.Text.Json;
using Nestor.Mongo.Advice;
using Nestor.Mongo.Advice.Rendering;
using Nestor.Mongo.Indexes;
using Nestor.Mongo.Shapes;
using static Nestor.Mongo.Tests.Advice.Shapes;

namespace Nestor.Mongo.Tests.Advice;

/// <summary>The three output formats of one small report, pinned whole.</summary>
public sealed class RenderingTests
{
    private static readonly AdviceDocument Document = Build();

    [Fact]
    public void Text()
    {
        const string expected = """
            nestor mongo advise: 4 shapes, 1,000 ms in all; 1 index plan, 1 already served, 1 no index helps, 0 efficient, 0 on internal collections, 1 not queries
              explain slow.json: 2 explain outputs
            note: a note

            Index plans, ranked by the time of the shapes they serve

            #1 shop.orders { customerId: 1, createdAt: -1 }  impact 600 ms (60.0% of all time)
               mongosh:  db.getSiblingDB("shop").orders.createIndex({ customerId: 1, createdAt: -1 })
               mongoose: OrderSchema.index({ customerId: 1, createdAt: -1 });
               serves:
                  60.0%  find shop.orders {customerId:eq} sort {createdAt:-1}
                         2 runs, 600 ms, 20,000 docs and 0 keys read for 20 returned, plan COLLSCAN
                         code: src/orders/orders.service.ts:42
               replaces: customerId_1 { customerId: 1 } (a prefix of this index: drop it once this one is built)
               caveat: write cost: every insert and delete, and every update that changes `customerId`, `createdAt`, also writes this index; the collection has 4 indexes already; the evidence holds 1 slow write on this collection

            Slow shapes that existing indexes already serve
               20.0%  find shop.orders {email:eq}  by email_1
                      1 run, 200 ms, 10,000 docs and 0 keys read for 10 returned, plan COLLSCAN
                      the evidence shows collection scans although `email_1` serves this shape: the index may be newer than the evidence, hidden on the server, or not chosen by the planner; check with explain()

            Slow shapes no index helps
               10.0%  find shop.orders {}
                      1 run, 100 ms, 10,000 docs and 0 keys read for 10 returned, plan COLLSCAN
                      no filter and no sort: it reads the whole collection by design (add a filter or a limit, or accept the scan)

            Redundant indexes
              shop.orders customerId_1 { customerId: 1 } is served by customerId_1_status_1 { customerId: 1, status: 1 }
                db.getSiblingDB("shop").orders.dropIndex("customerId_1")

            Indexes with no recorded use ($indexStats)
              shop.orders customerId_1_status_1 { customerId: 1, status: 1 }: 0 operations since 2024-01-02T03:04:05Z on db1:27017
                db.getSiblingDB("shop").orders.dropIndex("customerId_1_status_1")
                note: the counter covers one host since its last restart: check every replica set member over a full business cycle before dropping

            Input problems
              warning: slow.json: one entry skipped

            """;

        Assert.Equal(expected.ReplaceLineEndings(), AdviceTextRenderer.Render(Document).ReplaceLineEndings());
    }

    [Fact]
    public void Json()
    {
        using var json = JsonDocument.Parse(AdviceJsonRenderer.Render(Document));
        var root = json.RootElement;

        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal("""{"shapes":4,"totalMillis":1000,"plans":1,"served":1,"unplannable":1,"efficient":0,"internal":0,"notQueries":1}""", root.GetProperty("summary").GetRawText().Replace(" ", "", StringComparison.Ordinal).ReplaceLineEndings(""));
        var plan = root.GetProperty("plans")[0];
        Assert.Equal("customerId_1_createdAt_-1", plan.GetProperty("name").GetString());
        Assert.Equal("""[{"path":"customerId","direction":1},{"path":"createdAt","direction":-1}]""", Compact(plan.GetProperty("keys")));
        Assert.Equal(0.6, plan.GetProperty("share").GetDouble());
        Assert.Equal("OrderSchema.index({ customerId: 1, createdAt: -1 });", plan.GetProperty("mongoose").GetString());
        var shape = plan.GetProperty("shapes")[0];
        Assert.Equal("find shop.orders {customerId:eq} sort {createdAt:-1}", shape.GetProperty("fingerprint").GetString());
        Assert.Equal("""[{"path":"src/orders/orders.service.ts","line":42}]""", Compact(shape.GetProperty("code")));
        Assert.Equal("customerId_1", plan.GetProperty("replaces")[0].GetProperty("name").GetString());
        Assert.Equal("email_1", root.GetProperty("served")[0].GetProperty("indexes")[0].GetString());
        Assert.StartsWith("no filter and no sort", root.GetProperty("unplannable")[0].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal("customerId_1_status_1", root.GetProperty("redundant")[0].GetProperty("coveredBy").GetProperty("name").GetString());
        var unused = root.GetProperty("unused")[0];
        Assert.Equal("2024-01-02T03:04:05Z", unused.GetProperty("since").GetString());
        Assert.Equal(JsonValueKind.Null, unused.GetProperty("kept").ValueKind);
        Assert.Equal("""{"input":"slow.json","severity":"warning","message":"one entry skipped"}""", Compact(root.GetProperty("problems")[0]));
    }

    [Fact]
    public void Markdown()
    {
        var markdown = AdviceMarkdownRenderer.Render(Document).ReplaceLineEndings();

        Assert.StartsWith("## MongoDB index advice\n\n4 shapes, 1,000 ms in all: **1** index plans, 1 already served, 1 no index helps, 0 efficient, 0 on internal collections, 1 not queries.\n".ReplaceLineEndings(), markdown, StringComparison.Ordinal);
        Assert.Contains("### 1. `shop.orders` `{ customerId: 1, createdAt: -1 }` — 600 ms (60.0%)\n\n```js\ndb.getSiblingDB(\"shop\").orders.createIndex({ customerId: 1, createdAt: -1 })\n```".ReplaceLineEndings(), markdown, StringComparison.Ordinal);
        Assert.Contains("| 60.0% | `find shop.orders {customerId:eq} sort {createdAt:-1}` | 2 runs, 600 ms, 20,000 docs and 0 keys read for 20 returned, plan COLLSCAN | src/orders/orders.service.ts:42 |", markdown, StringComparison.Ordinal);
        Assert.Contains("- `shop.orders` `customerId_1` is served by `customerId_1_status_1` `{ customerId: 1, status: 1 }`: `db.getSiblingDB(\"shop\").orders.dropIndex(\"customerId_1\")`", markdown, StringComparison.Ordinal);
        Assert.Contains("- warning: `slow.json`: one entry skipped", markdown, StringComparison.Ordinal);
    }

    private static string Compact(JsonElement element) => JsonSerializer.Serialize(element);

    private static AdviceDocument Build()
    {
        const string orders = "shop.orders";
        var write = new ShapeEvidence(QueryShape.Create(orders, "insert", [])) { TotalMillis = 100 };
        var report = IndexAdvisor.Advise(new AdviceInput
        {
            Evidence =
            [
                Scanned(Find(orders, [Eq("customerId")], [Desc("createdAt")]), 600, count: 2),
                Scanned(Find(orders, [Eq("email")]), 200),
                Scanned(Find(orders, []), 100),
                write,
            ],
            ExistingIndexes = [Index(orders, ("customerId", 1)), Index(orders, ("customerId", 1), ("status", 1)), Index(orders, ("email", 1))],
            Usage = [new IndexUsage(orders, "customerId_1_status_1", 0, new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero)) { Host = "db1:27017" }],
            CodeSites = [new CodeQuerySite("src/orders/orders.service.ts", 42, QueryShape.Create("?.orders", "find", [Eq("customerId")], sort: [Desc("createdAt")]))],
        });
        return new AdviceDocument(report, [new InputSummary("explain", "slow.json", "2 explain outputs")], [new InputProblem("slow.json", "one entry skipped", IsError: false)], ["a note"]);
    }
}
