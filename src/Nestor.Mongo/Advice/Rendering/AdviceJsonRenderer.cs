using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Nestor.Mongo.Indexes;

namespace Nestor.Mongo.Advice.Rendering;

/// <summary>
/// The advice as JSON, the format documented in docs/mongo-advise.md (<c>"version": 1</c>): every
/// list in the order of the text output, numbers unrounded, shares between 0 and 1.
/// </summary>
public static class AdviceJsonRenderer
{
    public const int Version = 1;

    public static string Render(AdviceDocument document)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            var report = document.Report;
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            json.WriteStartObject("summary");
            json.WriteNumber("shapes", report.ShapeCount);
            json.WriteNumber("totalMillis", report.TotalMillis);
            json.WriteNumber("plans", report.Plans.Count);
            json.WriteNumber("served", report.Served.Count);
            json.WriteNumber("unplannable", report.Unplannable.Count);
            json.WriteNumber("efficient", report.EfficientShapeCount);
            json.WriteNumber("internal", report.InternalShapeCount);
            json.WriteNumber("notQueries", report.OtherShapeCount);
            json.WriteEndObject();

            json.WriteStartArray("inputs");
            foreach (var input in document.Inputs)
            {
                json.WriteStartObject();
                json.WriteString("kind", input.Kind);
                json.WriteString("name", input.Name);
                json.WriteString("summary", input.Summary);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            Strings(json, "notes", document.Notes);

            json.WriteStartArray("plans");
            foreach (var plan in report.Plans)
            {
                Plan(json, plan);
            }

            json.WriteEndArray();

            json.WriteStartArray("served");
            foreach (var shape in report.Served)
            {
                json.WriteStartObject();
                Evidence(json, shape.Evidence, shape.Share, shape.CodeSites);
                Strings(json, "indexes", shape.Indexes);
                json.WriteString("note", shape.Note);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("unplannable");
            foreach (var shape in report.Unplannable)
            {
                json.WriteStartObject();
                Evidence(json, shape.Evidence, shape.Share, shape.CodeSites);
                json.WriteString("reason", shape.Reason);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("redundant");
            foreach (var item in report.Redundant)
            {
                json.WriteStartObject();
                json.WritePropertyName("index");
                Index(json, item.Index);
                json.WritePropertyName("coveredBy");
                Index(json, item.CoveredBy);
                json.WriteString("drop", item.DropCommand);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("unused");
            foreach (var item in report.Unused)
            {
                json.WriteStartObject();
                json.WriteString("namespace", item.Namespace);
                json.WriteString("name", item.Name);
                json.WritePropertyName("index");
                if (item.Index is null)
                {
                    json.WriteNullValue();
                }
                else
                {
                    Index(json, item.Index);
                }

                json.WriteString("since", item.Since is null ? null : AdviceFormat.Date(item.Since));
                Strings(json, "hosts", item.Hosts);
                json.WriteString("kept", item.Kept);
                json.WriteString("drop", item.Kept is null ? item.DropCommand : null);
                Strings(json, "notes", item.Notes);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("problems");
            foreach (var problem in document.Problems)
            {
                json.WriteStartObject();
                json.WriteString("input", problem.Input);
                json.WriteString("severity", problem.IsError ? "error" : "warning");
                json.WriteString("message", problem.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + Environment.NewLine;
    }

    private static void Plan(Utf8JsonWriter json, IndexPlan plan)
    {
        json.WriteStartObject();
        json.WriteNumber("rank", plan.Rank);
        json.WriteString("namespace", plan.Namespace);
        json.WriteString("name", plan.Name);
        Keys(json, plan.Keys);
        json.WriteString("keyPattern", plan.KeyPatternText);
        json.WriteNumber("impactMillis", plan.ImpactMillis);
        json.WriteNumber("share", plan.Share);
        json.WriteString("mongosh", plan.MongoshCommand);
        json.WriteString("mongoose", plan.MongooseLine);
        json.WriteStartArray("shapes");
        foreach (var shape in plan.Shapes)
        {
            json.WriteStartObject();
            Evidence(json, shape.Evidence, shape.Share, shape.CodeSites);
            json.WriteStartArray("orBranches");
            foreach (var branch in shape.Branches)
            {
                json.WriteNumberValue(branch + 1);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("replaces");
        foreach (var replaced in plan.Replaces)
        {
            Index(json, replaced);
        }

        json.WriteEndArray();
        Strings(json, "caveats", plan.Caveats);
        json.WriteEndObject();
    }

    private static void Evidence(Utf8JsonWriter json, ShapeEvidence evidence, double share, IReadOnlyList<CodeQuerySite> sites)
    {
        json.WriteString("fingerprint", evidence.Shape.Fingerprint);
        json.WriteString("namespace", evidence.Shape.Namespace);
        json.WriteString("operation", evidence.Shape.Operation);
        json.WriteNumber("count", evidence.Count);
        json.WriteNumber("totalMillis", evidence.TotalMillis);
        json.WriteNumber("share", share);
        json.WriteNumber("keysExamined", evidence.KeysExamined);
        json.WriteNumber("docsExamined", evidence.DocsExamined);
        json.WriteNumber("returned", evidence.Returned);
        json.WriteNumber("collectionScans", evidence.CollectionScans);
        json.WriteNumber("inMemorySorts", evidence.InMemorySorts);
        Strings(json, "planSummaries", evidence.PlanSummaries);
        Strings(json, "sources", evidence.Sources);
        json.WriteStartArray("code");
        foreach (var site in sites)
        {
            json.WriteStartObject();
            json.WriteString("path", site.Path);
            json.WriteNumber("line", site.Line);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Index(Utf8JsonWriter json, IndexDefinition index)
    {
        json.WriteStartObject();
        json.WriteString("namespace", index.Namespace);
        json.WriteString("name", index.Name);
        Keys(json, index.Keys);
        json.WriteString("keyPattern", index.KeyPatternText);
        json.WriteString("source", index.Source);
        json.WriteEndObject();
    }

    private static void Keys(Utf8JsonWriter json, IReadOnlyList<IndexKey> keys)
    {
        json.WriteStartArray("keys");
        foreach (var key in keys)
        {
            json.WriteStartObject();
            json.WriteString("path", key.Path);
            if (key.IsOrdered)
            {
                json.WriteNumber("direction", key.Direction);
            }
            else
            {
                json.WriteString("kind", key.Kind.ToString());
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Strings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
