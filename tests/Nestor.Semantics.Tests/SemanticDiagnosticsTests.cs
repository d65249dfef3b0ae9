using System.Text.RegularExpressions;

namespace Nestor.Semantics.Tests;

public sealed class SemanticDiagnosticsTests
{
    [Fact]
    public void Every_descriptor_has_a_unique_area_2_id_and_a_kebab_case_name()
    {
        var all = SemanticDiagnostics.All;

        Assert.Equal(all.Count, all.Select(d => d.Id).Distinct().Count());
        Assert.Equal(all.Count, all.Select(d => d.Name).Distinct().Count());
        Assert.All(all, d => Assert.Matches("^NST2[0-9]{3}$", d.Id));
        Assert.All(all, d => Assert.Matches("^[a-z]+(-[a-z]+)*$", d.Name));
        Assert.All(all, d => Assert.False(string.IsNullOrWhiteSpace(d.Help)));
    }

    [Fact]
    public void Create_fills_the_holes_in_order()
    {
        var diagnostic = SemanticDiagnostics.MissingExport.Create("/repo/a.ts", new Nestor.Text.TextSpan(3, 4), "./b", "X");

        Assert.Equal("module './b' has no export named 'X'", diagnostic.Message);
        Assert.Equal(("NST2011", "missing-export", "/repo/a.ts"), (diagnostic.Code, diagnostic.Name, diagnostic.Path));
        Assert.DoesNotMatch(new Regex("[{}]"), diagnostic.Message);
    }
}
