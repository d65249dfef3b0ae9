using System.Diagnostics;
using Nestor.ModelBench;
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
// Generates FEATURES NestJS feature folders (10 files each) and times Workspace.Load + SemanticModel.Build.
var features = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 200;
var runs = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 7;
var root = args.Length > 2 ? args[2] : Path.Combine(Path.GetTempPath(), $"nestor-model-bench-{features}");

if (args.Length <= 2 || !Directory.Exists(root))
{
    GeneratedProject.Write(root, features);
}

for (var i = 0; i < 3; i++)
{
    var finder = Stopwatch.StartNew();
    var found = SourceFileFinder.Find([root]);
    var findMs = finder.Elapsed.TotalMilliseconds;
    var loaded = Workspace.Load(root);
    Console.Error.WriteLine($"find {found.Files.Count} files: {findMs:F0} ms; Workspace.Load: {finder.Elapsed.TotalMilliseconds - findMs:F0} ms");
}

var timings = new List<(double Load, double Build, double Cpu)>();
SemanticModel? model = null;
var process = Process.GetCurrentProcess();
for (var run = 0; run < runs; run++)
{
    process.Refresh();
    var cpuBefore = process.TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    var workspace = Workspace.Load(root);
    var load = clock.Elapsed.TotalMilliseconds;
    model = SemanticModel.Build(workspace);
    var total = clock.Elapsed.TotalMilliseconds;
    process.Refresh();
    timings.Add((load, total - load, (process.TotalProcessorTime - cpuBefore).TotalMilliseconds));
    Console.Error.WriteLine($"run {run + 1}: load {load:F0} ms + parse/bind {total - load:F0} ms = {total:F0} ms wall, {timings[^1].Cpu:F0} ms CPU");
}

// CPU time of each stage, best of RUNS: wall time on a shared machine says more about its neighbours than about us.
double BestCpu(Action action)
{
    var best = double.MaxValue;
    for (var run = 0; run < runs; run++)
    {
        GC.Collect();
        process.Refresh();
        var before = process.TotalProcessorTime;
        action();
        process.Refresh();
        best = Math.Min(best, (process.TotalProcessorTime - before).TotalMilliseconds);
    }

    return best;
}

var loadedWorkspace = Workspace.Load(root);
var loadCpu = BestCpu(() => Workspace.Load(root));
var parseCpu = BestCpu(() => System.Threading.Tasks.Parallel.ForEach(loadedWorkspace.SourceFiles, path => Nestor.Syntax.SyntaxTree.Parse(Nestor.Text.SourceText.FromFile(path), Nestor.Syntax.ParseOptions.ForPath(path))));
var buildCpu = BestCpu(() => SemanticModel.Build(loadedWorkspace));
Console.Error.WriteLine($"best CPU time: Workspace.Load {loadCpu:F0} ms; reading + parsing alone {parseCpu:F0} ms; SemanticModel.Build (reading, parsing, binding) {buildCpu:F0} ms, so binding about {buildCpu - parseCpu:F0} ms");
var classes = model!.Classes.ToList();
var resolvedParameters = classes.SelectMany(c => c.ConstructorParameters).Count(p => p.Type?.Target is ClassSymbol);
Console.Error.WriteLine($"files: {model.Files.Count}, classes: {classes.Count}, constructor parameters resolved to classes: {resolvedParameters}, diagnostics: {model.Diagnostics.Count}");
Console.Error.WriteLine($"cores: {Environment.ProcessorCount}");
Console.Error.WriteLine($"load average: {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a")}");
var warm = timings.Skip(1).Select(t => t.Load + t.Build).Order().ToList();
if (warm.Count > 0)
{
    Console.Error.WriteLine($"warm runs ({warm.Count}): min {warm[0]:F0} ms, median {warm[warm.Count / 2]:F0} ms, max {warm[^1]:F0} ms");
}
