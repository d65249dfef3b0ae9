using System.Text.Json;
using Nestor.Conformance;
using Nestor.Text;

var (options, error) = ConformanceOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine($"nestor-conformance: {error}");
    Console.Error.WriteLine(ConformanceOptions.Usage);
    return ExitCodes.UsageError;
}

if (!File.Exists(options.Oracle))
{
    Console.Error.WriteLine($"nestor-conformance: {options.Oracle} does not exist; run tools/conformance/run.sh, which writes it first.");
    return ExitCodes.UsageError;
}

OracleHeader header;
IReadOnlyList<OracleFile> files;
Ratchet? ratchet;
try
{
    (header, files) = OracleReader.Read(options.Oracle);
    ratchet = options.Expected is not null && File.Exists(options.Expected)
        ? JsonSerializer.Deserialize(File.ReadAllText(options.Expected), OracleJsonContext.Default.Ratchet)
        : null;
}
catch (Exception exception) when (exception is IOException or InvalidDataException or JsonException)
{
    Console.Error.WriteLine($"nestor-conformance: {exception.Message}");
    return ExitCodes.UsageError;
}

var run = ConformanceRun.Execute(header.Typescript, files, options.Root, options.Threads, options.HangLimit);
var regressions = ratchet?.Regressions(run) ?? (run.TargetsMet ? [] : ["a target is missed and there is no ratchet"]);
var report = ConformanceReport.Render(run, ratchet, regressions, options.Examples);
Console.Write(report);
if (options.Report is not null)
{
    AtomicFile.WriteAllText(options.Report, report);
}

AtomicFile.WriteAllText(options.Summary, JsonSerializer.Serialize(ConformanceSummary.From(run, regressions), OracleJsonContext.Readable.ConformanceSummary) + "\n");
if (options.UpdateExpected && options.Expected is not null)
{
    AtomicFile.WriteAllText(options.Expected, JsonSerializer.Serialize(Ratchet.From(run, ratchet), OracleJsonContext.Readable.Ratchet) + "\n");
    Console.WriteLine($"wrote {options.Expected}");
    return ExitCodes.Passed;
}

return regressions.Count == 0 ? ExitCodes.Passed : ExitCodes.Regressed;
