using System.Text;

namespace Nestor.Mongo.Advice.Rendering;

/// <summary>The advice as plain text for a terminal: plans first, ranked, with their commands.</summary>
public static class AdviceTextRenderer
{
    public static string Render(AdviceDocument document)
    {
        var report = document.Report;
        var text = new StringBuilder();
        text.AppendLine($"nestor mongo advise: {report.ShapeCount} shapes, {AdviceFormat.Millis(report.TotalMillis)} in all; "
            + $"{report.Plans.Count} index plan{(report.Plans.Count == 1 ? "" : "s")}, {report.Served.Count} already served, "
            + $"{report.Unplannable.Count} no index helps, {report.EfficientShapeCount} efficient, {report.InternalShapeCount} on internal collections, {report.OtherShapeCount} not queries");
        foreach (var input in document.Inputs)
        {
            text.AppendLine($"  {input.Kind} {input.Name}: {input.Summary}");
        }

        foreach (var note in document.Notes)
        {
            text.AppendLine($"note: {note}");
        }

        Plans(text, report.Plans);
        Served(text, report.Served);
        Unplannable(text, report.Unplannable);
        Redundant(text, report.Redundant);
        Unused(text, report.Unused);
        if (document.Problems.Count > 0)
        {
            text.AppendLine().AppendLine("Input problems");
            foreach (var problem in document.Problems)
            {
                text.AppendLine($"  {(problem.IsError ? "error" : "warning")}: {problem.Input}: {problem.Message}");
            }
        }

        return text.ToString();
    }

    private static void Plans(StringBuilder text, IReadOnlyList<IndexPlan> plans)
    {
        if (plans.Count == 0)
        {
            return;
        }

        text.AppendLine().AppendLine("Index plans, ranked by the time of the shapes they serve");
        foreach (var plan in plans)
        {
            text.AppendLine().AppendLine($"#{plan.Rank} {plan.Namespace} {plan.KeyPatternText}  impact {AdviceFormat.Millis(plan.ImpactMillis)} ({AdviceFormat.Percent(plan.Share)} of all time)");
            text.AppendLine($"   mongosh:  {plan.MongoshCommand}");
            text.AppendLine($"   mongoose: {plan.MongooseLine}");
            text.AppendLine("   serves:");
            foreach (var shape in plan.Shapes)
            {
                var branches = shape.Branches.Count == 0 ? "" : $" ($or branch {string.Join(", ", shape.Branches.Select(b => b + 1))})";
                text.AppendLine($"     {AdviceFormat.Percent(shape.Share),6}  {shape.Evidence.Shape.Fingerprint}{branches}");
                text.AppendLine($"             {AdviceFormat.Evidence(shape.Evidence)}");
                if (shape.CodeSites.Count > 0)
                {
                    text.AppendLine($"             code: {AdviceFormat.Sites(shape.CodeSites)}");
                }
            }

            foreach (var replaced in plan.Replaces)
            {
                text.AppendLine($"   replaces: {replaced.Name} {replaced.KeyPatternText} (a prefix of this index: drop it once this one is built)");
            }

            foreach (var caveat in plan.Caveats)
            {
                text.AppendLine($"   caveat: {caveat}");
            }
        }
    }

    private static void Served(StringBuilder text, IReadOnlyList<ServedShape> served)
    {
        if (served.Count == 0)
        {
            return;
        }

        text.AppendLine().AppendLine("Slow shapes that existing indexes already serve");
        foreach (var shape in served)
        {
            text.AppendLine($"  {AdviceFormat.Percent(shape.Share),6}  {shape.Evidence.Shape.Fingerprint}  by {string.Join(", ", shape.Indexes)}");
            text.AppendLine($"          {AdviceFormat.Evidence(shape.Evidence)}");
            if (shape.Note is not null)
            {
                text.AppendLine($"          {shape.Note}");
            }

            if (shape.CodeSites.Count > 0)
            {
                text.AppendLine($"          code: {AdviceFormat.Sites(shape.CodeSites)}");
            }
        }
    }

    private static void Unplannable(StringBuilder text, IReadOnlyList<UnplannableShape> shapes)
    {
        if (shapes.Count == 0)
        {
            return;
        }

        text.AppendLine().AppendLine("Slow shapes no index helps");
        foreach (var shape in shapes)
        {
            text.AppendLine($"  {AdviceFormat.Percent(shape.Share),6}  {shape.Evidence.Shape.Fingerprint}");
            text.AppendLine($"          {AdviceFormat.Evidence(shape.Evidence)}");
            text.AppendLine($"          {shape.Reason}");
            if (shape.CodeSites.Count > 0)
            {
                text.AppendLine($"          code: {AdviceFormat.Sites(shape.CodeSites)}");
            }
        }
    }

    private static void Redundant(StringBuilder text, IReadOnlyList<RedundantIndex> redundant)
    {
        if (redundant.Count == 0)
        {
            return;
        }

        text.AppendLine().AppendLine("Redundant indexes");
        foreach (var item in redundant)
        {
            text.AppendLine($"  {item.Index.Namespace} {item.Index.Name} {item.Index.KeyPatternText} is served by {item.CoveredBy.Name} {item.CoveredBy.KeyPatternText}");
            text.AppendLine($"    {item.DropCommand}");
        }
    }

    private static void Unused(StringBuilder text, IReadOnlyList<UnusedIndex> unused)
    {
        if (unused.Count == 0)
        {
            return;
        }

        text.AppendLine().AppendLine("Indexes with no recorded use ($indexStats)");
        foreach (var item in unused)
        {
            var hosts = item.Hosts.Count == 0 ? "" : $" on {string.Join(", ", item.Hosts)}";
            var keys = item.Index is null ? "" : $" {item.Index.KeyPatternText}";
            text.AppendLine($"  {item.Namespace} {item.Name}{keys}: 0 operations since {AdviceFormat.Date(item.Since)}{hosts}");
            if (item.Kept is not null)
            {
                text.AppendLine($"    kept: {item.Kept}");
            }
            else
            {
                text.AppendLine($"    {item.DropCommand}");
            }

            foreach (var note in item.Notes)
            {
                text.AppendLine($"    note: {note}");
            }
        }
    }
}
