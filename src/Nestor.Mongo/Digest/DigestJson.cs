using System.Globalization;
using System.Text;
using System.Text.Json;
using Nestor.Mongo.Logs;
using Nestor.Mongo.Shapes;

namespace Nestor.Mongo.Digest;

/// <summary>The <c>--format json</c> document of a digest (schema in docs/mongo-digest.md, <c>"version": 1</c>).</summary>
public static class DigestJson
{
    public const int SchemaVersion = 1;

    public static string Render(DigestReport report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", SchemaVersion);
            WriteOptions(json, report.Options);
            json.WriteStartArray("inputs");
            foreach (var input in report.Inputs)
            {
                json.WriteStartObject();
                json.WriteString("name", input.Name);
                if (input.Error is { } error)
                {
                    json.WriteString("error", error);
                }

                WriteCounters(json, input.Counters);
                json.WriteStartArray("skippedSamples");
                foreach (var sample in input.Counters.Samples)
                {
                    json.WriteStartObject();
                    json.WriteNumber("line", sample.Line);
                    json.WriteString("reason", sample.Reason);
                    json.WriteString("text", sample.Excerpt);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartObject("totals");
            WriteCounters(json, report.Totals);
            json.WriteNumber("writeBatchSummaries", report.WriteBatchSummaries);
            json.WriteNumber("filteredOut", report.FilteredOut);
            json.WriteNumber("shapes", report.ShapeCount);
            json.WriteEndObject();
            json.WriteStartArray("shapes");
            foreach (var row in report.Rows)
            {
                WriteRow(json, row);
            }

            json.WriteEndArray();
            json.WriteStartArray("namespaces");
            foreach (var (ns, count) in report.Namespaces)
            {
                json.WriteStartObject();
                json.WriteString("namespace", ns);
                json.WriteNumber("operations", count.Operations);
                json.WriteNumber("writeBatchSummaries", count.WriteBatchSummaries);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteOptions(Utf8JsonWriter json, DigestOptions options)
    {
        json.WriteStartObject("options");
        json.WriteString("sort", DigestOptions.SortNames[(int)options.Sort]);
        WriteNullableNumber(json, "top", options.Top);
        WriteTime(json, "since", options.Since);
        WriteTime(json, "until", options.Until);
        if (options.NamespacePattern is { } ns)
        {
            json.WriteString("ns", ns);
        }
        else
        {
            json.WriteNull("ns");
        }

        json.WriteEndObject();
    }

    private static void WriteCounters(Utf8JsonWriter json, ReadCounters counters)
    {
        json.WriteNumber("lines", counters.Lines);
        json.WriteNumber("bytes", counters.Bytes);
        json.WriteNumber("operations", counters.Operations);
        json.WriteNumber("otherMessages", counters.OtherMessages);
        json.WriteNumber("skippedTotal", counters.SkippedTotal);
        json.WriteStartObject("skipped");
        foreach (var (reason, count) in counters.Skipped.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            json.WriteNumber(reason, count);
        }

        json.WriteEndObject();
    }

    private static void WriteRow(Utf8JsonWriter json, DigestRow row)
    {
        json.WriteStartObject();
        json.WriteString("namespace", row.Namespace);
        json.WriteString("operation", row.Operation);
        json.WriteString("shape", row.Fingerprint);
        json.WriteNumber("count", row.Count);
        json.WriteStartObject("durationMillis");
        json.WriteNumber("min", Round(row.Durations.Min));
        json.WriteNumber("mean", Round(row.Durations.Mean));
        json.WriteNumber("p50", Round(row.Durations.Percentile(50)));
        json.WriteNumber("p95", Round(row.Durations.Percentile(95)));
        json.WriteNumber("max", Round(row.Durations.Max));
        json.WriteNumber("sum", Round(row.Durations.Sum));
        json.WriteEndObject();
        json.WriteNumber("docsExamined", row.DocsExamined);
        json.WriteNumber("keysExamined", row.KeysExamined);
        json.WriteNumber("nreturned", row.NReturned);
        WriteNullableDouble(json, "docsExaminedPerReturned", row.DocsExaminedPerReturned);
        WriteNullableDouble(json, "keysExaminedPerReturned", row.KeysExaminedPerReturned);
        json.WriteStartArray("planSummaries");
        foreach (var (plan, count) in row.PlanSummaries)
        {
            json.WriteStartObject();
            json.WriteString("plan", plan);
            json.WriteNumber("count", count);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteBoolean("collscan", row.HasCollectionScan);
        json.WriteNumber("collscans", row.CollectionScans);
        json.WriteNumber("inMemorySorts", row.InMemorySorts);
        json.WriteNumber("usedDisk", row.UsedDisk);
        json.WriteNumber("replanned", row.Replanned);
        json.WriteNumber("fromMultiPlanner", row.FromMultiPlanner);
        WriteStrings(json, "queryHashes", row.QueryHashes);
        WriteStrings(json, "queryShapeHashes", row.QueryShapeHashes);
        WriteStrings(json, "appNames", row.AppNames);
        json.WriteBoolean("dynamic", row.Shape.IsDynamic);
        WriteTime(json, "firstSeen", row.FirstSeen);
        WriteTime(json, "lastSeen", row.LastSeen);
        if (row.Example is { } example)
        {
            json.WriteStartObject("example");
            json.WriteString("input", example.Input);
            json.WriteNumber("line", example.Line);
            json.WriteEndObject();
        }

        WriteShape(json, row.Shape);
        json.WriteEndObject();
    }

    private static void WriteShape(Utf8JsonWriter json, QueryShape shape)
    {
        json.WriteStartObject("query");
        json.WriteStartArray("filter");
        foreach (var predicate in shape.Filter)
        {
            WritePredicate(json, predicate);
        }

        json.WriteEndArray();
        json.WriteStartArray("or");
        foreach (var branch in shape.OrBranches)
        {
            json.WriteStartArray();
            foreach (var predicate in branch)
            {
                WritePredicate(json, predicate);
            }

            json.WriteEndArray();
        }

        json.WriteEndArray();
        json.WriteStartArray("sort");
        foreach (var key in shape.Sort)
        {
            json.WriteStartObject();
            json.WriteString("path", key.Path);
            json.WriteNumber("direction", key.Direction);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteStrings(json, "projection", shape.Projection);
        WriteStrings(json, "pipeline", shape.Pipeline);
        if (shape.CommandName is { } name)
        {
            json.WriteString("command", name);
        }

        json.WriteEndObject();
    }

    private static void WritePredicate(Utf8JsonWriter json, FieldPredicate predicate)
    {
        json.WriteStartObject();
        json.WriteString("path", predicate.Path);
        json.WriteString("kind", QueryShapeFingerprint.Token(predicate.Kind));
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteTime(Utf8JsonWriter json, string name, DateTimeOffset? time)
    {
        if (time is { } value)
        {
            json.WriteString(name, value.ToString("yyyy-MM-ddTHH:mm:ss.fffzzz", CultureInfo.InvariantCulture));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteNullableNumber(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, number);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteNullableDouble(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } number)
        {
            json.WriteNumber(name, Round(number));
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static double Round(double value) => double.IsFinite(value) ? Math.Round(value, 3) : 0;
}
