using System.Diagnostics;
using Nestor.Rules.Baselines;
using Nestor.Rules.Changes;
using Nestor.Rules.Fixes;
using Nestor.Rules.Reading;
using Nestor.Syntax;
using Nestor.Text;

namespace Nestor.Rules.Engine;

/// <summary>Everything <c>nestor review</c> can be asked, as plain values.</summary>
public sealed record ReviewOptions(string Root, ReadingOptions Reading)
{
    public string? BaselinePath { get; init; }

    public string? ChangedSince { get; init; }

    public bool Fix { get; init; }

    /// <summary>When set, the review adds the time of each stage and each rule here.</summary>
    public RuleTimings? Timings { get; init; }

    /// <summary>Called as the review moves through its stages (from worker threads too); null for silence.</summary>
    public Action<ReviewProgress>? Progress { get; init; }
}

/// <summary>The outcome of a run: a result, or an input error that explains itself; plus what --fix and --baseline did.</summary>
public sealed record ReviewRun(ReviewResult? Result, string? InputError, IReadOnlyList<FileFixResult> Fixes, int? BaselineWritten);

/// <summary>
/// The whole review, in order: mandatory reading, the files, the rules, then the CI filters, and
/// --fix (rounds of fix and re-review until nothing changes, so a second run has nothing to do).
/// </summary>
public static class ReviewRunner
{
    private const int MaxFixRounds = 5;

    public static ReviewRun Run(ReviewOptions options, RuleCatalog catalog)
    {
        var root = Path.GetFullPath(options.Root);
        if (!Directory.Exists(root))
        {
            return Failed($"{options.Root}: no such folder");
        }

        ChangedLines? changes = null;
        if (options.ChangedSince is { } reference)
        {
            changes = ChangedLines.FromGit(root, reference, out var gitError);
            if (gitError is not null)
            {
                return Failed(gitError);
            }
        }

        BaselineFile? baseline = null;
        var writeBaseline = false;
        if (options.BaselinePath is { } baselinePath)
        {
            if (File.Exists(baselinePath))
            {
                baseline = Baseline.TryParse(File.ReadAllText(baselinePath), out var baselineError);
                if (baseline is null)
                {
                    return Failed($"{baselinePath}: {baselineError}");
                }
            }
            else
            {
                writeBaseline = true;
            }
        }

        var fixes = new List<FileFixResult>();
        var result = Review(root, options.Reading, catalog, changes, baseline, options.Progress, options.Timings);
        for (var round = 0; options.Fix && round < MaxFixRounds; round++)
        {
            options.Progress?.Invoke(new ReviewProgress(ReviewStage.Fixing, round + 1, MaxFixRounds));
            var planned = FixApplier.Plan(result.Diagnostics, result.TextOf, text => SyntaxTree.Parse(text).Diagnostics.Count);
            var applied = planned.Where(plan => plan.Applied > 0).ToList();
            fixes.AddRange(planned.Where(plan => plan.Refused));
            if (applied.Count == 0)
            {
                break;
            }

            FixApplier.Write(root, applied);
            fixes.AddRange(applied);
            result = Review(root, options.Reading, catalog, changes, baseline, options.Progress, options.Timings);
        }

        int? written = null;
        if (writeBaseline)
        {
            var file = Baseline.Create(result.Unfiltered.Where(d => Suppressions.SuppressionFilter.CanSuppress(d, catalog)), result.TextOf);
            AtomicFile.WriteAllText(options.BaselinePath!, Baseline.Serialize(file));
            written = file.Findings.Sum(entry => entry.Count);
        }

        return new ReviewRun(result, null, Merge(fixes), written);
    }

    public static ReviewResult Review(string root, ReadingOptions readingOptions, RuleCatalog catalog, ChangedLines? changes, BaselineFile? baseline, Action<ReviewProgress>? progress = null, RuleTimings? timings = null)
    {
        progress?.Invoke(new ReviewProgress(ReviewStage.Reading, 0, 0));
        var started = Stopwatch.GetTimestamp();
        var reading = MandatoryReading.Read(root, readingOptions, catalog);
        timings?.Add("(reading docs)", Stopwatch.GetElapsedTime(started));
        progress?.Invoke(new ReviewProgress(ReviewStage.Parsing, 0, 0));
        var input = ReviewInput.Load(root, progress, timings);
        var request = new ReviewRequest(root, input.Files, reading)
        {
            PriorDiagnostics = input.Problems,
            ChangedLines = changes,
            Baseline = baseline,
            Semantics = input.Semantics,
            Nest = input.Nest,
            Progress = progress,
            Timings = timings,
        };
        return new ReviewEngine(catalog).Run(request);
    }

    private static ReviewRun Failed(string error) => new(null, error, [], null);

    private static List<FileFixResult> Merge(List<FileFixResult> fixes) =>
        fixes.GroupBy(fix => fix.Path)
            .Select(group => new FileFixResult(group.Key, group.Sum(f => f.Applied), group.Last().Skipped, group.LastOrDefault(f => f.NewText is not null)?.NewText, group.Any(f => f.Refused)))
            .OrderBy(fix => fix.Path, StringComparer.Ordinal)
            .ToList();
}
