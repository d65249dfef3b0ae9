using System.Diagnostics;
using Nestor.ModelBench;
using Nestor.Nest.Extraction;
using Nestor.Nest.Graph;
using Nestor.Semantics;

if (args is ["--inspect", var inspected, .. var rest])
{
    Inspect.Run(inspected, rest);
    return;
}

if (args is ["--write", var folder, .. var count])
{
    // Only writes the project, for benchmarks that time other tools on it.
    GeneratedProject.Write(folder, count.Length > 0 ? int.Parse(count[0], System.Globalization.CultureInfo.InvariantCulture) : 200);
    return;
}

// Usage: dotnet run -c Release --project bench/model -- [FEATURES] [RUNS] [FOLDER]
// Generates FEATURES NestJS feature folders (10 files each) and times every stage of model building:
// Workspace.Load, SemanticModel.Build (read, parse, bind), NestModelBuilder.Build and GraphAnalyzer.Analyze.
var features = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 200;
var runs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 7;
var root = args.Length > 2 ? args[2] : Path.Combine(Path.GetTempPath(), $"nestor-model-bench-{features}");

if (args.Length <= 2 || !Directory.Exists(root))
{
    GeneratedProject.Write(root, features);
}

if (Environment.GetEnvironmentVariable("NESTOR_BENCH_PROFILE") is { } profiled)
{
    // Repeats one stage, so that a sampling profiler attached to the process sees mostly that stage.
    var bound = SemanticModel.Build(Workspace.Load(root));
    var built = NestModelBuilder.Build(bound);
    for (var i = 0; i < 40; i++)
    {
        _ = profiled == "graph" ? (object)GraphAnalyzer.Analyze(built) : NestModelBuilder.Build(bound);
    }

    return;
}

// Two untimed rounds, so that the timed ones measure the code rather than the JIT's first compilation.
for (var warmUp = 0; warmUp < 2; warmUp++)
{
    GraphAnalyzer.Analyze(NestModelBuilder.Build(SemanticModel.Build(Workspace.Load(root))));
}

string[] stages = ["Workspace.Load", "SemanticModel.Build", "NestModelBuilder.Build", "GraphAnalyzer.Analyze"];
var wall = stages.Select(_ => new List<double>()).ToArray();
var cpu = stages.Select(_ => new List<double>()).ToArray();
var totalWall = new List<double>();
var totalCpu = new List<double>();
SemanticModel? model = null;
Nestor.Nest.Model.NestProject? project = null;
GraphResult? graph = null;
for (var run = 0; run < runs; run++)
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    var stage = 0;
    var runClock = Stopwatch.StartNew();
    var runCpu = CpuMs();

    T Time<T>(Func<T> action)
    {
        var cpuBefore = CpuMs();
        var clock = Stopwatch.StartNew();
        var result = action();
        wall[stage].Add(clock.Elapsed.TotalMilliseconds);
        cpu[stage].Add(CpuMs() - cpuBefore);
        stage++;
        return result;
    }

    var workspace = Time(() => Workspace.Load(root));
    model = Time(() => SemanticModel.Build(workspace));
    project = Time(() => NestModelBuilder.Build(model));
    graph = Time(() => GraphAnalyzer.Analyze(project));
    totalWall.Add(runClock.Elapsed.TotalMilliseconds);
    totalCpu.Add(CpuMs() - runCpu);
    Console.Error.WriteLine($"run {run + 1}: " + string.Join(" + ", stages.Select((name, i) => $"{name} {wall[i][^1]:F0}")) + $" = {totalWall[^1]:F0} ms wall, {totalCpu[^1]:F0} ms CPU");
}

// Reading and parsing alone (no binding), to split SemanticModel.Build in two.
var files = Workspace.Load(root).SourceFiles;
var parseWall = new List<double>();
var parseCpu = new List<double>();
for (var run = 0; run < runs; run++)
{
    GC.Collect();
    var before = CpuMs();
    var clock = Stopwatch.StartNew();
    Parallel.ForEach(files, path => Nestor.Syntax.SyntaxTree.Parse(Nestor.Text.SourceText.FromFile(path), Nestor.Syntax.ParseOptions.ForPath(path)));
    parseWall.Add(clock.Elapsed.TotalMilliseconds);
    parseCpu.Add(CpuMs() - before);
}

Console.WriteLine($"| stage | best wall (ms) | median wall (ms) | best CPU (ms) | median CPU (ms) |");
Console.WriteLine($"| --- | ---: | ---: | ---: | ---: |");
for (var i = 0; i < stages.Length; i++)
{
    Console.WriteLine($"| {stages[i]} | {wall[i].Min():F0} | {Median(wall[i]):F0} | {cpu[i].Min():F0} | {Median(cpu[i]):F0} |");
}

Console.WriteLine($"| total (one run) | {totalWall.Min():F0} | {Median(totalWall):F0} | {totalCpu.Min():F0} | {Median(totalCpu):F0} |");
Console.WriteLine($"| of which reading + parsing alone | {parseWall.Min():F0} | {Median(parseWall):F0} | {parseCpu.Min():F0} | {Median(parseCpu):F0} |");
var classes = model!.Classes.ToList();
var resolvedParameters = classes.SelectMany(c => c.ConstructorParameters).Count(p => p.Type?.Target is ClassSymbol);
var bytes = files.Sum(path => new FileInfo(path).Length);
Console.WriteLine();
Console.WriteLine($"files: {model.Files.Count} ({bytes / 1e6:F1} MB), classes: {classes.Count}, constructor parameters resolved to classes: {resolvedParameters}, binding diagnostics: {model.Diagnostics.Count}");
Console.WriteLine($"modules: {project!.Modules.Count}, injectables: {graph!.Injectables.Count}, routes: {project.Routes.Count}, schemas: {project.Schemas.Count}, query sites: {project.QuerySites.Count}, graph problems: {graph.Problems.Count}");
Console.WriteLine($"runs: {runs}, cores: {Environment.ProcessorCount}, load average: {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a")}");

// The process's user + system time (getrusage), in milliseconds: what the code costs, whatever the neighbours do.
static double CpuMs() => Environment.CpuUsage.TotalTime.TotalMilliseconds;

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted[sorted.Count / 2];
}
