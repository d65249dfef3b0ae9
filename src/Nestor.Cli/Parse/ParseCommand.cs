using System.CommandLine;

namespace Nestor.Cli.Parse;

/// <summary><c>nestor parse PATH... [--format text|json]</c>: syntax errors of every source file under the paths.</summary>
public static class ParseCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files or folders to parse.", Arity = ArgumentArity.ZeroOrMore };
        var format = new Option<string>("--format") { Description = "Output format: text or json.", DefaultValueFactory = _ => "text" };
        var command = new Command("parse", "Parse TypeScript and JavaScript files and report syntax errors.") { paths, format };

        // Argument problems are usage errors (exit 2), so they are judged here, not by the parser's default exit code.
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(result =>
        {
            var output = result.InvocationConfiguration.Output;
            var error = result.InvocationConfiguration.Error;
            var (settings, problem) = ParseSettings.From(result.GetValue(paths) ?? [], result.GetValue(format), result.UnmatchedTokens);
            if (settings is null)
            {
                error.WriteLine($"nestor parse: {problem}");
                return ExitCodes.UsageError;
            }

            var run = ParseRun.Execute(settings.Paths);
            ParseOutput.Write(run, settings.Format, output, error);
            return run.InputErrors.Count > 0 ? ExitCodes.UsageError : run.ErrorCount > 0 ? ExitCodes.Findings : ExitCodes.Clean;
        });
        return command;
    }
}
