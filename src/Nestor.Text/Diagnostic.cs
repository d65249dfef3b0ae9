namespace Nestor.Text;

/// <summary>A secondary location that explains a diagnostic ("declared here", "provided here").</summary>
public sealed record DiagnosticLabel(string Path, TextSpan Span, string Message);

/// <summary>
/// One finding: a stable code (NST + four digits), where it is, what is wrong, and optionally how
/// to fix it. Positions are spans; lines and columns are computed only when reporting.
/// </summary>
public sealed record Diagnostic(
    string Code,
    DiagnosticSeverity Severity,
    string Message,
    string Path,
    TextSpan Span)
{
    public string? Name { get; init; }

    public string? Help { get; init; }

    public string? Note { get; init; }

    public IReadOnlyList<DiagnosticLabel> Labels { get; init; } = [];

    public IReadOnlyList<CodeFix> Fixes { get; init; } = [];
}
