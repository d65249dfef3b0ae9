using System.Text;
using Nestor.Text;

namespace Nestor.Conformance;

/// <summary>The human-readable report: targets, then each kind of difference with its first examples.</summary>
public static class ConformanceReport
{
    private const int SnippetWidth = 100;

    public static string Render(ConformanceRun run, Ratchet? ratchet, IReadOnlyList<string> regressions, int examples)
    {
        var output = new StringBuilder();
        output.AppendLine($"Conformance against TypeScript {run.TypeScriptVersion}: {run.Results.Count} files, {run.Bytes / 1e6:0.0} MB parsed by Nestor in {run.Elapsed.TotalSeconds:0.00} s");
        output.AppendLine();
        Target(output, "false syntax errors (Nestor rejects, TypeScript accepts)", run.FalseErrors.Count, "0", run.FalseErrors.Count == 0);
        Target(output, "missed syntax errors (TypeScript rejects, Nestor accepts)", run.MissedErrors.Count, "0", run.MissedErrors.Count == 0);
        Target(output, "crashes", run.Crashes.Count, "0", run.Crashes.Count == 0);
        var identical = run.Results.Count - run.OutlineDifferent.Count - run.Crashes.Count;
        Target(output, $"outline-identical files ({identical}/{run.Results.Count})", $"{run.OutlineIdenticalPercent:0.000}%", $">= {ConformanceRun.OutlineTargetPercent}%", run.OutlineIdenticalPercent >= ConformanceRun.OutlineTargetPercent);
        var mismatched = run.Results.Where(r => r.LengthMismatch).ToList();
        if (mismatched.Count > 0)
        {
            output.AppendLine($"  note: {mismatched.Count} files decode to another length than TypeScript's, first {mismatched[0].Oracle.Path}");
        }

        FalseErrors(output, run.FalseErrors, examples);
        MissedErrors(output, run.MissedErrors, examples);
        Crashes(output, run.Crashes, examples);
        OutlineGroups(output, run, examples);
        RatchetVerdict(output, run, ratchet, regressions);
        return output.ToString();
    }

    private static void Target(StringBuilder output, string what, object actual, string target, bool met) =>
        output.AppendLine($"  {(met ? "ok  " : "MISS")}  {what}: {actual} (target {target})");

    private static void Target(StringBuilder output, string what, int actual, string target, bool met) =>
        Target(output, what, (object)actual, target, met);

    private static void FalseErrors(StringBuilder output, IReadOnlyList<FileResult> results, int examples)
    {
        if (results.Count == 0)
        {
            return;
        }

        output.AppendLine();
        output.AppendLine($"False syntax errors: {results.Count} files");
        foreach (var result in results.Take(examples))
        {
            var first = result.NestorErrors[0];
            output.AppendLine($"  {Location(result, first.Span.Start)}: {first.Code} {first.Message} ({result.NestorErrors.Count} errors in the file)");
            output.Append(Snippet(result.Text, first.Span.Start));
        }
    }

    private static void MissedErrors(StringBuilder output, IReadOnlyList<FileResult> results, int examples)
    {
        if (results.Count == 0)
        {
            return;
        }

        output.AppendLine();
        output.AppendLine($"Missed syntax errors: {results.Count} files");
        foreach (var result in results.Take(examples))
        {
            var first = result.Oracle.Diagnostics[0];
            output.AppendLine($"  {Location(result, first.Start)}: TS{first.Code} {first.Message}");
            output.Append(Snippet(result.Text, first.Start));
        }
    }

    private static void Crashes(StringBuilder output, IReadOnlyList<FileResult> results, int examples)
    {
        if (results.Count == 0)
        {
            return;
        }

        output.AppendLine();
        output.AppendLine($"Crashes: {results.Count} files");
        foreach (var result in results.Take(examples))
        {
            output.AppendLine($"  {result.Oracle.Path}: {result.Crash}");
        }
    }

    private static void OutlineGroups(StringBuilder output, ConformanceRun run, int examples)
    {
        var groups = ConformanceSummary.GroupsOf(run);
        if (groups.Count == 0)
        {
            return;
        }

        output.AppendLine();
        output.AppendLine($"Outline differences: {run.OutlineDifferent.Count} files, in {groups.Count} groups");
        foreach (var group in groups)
        {
            output.AppendLine();
            output.AppendLine($"  {group.Group}: {group.Files} files, {group.Entries} entries");
            var shown = run.OutlineDifferent
                .SelectMany(r => r.Differences.Where(d => d.Group == group.Group).Take(1).Select(d => (Result: r, Difference: d)))
                .Take(examples);
            foreach (var (result, difference) in shown)
            {
                output.AppendLine($"    {Location(result, difference.Offset)}: TypeScript {Show(difference.TypeScript)}, Nestor {Show(difference.Nestor)}");
                output.Append(Snippet(result.Text, difference.Offset, "    "));
            }
        }
    }

    private static void RatchetVerdict(StringBuilder output, ConformanceRun run, Ratchet? ratchet, IReadOnlyList<string> regressions)
    {
        output.AppendLine();
        if (ratchet is null)
        {
            output.AppendLine("Ratchet: no expected.json; the run passes only when every target is met.");
            return;
        }

        if (regressions.Count > 0)
        {
            output.AppendLine($"Ratchet: WORSE than expected.json ({regressions.Count}):");
            foreach (var regression in regressions)
            {
                output.AppendLine($"  {regression}");
            }

            return;
        }

        var improvements = ratchet.Improvements(run);
        output.AppendLine(improvements.Count == 0
            ? "Ratchet: as expected.json says."
            : $"Ratchet: better than expected.json ({improvements.Count} fixed); tighten it with --update-expected.");
        foreach (var improvement in improvements)
        {
            output.AppendLine($"  {improvement}");
        }
    }

    private static string Show(OutlineItem? item) => item is { } value ? value.ToString() : "(none)";

    private static string Location(FileResult result, int offset)
    {
        var position = result.Text.Lines.GetPosition(offset);
        return $"{result.Oracle.Path}:{position.Line}:{position.Column}";
    }

    /// <summary>The source line around an offset, cut to a readable width, with a caret under it.</summary>
    public static string Snippet(SourceText text, int offset, string indent = "")
    {
        offset = Math.Clamp(offset, 0, text.Length);
        var lines = text.Lines;
        var line = lines.GetLineSpan(lines.GetLineIndex(offset), text.Content);
        var from = Math.Max(line.Start, Math.Min(offset - (SnippetWidth / 2), line.End - SnippetWidth));
        var to = Math.Min(line.End, from + SnippetWidth);
        var shown = text.Content[from..to].Replace('\t', ' ');
        return $"{indent}    | {shown}\n{indent}    | {new string(' ', offset - from)}^\n";
    }
}
