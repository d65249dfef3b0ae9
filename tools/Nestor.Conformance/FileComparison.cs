using Nestor.Syntax;
using Nestor.Text;

namespace Nestor.Conformance;

/// <summary>How one outline entry differs between TypeScript and Nestor.</summary>
public enum DifferenceNature
{
    /// <summary>TypeScript has the node, Nestor has nothing of that kind at that start or end.</summary>
    Missing,

    /// <summary>Nestor has a node TypeScript does not.</summary>
    Extra,

    /// <summary>Same kind and start, different end.</summary>
    EndDiffers,

    /// <summary>Same kind and end, different start.</summary>
    StartDiffers,
}

/// <summary>One outline difference: TypeScript's entry, Nestor's, or both when they pair up.</summary>
public sealed record OutlineDifference(DifferenceNature Nature, OutlineItem? TypeScript, OutlineItem? Nestor)
{
    public string Kind => (TypeScript ?? Nestor)!.Value.Kind;

    public int Offset => (TypeScript ?? Nestor)!.Value.Start;

    public string Group => $"{Kind}: {Describe(Nature)}";

    private static string Describe(DifferenceNature nature) => nature switch
    {
        DifferenceNature.Missing => "missing in Nestor",
        DifferenceNature.Extra => "extra in Nestor",
        DifferenceNature.EndDiffers => "end differs",
        DifferenceNature.StartDiffers => "start differs",
        _ => nature.ToString(),
    };
}

/// <summary>The verdict on one file.</summary>
public sealed record FileResult(
    OracleFile Oracle,
    SourceText Text,
    long Bytes,
    IReadOnlyList<Diagnostic> NestorErrors,
    IReadOnlyList<OutlineDifference> Differences,
    string? Crash)
{
    public bool TypeScriptRejects => Oracle.Diagnostics.Count > 0;

    public bool NestorRejects => NestorErrors.Count > 0;

    /// <summary>Nestor reports a syntax error on a file TypeScript accepts.</summary>
    public bool IsFalseError => NestorRejects && !TypeScriptRejects;

    /// <summary>TypeScript rejects the file and Nestor accepts it.</summary>
    public bool IsMissedError => TypeScriptRejects && !NestorRejects && Crash is null;

    public bool OutlineIdentical => Crash is null && Differences.Count == 0;

    /// <summary>The decoded text has another length than TypeScript's: offsets cannot be compared.</summary>
    public bool LengthMismatch => Crash is null && Text.Length != Oracle.Length;
}

/// <summary>Parses one corpus file with Nestor and compares it with the oracle's record.</summary>
public static class FileComparison
{
    public static FileResult Compare(OracleFile oracle, string root)
    {
        var fullPath = Path.Combine(root, oracle.Path);
        var bytes = File.ReadAllBytes(fullPath);
        var text = SourceText.FromBytes(oracle.Path, bytes);
        try
        {
            var tree = SyntaxTree.Parse(text, ParseOptions.ForPath(oracle.Path));
            var errors = tree.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            var nestor = SyntaxOutline.Create(tree).Select(e => new OutlineItem(e.Kind, e.Start, e.End)).ToList();
            return new FileResult(oracle, text, bytes.Length, errors, Diff(oracle.Outline, nestor), null);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A crash is a finding of its own: record it and keep comparing the other files.
            return new FileResult(oracle, text, bytes.Length, [], [], $"{exception.GetType().Name}: {exception.Message}");
        }
    }

    /// <summary>
    /// The multiset difference of two outlines, with a missing and an extra entry of the same kind
    /// paired up when they share a start (the end differs) or an end (the start differs).
    /// </summary>
    public static IReadOnlyList<OutlineDifference> Diff(IReadOnlyList<OutlineItem> typeScript, IReadOnlyList<OutlineItem> nestor)
    {
        var expected = typeScript.Order().ToList();
        var actual = nestor.Order().ToList();
        var missing = new List<OutlineItem>();
        var extra = new List<OutlineItem>();
        int i = 0, j = 0;
        while (i < expected.Count || j < actual.Count)
        {
            var order = i == expected.Count ? 1 : j == actual.Count ? -1 : expected[i].CompareTo(actual[j]);
            if (order == 0)
            {
                i++;
                j++;
            }
            else if (order < 0)
            {
                missing.Add(expected[i++]);
            }
            else
            {
                extra.Add(actual[j++]);
            }
        }

        return Pair(missing, extra);
    }

    private static List<OutlineDifference> Pair(List<OutlineItem> missing, List<OutlineItem> extra)
    {
        // Indexed by (kind, start) and (kind, end) so that a badly wrong file stays linear.
        var byStart = new Dictionary<(string, int), Queue<int>>();
        var byEnd = new Dictionary<(string, int), Queue<int>>();
        for (var k = 0; k < extra.Count; k++)
        {
            Enqueue(byStart, (extra[k].Kind, extra[k].Start), k);
            Enqueue(byEnd, (extra[k].Kind, extra[k].End), k);
        }

        var used = new bool[extra.Count];
        var differences = new List<OutlineDifference>();
        foreach (var item in missing)
        {
            if (TakeUnused(byStart, (item.Kind, item.Start), used) is { } sameStart)
            {
                differences.Add(new OutlineDifference(DifferenceNature.EndDiffers, item, extra[sameStart]));
            }
            else if (TakeUnused(byEnd, (item.Kind, item.End), used) is { } sameEnd)
            {
                differences.Add(new OutlineDifference(DifferenceNature.StartDiffers, item, extra[sameEnd]));
            }
            else
            {
                differences.Add(new OutlineDifference(DifferenceNature.Missing, item, null));
            }
        }

        for (var k = 0; k < extra.Count; k++)
        {
            if (!used[k])
            {
                differences.Add(new OutlineDifference(DifferenceNature.Extra, null, extra[k]));
            }
        }

        return [.. differences.OrderBy(d => d.Offset)];
    }

    private static void Enqueue(Dictionary<(string, int), Queue<int>> index, (string, int) key, int value)
    {
        if (!index.TryGetValue(key, out var queue))
        {
            index[key] = queue = new Queue<int>();
        }

        queue.Enqueue(value);
    }

    private static int? TakeUnused(Dictionary<(string, int), Queue<int>> index, (string, int) key, bool[] used)
    {
        if (!index.TryGetValue(key, out var queue))
        {
            return null;
        }

        while (queue.TryDequeue(out var candidate))
        {
            if (!used[candidate])
            {
                used[candidate] = true;
                return candidate;
            }
        }

        return null;
    }
}
