using Nestor.Text;

namespace Nestor.Rules.Configuration;

/// <summary>Where a project rule was declared, so its findings and errors can point at RULES.md.</summary>
public sealed record DeclarationSite(string Path, int Line);

/// <summary>Files matching <see cref="From"/> must not import a module or path matching <see cref="Import"/>.</summary>
public sealed record ForbidImportSpec(Glob From, Glob Import, string Message, DiagnosticSeverity? Severity, string? Enforces, DeclarationSite Site);

/// <summary>A named set of files, and the layers its files may import.</summary>
public sealed record LayerSpec(string Name, IReadOnlyList<Glob> Files, IReadOnlyList<string> MayImport, DiagnosticSeverity? Severity, string? Enforces, DeclarationSite Site);

/// <summary>A call whose callee matches <see cref="Callee"/> (e.g. <c>console.*</c>, <c>*.$where</c>) is forbidden.</summary>
public sealed record ForbidCallSpec(string Callee, IReadOnlyList<Glob> Files, string Message, DiagnosticSeverity? Severity, string? Enforces, DeclarationSite Site);

/// <summary>Classes declared in files matching <see cref="Files"/> must carry <see cref="Decorator"/>.</summary>
public sealed record RequireDecoratorSpec(Glob Files, string Decorator, string? Message, DiagnosticSeverity? Severity, string? Enforces, DeclarationSite Site);

public enum NamingCase
{
    Kebab,
    Camel,
    Pascal,
    Snake,
}

/// <summary>File names matching <see cref="Files"/> follow <see cref="Case"/>; dotted suffixes like <c>.service.ts</c> are allowed.</summary>
public sealed record FileNamingSpec(Glob Files, NamingCase Case, DiagnosticSeverity? Severity, string? Enforces, DeclarationSite Site);

/// <summary>Severity overrides for files matching any of <see cref="Files"/>; null means off.</summary>
public sealed record PathOverride(IReadOnlyList<Glob> Files, IReadOnlyDictionary<string, DiagnosticSeverity?> Severities);
