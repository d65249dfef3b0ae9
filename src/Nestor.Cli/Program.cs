using System.CommandLine;

namespace Nestor.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        var root = NestorCommand.Create();
        try
        {
            var parseResult = root.Parse(args);
            if (parseResult.Errors.Count > 0)
            {
                // System.CommandLine would exit 1, which Nestor reserves for findings.
                foreach (var error in parseResult.Errors)
                {
                    Console.Error.WriteLine($"nestor: {error.Message}");
                }

                Console.Error.WriteLine("Run 'nestor --help' for usage.");
                return ExitCodes.UsageError;
            }

            return parseResult.Invoke();
        }
        catch (Exception exception)
        {
            Console.Error.WriteLine($"nestor: internal error: {exception}");
            return ExitCodes.InternalError;
        }
    }
}
