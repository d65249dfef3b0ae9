using System.CommandLine;
using Nestor.Reporting;
using Nestor.Rules.Engine;
using Nestor.Rules.Reading;
using Nestor.Text;

namespace Nestor.Cli.Rules;

/// <summary>
/// <c>nestor rules [PATH]</c>: every RULES.md line and what enforces it; <c>--list</c> the catalogue;
/// <c>--explain NAME</c> one rule's docs; <c>--write-docs DIR</c> the generated rule pages.
/// </summary>
public static class RulesCommand
{
    public static Command Create()
    {
        var path = new Argument<string?>("PATH") { Description = "The project's folder (default: the current folder).", Arity = ArgumentArity.ZeroOrOne };
        var list = new Option<bool>("--list") { Description = "Print the catalogue of rules." };
        var explain = new Option<string?>("--explain") { Description = "Print the documentation of one rule, by name or id." };
        var writeDocs = new Option<string?>("--write-docs") { Description = "Write one Markdown page per rule into a folder (docs/rules)." };
        var rules = new Option<string?>("--rules") { Description = "The RULES.md to read (default: docs/RULES.md)." };
        var command = new Command("rules", "Show how each line of RULES.md is enforced, the rule catalogue, or one rule's docs.") { path, list, explain, writeDocs, rules };
        command.SetAction(result =>
        {
            var output = result.InvocationConfiguration.Output;
            var catalog = RuleCatalog.BuiltIn;
            if (result.GetValue(explain) is { } name)
            {
                return catalog.Find(name) is { } descriptor ? Print(output, RulesReport.Explain(descriptor)) : Fail(result, $"unknown rule '{name}'; 'nestor rules --list' shows the catalogue.");
            }

            if (result.GetValue(list))
            {
                return Print(output, RulesReport.RenderList(catalog));
            }

            if (result.GetValue(writeDocs) is { } folder)
            {
                foreach (var (file, page) in RulesReport.DocsPages(catalog))
                {
                    AtomicFile.WriteAllText(Path.Combine(folder, file), page);
                }

                return Print(output, $"Wrote {catalog.Descriptors.Count + 1} pages to {folder}.\n");
            }

            var root = Path.GetFullPath(result.GetValue(path) ?? ".");
            if (!Directory.Exists(root))
            {
                return Fail(result, $"'{result.GetValue(path)}' is not a folder.");
            }

            var rulesPath = result.GetValue(rules) is { } given ? Path.GetFullPath(given) : null;
            var reading = MandatoryReading.Read(root, new ReadingOptions(RulesPath: rulesPath), catalog);
            foreach (var diagnostic in reading.Diagnostics)
            {
                result.InvocationConfiguration.Error.WriteLine($"{diagnostic.Path}: {diagnostic.Severity.ToString().ToLowerInvariant()}[{diagnostic.Code}] {diagnostic.Message}");
            }

            Print(output, RulesReport.RenderLines(reading));
            return reading.Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error) ? ExitCodes.Findings : ExitCodes.Clean;
        });
        return command;
    }

    private static int Print(TextWriter output, string text)
    {
        output.Write(text);
        return ExitCodes.Clean;
    }

    private static int Fail(ParseResult result, string message)
    {
        result.InvocationConfiguration.Error.WriteLine($"nestor rules: {message}");
        return ExitCodes.UsageError;
    }
}
