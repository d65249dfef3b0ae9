using System.Collections.Concurrent;
using System.Diagnostics;
using Nestor.Rules.Baselines;
using Nestor.Rules.Changes;
using Nestor.Rules.Reading;
using Nestor.Rules.Suppressions;
using Nestor.Syntax;
using Nestor.Text;

namespace Nestor.Rules.Engine;

/// <summary>What a review is asked to do: the files, what the reading found, and the CI filters.</summary>
public sealed record ReviewRequest(string Root, IReadOnlyList<ReviewFile> Files, ReadingResult Reading)
{
    /// <summary>Diagnostics found before the rules ran (syntax errors, workspace problems).</summary>
    public IReadOnlyList<Diagnostic> PriorDiagnostics { get; init; } = [];

    public ChangedLines? ChangedLines { get; init; }

    public BaselineFile? Baseline { get; init; }

    /// <summary>The bound workspace the files came from, for rules that follow names across files.</summary>
    public Nestor.Semantics.SemanticModel? Semantics { get; init; }

    /// <summary>The NestJS and Mongoose model, for rules over modules, routes, schemas and queries.</summary>
    public Nestor.Nest.Model.NestProject? Nest { get; init; }

    /// <summary>When set, the time each rule takes is added up here.</summary>
    public RuleTimings? Timings { get; init; }

    /// <summary>Told how many files and project rules are done, from worker threads.</summary>
    public Action<ReviewProgress>? Progress { get; init; }
}

/// <summary>Counts that explain the findings a report does not show.</summary>
public sealed record ReviewStatistics(int Files, int Suppressed, int Baselined, int OutsideChanges);

/// <summary>The outcome of a review: the reading, the findings left after every filter, and the texts to show them in.</summary>
public sealed record ReviewResult(
    string Root,
    ReadingResult Reading,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyDictionary<string, SourceText> Texts,
    IReadOnlyList<RuleDescriptor> Descriptors,
    ReviewStatistics Statistics)
{
    /// <summary>Zero tolerance: any finding at error severity fails the run.</summary>
    public bool Fails => Diagnostics.Any(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);

    /// <summary>Findings before the CI filters, for writing a baseline.</summary>
    public IReadOnlyList<Diagnostic> Unfiltered { get; init; } = [];

    public SourceText? TextOf(string path) => Texts.GetValueOrDefault(path);
}

/// <summary>
/// Runs every rule: file rules in parallel across files, then project rules; then suppressions,
/// the changed-lines filter and the baseline. The output is sorted, so it is deterministic.
/// </summary>
public sealed class ReviewEngine
{
    private readonly RuleCatalog _catalog;

    public ReviewEngine(RuleCatalog catalog)
    {
        _catalog = catalog;
    }

    public ReviewResult Run(ReviewRequest request)
    {
        var config = request.Reading.Config;
        var files = request.Files.Where(file => !config.IsIgnored(file.Path)).ToList();
        var project = new ReviewProject(request.Root, files, config) { Semantics = request.Semantics, Nest = request.Nest };
        var byFile = new ConcurrentDictionary<string, List<Diagnostic>>(StringComparer.Ordinal);

        var checkedFiles = 0;
        var plans = new FileRulePlans(_catalog.Rules.OfType<FileRule>().Where(rule => Project.ProjectRuleDeclarations.IsDeclared(rule, config)).ToList(), config);
        Parallel.ForEach(files, file =>
        {
            byFile[file.Path] = RunFileRules(file, plans, config, request.Timings);
            request.Progress?.Invoke(new ReviewProgress(ReviewStage.FileRules, Interlocked.Increment(ref checkedFiles), files.Count));
        });
        foreach (var diagnostic in RunProjectRules(project, request.Progress, request.Timings).Concat(request.PriorDiagnostics))
        {
            byFile.GetOrAdd(diagnostic.Path, _ => []).Add(diagnostic);
        }

        var texts = new Dictionary<string, SourceText>(request.Reading.Texts, StringComparer.Ordinal);
        foreach (var file in files)
        {
            texts[file.Path] = file.Text;
        }

        var reviewed = files.Select(file => file.Path).ToHashSet(StringComparer.Ordinal);
        var suppressed = 0;
        var afterSuppressions = new List<Diagnostic>(request.Reading.Diagnostics);
        foreach (var (path, diagnostics) in byFile)
        {
            if (reviewed.Contains(path) && texts.TryGetValue(path, out var text))
            {
                var outcome = SuppressionFilter.Apply(text, diagnostics, _catalog, config.SeverityFor);
                suppressed += outcome.Suppressed;
                afterSuppressions.AddRange(outcome.Kept);
                afterSuppressions.AddRange(outcome.SuppressionProblems);
            }
            else
            {
                afterSuppressions.AddRange(diagnostics);
            }
        }

        var unfiltered = Sort(afterSuppressions);
        var (shown, outside) = FilterByChanges(unfiltered, request.ChangedLines, texts);
        var baselined = 0;
        if (request.Baseline is { } baseline)
        {
            var filterable = shown.Where(d => SuppressionFilter.CanSuppress(d, _catalog)).ToList();
            var outcome = Baseline.Filter(baseline, filterable, texts.GetValueOrDefault);
            baselined = outcome.Known;
            shown = Sort(shown.Where(d => !SuppressionFilter.CanSuppress(d, _catalog)).Concat(outcome.New));
        }

        return new ReviewResult(request.Root, request.Reading, shown, texts, _catalog.Descriptors, new ReviewStatistics(files.Count, suppressed, baselined, outside))
        {
            Unfiltered = unfiltered,
        };
    }

    private List<Diagnostic> RunFileRules(ReviewFile file, FileRulePlans plans, Configuration.NestorConfig config, RuleTimings? timings)
    {
        var sink = new List<Diagnostic>();
        // Syntax errors are findings too, and cannot be suppressed.
        // The model parsed the file under its absolute path; findings use the review's path.
        sink.AddRange(file.Tree.Diagnostics.Select(d => d.Path == file.Path ? d : d with { Path = file.Path }));
        var plan = plans.For(file.Path);
        var contexts = new FileRuleContext[plan.Rules.Count];
        for (var i = 0; i < contexts.Length; i++)
        {
            contexts[i] = new FileRuleContext(plan.Rules[i], config, file, sink);
        }

        var failed = new bool[plan.Rules.Count];

        // One pass over the tree for every rule: dispatch by node kind.
        if (plan.HasNodeRules)
        {
            foreach (var node in file.Tree.DescendantNodes())
            {
                foreach (var index in plan.RulesFor(node.Kind))
                {
                    Check(index, node);
                }
            }
        }

        for (var i = 0; i < plan.Rules.Count; i++)
        {
            Check(i, null);
        }

        return sink;

        // No closure per call: this runs for every node a rule asked for.
        void Check(int index, Node? node)
        {
            if (failed[index])
            {
                return;
            }

            var rule = plan.Rules[index];
            var started = timings is null ? 0 : Stopwatch.GetTimestamp();
            try
            {
                if (node is null)
                {
                    rule.CheckFile(contexts[index]);
                }
                else
                {
                    rule.CheckNode(node, contexts[index]);
                }
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                failed[index] = true;
                sink.Add(Failure(rule, file.Path, exception));
            }
            finally
            {
                timings?.Add(rule, Stopwatch.GetElapsedTime(started));
            }
        }
    }

    private List<Diagnostic> RunProjectRules(ReviewProject project, Action<ReviewProgress>? progress, RuleTimings? timings)
    {
        var results = new ConcurrentBag<List<Diagnostic>>();
        // A rule of the nestor block that the block does not declare has nothing to check.
        var rules = _catalog.Rules.OfType<ProjectRule>().Where(rule => Project.ProjectRuleDeclarations.IsDeclared(rule, project.Config)).ToList();
        var done = 0;
        progress?.Invoke(new ReviewProgress(ReviewStage.ProjectRules, 0, rules.Count));
        Parallel.ForEach(rules, rule =>
        {
            var sink = new List<Diagnostic>();
            var started = Stopwatch.GetTimestamp();
            try
            {
                rule.CheckProject(new ProjectRuleContext(rule, project, sink));
                timings?.Add(rule, Stopwatch.GetElapsedTime(started));
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                sink.Add(Failure(rule, project.Files.Count > 0 ? project.Files[0].Path : string.Empty, exception));
            }

            results.Add(sink);
            progress?.Invoke(new ReviewProgress(ReviewStage.ProjectRules, Interlocked.Increment(ref done), rules.Count));
        });
        return results.SelectMany(list => list).ToList();
    }

    private static Diagnostic Failure(Rule rule, string path, Exception exception) =>
        new(EngineDiagnostics.RuleFailed.Id, DiagnosticSeverity.Error, $"Rule '{rule.Descriptor.Name}' failed on this file: {exception.GetType().Name}: {exception.Message}", path, default)
        {
            Name = EngineDiagnostics.RuleFailed.Name,
        };

    private (List<Diagnostic> Shown, int Outside) FilterByChanges(List<Diagnostic> diagnostics, ChangedLines? changes, Dictionary<string, SourceText> texts)
    {
        if (changes is null)
        {
            return (diagnostics, 0);
        }

        var shown = new List<Diagnostic>();
        foreach (var diagnostic in diagnostics)
        {
            var line = texts.TryGetValue(diagnostic.Path, out var text) ? text.Lines.GetPosition(diagnostic.Span.Start).Line : 1;
            if (!SuppressionFilter.CanSuppress(diagnostic, _catalog) || changes.Contains(diagnostic.Path, line))
            {
                shown.Add(diagnostic);
            }
        }

        return (shown, diagnostics.Count - shown.Count);
    }

    public static List<Diagnostic> Sort(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Span.Start)
            .ThenBy(d => d.Span.Length)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
