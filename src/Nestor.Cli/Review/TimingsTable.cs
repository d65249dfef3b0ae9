using System.Globalization;
using Nestor.Rules.Engine;

namespace Nestor.Cli.Review;

/// <summary><c>--timings</c>: stages and rules, slowest first, with their share of the measured time.</summary>
public static class TimingsTable
{
    public static void Write(RuleTimings timings, TextWriter error)
    {
        var items = timings.Slowest();
        var total = items.Sum(item => item.Time.TotalMilliseconds);
        error.WriteLine();
        error.WriteLine($"{"stage or rule",-40} {"time (ms)",10} {"share",7}");
        foreach (var (name, time) in items)
        {
            var share = total > 0 ? time.TotalMilliseconds / total : 0;
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-40} {time.TotalMilliseconds,10:F1} {share,7:P1}"));
        }

        error.WriteLine("Rule times are thread time added up over the files checked in parallel.");
        // How much of the run was the runtime compiling code rather than running it: a cold run pays for both.
        error.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Compiled at run time: {System.Runtime.JitInfo.GetCompiledMethodCount()} methods in {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms."));
    }
}
