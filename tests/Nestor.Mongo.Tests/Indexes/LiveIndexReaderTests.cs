using System.Diagnostics;
using Nestor.Mongo.Indexes;

namespace Nestor.Mongo.Tests.Indexes;

/// <summary>
/// The --uri path without a server (none runs where these tests run): a bad connection string and an
/// unreachable server are clear errors, fast, and never echo the password.
/// </summary>
public sealed class LiveIndexReaderTests
{
    [Fact]
    public void A_string_that_is_not_a_connection_string_is_an_error_without_the_string()
    {
        var content = LiveIndexReader.Read("http://admin:s3cret@example.invalid/db", ["shop.orders"]);

        Assert.NotNull(content.Error);
        Assert.StartsWith("--uri is not a MongoDB connection string: ", content.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", content.Error, StringComparison.Ordinal);
        Assert.Empty(content.Indexes);
    }

    [Fact]
    public void An_unreachable_server_fails_within_the_timeout()
    {
        var clock = Stopwatch.StartNew();
        var content = LiveIndexReader.Read("mongodb://user:s3cret@127.0.0.1:1/shop?directConnection=true", ["shop.orders", "?.users"], TimeSpan.FromMilliseconds(300));

        Assert.NotNull(content.Error);
        Assert.Equal("cannot read indexes from the server: no server answered at 127.0.0.1:1 within 300 ms; check that it runs, the host and port, TLS and the credentials", content.Error);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"took {clock.Elapsed}");
    }

    [Fact]
    public void A_timeout_written_in_the_uri_is_used()
    {
        var content = LiveIndexReader.Read("mongodb://127.0.0.1:1/shop?directConnection=true&serverSelectionTimeoutMS=250", ["shop.orders"]);

        Assert.Equal("cannot read indexes from the server: no server answered at 127.0.0.1:1 within 250 ms; check that it runs, the host and port, TLS and the credentials", content.Error);
    }

    [Fact]
    public void With_no_namespace_the_collections_of_the_uri_database_are_listed_and_an_unreachable_server_is_an_error()
    {
        var content = LiveIndexReader.Read("mongodb://127.0.0.1:1/shop?directConnection=true", [], TimeSpan.FromMilliseconds(300));

        Assert.Equal("cannot read indexes from the server: no server answered at 127.0.0.1:1 within 300 ms; check that it runs, the host and port, TLS and the credentials", content.Error);
    }

    [Fact]
    public void A_namespace_without_database_needs_one_in_the_uri()
    {
        var content = LiveIndexReader.Read("mongodb://127.0.0.1:1/?directConnection=true", ["?.users"], TimeSpan.FromMilliseconds(300));

        Assert.Null(content.Error);
        Assert.Equal(["?.users: the database is unknown; put it in the URI path (mongodb://host/db)"], content.Problems);
    }
}
