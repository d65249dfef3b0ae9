namespace Nestor.Text;

public enum DiagnosticSeverity
{
    Hint,
    Info,
    Warning,
    Error,
}
