using System.Globalization;
using System.Text;

namespace Nestor.Mongo.Digest;

/// <summary>The text, Markdown and CSV forms of a digest: pure functions from a report to text.</summary>
public static class DigestTable
{
    private static readonly string[] CsvColumns =
    [
        "namespace", "operation", "shape", "count", "min_ms", "mean_ms", "p50_ms", "p95_ms", "max_ms", "sum_ms",
        "docs_examined", "keys_examined", "nreturned", "docs_per_returned", "keys_per_returned", "plans", "collscans",
        "in_memory_sorts", "used_disk", "replanned", "query_hashes",
    ];

    public static string Text(DigestReport report)
    {
        var text = new StringBuilder();
        AppendSummary(text, report);
        if (report.Rows.Count == 0)
        {
            text.AppendLine().AppendLine("No slow operations.");
            return text.ToString();
        }

        var header = new[] { "#", "namespace", "op", "count", "min", "mean", "p50", "p95", "max", "sum", "docs/ret", "keys/ret", "plan", "flags" };
        var cells = report.Rows.Select((row, i) => new[]
        {
            (i + 1).ToString(CultureInfo.InvariantCulture), row.Namespace, row.Operation, Integer(row.Count),
            Millis(row.Durations.Min), Millis(row.Durations.Mean), Millis(row.Durations.Percentile(50)), Millis(row.Durations.Percentile(95)),
            Millis(row.Durations.Max), Millis(row.Durations.Sum), Ratio(row.DocsExaminedPerReturned), Ratio(row.KeysExaminedPerReturned),
            MainPlan(row), Flags(row),
        }).ToArray();
        var widths = header.Select((h, c) => Math.Max(h.Length, cells.Max(r => r[c].Length))).ToArray();
        text.AppendLine().AppendLine("durations in ms; docs/ret and keys/ret = examined per returned document");
        AppendCells(text, header, widths);
        for (var i = 0; i < cells.Length; i++)
        {
            AppendCells(text, cells[i], widths);
            text.Append("    shape: ").AppendLine(report.Rows[i].Fingerprint);
        }

        return text.ToString();
    }

    public static string Markdown(DigestReport report)
    {
        var text = new StringBuilder();
        text.AppendLine("### MongoDB slow operations by query shape").AppendLine();
        text.Append(Integer(report.Totals.Lines)).Append(" lines read, ").Append(Integer(report.Totals.Operations)).Append(" slow operations, ")
            .Append(Integer(report.ShapeCount)).Append(" shapes, ").Append(Integer(report.Totals.SkippedTotal)).AppendLine(" lines skipped.").AppendLine();
        text.AppendLine("| # | namespace | op | count | mean ms | p95 ms | max ms | sum ms | docs/ret | plan | shape |");
        text.AppendLine("|---:|---|---|---:|---:|---:|---:|---:|---:|---|---|");
        for (var i = 0; i < report.Rows.Count; i++)
        {
            var row = report.Rows[i];
            text.Append("| ").Append(i + 1).Append(" | ").Append(Cell(row.Namespace)).Append(" | ").Append(row.Operation).Append(" | ")
                .Append(Integer(row.Count)).Append(" | ").Append(Millis(row.Durations.Mean)).Append(" | ").Append(Millis(row.Durations.Percentile(95)))
                .Append(" | ").Append(Millis(row.Durations.Max)).Append(" | ").Append(Millis(row.Durations.Sum)).Append(" | ")
                .Append(Ratio(row.DocsExaminedPerReturned)).Append(" | ").Append(Cell(MainPlan(row))).Append(" | `")
                .Append(row.Fingerprint.Replace("`", "'", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)).AppendLine("` |");
        }

        return text.ToString();
    }

    public static string Csv(DigestReport report)
    {
        var text = new StringBuilder();
        text.AppendJoin(',', CsvColumns).Append('\n');
        foreach (var row in report.Rows)
        {
            string[] values =
            [
                row.Namespace, row.Operation, row.Fingerprint, Invariant(row.Count), Invariant(row.Durations.Min), Invariant(row.Durations.Mean),
                Invariant(row.Durations.Percentile(50)), Invariant(row.Durations.Percentile(95)), Invariant(row.Durations.Max), Invariant(row.Durations.Sum),
                Invariant(row.DocsExamined), Invariant(row.KeysExamined), Invariant(row.NReturned),
                row.DocsExaminedPerReturned is { } d ? Invariant(d) : "", row.KeysExaminedPerReturned is { } k ? Invariant(k) : "",
                string.Join("; ", row.PlanSummaries.Select(p => $"{p.Key} ({p.Value})")), Invariant(row.CollectionScans), Invariant(row.InMemorySorts),
                Invariant(row.UsedDisk), Invariant(row.Replanned), string.Join(' ', row.QueryHashes),
            ];
            text.AppendJoin(',', values.Select(CsvField)).Append('\n');
        }

        return text.ToString();
    }

    private static void AppendSummary(StringBuilder text, DigestReport report)
    {
        var totals = report.Totals;
        text.Append(Integer(report.Inputs.Count)).Append(report.Inputs.Count == 1 ? " input, " : " inputs, ")
            .Append(Integer(totals.Lines)).Append(" lines, ").Append(Integer(totals.Operations)).Append(" slow operations in ")
            .Append(Integer(report.ShapeCount)).Append(" shapes, ").Append(Integer(totals.OtherMessages)).Append(" other messages, ")
            .Append(Integer(totals.SkippedTotal)).AppendLine(" skipped");
        if (report.WriteBatchSummaries > 0)
        {
            text.Append(Integer(report.WriteBatchSummaries)).AppendLine(" update/delete command lines left out: their statements are counted on their own lines");
        }

        if (report.FilteredOut > 0)
        {
            text.Append(Integer(report.FilteredOut)).AppendLine(" operations left out by --since/--until/--ns");
        }

        foreach (var input in report.Inputs)
        {
            var counters = input.Counters;
            if (input.Error is { } error)
            {
                text.Append("  ").Append(input.Name).Append(": unreadable: ").AppendLine(error);
            }

            if (counters.SkippedTotal == 0)
            {
                continue;
            }

            text.Append("  ").Append(input.Name).Append(": skipped ")
                .AppendJoin(", ", counters.Skipped.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{Integer(s.Value)} {s.Key}")).AppendLine();
            foreach (var sample in counters.Samples)
            {
                text.Append("    line ").Append(Integer(sample.Line)).Append(" (").Append(sample.Reason).Append("): ").AppendLine(sample.Excerpt);
            }
        }
    }

    private static void AppendCells(StringBuilder text, string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var c = 0; c < cells.Length; c++)
        {
            var numeric = c is 0 or >= 3 and <= 11;
            line.Append(numeric ? cells[c].PadLeft(widths[c]) : cells[c].PadRight(widths[c]));
            line.Append(c == cells.Length - 1 ? "" : "  ");
        }

        text.AppendLine(line.ToString().TrimEnd());
    }

    private static string MainPlan(DigestRow row) => row.PlanSummaries.Count switch
    {
        0 => "-",
        1 => row.PlanSummaries[0].Key,
        _ => $"{row.PlanSummaries[0].Key} (+{row.PlanSummaries.Count - 1})",
    };

    private static string Flags(DigestRow row)
    {
        var flags = new List<string>();
        if (row.HasCollectionScan)
        {
            flags.Add("COLLSCAN");
        }

        if (row.InMemorySorts > 0)
        {
            flags.Add($"sort:{row.InMemorySorts}");
        }

        if (row.UsedDisk > 0)
        {
            flags.Add($"disk:{row.UsedDisk}");
        }

        if (row.Replanned > 0)
        {
            flags.Add($"replan:{row.Replanned}");
        }

        if (row.Shape.IsDynamic)
        {
            flags.Add("truncated");
        }

        return flags.Count == 0 ? "-" : string.Join(' ', flags);
    }

    private static string Integer(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Millis(double value) =>
        value == Math.Floor(value) ? value.ToString("N0", CultureInfo.InvariantCulture) : value.ToString("N1", CultureInfo.InvariantCulture);

    private static string Ratio(double? value) => value is { } ratio ? ratio.ToString("0.#", CultureInfo.InvariantCulture) : "-";

    private static string Invariant(double value) => Math.Round(value, 3).ToString(CultureInfo.InvariantCulture);

    private static string Cell(string value) => value.Replace("|", "\\|", StringComparison.Ordinal);

    private static string CsvField(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
