using System.CommandLine;

namespace Nestor.Cli.Mongo;

/// <summary><c>nestor mongo</c>: the commands that read MongoDB's own evidence (logs, profiler, explain, indexes).</summary>
public static class MongoCommand
{
    public static Command Create()
    {
        var command = new Command("mongo", "MongoDB evidence: digest slow operations from logs and the profiler; index advice.");
        command.Subcommands.Add(Digest.DigestCommand.Create());
        command.Subcommands.Add(Advise.AdviseCommand.Create());
        return command;
    }
}
