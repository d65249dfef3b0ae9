using System.Text;
using Nestor.Rules.Engine;
using Nestor.Rules.Reading;

namespace Nestor.Reporting;

/// <summary>What <c>nestor rules</c> prints: every RULES.md line and its enforcer, the catalogue, one rule's docs.</summary>
public static class RulesReport
{
    public const string NotMachineCheckable = "not machine-checkable — review by hand";

    public static string RenderLines(ReadingResult reading)
    {
        var output = new StringBuilder();
        output.Append(ReadingHeader.Render(reading)).Append('\n');
        var rules = reading.Documents.FirstOrDefault(d => d.Kind == "rules");
        foreach (var line in reading.Lines)
        {
            output.Append('\n').Append($"{rules?.Path}:{line.Line.Line}: {line.Line.Text}").Append('\n');
            if (line.Enforcers.Count == 0)
            {
                output.Append("  -> ").Append(NotMachineCheckable).Append('\n');
            }

            foreach (var enforcer in line.Enforcers)
            {
                var severity = enforcer.Severity is { } value ? ReportPositions.SeverityWord(value) : "off";
                var verb = enforcer.Severity is null ? "would be enforced by" : "enforced by";
                output.Append($"  -> {verb} {enforcer.Name} ({enforcer.Id}, {severity}; {enforcer.Source})").Append('\n');
            }
        }

        return output.ToString();
    }

    public static string RenderList(RuleCatalog catalog)
    {
        var output = new StringBuilder();
        var nameWidth = catalog.Descriptors.Max(d => d.Name.Length);
        var categoryWidth = catalog.Descriptors.Max(d => d.Category.Length);
        output.Append("id       ").Append("name".PadRight(nameWidth)).Append("  severity  ").Append("category".PadRight(categoryWidth)).Append("  title\n");
        foreach (var descriptor in catalog.Descriptors)
        {
            output.Append(descriptor.Id).Append("  ")
                .Append(descriptor.Name.PadRight(nameWidth)).Append("  ")
                .Append(ReportPositions.SeverityWord(descriptor.DefaultSeverity).PadRight(8)).Append("  ")
                .Append(descriptor.Category.PadRight(categoryWidth)).Append("  ")
                .Append(descriptor.Title).Append('\n');
        }

        return output.ToString();
    }

    /// <summary>The page of one rule, as <c>--explain</c> prints it and docs/rules/NAME.md holds it.</summary>
    public static string Explain(RuleDescriptor descriptor)
    {
        var output = new StringBuilder();
        output.Append($"# {descriptor.Name} ({descriptor.Id})\n\n");
        output.Append($"{descriptor.Title}.\n\n");
        output.Append("| | |\n| --- | --- |\n");
        output.Append($"| id | `{descriptor.Id}` |\n");
        output.Append($"| category | {descriptor.Category} |\n");
        output.Append($"| default severity | {ReportPositions.SeverityWord(descriptor.DefaultSeverity)} |\n");
        output.Append($"| serves | {descriptor.Standard} |\n");
        output.Append($"| suppressible | {(descriptor.Unsuppressible ? "no" : "yes, with a reason")} |\n");
        if (descriptor.Recognisers.Count > 0)
        {
            output.Append($"| RULES.md phrasings | {string.Join(", ", descriptor.Recognisers.Select(r => $"`{r.Replace("|", "\\|", StringComparison.Ordinal)}`"))} |\n");
        }

        output.Append('\n').Append(descriptor.Docs.Trim()).Append('\n');
        return output.ToString();
    }

    /// <summary>docs/rules/README.md: the catalogue as a table linking every page.</summary>
    public static string Index(RuleCatalog catalog)
    {
        var output = new StringBuilder();
        output.Append("# Rules\n\nGenerated from the rule descriptors by `nestor rules --write-docs docs/rules`; do not edit by hand.\n\n");
        output.Append("| id | name | category | default | title |\n| --- | --- | --- | --- | --- |\n");
        foreach (var descriptor in catalog.Descriptors)
        {
            output.Append($"| {descriptor.Id} | [{descriptor.Name}]({descriptor.Name}.md) | {descriptor.Category} | {ReportPositions.SeverityWord(descriptor.DefaultSeverity)} | {descriptor.Title} |\n");
        }

        return output.ToString();
    }

    /// <summary>Every generated page, by file name.</summary>
    public static IReadOnlyDictionary<string, string> DocsPages(RuleCatalog catalog)
    {
        var pages = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["README.md"] = Index(catalog) };
        foreach (var descriptor in catalog.Descriptors)
        {
            pages[descriptor.Name + ".md"] = Explain(descriptor);
        }

        return pages;
    }
}
