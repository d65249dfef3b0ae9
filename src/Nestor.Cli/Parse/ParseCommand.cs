using System.CommandLine;

namespace Nestor.Cli.Parse;

public static class ParseCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files or folders to parse.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format") { Description = "Output format: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("parse", "Parse TypeScript and JavaScript files and report syntax errors.") { paths, format };
        command.SetAction(result => 0);
        return command;
    }
}
