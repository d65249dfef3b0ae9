using System.Text;

namespace Nestor.Mongo.Advice.Rendering;

/// <summary>The advice as Markdown, for a pull-request comment or a ticket.</summary>
public static class AdviceMarkdownRenderer
{
    public static string Render(AdviceDocument document)
    {
        var report = document.Report;
        var text = new StringBuilder();
        text.AppendLine("## MongoDB index advice").AppendLine();
        text.AppendLine($"{report.ShapeCount} shapes, {AdviceFormat.Millis(report.TotalMillis)} in all: "
            + $"**{report.Plans.Count}** index plans, {report.Served.Count} already served, {report.Unplannable.Count} no index helps, "
            + $"{report.EfficientShapeCount} efficient, {report.InternalShapeCount} on internal collections, {report.OtherShapeCount} not queries.");
        text.AppendLine();
        foreach (var input in document.Inputs)
        {
            text.AppendLine($"- {input.Kind} `{Cell(input.Name)}`: {input.Summary}");
        }

        foreach (var note in document.Notes)
        {
            text.AppendLine($"- note: {note}");
        }

        foreach (var plan in report.Plans)
        {
            text.AppendLine().AppendLine($"### {plan.Rank}. `{plan.Namespace}` `{plan.KeyPatternText}` — {AdviceFormat.Millis(plan.ImpactMillis)} ({AdviceFormat.Percent(plan.Share)})");
            text.AppendLine().AppendLine("```js").AppendLine(plan.MongoshCommand).AppendLine("```");
            text.AppendLine().AppendLine("```ts").AppendLine(plan.MongooseLine).AppendLine("```").AppendLine();
            text.AppendLine("| share | shape | evidence | code |").AppendLine("| ---: | --- | --- | --- |");
            foreach (var shape in plan.Shapes)
            {
                text.AppendLine($"| {AdviceFormat.Percent(shape.Share)} | `{Cell(shape.Evidence.Shape.Fingerprint)}` | {Cell(AdviceFormat.Evidence(shape.Evidence))} | {Cell(AdviceFormat.Sites(shape.CodeSites))} |");
            }

            text.AppendLine();
            foreach (var replaced in plan.Replaces)
            {
                text.AppendLine($"- replaces `{replaced.Name}` `{replaced.KeyPatternText}`: drop it once this index is built");
            }

            foreach (var caveat in plan.Caveats)
            {
                text.AppendLine($"- caveat: {caveat}");
            }
        }

        if (report.Served.Count > 0)
        {
            text.AppendLine().AppendLine("### Already served").AppendLine();
            text.AppendLine("| share | shape | index | note |").AppendLine("| ---: | --- | --- | --- |");
            foreach (var shape in report.Served)
            {
                text.AppendLine($"| {AdviceFormat.Percent(shape.Share)} | `{Cell(shape.Evidence.Shape.Fingerprint)}` | {Cell(string.Join(", ", shape.Indexes))} | {Cell(shape.Note ?? "")} |");
            }
        }

        if (report.Unplannable.Count > 0)
        {
            text.AppendLine().AppendLine("### No index helps").AppendLine();
            text.AppendLine("| share | shape | why |").AppendLine("| ---: | --- | --- |");
            foreach (var shape in report.Unplannable)
            {
                text.AppendLine($"| {AdviceFormat.Percent(shape.Share)} | `{Cell(shape.Evidence.Shape.Fingerprint)}` | {Cell(shape.Reason)} |");
            }
        }

        if (report.Redundant.Count > 0)
        {
            text.AppendLine().AppendLine("### Redundant indexes").AppendLine();
            foreach (var item in report.Redundant)
            {
                text.AppendLine($"- `{item.Index.Namespace}` `{item.Index.Name}` is served by `{item.CoveredBy.Name}` `{item.CoveredBy.KeyPatternText}`: `{item.DropCommand}`");
            }
        }

        if (report.Unused.Count > 0)
        {
            text.AppendLine().AppendLine("### Indexes with no recorded use").AppendLine();
            foreach (var item in report.Unused)
            {
                var action = item.Kept is null ? $"`{item.DropCommand}`" : $"kept: {item.Kept}";
                text.AppendLine($"- `{item.Namespace}` `{item.Name}`: 0 operations since {AdviceFormat.Date(item.Since)}; {action}{string.Concat(item.Notes.Select(note => $"; {note}"))}");
            }
        }

        if (document.Problems.Count > 0)
        {
            text.AppendLine().AppendLine("### Input problems").AppendLine();
            foreach (var problem in document.Problems)
            {
                text.AppendLine($"- {(problem.IsError ? "error" : "warning")}: `{Cell(problem.Input)}`: {problem.Message}");
            }
        }

        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
