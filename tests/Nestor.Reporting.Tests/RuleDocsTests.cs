using Nestor.Rules.Engine;
using Nestor.Text;

namespace Nestor.Reporting.Tests;

/// <summary>docs/rules/ is generated from the descriptors; this fails when a page is stale or missing.</summary>
public sealed class RuleDocsTests
{
    private const string Regenerate = "run UPDATE_DOCS=1 dotnet test tests/Nestor.Reporting.Tests, or nestor rules --write-docs docs/rules";

    [Fact]
    public void Generated_rule_docs_are_current()
    {
        var folder = Path.Combine(SourceRoot(), "docs", "rules");
        var pages = RulesReport.DocsPages(RuleCatalog.BuiltIn);
        if (Environment.GetEnvironmentVariable("UPDATE_DOCS") == "1")
        {
            foreach (var (file, page) in pages)
            {
                AtomicFile.WriteAllText(Path.Combine(folder, file), page);
            }
        }

        foreach (var (file, page) in pages)
        {
            var path = Path.Combine(folder, file);
            Assert.True(File.Exists(path), $"docs/rules/{file} is missing: {Regenerate}.");
            Assert.True(page == File.ReadAllText(path), $"docs/rules/{file} is stale: {Regenerate}.");
        }
    }

    [Fact]
    public void A_rule_page_has_its_identity_table_and_docs()
    {
        var page = RulesReport.Explain(RuleCatalog.BuiltIn.Find("no-console")!);

        Assert.StartsWith("# no-console (NST4005)\n\nUse the Nest Logger, not `console`.\n\n| | |\n| --- | --- |\n| id | `NST4005` |\n", page, StringComparison.Ordinal);
        Assert.Contains("| default severity | warning |", page, StringComparison.Ordinal);
        Assert.Contains("## When not to use", page, StringComparison.Ordinal);
    }

    private static string SourceRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Nestor.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Nestor.slnx not found.");
    }
}
