using Nestor.Rules.Engine;
using Nestor.Text;

namespace Nestor.Rules.Suppressions;

/// <summary>The findings of one file after its suppressions, with the problems of the suppressions themselves.</summary>
public sealed record SuppressionOutcome(IReadOnlyList<Diagnostic> Kept, int Suppressed, IReadOnlyList<Diagnostic> SuppressionProblems);

/// <summary>
/// Applies a file's suppression comments to its findings. Syntax and configuration errors and the
/// engine's own diagnostics cannot be suppressed; a suppression without a reason or that matches
/// nothing is itself reported.
/// </summary>
public static class SuppressionFilter
{
    public static SuppressionOutcome Apply(SourceText text, IReadOnlyList<Diagnostic> diagnostics, RuleCatalog catalog, NestorConfigSeverity severityOf)
    {
        var suppressions = SuppressionParser.Parse(text);
        if (suppressions.Count == 0)
        {
            return new SuppressionOutcome(diagnostics, 0, []);
        }

        var used = new HashSet<(Suppression, SuppressedRule)>();
        var kept = new List<Diagnostic>();
        foreach (var diagnostic in diagnostics)
        {
            var match = CanSuppress(diagnostic, catalog) ? FindSuppression(text, diagnostic, suppressions, catalog) : null;
            if (match is { } found)
            {
                used.Add(found);
            }
            else
            {
                kept.Add(diagnostic);
            }
        }

        var problems = new List<Diagnostic>();
        foreach (var suppression in suppressions)
        {
            if (suppression.Reason is null)
            {
                Add(problems, EngineDiagnostics.SuppressionWithoutReason, text.Path, suppression.Span, severityOf,
                    "This suppression gives no reason; add one after '--'.",
                    $"// nestor-ignore-{(suppression.Kind == SuppressionKind.File ? "file" : "next-line")} {string.Join(", ", suppression.Rules.Select(r => r.Key))} -- <why this is acceptable here>");
            }

            if (suppression.Rules.Count == 0)
            {
                Add(problems, EngineDiagnostics.UnusedSuppression, text.Path, suppression.Span, severityOf, "This suppression names no rule, so it suppresses nothing.", "Name the rule to suppress, e.g. 'no-console'.");
            }

            foreach (var rule in suppression.Rules)
            {
                if (catalog.Find(rule.Key) is null)
                {
                    Add(problems, EngineDiagnostics.UnusedSuppression, text.Path, rule.Span, severityOf, $"Unknown rule '{rule.Key}' in a suppression.", "Use a name from 'nestor rules --list'.");
                }
                else if (!used.Contains((suppression, rule)))
                {
                    var where = suppression.Kind == SuppressionKind.File ? "in this file" : $"on line {suppression.TargetLine + 1}";
                    Add(problems, EngineDiagnostics.UnusedSuppression, text.Path, rule.Span, severityOf, $"'{rule.Key}' reports nothing {where}; this suppression is unused.", "Delete the suppression.");
                }
            }
        }

        return new SuppressionOutcome(kept, diagnostics.Count - kept.Count, problems);
    }

    /// <summary>Syntax (NST1xxx) and configuration (NST0xxx) diagnostics are never suppressible.</summary>
    public static bool CanSuppress(Diagnostic diagnostic, RuleCatalog catalog) =>
        diagnostic.Code.Length == 7 && diagnostic.Code[3] is not ('0' or '1') && catalog.Find(diagnostic.Code) is { Unsuppressible: false };

    private static (Suppression, SuppressedRule)? FindSuppression(SourceText text, Diagnostic diagnostic, IReadOnlyList<Suppression> suppressions, RuleCatalog catalog)
    {
        var line = text.Lines.GetLineIndex(diagnostic.Span.Start);
        foreach (var suppression in suppressions)
        {
            if (suppression.Kind == SuppressionKind.NextLine && suppression.TargetLine != line)
            {
                continue;
            }

            foreach (var rule in suppression.Rules)
            {
                if (catalog.Find(rule.Key)?.Id == diagnostic.Code)
                {
                    return (suppression, rule);
                }
            }
        }

        return null;
    }

    private static void Add(List<Diagnostic> problems, RuleDescriptor descriptor, string path, TextSpan span, NestorConfigSeverity severityOf, string message, string help)
    {
        if (severityOf(descriptor, path) is { } severity)
        {
            problems.Add(new Diagnostic(descriptor.Id, severity, message, path, span) { Name = descriptor.Name, Help = help });
        }
    }
}

/// <summary>The configured severity of a rule in a path; null when off.</summary>
public delegate DiagnosticSeverity? NestorConfigSeverity(RuleDescriptor rule, string path);
