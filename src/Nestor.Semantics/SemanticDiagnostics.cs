using Nestor.Text;

namespace Nestor.Semantics;

/// <summary>What one kind of workspace or binding problem is: its id, name, title and message format.</summary>
public sealed record SemanticDiagnosticDescriptor(string Id, string Name, string Title, string MessageFormat, DiagnosticSeverity Severity, string Help)
{
    /// <summary>Fills the named holes of the message format in order and builds the diagnostic.</summary>
    public Diagnostic Create(string path, TextSpan span, params string[] arguments)
    {
        var message = MessageFormat;
        foreach (var argument in arguments)
        {
            var open = message.IndexOf('{', StringComparison.Ordinal);
            var close = open < 0 ? -1 : message.IndexOf('}', open);
            if (close < 0)
            {
                break;
            }

            message = string.Concat(message.AsSpan(0, open), argument, message.AsSpan(close + 1));
        }

        return new Diagnostic(Id, Severity, message, path, span) { Name = Name, Help = Help };
    }
}

/// <summary>The NST2xxx diagnostics: workspace configuration and cross-file binding. Ids are never reused.</summary>
public static class SemanticDiagnostics
{
    public static readonly SemanticDiagnosticDescriptor InvalidJson = new(
        "NST2001", "invalid-config-json", "Configuration file is not valid JSON",
        "{file} is not valid JSON: {reason}", DiagnosticSeverity.Error,
        "Fix the syntax at the position shown; comments and trailing commas are allowed in tsconfig files.");

    public static readonly SemanticDiagnosticDescriptor UnresolvedExtends = new(
        "NST2002", "unresolved-tsconfig-extends", "The tsconfig named in \"extends\" was not found",
        "cannot find the configuration '{specifier}' that {file} extends", DiagnosticSeverity.Error,
        "Check the path, or install the package that holds it so it is under node_modules.");

    public static readonly SemanticDiagnosticDescriptor ExtendsCycle = new(
        "NST2003", "tsconfig-extends-cycle", "tsconfig files extend each other in a cycle",
        "{file} extends itself through {chain}", DiagnosticSeverity.Error,
        "Remove one of the \"extends\" entries so that the chain ends.");

    public static readonly SemanticDiagnosticDescriptor UnreadableFile = new(
        "NST2004", "unreadable-file", "A file could not be read",
        "cannot read {file}: {reason}", DiagnosticSeverity.Error,
        "Check the file's permissions; the rest of the workspace is analysed without it.");

    public static readonly SemanticDiagnosticDescriptor UnreadableFolder = new(
        "NST2005", "unreadable-folder", "A folder could not be read",
        "{reason}", DiagnosticSeverity.Error,
        "Check the folder's permissions; the rest of the workspace is analysed without it.");

    public static readonly SemanticDiagnosticDescriptor InvalidConfigValue = new(
        "NST2006", "invalid-config-value", "A configuration value has the wrong shape",
        "'{property}' in {file} must be {expected}", DiagnosticSeverity.Warning,
        "Correct the value; it is ignored until then.");

    public static readonly SemanticDiagnosticDescriptor UnresolvedModule = new(
        "NST2010", "unresolved-module", "An import names a module that does not exist in the workspace",
        "cannot find module '{specifier}'", DiagnosticSeverity.Warning,
        "Check the path, the tsconfig 'paths' aliases, or the workspace package's name.");

    public static readonly SemanticDiagnosticDescriptor MissingExport = new(
        "NST2011", "missing-export", "An import names something the module does not export",
        "module '{specifier}' has no export named '{name}'", DiagnosticSeverity.Warning,
        "Export the name from the module, or import a name it does export.");

    public static IReadOnlyList<SemanticDiagnosticDescriptor> All { get; } =
        [InvalidJson, UnresolvedExtends, ExtendsCycle, UnreadableFile, UnreadableFolder, InvalidConfigValue, UnresolvedModule, MissingExport];
}
