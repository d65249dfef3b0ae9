using Nestor.Mongo.Advice;
using Nestor.Mongo.Indexes;
using Nestor.Mongo.Shapes;

namespace Nestor.Mongo.Tests.Advice;

/// <summary>The fast lookup must answer exactly what a walk over the indexes with <see cref="IndexCoverage.Serves(IReadOnlyList{IndexKey}, IndexRequirement)"/> answers.</summary>
public sealed class PlanSignaturesTests
{
    private static readonly string[] Fields = ["a", "b", "c", "d", "e"];

    [Fact]
    public void Agrees_with_serves_on_random_indexes_and_requirements()
    {
        var random = new Random(20_241_126);
        for (var round = 0; round < 200; round++)
        {
            var indexes = Enumerable.Range(0, random.Next(1, 12)).Select(_ => RandomKeys(random)).ToList();
            var signatures = new PlanSignatures();
            for (var i = 0; i < indexes.Count; i++)
            {
                signatures.Register(indexes[i], i);
            }

            for (var query = 0; query < 50; query++)
            {
                var requirement = RandomRequirement(random);
                var walked = indexes.FindIndex(keys => IndexCoverage.Serves(keys, requirement));

                Assert.Equal(walked < 0 ? null : walked, signatures.Find(requirement));
            }
        }
    }

    [Fact]
    public void A_reversed_sort_and_a_prefix_are_found()
    {
        var signatures = new PlanSignatures();
        signatures.Register([IndexKey.Ascending("a"), IndexKey.Descending("s"), IndexKey.Ascending("t"), IndexKey.Ascending("r")], 0);

        Assert.Equal(0, signatures.Find(RequirementBuilder.Build(QueryShape.Create("x.y", "find", [new("a", PredicateKind.Equality)], sort: [new("s", 1), new("t", -1)]))[0]));
        Assert.Equal(0, signatures.Find(RequirementBuilder.Build(QueryShape.Create("x.y", "find", [new("a", PredicateKind.Equality)]))[0]));
        Assert.Null(signatures.Find(RequirementBuilder.Build(QueryShape.Create("x.y", "find", [new("a", PredicateKind.Equality)], sort: [new("s", 1), new("t", 1)]))[0]));
    }

    private static List<IndexKey> RandomKeys(Random random) =>
        Fields.OrderBy(_ => random.Next()).Take(random.Next(1, Fields.Length + 1)).Select(path => IndexKey.Ordered(path, random.Next(2) == 0 ? 1 : -1)).ToList();

    private static IndexRequirement RandomRequirement(Random random)
    {
        var fields = Fields.OrderBy(_ => random.Next()).ToList();
        var equality = fields.Take(random.Next(0, 3)).ToList();
        var sort = fields.Skip(equality.Count).Take(random.Next(0, 3)).ToList();
        var range = fields.Skip(equality.Count + sort.Count).Take(random.Next(0, 3)).ToList();
        return new IndexRequirement(
            "x.y",
            -1,
            equality.Select(path => new FieldPredicate(path, PredicateKind.Equality)).ToList(),
            sort.Select(path => new SortKey(path, random.Next(2) == 0 ? 1 : -1)).ToList(),
            range.Select(path => new FieldPredicate(path, PredicateKind.Range)).ToList(),
            [],
            []);
    }
}
