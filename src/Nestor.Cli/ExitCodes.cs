namespace Nestor.Cli;

/// <summary>Every exit code the command line returns, in one place.</summary>
public static class ExitCodes
{
    /// <summary>Nothing to report.</summary>
    public const int Clean = 0;

    /// <summary>Findings: syntax errors, violations of enforced rules, DI problems.</summary>
    public const int Findings = 1;

    /// <summary>Bad arguments, unreadable paths or unreadable input.</summary>
    public const int UsageError = 2;

    /// <summary>A bug in Nestor itself.</summary>
    public const int InternalError = 3;
}
