namespace Nestor.Conformance;

/// <summary>One group of outline differences: what differs, in how many files and entries.</summary>
public sealed record DifferenceGroup(string Group, int Files, int Entries);

/// <summary>The machine-readable result of a run (written next to the oracle's output).</summary>
public sealed record ConformanceSummary(
    string Typescript,
    int Files,
    long Bytes,
    long Milliseconds,
    int FalseErrors,
    int MissedErrors,
    int Crashes,
    int OutlineIdentical,
    double OutlineIdenticalPercent,
    bool TargetsMet,
    IReadOnlyList<string> Regressions,
    IReadOnlyList<DifferenceGroup> Groups,
    IReadOnlyList<string> FalseErrorFiles,
    IReadOnlyList<string> MissedErrorFiles,
    IReadOnlyList<string> CrashFiles,
    IReadOnlyList<string> OutlineDifferentFiles)
{
    public static ConformanceSummary From(ConformanceRun run, IReadOnlyList<string> regressions) => new(
        run.TypeScriptVersion,
        run.Results.Count,
        run.Bytes,
        (long)run.Elapsed.TotalMilliseconds,
        run.FalseErrors.Count,
        run.MissedErrors.Count,
        run.Crashes.Count,
        run.Results.Count - run.OutlineDifferent.Count - run.Crashes.Count,
        Math.Round(run.OutlineIdenticalPercent, 3),
        run.TargetsMet,
        regressions,
        GroupsOf(run),
        Paths(run.FalseErrors),
        Paths(run.MissedErrors),
        Paths(run.Crashes),
        Paths(run.OutlineDifferent));

    public static IReadOnlyList<DifferenceGroup> GroupsOf(ConformanceRun run) => run.OutlineDifferent
        .SelectMany(r => r.Differences.Select(d => (d.Group, r.Oracle.Path)))
        .GroupBy(x => x.Group)
        .Select(g => new DifferenceGroup(g.Key, g.Select(x => x.Path).Distinct().Count(), g.Count()))
        .OrderByDescending(g => g.Files)
        .ThenByDescending(g => g.Entries)
        .ThenBy(g => g.Group, StringComparer.Ordinal)
        .ToList();

    private static List<string> Paths(IEnumerable<FileResult> results) => results.Select(r => r.Oracle.Path).ToList();
}
