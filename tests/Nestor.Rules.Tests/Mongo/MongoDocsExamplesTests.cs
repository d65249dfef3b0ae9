using System.Text.RegularExpressions;
using Nestor.Rules.Engine;
using Nestor.Rules.Mongo;
using Nestor.Rules.Tests.Support;

namespace Nestor.Rules.Tests.Mongo;

/// <summary>The docs of the project-wide MongoDB rules hold whole files: each example is reviewed as a one-file project and behaves as labelled.</summary>
public sealed partial class MongoDocsExamplesTests
{
    public static TheoryData<string> Rules() => [NPlusOneQuery.Rule.Name, QueryNotIndexed.Rule.Name];

    [Theory]
    [MemberData(nameof(Rules))]
    public void Examples_behave_as_labelled(string name)
    {
        var rule = (ProjectRule)RuleCatalog.BuiltIn.Rules.Single(r => r.Descriptor.Name == name);
        var examples = Example().Matches(rule.Descriptor.Docs).Select(m => (Label: m.Groups["label"].Value, Code: m.Groups["code"].Value)).ToList();
        Assert.Contains(examples, e => e.Label == "Incorrect");
        Assert.Contains(examples, e => e.Label == "Correct");
        foreach (var (label, code) in examples)
        {
            var diagnostics = RuleTester.RunProject(rule, new Dictionary<string, string> { ["src/app/app.service.ts"] = code });
            Assert.True(label == "Incorrect" ? diagnostics.Count > 0 : diagnostics.Count == 0, $"{name}: the {label} example {(label == "Incorrect" ? "is not reported" : "is reported")}:\n{code}");
        }
    }

    [GeneratedRegex(@"(?<label>Incorrect|Correct):\s*```ts\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Example();
}
