using System.Collections.Concurrent;
using System.Diagnostics;

namespace Nestor.Conformance;

/// <summary>The results of comparing every corpus file, and the sets the targets are about.</summary>
public sealed class ConformanceRun
{
    /// <summary>Outline-identical files must reach this share of the corpus.</summary>
    public const double OutlineTargetPercent = 99.5;

    private ConformanceRun(string typeScriptVersion, IReadOnlyList<FileResult> results, TimeSpan elapsed)
    {
        TypeScriptVersion = typeScriptVersion;
        Results = results;
        Elapsed = elapsed;
        FalseErrors = results.Where(r => r.IsFalseError).ToList();
        MissedErrors = results.Where(r => r.IsMissedError).ToList();
        Crashes = results.Where(r => r.Crash is not null).ToList();
        OutlineDifferent = results.Where(r => r.Crash is null && !r.OutlineIdentical).ToList();
    }

    public string TypeScriptVersion { get; }

    public IReadOnlyList<FileResult> Results { get; }

    public TimeSpan Elapsed { get; }

    public IReadOnlyList<FileResult> FalseErrors { get; }

    public IReadOnlyList<FileResult> MissedErrors { get; }

    public IReadOnlyList<FileResult> Crashes { get; }

    public IReadOnlyList<FileResult> OutlineDifferent { get; }

    public long Bytes => Results.Sum(r => r.Bytes);

    public double OutlineIdenticalPercent => Results.Count == 0 ? 100 : 100.0 * (Results.Count - OutlineDifferent.Count - Crashes.Count) / Results.Count;

    public bool TargetsMet => FalseErrors.Count == 0 && MissedErrors.Count == 0 && Crashes.Count == 0 && OutlineIdenticalPercent >= OutlineTargetPercent;

    /// <summary>Every (path, kind) that differs now, in the vocabulary of the ratchet.</summary>
    public IEnumerable<(string Path, string Kind)> CurrentDifferences()
    {
        foreach (var result in Results)
        {
            if (result.Crash is not null)
            {
                yield return (result.Oracle.Path, Ratchet.Crash);
                continue;
            }

            if (result.IsFalseError)
            {
                yield return (result.Oracle.Path, Ratchet.FalseError);
            }

            if (result.IsMissedError)
            {
                yield return (result.Oracle.Path, Ratchet.MissedError);
            }

            if (!result.OutlineIdentical)
            {
                yield return (result.Oracle.Path, Ratchet.Outline);
            }
        }
    }

    /// <summary>
    /// Parses every file on all cores. A parse that runs longer than <paramref name="hangLimit"/>
    /// is reported by name and ends the run: a hang must never hold CI for an hour.
    /// </summary>
    public static ConformanceRun Execute(string typeScriptVersion, IReadOnlyList<OracleFile> files, string root, int threads, TimeSpan hangLimit)
    {
        var results = new FileResult[files.Count];
        var inFlight = new ConcurrentDictionary<string, long>();
        using var watchdog = new Timer(_ => CheckForHangs(inFlight, hangLimit), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
        var stopwatch = Stopwatch.StartNew();
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, index =>
        {
            var file = files[index];
            inFlight[file.Path] = Stopwatch.GetTimestamp();
            results[index] = FileComparison.Compare(file, root);
            inFlight.TryRemove(file.Path, out _);
        });
        return new ConformanceRun(typeScriptVersion, results, stopwatch.Elapsed);
    }

    private static void CheckForHangs(ConcurrentDictionary<string, long> inFlight, TimeSpan hangLimit)
    {
        foreach (var (path, started) in inFlight)
        {
            if (Stopwatch.GetElapsedTime(started) > hangLimit)
            {
                Console.Error.WriteLine($"nestor-conformance: parsing {path} has taken more than {hangLimit.TotalSeconds:0} s: the parser hangs on it.");
                Environment.Exit(ExitCodes.Hang);
            }
        }
    }
}
