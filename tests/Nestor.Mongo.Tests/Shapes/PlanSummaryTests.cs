using Nestor.Mongo.Shapes;

namespace Nestor.Mongo.Tests.Shapes;

public sealed class PlanSummaryTests
{
    [Fact]
    public void Plans_split_on_commas_outside_key_patterns()
    {
        var stages = PlanSummary.Parse("IXSCAN { a: 1, b: -1 }, IXSCAN { c: 1 }");

        Assert.Equal([new PlanStage("IXSCAN", "{ a: 1, b: -1 }"), new PlanStage("IXSCAN", "{ c: 1 }")], stages);
    }

    [Fact]
    public void The_express_path_of_8_0_has_no_space_after_its_comma()
    {
        var stages = PlanSummary.Parse("EXPRESS_IXSCAN { _id: 1 },EXPRESS_UPDATE");

        Assert.Equal([new PlanStage("EXPRESS_IXSCAN", "{ _id: 1 }"), new PlanStage("EXPRESS_UPDATE", null)], stages);
    }

    [Theory]
    [InlineData("COLLSCAN", true)]
    [InlineData("IXSCAN { a: 1 }, COLLSCAN", true)]
    [InlineData("CLUSTERED_IXSCAN", false)]
    [InlineData("IDHACK", false)]
    [InlineData(null, false)]
    public void A_collection_scan_is_flagged(string? summary, bool expected) =>
        Assert.Equal(expected, PlanSummary.IsCollectionScan(summary));
}
