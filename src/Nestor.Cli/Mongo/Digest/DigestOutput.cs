using System.Globalization;
using Nestor.Mongo.Digest;

namespace Nestor.Cli.Mongo.Digest;

/// <summary>Writes a digest in the format asked for; input errors and progress go to standard error.</summary>
public static class DigestOutput
{
    public static void Write(DigestReport report, string format, TextWriter output, TextWriter error)
    {
        output.Write(format switch
        {
            "json" => DigestJson.Render(report) + Environment.NewLine,
            "markdown" => DigestTable.Markdown(report),
            "csv" => DigestTable.Csv(report),
            _ => DigestTable.Text(report),
        });
        foreach (var input in report.Inputs.Where(i => i.Error is not null))
        {
            error.WriteLine($"nestor mongo digest: cannot read {input.Name}: {input.Error}");
        }
    }

    /// <summary>Inputs shorter than this are read too fast to need a progress line.</summary>
    public const long ProgressThreshold = 64L * 1024 * 1024;

    /// <summary>A progress line on standard error for long inputs, only when a person is watching it.</summary>
    public static Action<string, long>? Progress(TextWriter error)
    {
        if (Console.IsErrorRedirected || !ReferenceEquals(error, Console.Error))
        {
            return null;
        }

        return (input, bytes) =>
        {
            if (bytes >= ProgressThreshold)
            {
                error.Write(string.Create(CultureInfo.InvariantCulture, $"\r{input}: {bytes / (1024 * 1024)} MB read   "));
            }
        };
    }

    /// <summary>Ends the progress line, if one was written.</summary>
    public static void EndProgress(DigestReport report, Action<string, long>? progress, TextWriter error)
    {
        if (progress is not null && report.Inputs.Any(i => i.Counters.Bytes >= ProgressThreshold))
        {
            error.WriteLine();
        }
    }
}
