using System.Diagnostics;
using Nestor.Syntax;
using Nestor.Text;

namespace Nestor.Bench;

/// <summary>One measured configuration: throughput and what the parser allocated per source byte.</summary>
/// <remarks>
/// Megabytes per CPU second is reported beside wall-clock MB/s because it holds up on a shared,
/// busy machine, where wall time mostly measures the neighbours.
/// </remarks>
public sealed record ParseMeasurement(string Mode, int Threads, int Iterations, double Seconds, double CpuSeconds, double MegabytesPerSecond, double MegabytesPerCpuSecond, double AllocatedBytesPerSourceByte);

/// <summary>The corpus, loaded once: parsing is timed, reading the disk is not.</summary>
public sealed class ParseCorpus
{
    private ParseCorpus(IReadOnlyList<(SourceText Text, ParseOptions Options)> files, long bytes)
    {
        Files = files;
        Bytes = bytes;
    }

    public IReadOnlyList<(SourceText Text, ParseOptions Options)> Files { get; }

    /// <summary>Size on disk (UTF-8), the unit MB/s is counted in for every parser compared.</summary>
    public long Bytes { get; }

    public static ParseCorpus Load(string root, IEnumerable<string> relativePaths)
    {
        var files = new List<(SourceText, ParseOptions)>();
        long bytes = 0;
        foreach (var path in relativePaths)
        {
            var content = File.ReadAllBytes(Path.Combine(root, path));
            bytes += content.Length;
            files.Add((SourceText.FromBytes(path, content), ParseOptions.ForPath(path)));
        }

        return new ParseCorpus(files, bytes);
    }
}

/// <summary>Times <see cref="SyntaxTree.Parse"/> over a corpus on one thread and on all cores.</summary>
public static class ParseBenchmark
{
    public static ParseMeasurement SingleThreaded(ParseCorpus corpus, int iterations)
    {
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var cpuBefore = CpuTime();
        var stopwatch = Stopwatch.StartNew();
        var errors = 0;
        for (var i = 0; i < iterations; i++)
        {
            foreach (var (text, options) in corpus.Files)
            {
                errors += SyntaxTree.Parse(text, options).Diagnostics.Count;
            }
        }

        stopwatch.Stop();
        var cpu = CpuTime() - cpuBefore;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
        GC.KeepAlive(errors);
        return Measure("single thread", 1, iterations, stopwatch.Elapsed, cpu, corpus.Bytes, allocated);
    }

    public static ParseMeasurement AllCores(ParseCorpus corpus, int iterations, int threads)
    {
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var cpuBefore = CpuTime();
        var stopwatch = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            Parallel.ForEach(corpus.Files, new ParallelOptions { MaxDegreeOfParallelism = threads }, file => SyntaxTree.Parse(file.Text, file.Options));
        }

        stopwatch.Stop();
        var cpu = CpuTime() - cpuBefore;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        return Measure("all cores", threads, iterations, stopwatch.Elapsed, cpu, corpus.Bytes, allocated);
    }

    /// <summary>Parses everything once, so that tiered compilation has settled before timing.</summary>
    public static void WarmUp(ParseCorpus corpus, int rounds)
    {
        for (var i = 0; i < rounds; i++)
        {
            foreach (var (text, options) in corpus.Files)
            {
                SyntaxTree.Parse(text, options);
            }
        }
    }

    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static ParseMeasurement Measure(string mode, int threads, int iterations, TimeSpan elapsed, TimeSpan cpu, long corpusBytes, long allocated)
    {
        var megabytes = (double)corpusBytes * iterations / 1e6;
        return new ParseMeasurement(mode, threads, iterations, elapsed.TotalSeconds, cpu.TotalSeconds, megabytes / elapsed.TotalSeconds, megabytes / cpu.TotalSeconds, allocated / (megabytes * 1e6));
    }
}
