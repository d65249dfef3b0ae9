using Nestor.Mongo.Indexes;

namespace Nestor.Mongo.Tests.Indexes;

/// <summary>Saved index listings in every form people save them: getIndexes(), listIndexes replies, maps, $indexStats, EJSON and shell syntax.</summary>
public sealed class IndexFileReaderTests
{
    [Fact]
    public void GetIndexes_array_with_a_namespace_given_on_the_command_line()
    {
        const string text = """
            [
              { "v": 2, "key": { "_id": 1 }, "name": "_id_" },
              { "v": 2, "key": { "status": 1, "createdAt": -1 }, "name": "status_1_createdAt_-1", "background": true },
              { "v": 2, "key": { "email": 1 }, "name": "email_1", "unique": true, "sparse": true,
                "collation": { "locale": "fr", "strength": 2 } },
              { "v": 2, "key": { "expiresAt": 1 }, "name": "expiresAt_1", "expireAfterSeconds": 0, "hidden": true,
                "partialFilterExpression": { "archived": { "$eq": false } } }
            ]
            """;

        var content = IndexFileReader.Read(text, "shop.orders");

        Assert.Empty(content.Problems);
        Assert.Equal(["shop.orders _id_ { _id: 1 }", "shop.orders status_1_createdAt_-1 { status: 1, createdAt: -1 }", "shop.orders email_1 { email: 1 }", "shop.orders expiresAt_1 { expiresAt: 1 }"], content.Indexes.Select(i => i.ToString()));
        var email = content.Indexes[2];
        Assert.True(email.Unique);
        Assert.True(email.Sparse);
        Assert.Equal("""{ "locale" : "fr", "strength" : 2 }""", email.Collation);
        var expires = content.Indexes[3];
        Assert.Equal(0, expires.ExpireAfterSeconds);
        Assert.True(expires.Hidden);
        Assert.Equal("""{ "archived" : { "$eq" : false } }""", expires.PartialFilterExpression);
        Assert.All(content.Indexes, index => Assert.Equal(IndexSources.GetIndexes, index.Source));
    }

    [Fact]
    public void A_map_from_namespace_or_collection_to_its_listing()
    {
        const string text = """
            { "shop.orders": [ { "key": { "status": 1 }, "name": "status_1" } ],
              "users": [ { "key": { "email": 1 }, "name": "email_1", "collation": { "locale": "simple" } } ] }
            """;

        var content = IndexFileReader.Read(text, null);

        Assert.Empty(content.Problems);
        Assert.Equal(["shop.orders status_1 { status: 1 }", "?.users email_1 { email: 1 }"], content.Indexes.Select(i => i.ToString()));
        Assert.Null(content.Indexes[1].Collation);
    }

    [Fact]
    public void Entries_with_their_own_ns_field_need_no_namespace_and_others_are_reported()
    {
        const string text = """
            [ { "v": 1, "key": { "a": 1 }, "name": "a_1", "ns": "legacy.things" },
              { "v": 2, "key": { "b": 1 }, "name": "b_1" } ]
            """;

        var content = IndexFileReader.Read(text, null);

        Assert.Equal(["legacy.things a_1 { a: 1 }"], content.Indexes.Select(i => i.ToString()));
        Assert.Equal(["$[1]: no namespace: save the listing as { \"db.collection\": [...] } or give it as --indexes db.collection=FILE"], content.Problems);
    }

    [Fact]
    public void The_raw_listIndexes_reply_names_its_namespace_in_the_cursor()
    {
        const string text = """
            { "cursor": { "id": 0, "ns": "shop.orders", "firstBatch": [ { "v": 2, "key": { "_id": 1 }, "name": "_id_" } ] }, "ok": 1 }
            """;

        Assert.Equal(["shop.orders _id_ { _id: 1 }"], IndexFileReader.Read(text, null).Indexes.Select(i => i.ToString()));
    }

    [Fact]
    public void Special_keys_text_wildcard_geo_hashed_and_numbers_in_any_bson_type()
    {
        const string text = """
            [ { "key": { "_fts": "text", "_ftsx": 1 }, "name": "title_text_body_text", "weights": { "title": 10, "body": 1 } },
              { "key": { "attributes.$**": 1 }, "name": "attributes.$**_1" },
              { "key": { "loc": "2dsphere", "city": { "$numberInt": "-1" } }, "name": "loc_city" },
              { "key": { "tenant": "hashed" }, "name": "tenant_hashed" },
              { "key": { "score": { "$numberDouble": "-1.0" }, "old": 0 }, "name": "score_old" } ]
            """;

        var keys = IndexFileReader.Read(text, "app.items").Indexes.Select(index => index.KeyPatternText).ToArray();

        Assert.Equal(
            ["{ body: \"text\", title: \"text\" }", "{ \"attributes.$**\": 1 }", "{ loc: \"2dsphere\", city: -1 }", "{ tenant: \"hashed\" }", "{ score: -1, old: 1 }"],
            keys);
    }

    [Fact]
    public void Shell_syntax_and_json_lines_are_read()
    {
        const string text = """
            { key: { a: NumberInt(1) }, name: "a_1", ns: "x.y", expireAfterSeconds: NumberLong(60) }
            { key: { b: -1 }, name: "b_-1", ns: "x.y" }
            """;

        var content = IndexFileReader.Read(text, null);

        Assert.Equal(["x.y a_1 { a: 1 }", "x.y b_-1 { b: -1 }"], content.Indexes.Select(i => i.ToString()));
        Assert.Equal(60, content.Indexes[0].ExpireAfterSeconds);
    }

    [Fact]
    public void IndexStats_entries_give_usage_and_their_spec()
    {
        const string text = """
            [ { "name": "_id_", "key": { "_id": 1 }, "host": "db1:27017",
                "accesses": { "ops": { "$numberLong": "12" }, "since": { "$date": 1600262045088 } } },
              { "name": "email_1", "key": { "email": 1 }, "host": "db1:27017", "shard": "s0",
                "accesses": { "ops": 0, "since": { "$date": "2024-07-09T18:41:23.298Z" } },
                "spec": { "v": 2, "key": { "email": 1 }, "name": "email_1", "unique": true } },
              { "name": "new_1", "key": { "n": 1 }, "accesses": { "ops": 0, "since": { "$date": 1600262045088 } }, "building": true } ]
            """;

        var content = IndexFileReader.Read(text, "shop.users");

        Assert.Empty(content.Problems);
        Assert.Equal(
            ["_id_ 12 2020-09-16T13:14:05.0880000+00:00 db1:27017 - False", "email_1 0 2024-07-09T18:41:23.2980000+00:00 db1:27017 s0 False", "new_1 0 2020-09-16T13:14:05.0880000+00:00 - - True"],
            content.Usage.Select(u => $"{u.Name} {u.Ops} {u.Since:O} {u.Host ?? "-"} {u.Shard ?? "-"} {u.Building}"));
        Assert.Equal([false, true, false], content.Indexes.Select(i => i.OptionsKnown));
        Assert.True(content.Indexes[1].Unique);
        Assert.All(content.Indexes, index => Assert.Equal(IndexSources.IndexStats, index.Source));
    }

    [Fact]
    public void Bad_entries_are_skipped_and_named_and_the_rest_is_read()
    {
        const string text = """
            { "shop.orders": [ { "key": { "a": 1 }, "name": "a_1" }, 42, { "name": "nokey" }, { "key": { "b": "bogus" }, "name": "b" }, { "key": {}, "name": "empty" } ],
              "shop.users": "not a list" }
            """;

        var content = IndexFileReader.Read(text, null);

        Assert.Equal(["a_1"], content.Indexes.Select(i => i.Name));
        Assert.Equal(
            [
                "$.shop.orders[1]: expected an index document, found Int32",
                "$.shop.orders[2]: no \"key\" document",
                "$.shop.orders[3]: key \"b\" has an unknown value bogus",
                "$.shop.orders[4]: empty \"key\" document",
                "$.shop.users: expected a list of indexes, found String",
            ],
            content.Problems);
    }

    [Theory]
    [InlineData("[ { \"key\": ")]
    [InlineData("not json at all")]
    public void Text_that_is_not_json_is_a_format_error(string text)
    {
        var error = Assert.Throws<FormatException>(() => IndexFileReader.Read(text, "a.b"));
        Assert.StartsWith("not valid JSON or Extended JSON near value 1: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_file_is_reported()
    {
        Assert.Equal(["the file holds no JSON value"], IndexFileReader.Read("  \n", "a.b").Problems);
    }
}
