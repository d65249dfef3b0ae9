using Nestor.Mongo.Explain;
using Nestor.Mongo.Indexes;
using Nestor.Mongo.Logs;

namespace Nestor.Mongo.Advice;

/// <summary>The inputs of one advise run, as the command line gives them.</summary>
public sealed record AdviseSettings
{
    /// <summary>The project folder, for indexes and query sites from code.</summary>
    public string? ProjectPath { get; init; }

    /// <summary>What the NestJS/Mongoose model read from <see cref="ProjectPath"/>; null when the project was not analysed.</summary>
    public ProjectEvidence? Project { get; init; }

    public IReadOnlyList<string> Logs { get; init; } = [];

    public IReadOnlyList<string> Profiles { get; init; } = [];

    public IReadOnlyList<string> Explains { get; init; } = [];

    /// <summary>Index files, each <c>FILE</c> or <c>db.collection=FILE</c>.</summary>
    public IReadOnlyList<string> IndexFiles { get; init; } = [];

    public string? Uri { get; init; }

    /// <summary>How long to wait for the server of <see cref="Uri"/>; null for the driver default set by <see cref="LiveIndexReader"/>.</summary>
    public TimeSpan? UriTimeout { get; init; }

    public AdviceOptions Options { get; init; } = new();
}

/// <summary>Indexes declared in a project's schemas and the query sites of its code.</summary>
public sealed record ProjectEvidence(IReadOnlyList<IndexDefinition> Indexes, IReadOnlyList<CodeQuerySite> QuerySites, int Schemas)
{
    /// <summary>The variable holding each collection's schema (<c>orders</c> → <c>OrderSchema</c>), where the project tells it.</summary>
    public IReadOnlyDictionary<string, string> SchemaNames { get; init; } = new Dictionary<string, string>();
}

/// <summary>One input and what was read from it.</summary>
public sealed record InputSummary(string Kind, string Name, string Summary);

/// <summary>Something wrong with an input. Errors (unreadable input) make the run exit 2; warnings do not.</summary>
public sealed record InputProblem(string Input, string Message, bool IsError);

/// <summary>The advice and the account of the inputs it came from.</summary>
public sealed record AdviceDocument(AdviceReport Report, IReadOnlyList<InputSummary> Inputs, IReadOnlyList<InputProblem> Problems, IReadOnlyList<string> Notes)
{
    public bool HasErrors => Problems.Any(problem => problem.IsError);
}

/// <summary>
/// Gathers the evidence and the existing indexes from every input of a run, then asks the
/// advisor. A bad input is reported and the others still produce their report.
/// </summary>
public static class AdviseRunner
{
    public static AdviceDocument Run(AdviseSettings settings)
    {
        var inputs = new List<InputSummary>();
        var problems = new List<InputProblem>();
        var notes = new List<string>();
        var accumulator = new EvidenceAccumulator();
        var explained = new List<ShapeEvidence>();
        var indexes = new List<IndexDefinition>();
        var usage = new List<IndexUsage>();

        if (settings.Project is { } project)
        {
            indexes.AddRange(project.Indexes);
            inputs.Add(new InputSummary("project", settings.ProjectPath ?? ".", $"{project.Schemas:N0} schemas, {project.Indexes.Count:N0} declared indexes, {project.QuerySites.Count:N0} query sites"));
        }

        foreach (var (kind, path) in settings.Logs.Select(p => ("log", p)).Concat(settings.Profiles.Select(p => ("profile", p))))
        {
            ReadEvidence(kind, path, accumulator, inputs, problems);
        }

        foreach (var path in settings.Explains)
        {
            ReadExplain(path, explained, inputs, problems);
        }

        foreach (var argument in settings.IndexFiles)
        {
            ReadIndexFile(argument, indexes, usage, inputs, problems);
        }

        var evidence = accumulator.ToEvidence().Concat(explained).ToList();
        if (settings.Uri is not null)
        {
            ReadLive(settings, evidence, indexes, usage, inputs, problems);
        }

        if (evidence.Count == 0)
        {
            notes.Add("no slow operation in the evidence: give --log, --profile or --explain for index plans");
        }

        var report = IndexAdvisor.Advise(new AdviceInput
        {
            Evidence = evidence,
            ExistingIndexes = indexes,
            Usage = usage,
            CodeSites = settings.Project?.QuerySites ?? [],
            SchemaNames = settings.Project?.SchemaNames ?? new Dictionary<string, string>(),
            Options = settings.Options,
        });
        return new AdviceDocument(report, inputs, problems, notes);
    }

    private static void ReadEvidence(string kind, string path, EvidenceAccumulator accumulator, List<InputSummary> inputs, List<InputProblem> problems)
    {
        try
        {
            using var stream = EvidenceReader.Open(path);
            var counters = EvidenceReader.Read(stream, accumulator.Add);
            inputs.Add(new InputSummary(kind, path, $"{counters.Lines:N0} lines, {counters.Operations:N0} slow operations, {counters.SkippedTotal:N0} skipped"));
            if (counters.SkippedTotal > 0)
            {
                var reasons = string.Join("; ", counters.Skipped.OrderByDescending(pair => pair.Value).Select(pair => $"{pair.Value:N0} {pair.Key}"));
                problems.Add(new InputProblem(path, $"{counters.SkippedTotal:N0} lines skipped: {reasons}", IsError: false));
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            problems.Add(new InputProblem(path, $"cannot read: {exception.Message}", IsError: true));
        }
    }

    private static void ReadExplain(string path, List<ShapeEvidence> explained, List<InputSummary> inputs, List<InputProblem> problems)
    {
        try
        {
            var content = ExplainReader.ReadFile(path);
            explained.AddRange(content.Results.Select(result => result.ToEvidence()));
            var plans = string.Join("; ", content.Results.Select(result => string.IsNullOrEmpty(result.PlanSummary) ? "no plan" : result.PlanSummary).Distinct(StringComparer.Ordinal));
            inputs.Add(new InputSummary("explain", path, $"{content.Results.Count} explain output{(content.Results.Count == 1 ? "" : "s")}{(plans.Length == 0 ? "" : $": {plans}")}"));
            problems.AddRange(content.Problems.Select(problem => new InputProblem(path, problem, IsError: content.Results.Count == 0)));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
        {
            problems.Add(new InputProblem(path, $"cannot read: {exception.Message}", IsError: true));
        }
    }

    private static void ReadIndexFile(string argument, List<IndexDefinition> indexes, List<IndexUsage> usage, List<InputSummary> inputs, List<InputProblem> problems)
    {
        var (ns, path) = SplitIndexArgument(argument);
        try
        {
            var content = IndexFileReader.ReadFile(path, ns);
            indexes.AddRange(content.Indexes);
            usage.AddRange(content.Usage);
            inputs.Add(new InputSummary("indexes", path, $"{content.Indexes.Count} index definitions, {content.Usage.Count} usage counters"));
            var nothing = content.Indexes.Count == 0 && content.Usage.Count == 0;
            problems.AddRange(content.Problems.Select(problem => new InputProblem(path, problem, IsError: nothing)));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException)
        {
            problems.Add(new InputProblem(path, $"cannot read: {exception.Message}", IsError: true));
        }
    }

    /// <summary><c>db.coll=FILE</c> gives the namespace of a listing that carries none; a plain path has none.</summary>
    public static (string? Namespace, string Path) SplitIndexArgument(string argument)
    {
        var equals = argument.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0 || File.Exists(argument))
        {
            return (null, argument);
        }

        return (argument[..equals], argument[(equals + 1)..]);
    }

    private static void ReadLive(AdviseSettings settings, List<ShapeEvidence> evidence, List<IndexDefinition> indexes, List<IndexUsage> usage, List<InputSummary> inputs, List<InputProblem> problems)
    {
        var namespaces = evidence.Select(e => e.Shape.Namespace)
            .Concat(indexes.Select(index => index.Namespace))
            .Where(ns => !ns.EndsWith(".$cmd", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var content = LiveIndexReader.Read(settings.Uri!, namespaces, settings.UriTimeout);
        if (content.Error is not null)
        {
            problems.Add(new InputProblem("--uri", content.Error, IsError: true));
            return;
        }

        indexes.AddRange(content.Indexes);
        usage.AddRange(content.Usage);
        inputs.Add(new InputSummary("uri", "--uri", $"{namespaces.Count} collections, {content.Indexes.Count} index definitions, {content.Usage.Count} usage counters"));
        problems.AddRange(content.Problems.Select(problem => new InputProblem("--uri", problem, IsError: false)));
    }
}
