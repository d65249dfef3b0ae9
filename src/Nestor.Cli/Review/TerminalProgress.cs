using Nestor.Rules.Engine;
using Spectre.Console;

namespace Nestor.Cli.Review;

/// <summary>
/// A one-line status with a spinner on standard error while a review runs, only when standard
/// error is a terminal: pipes, files and CI logs get no control characters.
/// </summary>
public static class TerminalProgress
{
    public static bool IsWanted(TextWriter error) =>
        error == Console.Error
        && !Console.IsErrorRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NESTOR_NO_PROGRESS"));

    public static T Run<T>(TextWriter error, Func<Action<ReviewProgress>?, T> work)
    {
        if (!IsWanted(error))
        {
            return work(null);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Status()
            .Spinner(Spinner.Known.Dots)
            .Start("Reviewing", status => work(progress => status.Status(Markup.Escape(progress.Describe()))));
    }
}
