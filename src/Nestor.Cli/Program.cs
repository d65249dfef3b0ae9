using System.CommandLine;

namespace Nestor.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        var root = NestorCommand.Create();
        try
        {
            return root.Parse(args).Invoke();
        }
        catch (Exception exception)
        {
            Console.Error.WriteLine($"nestor: internal error: {exception}");
            return ExitCodes.InternalError;
        }
    }
}
