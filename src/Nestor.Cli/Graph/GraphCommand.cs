using System.CommandLine;
using Nestor.Nest;
using Nestor.Nest.Graph;
using Nestor.Nest.Output;

namespace Nestor.Cli.Graph;

/// <summary><c>nestor graph [PATH] [--format text|json|mermaid|dot]</c>: the NestJS DI graph and its problems.</summary>
public static class GraphCommand
{
    public static Command Create()
    {
        var path = new Argument<string?>("PATH") { Description = "The project's folder (default: the current folder).", Arity = ArgumentArity.ZeroOrOne };
        var format = new Option<string>("--format") { Description = "Output format: text, json, mermaid or dot.", DefaultValueFactory = _ => "text" };
        var command = new Command("graph", "Modules, providers, controllers and their DI edges, with the problems Nest would hit at boot.") { path, format };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(result =>
        {
            var (settings, problem) = GraphSettings.From(result.GetValue(path), result.GetValue(format), result.UnmatchedTokens);
            if (settings is null)
            {
                result.InvocationConfiguration.Error.WriteLine($"nestor graph: {problem}");
                return ExitCodes.UsageError;
            }

            var graph = GraphAnalyzer.Analyze(NestProjectLoader.Load(settings.Root));
            result.InvocationConfiguration.Output.Write(GraphOutput.Render(graph, settings.Format));
            return graph.HasProblems ? ExitCodes.Findings : ExitCodes.Clean;
        });
        return command;
    }
}
