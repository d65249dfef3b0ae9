using System.CommandLine;
using Nestor.Mongo.Advice;
using Nestor.Mongo.Advice.Rendering;

namespace Nestor.Cli.Mongo.Advise;

/// <summary><c>nestor mongo advise</c>: index plans, redundant and unused indexes from logs, profiler, explain and index listings.</summary>
public static class AdviseCommand
{
    public static Command Create()
    {
        var path = new Argument<string?>("PATH") { Description = "The NestJS project: the indexes its Mongoose schemas declare count as existing, and each slow shape is tied to the query sites in its code.", Arity = ArgumentArity.ZeroOrOne };
        var logs = Many("--log", "mongod log files (JSON 4.4+ or legacy text, .gz too); - for standard input.");
        var profiles = Many("--profile", "system.profile exports (JSON array, JSON lines or mongoexport).");
        var explains = Many("--explain", "explain() outputs (executionStats or queryPlanner), one or several per file.");
        var indexes = Many("--indexes", "getIndexes() or $indexStats output: FILE, or db.collection=FILE when the listing names no namespace.");
        var uri = new Option<string?>("--uri") { Description = "Read indexes and $indexStats live from this server (read-only)." };
        var format = new Option<string>("--format") { Description = "Output format: text, json or markdown.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "markdown");
        var command = new Command("advise", "Index plans by the ESR rule for the slow query shapes, ranked by the time they cost; redundant and unused indexes.")
        {
            path, logs, profiles, explains, indexes, uri, format,
        };
        command.SetAction(result => Run(
            new AdviseSettings
            {
                ProjectPath = result.GetValue(path),
                Logs = result.GetValue(logs) ?? [],
                Profiles = result.GetValue(profiles) ?? [],
                Explains = result.GetValue(explains) ?? [],
                IndexFiles = result.GetValue(indexes) ?? [],
                Uri = result.GetValue(uri),
            },
            result.GetValue(format)!,
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error));
        return command;
    }

    internal static int Run(AdviseSettings settings, string format, TextWriter output, TextWriter error)
    {
        if (settings.Logs.Count + settings.Profiles.Count + settings.Explains.Count + settings.IndexFiles.Count == 0 && settings.Uri is null)
        {
            error.WriteLine("nestor mongo advise: give at least one input: --log, --profile, --explain, --indexes or --uri");
            return ExitCodes.UsageError;
        }

        if (settings.ProjectPath is { } project && !Directory.Exists(project))
        {
            error.WriteLine($"nestor mongo advise: {project}: no such folder");
            return ExitCodes.UsageError;
        }

        if (settings.ProjectPath is { } projectPath)
        {
            settings = settings with { Project = ProjectEvidenceReader.Read(projectPath) };
        }

        var document = AdviseRunner.Run(settings);
        output.Write(format switch
        {
            "json" => AdviceJsonRenderer.Render(document),
            "markdown" => AdviceMarkdownRenderer.Render(document),
            _ => AdviceTextRenderer.Render(document),
        });
        foreach (var problem in document.Problems.Where(problem => problem.IsError))
        {
            error.WriteLine($"nestor mongo advise: {problem.Input}: {problem.Message}");
        }

        return document.HasErrors ? ExitCodes.UsageError : ExitCodes.Clean;
    }

    private static Option<string[]> Many(string name, string description) =>
        new(name) { Description = description, AllowMultipleArgumentsPerToken = true, Arity = ArgumentArity.OneOrMore };
}
