using Nestor.Mongo.Digest;

namespace Nestor.Mongo.Tests.Digest;

public sealed class InstanceCacheTests
{
    [Fact]
    public void A_key_is_found_by_its_identity_and_an_equal_copy_is_not()
    {
        var cache = new InstanceCache<string, object>(16);
        var key = new string("shop.orders");
        var value = new object();
        cache.Set(key, value);

        Assert.True(cache.TryGet(key, out var found));
        Assert.Same(value, found);
        Assert.False(cache.TryGet(new string("shop.orders"), out _));
    }

    [Fact]
    public void A_full_cache_forgets_what_it_overwrites_and_stays_its_size()
    {
        var cache = new InstanceCache<object, object>(2);
        var keys = Enumerable.Range(0, 100).Select(_ => new object()).ToArray();
        foreach (var key in keys)
        {
            cache.Set(key, key);
        }

        var kept = keys.Count(key => cache.TryGet(key, out var value) && ReferenceEquals(value, key));
        Assert.InRange(kept, 1, 2);
        Assert.True(cache.TryGet(keys[^1], out _));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(-4)]
    public void A_size_that_is_not_a_power_of_two_is_refused(int size) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new InstanceCache<object, object>(size));
}
