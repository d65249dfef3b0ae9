using System.Text.RegularExpressions;
using Nestor.Rules.Engine;

namespace Nestor.Rules.Tests;

/// <summary>Every rule, checked the same way: identity, docs, and the docs' own examples.</summary>
public sealed partial class CatalogueTests
{
    public static TheoryData<string> RuleNames()
    {
        var data = new TheoryData<string>();
        foreach (var rule in RuleCatalog.BuiltIn.Rules)
        {
            data.Add(rule.Descriptor.Name);
        }

        return data;
    }

    [Fact]
    public void Ids_and_names_are_unique_and_well_formed()
    {
        var descriptors = RuleCatalog.BuiltIn.Descriptors;
        Assert.Equal(descriptors.Count, descriptors.Select(d => d.Id).Distinct().Count());
        Assert.Equal(descriptors.Count, descriptors.Select(d => d.Name).Distinct().Count());
        Assert.All(descriptors, d => Assert.Matches("^NST[0-9]{4}$", d.Id));
        Assert.True(RuleCatalog.BuiltIn.Rules.Count >= 10, $"only {RuleCatalog.BuiltIn.Rules.Count} rules");
    }

    [Fact]
    public void The_catalogue_lists_every_rule_class_of_the_assembly()
    {
        var classes = typeof(Rule).Assembly.GetTypes()
            .Where(type => type is { IsAbstract: false, IsClass: true } && type.IsSubclassOf(typeof(Rule)))
            .Select(type => type.FullName!)
            .Order(StringComparer.Ordinal);
        var listed = RuleCatalog.BuiltIn.Rules.Select(rule => rule.GetType().FullName!).Order(StringComparer.Ordinal);
        Assert.Equal(classes, listed);
    }

    [Fact]
    public void Engine_diagnostics_have_docs_and_cannot_be_suppressed()
    {
        Assert.All(EngineDiagnostics.All, d =>
        {
            Assert.Contains("## What it does", d.Docs, StringComparison.Ordinal);
            Assert.Contains("## Why is this bad", d.Docs, StringComparison.Ordinal);
            Assert.True(d.Unsuppressible);
        });
    }

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Docs_have_every_heading(string name)
    {
        var docs = RuleCatalog.BuiltIn.Find(name)!.Docs;
        foreach (var heading in new[] { "## What it does", "## Why is this bad", "## Examples", "## Options", "## When not to use" })
        {
            Assert.Contains(heading, docs, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Each_rule_has_a_test_file_with_valid_and_invalid_cases(string name)
    {
        var rule = RuleCatalog.BuiltIn.Rules.Single(r => r.Descriptor.Name == name);
        var testsFolder = Path.Combine(SourceRoot(), "tests", "Nestor.Rules.Tests");
        var typeName = rule.GetType().Name;
        var sources = Directory.GetFiles(testsFolder, "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText).Where(text => Regex.IsMatch(text, $@"\b{typeName}\b")).ToList();
        Assert.True(sources.Count > 0, $"no test creates {typeName}");
        Assert.Contains(sources, text => text.Contains("RuleTester.Invalid", StringComparison.Ordinal) || text.Contains("RuleTester.RunProject(", StringComparison.Ordinal) || text.Contains("Assert.Single(result.Diagnostics)", StringComparison.Ordinal));
        Assert.Contains(sources, text => text.Contains("RuleTester.Valid", StringComparison.Ordinal) || text.Contains("FileNaming.Follows", StringComparison.Ordinal));
    }

    /// <summary>The docs' "Incorrect" ts blocks are reported and the "Correct" ones are not, for rules that need no declaration.</summary>
    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Docs_examples_behave_as_labelled(string name)
    {
        var rule = RuleCatalog.BuiltIn.Rules.Single(r => r.Descriptor.Name == name);
        if (rule is Nestor.Rules.Project.IProjectRuleFromConfig || rule is not FileRule)
        {
            return;
        }

        var examples = Example().Matches(rule.Descriptor.Docs).Select(m => (Label: m.Groups["label"].Value, Code: m.Groups["code"].Value)).ToList();
        Assert.Contains(examples, e => e.Label == "Incorrect");
        Assert.Contains(examples, e => e.Label == "Correct");
        foreach (var (label, code) in examples)
        {
            var diagnostics = Support.RuleTester.Run(rule, code, "src/app/app.service.ts").Where(d => d.Code == rule.Descriptor.Id).ToList();
            Assert.True(label == "Incorrect" ? diagnostics.Count > 0 : diagnostics.Count == 0, $"{name}: the {label} example {(label == "Incorrect" ? "is not reported" : "is reported")}:\n{code}");
        }
    }

    [Theory]
    [MemberData(nameof(RuleNames))]
    public void Messages_have_no_unfilled_holes(string name)
    {
        var source = File.ReadAllText(Directory.GetFiles(Path.Combine(SourceRoot(), "src", "Nestor.Rules"), RuleCatalog.BuiltIn.Rules.Single(r => r.Descriptor.Name == name).GetType().Name + ".cs", SearchOption.AllDirectories).Single());
        // A plain (not interpolated) string literal with a {hole} would print the hole as text.
        Assert.DoesNotMatch(@"(?<![$@\w])""[^""\n]*\{[A-Za-z]+\}[^""\n]*""", source);
    }

    internal static string SourceRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Nestor.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Nestor.slnx not found.");
    }

    [GeneratedRegex(@"(?<label>Incorrect|Correct):\s*```ts\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Example();
}
