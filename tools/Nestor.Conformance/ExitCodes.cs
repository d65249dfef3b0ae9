namespace Nestor.Conformance;

/// <summary>What the comparer's exit code means to CI.</summary>
public static class ExitCodes
{
    /// <summary>No worse than the ratchet.</summary>
    public const int Passed = 0;

    /// <summary>Worse than the ratchet (or, without one, a target missed).</summary>
    public const int Regressed = 1;

    /// <summary>Bad arguments or an unreadable oracle file.</summary>
    public const int UsageError = 2;

    /// <summary>The parser ran past the hang limit on a file.</summary>
    public const int Hang = 3;
}
