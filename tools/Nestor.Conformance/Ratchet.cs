namespace Nestor.Conformance;

/// <summary>A difference the project knows about and accepts for now, with the reason why.</summary>
public sealed record KnownDifference(string Path, string Kind, string Why);

/// <summary>
/// The committed state of conformance (tools/conformance/expected.json): the counts a run may not
/// exceed and the files allowed to differ. Results better than the ratchet pass and say so, so
/// the file can be tightened; results worse than it fail.
/// </summary>
public sealed record Ratchet(string Typescript, int Files, int FalseErrors, int MissedErrors, int OutlineDifferent, int Crashes, IReadOnlyList<KnownDifference> Known)
{
    public const string FalseError = "false-error";
    public const string MissedError = "missed-error";
    public const string Outline = "outline";
    public const string Crash = "crash";

    public static Ratchet From(ConformanceRun run, Ratchet? previous)
    {
        var reasons = (previous?.Known ?? []).ToDictionary(k => (k.Path, k.Kind), k => k.Why);
        var known = run.CurrentDifferences()
            .Select(d => new KnownDifference(d.Path, d.Kind, reasons.GetValueOrDefault((d.Path, d.Kind), string.Empty)))
            .ToList();
        return new Ratchet(run.TypeScriptVersion, run.Results.Count, run.FalseErrors.Count, run.MissedErrors.Count, run.OutlineDifferent.Count, run.Crashes.Count, known);
    }

    /// <summary>Every way the run is worse than this ratchet, one line each; empty when it is not.</summary>
    public IReadOnlyList<string> Regressions(ConformanceRun run)
    {
        var problems = new List<string>();
        Exceeds(problems, "false syntax errors", run.FalseErrors.Count, FalseErrors);
        Exceeds(problems, "missed syntax errors", run.MissedErrors.Count, MissedErrors);
        Exceeds(problems, "files whose outline differs", run.OutlineDifferent.Count, OutlineDifferent);
        Exceeds(problems, "crashes", run.Crashes.Count, Crashes);
        var allowed = Known.Select(k => (k.Path, k.Kind)).ToHashSet();
        foreach (var (path, kind) in run.CurrentDifferences())
        {
            if (!allowed.Contains((path, kind)))
            {
                problems.Add($"new {kind}: {path}");
            }
        }

        foreach (var unexplained in Known.Where(k => string.IsNullOrWhiteSpace(k.Why)))
        {
            problems.Add($"known {unexplained.Kind} without an explanation in expected.json: {unexplained.Path}");
        }

        return problems;
    }

    /// <summary>Ways the run is better than this ratchet: a hint to tighten it.</summary>
    public IReadOnlyList<string> Improvements(ConformanceRun run)
    {
        var current = run.CurrentDifferences().ToHashSet();
        return Known.Where(k => !current.Contains((k.Path, k.Kind))).Select(k => $"fixed {k.Kind}: {k.Path}").ToList();
    }

    private static void Exceeds(List<string> problems, string what, int actual, int allowed)
    {
        if (actual > allowed)
        {
            problems.Add($"{actual} {what}, the ratchet allows {allowed}");
        }
    }
}
