using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Nestor.Bench;

// nestor-bench --root DIR --list FILE [--iterations N] [--warmup N] [--threads N] [--json OUT]
var settings = BenchSettings.Parse(args);
if (settings is null)
{
    Console.Error.WriteLine("usage: nestor-bench --root DIR --list FILE [--iterations N] [--warmup N] [--threads N] [--json OUT]");
    return 2;
}

var paths = File.ReadAllLines(settings.List).Where(line => line.Length > 0).ToList();
var corpus = ParseCorpus.Load(settings.Root, paths);
Console.Error.WriteLine($"nestor-bench: {corpus.Files.Count} files, {corpus.Bytes / 1e6:0.0} MB; warming up");
ParseBenchmark.WarmUp(corpus, settings.WarmUp);
GC.Collect();
var single = ParseBenchmark.SingleThreaded(corpus, settings.Iterations);
GC.Collect();
var parallel = ParseBenchmark.AllCores(corpus, settings.Iterations, settings.Threads);
var result = new BenchResult(corpus.Files.Count, corpus.Bytes, Environment.ProcessorCount, [single, parallel]);
foreach (var measurement in result.Measurements)
{
    Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"nestor-bench: {measurement.Mode} ({measurement.Threads} threads): {measurement.MegabytesPerSecond:0.0} MB/s, {measurement.MegabytesPerCpuSecond:0.0} MB per CPU second, {measurement.AllocatedBytesPerSourceByte:0.00} allocated bytes per source byte"));
}

var json = JsonSerializer.Serialize(result, BenchJsonContext.Default.BenchResult);
if (settings.Json is not null)
{
    File.WriteAllText(settings.Json, json + "\n");
}
else
{
    Console.WriteLine(json);
}

return 0;

internal sealed record BenchResult(int Files, long Bytes, int Cores, IReadOnlyList<ParseMeasurement> Measurements);

internal sealed record BenchSettings(string Root, string List, int Iterations, int WarmUp, int Threads, string? Json)
{
    public static BenchSettings? Parse(string[] args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            values[args[i]] = args[i + 1];
        }

        if (args.Length % 2 != 0 || !values.TryGetValue("--root", out var root) || !values.TryGetValue("--list", out var list))
        {
            return null;
        }

        return Number(values, "--iterations", 3) is int iterations && Number(values, "--warmup", 2) is int warmUp && Number(values, "--threads", Environment.ProcessorCount) is int threads
            ? new BenchSettings(root, list, iterations, warmUp, threads, values.GetValueOrDefault("--json"))
            : null;
    }

    private static int? Number(Dictionary<string, string> values, string name, int fallback) =>
        !values.TryGetValue(name, out var text) ? fallback
        : int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(BenchResult))]
internal sealed partial class BenchJsonContext : JsonSerializerContext;
