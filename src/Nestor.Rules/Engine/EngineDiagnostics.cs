using Nestor.Text;

namespace Nestor.Rules.Engine;

/// <summary>The engine's own diagnostics: documents, configuration, suppressions and fixes (NST01xx).</summary>
public static class EngineDiagnostics
{
    public static readonly RuleDescriptor MissingDocument = new(
        "NST0101", "missing-document", "A mandatory document is missing", "Configuration", DiagnosticSeverity.Warning,
        "MANDATORY READING: docs/ARCHITECTURE.md and docs/RULES.md",
        Docs("Reports that `docs/ARCHITECTURE.md` or `docs/RULES.md` (or the paths given by `--architecture`, `--rules` or the configuration) does not exist.",
            "Every review starts by reading the team's architecture and rules. Without them Nestor can only apply its built-in defaults, and nobody can tell which rules the team meant to enforce.",
            "Run `nestor init` to draft both documents from the code, then edit them. With `--require-docs` a missing document is an error."))
    {
        Unsuppressible = true,
    };

    public static readonly RuleDescriptor InvalidNestorBlock = new(
        "NST0102", "invalid-nestor-block", "The nestor block of RULES.md is not valid YAML", "Configuration", DiagnosticSeverity.Error,
        "NEVER violate any rule",
        Docs("Reports a syntax error in the fenced ```nestor block of RULES.md, at the line and column inside the Markdown file.",
            "A configuration that cannot be read would silently switch every project rule off.",
            "Fix the YAML at the reported position. See docs/rules-md.md for the schema."))
    {
        Unsuppressible = true,
    };

    public static readonly RuleDescriptor UnknownRule = new(
        "NST0103", "unknown-rule", "The configuration names a rule that does not exist", "Configuration", DiagnosticSeverity.Error,
        "NEVER violate any rule",
        Docs("Reports a rule name or id in the nestor block (under `rules:` or `overrides:`) that is not in the catalogue.",
            "A misspelt rule name would leave the rule at its default severity while the team believes it is configured.",
            "Use a name from `nestor rules --list`."))
    {
        Unsuppressible = true,
    };

    public static readonly RuleDescriptor InvalidConfigValue = new(
        "NST0104", "invalid-config-value", "A value in the nestor block has the wrong shape", "Configuration", DiagnosticSeverity.Error,
        "NEVER violate any rule",
        Docs("Reports an unknown key, a value of the wrong kind (a list where a text is expected), an unknown severity or case, or a bad glob in the nestor block.",
            "A value Nestor cannot understand would be ignored, and the rule it belongs to would not be enforced.",
            "Correct the value at the reported position. See docs/rules-md.md for the schema."))
    {
        Unsuppressible = true,
    };

    public static readonly RuleDescriptor SuppressionWithoutReason = new(
        "NST0110", "suppression-without-reason", "A suppression comment gives no reason", "Suppressions", DiagnosticSeverity.Warning,
        "NEVER violate any rule",
        Docs("Reports a `// nestor-ignore-next-line RULE` or `// nestor-ignore-file RULE` comment with no `-- reason` after the rule.",
            "A suppression is an exception to a rule with zero tolerance; the next reader must know why it was granted.",
            "Add the reason: `// nestor-ignore-next-line no-console -- CLI script output`."))
    {
        Unsuppressible = true,
    };

    public static readonly RuleDescriptor UnusedSuppression = new(
        "NST0111", "unused-suppression", "A suppression comment suppresses nothing", "Suppressions", DiagnosticSeverity.Warning,
        "NEVER violate any rule",
        Docs("Reports a suppression comment whose rule reports nothing on the line (or in the file) it covers, or that names an unknown rule.",
            "Stale suppressions hide future problems on that line and make readers believe a problem exists.",
            "Delete the comment, or correct the rule name."))
    {
        Unsuppressible = true,
    };

    public static readonly RuleDescriptor FixRefused = new(
        "NST0120", "fix-refused", "A fix was not applied because it would break the file", "Fixes", DiagnosticSeverity.Warning,
        "Code follows consistent style and project conventions",
        Docs("Reports a file whose safe fixes were not written because the fixed text would have more syntax errors than the original.",
            "A fix must never corrupt a file; Nestor re-parses every fixed file before it writes it.",
            "Apply the change by hand, guided by the finding's help."))
    {
        Unsuppressible = true,
    };

    public static readonly RuleDescriptor RuleFailed = new(
        "NST0130", "rule-failed", "A rule failed on a file", "Engine", DiagnosticSeverity.Error,
        "Defensive Programming",
        Docs("Reports that a rule threw an exception on a file. The other rules and files are still reviewed.",
            "The file was not fully checked by that rule, so a clean result would be a lie.",
            "Report the file and the message as a bug in Nestor; meanwhile exclude the file with 'ignore:' in the nestor block."))
    {
        Unsuppressible = true,
    };

    public static IReadOnlyList<RuleDescriptor> All { get; } =
        [MissingDocument, InvalidNestorBlock, UnknownRule, InvalidConfigValue, SuppressionWithoutReason, UnusedSuppression, FixRefused, RuleFailed];

    private static string Docs(string what, string why, string howToFix) =>
        $"""
        ## What it does

        {what}

        ## Why is this bad

        {why}

        ## How to fix

        {howToFix}
        """;
}
