namespace Nestor.Conformance;

/// <summary>The command line of the comparer.</summary>
public sealed record ConformanceOptions(
    string Root,
    string Oracle,
    string? Expected,
    string Summary,
    string? Report,
    int Examples,
    int Threads,
    bool UpdateExpected,
    TimeSpan HangLimit)
{
    public const string Usage = """
        usage: nestor-conformance [--root DIR] [--oracle FILE] [--expected FILE] [--summary FILE]
                                  [--report FILE] [--examples N] [--threads N] [--hang-seconds N]
                                  [--update-expected]
          --root       folder the oracle's paths are relative to (default tools/conformance)
          --oracle     the oracle's output (default ROOT/.cache/oracle.jsonl)
          --expected   the ratchet (default ROOT/expected.json; "none" to judge by the targets alone)
          --summary    where the JSON summary goes (default ROOT/.cache/summary.json)
          --report     also write the text report to this file
          --examples   examples shown per group of differences (default 5)
          --update-expected  rewrite the ratchet from this run, keeping the known explanations
        """;

    /// <summary>Reads the arguments; returns null and an error message when they make no sense.</summary>
    public static (ConformanceOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var update = false;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--update-expected")
            {
                update = true;
            }
            else if (name is "--root" or "--oracle" or "--expected" or "--summary" or "--report" or "--examples" or "--threads" or "--hang-seconds")
            {
                if (i + 1 >= args.Count)
                {
                    return (null, $"{name} needs a value.");
                }

                values[name] = args[++i];
            }
            else
            {
                return (null, $"unknown argument '{name}'.");
            }
        }

        var root = values.GetValueOrDefault("--root", Path.Combine("tools", "conformance"));
        if (!TryNumber(values, "--examples", 5, out var examples) || !TryNumber(values, "--threads", Environment.ProcessorCount, out var threads)
            || !TryNumber(values, "--hang-seconds", 60, out var hangSeconds))
        {
            return (null, "--examples, --threads and --hang-seconds take a positive whole number.");
        }

        var expected = values.GetValueOrDefault("--expected", Path.Combine(root, "expected.json"));
        return (new ConformanceOptions(
            root,
            values.GetValueOrDefault("--oracle", Path.Combine(root, ".cache", "oracle.jsonl")),
            expected == "none" ? null : expected,
            values.GetValueOrDefault("--summary", Path.Combine(root, ".cache", "summary.json")),
            values.GetValueOrDefault("--report"),
            examples,
            threads,
            update,
            TimeSpan.FromSeconds(hangSeconds)), null);
    }

    private static bool TryNumber(Dictionary<string, string> values, string name, int fallback, out int value)
    {
        if (!values.TryGetValue(name, out var text))
        {
            value = fallback;
            return true;
        }

        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value) && value > 0;
    }
}
