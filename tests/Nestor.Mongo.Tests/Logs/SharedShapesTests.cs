using Nestor.Mongo.Logs;
using Nestor.Mongo.Shapes;

namespace Nestor.Mongo.Tests.Logs;

public sealed class SharedShapesTests
{
    [Fact]
    public void Equal_shapes_built_on_different_threads_become_one_instance()
    {
        // A namespace of its own, so that no other test's shape is the one shared.
        static QueryShape Build() => QueryShape.Create("shared.shapes" + nameof(Equal_shapes_built_on_different_threads_become_one_instance), "find", [new FieldPredicate("status", PredicateKind.Equality)]);

        var shapes = Enumerable.Range(0, 4).AsParallel().Select(_ => SharedShapes.Of(Build())).ToArray();

        Assert.All(shapes, shape => Assert.Same(shapes[0], shape));
    }

    [Fact]
    public void Shapes_that_differ_only_in_dynamism_stay_apart()
    {
        var ns = "shared.shapes" + nameof(Shapes_that_differ_only_in_dynamism_stay_apart);
        var known = SharedShapes.Of(QueryShape.Create(ns, "find", [], isDynamic: false));
        var dynamic = SharedShapes.Of(QueryShape.Create(ns, "find", [], isDynamic: true));

        Assert.NotSame(known, dynamic);
        Assert.True(dynamic.IsDynamic);
        Assert.False(known.IsDynamic);
    }
}
