using System.CommandLine;

namespace Nestor.Cli;

/// <summary>The root command: lists every verb. Each verb lives in its own folder.</summary>
public static class NestorCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Nestor: a senior backend engineer you can run, for NestJS + MongoDB + TypeScript codebases.");
        foreach (var command in Commands())
        {
            root.Subcommands.Add(command);
        }

        return root;
    }

    private static IEnumerable<Command> Commands()
    {
        yield return Parse.ParseCommand.Create();
        yield return Mongo.MongoCommand.Create();
        yield return Graph.GraphCommand.Create();
        yield return Review.ReviewCommand.Create();
        yield return Rules.RulesCommand.Create();
        yield return Init.InitCommand.Create();
    }
}
