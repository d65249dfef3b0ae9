using Nestor.Text;

namespace Nestor.Rules.Fixes;

/// <summary>What happened to one file: how many fixes were applied, and the new text (null when refused).</summary>
public sealed record FileFixResult(string Path, int Applied, int Skipped, string? NewText, bool Refused);

/// <summary>
/// Applies safe fixes: per file, non-overlapping (the first by position, then the first reported, wins;
/// the rest wait for the next run), re-parsed before anything is written; a fix that adds a syntax error is refused.
/// </summary>
public static class FixApplier
{
    /// <param name="countSyntaxErrors">Parses a text and counts its syntax errors.</param>
    public static IReadOnlyList<FileFixResult> Plan(IEnumerable<Diagnostic> diagnostics, Func<string, SourceText?> textOf, Func<SourceText, int> countSyntaxErrors)
    {
        var results = new List<FileFixResult>();
        foreach (var group in diagnostics.GroupBy(d => d.Path).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var text = textOf(group.Key);
            var fixes = group.SelectMany(d => d.Fixes).Where(fix => fix.Safety == FixSafety.Safe && fix.Edits.Count > 0).ToList();
            if (text is null || fixes.Count == 0)
            {
                continue;
            }

            var chosen = new List<CodeFix>();
            var taken = new List<TextSpan>();
            foreach (var fix in fixes.OrderBy(f => f.Edits.Min(e => e.Span.Start)))
            {
                if (fix.Edits.Any(edit => edit.Span.End > text.Length || taken.Any(span => Overlaps(span, edit.Span))) || HasOverlap(fix.Edits))
                {
                    continue;
                }

                chosen.Add(fix);
                taken.AddRange(fix.Edits.Select(edit => edit.Span));
            }

            var newText = TextEdit.Apply(text.Content, chosen.SelectMany(fix => fix.Edits));
            var refused = countSyntaxErrors(new SourceText(text.Path, newText)) > countSyntaxErrors(text);
            results.Add(new FileFixResult(group.Key, refused ? 0 : chosen.Count, fixes.Count - chosen.Count, refused ? null : newText, refused));
        }

        return results;
    }

    /// <summary>Writes every planned file atomically, below <paramref name="root"/>.</summary>
    public static void Write(string root, IEnumerable<FileFixResult> results)
    {
        foreach (var result in results)
        {
            if (result.NewText is { } newText && result.Applied > 0)
            {
                AtomicFile.WriteAllText(Path.Combine(root, result.Path), newText);
            }
        }
    }

    // Two insertions at one point, or an insertion inside a replaced range, also conflict.
    private static bool Overlaps(TextSpan a, TextSpan b) =>
        a.OverlapsWith(b) || (a.Start == b.Start) || (a.IsEmpty && b.Contains(a.Start)) || (b.IsEmpty && a.Contains(b.Start));

    private static bool HasOverlap(IReadOnlyList<TextEdit> edits)
    {
        for (var i = 0; i < edits.Count; i++)
        {
            for (var j = i + 1; j < edits.Count; j++)
            {
                if (Overlaps(edits[i].Span, edits[j].Span))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
