using System.Text;
using System.Text.Json;
using MongoDB.Bson;
using Nestor.Mongo.Logs;
using Nestor.Mongo.Shapes;

namespace Nestor.Mongo.Tests.Logs;

/// <summary>
/// The JSON log reader shapes a command once per <see cref="ShapeKey"/>; that is right only if commands with equal keys
/// have equal shapes. These tests check it against the document path on generated commands, and on whole log lines.
/// </summary>
public sealed class ShapeKeyScannerTests
{
    [Fact]
    public void Commands_with_equal_keys_have_equal_shapes()
    {
        var generator = new CommandGenerator(seed: 5);
        var fingerprints = new Dictionary<string, string>(StringComparer.Ordinal);
        int known = 0, unknown = 0, repeated = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var json = i % 4 == 0 ? generator.Statement() : generator.Command();
            var key = Scan(json);
            if (key.State == ShapeKeyState.Unknown)
            {
                unknown++;
                continue;
            }

            known++;
            var shapes = DocumentShapes(json);
            var hex = Convert.ToHexString(key.Bytes);
            if (fingerprints.TryGetValue(hex, out var earlier))
            {
                repeated++;
                Assert.True(earlier == shapes, $"same key, different shapes for {json}:\n{earlier}\n{shapes}");
            }
            else
            {
                fingerprints.Add(hex, shapes);
            }
        }

        // The check means something only if many commands met an earlier one with their key, and few were left out.
        Assert.True(repeated > known / 2, $"{repeated} of {known} commands repeated a key");
        Assert.True(unknown < known / 5, $"{unknown} commands left to the document path");
    }

    [Fact]
    public void Values_and_the_order_of_fields_do_not_change_the_key()
    {
        var one = Scan("""{"find":"orders","filter":{"status":"paid","total":{"$gte":10}},"sort":{"at":-1},"$db":"shop"}""");
        var other = Scan("""{"find":"orders","filter":{"total":{"$gte":{"$numberDecimal":"9.5"}},"status":{"$eq":"x"}},"sort":{"at":-1.0},"$db":"shop"}""");
        var escaped = Scan("""{"find":"orders","filter":{"st\u0061tus":null,"total":{"\u0024gte":1}},"sort":{"at":"desc"},"$db":"shop"}""");

        Assert.Equal(ShapeKeyState.Known, one.State);
        Assert.Equal(Convert.ToHexString(one.Bytes), Convert.ToHexString(other.Bytes));
        Assert.Equal(Convert.ToHexString(one.Bytes), Convert.ToHexString(escaped.Bytes));
    }

    [Theory]
    [InlineData("""{"find":"orders","filter":{"status":{"$gt":1}}}""")]
    [InlineData("""{"find":"orders","filter":{"status":{"$regularExpression":{"pattern":"a","options":""}}}}""")]
    [InlineData("""{"find":"orders","filter":{"$or":[{"status":1}]}}""")]
    [InlineData("""{"find":"orders","filter":{"status":1},"sort":{"status":1}}""")]
    [InlineData("""{"find":"others","filter":{"status":1}}""")]
    [InlineData("""{"count":"orders","query":{"status":1}}""")]
    public void Operator_kinds_and_names_change_the_key(string json)
    {
        var plain = Scan("""{"find":"orders","filter":{"status":1}}""");

        Assert.NotEqual(Convert.ToHexString(plain.Bytes), Convert.ToHexString(Scan(json).Bytes));
    }

    // Pairs that differ in shape but that a plausible slip of the scanner would give one key.
    [Theory]
    [InlineData("""{"find":"c","filter":{"$or":[{"a":1}],"$or":[{"b":1}]}}""", """{"find":"c","filter":{"$or":[{"a":1},{"b":1}]}}""")]
    [InlineData("""{"find":"c","filter":{"$or":[],"$or":[{"b":1}]}}""", """{"find":"c","filter":{"b":1}}""")]
    [InlineData("""{"find":"c","filter":{"$nor":[{"$or":[{"a":1}]}]}}""", """{"find":"c","filter":{"$or":[{"a":1}]}}""")]
    [InlineData("""{"find":"c","filter":{"$nor":[{"a":1}]}}""", """{"find":"c","filter":{"a":1}}""")]
    [InlineData("""{"find":"c","filter":{"a":{"$regularExpression":{"pattern":"x","options":""},"x":1}}}""", """{"find":"c","filter":{"a":{"$regularExpression":{"pattern":"x","options":""}}}}""")]
    [InlineData("""{"find":"c","filter":{"a":{"$oid":"5f1d7a1b9c1e4b2a3c4d5e6f"}}}""", """{"find":"c","filter":{"a":{"$gt":"5f1d7a1b9c1e4b2a3c4d5e6f"}}}""")]
    [InlineData("""{"find":"c","filter":{"a":{"$oid":"5f1d7a1b9c1e4b2a3c4d5e6f"}}}""", """{"find":"c","filter":{"a":{"$foo":1}}}""")]
    [InlineData("""{"find":"c","filter":{"a":{"$options":"i"}}}""", """{"find":"c","filter":{"a":1}}""")]
    [InlineData("""{"find":"c","filter":{"a":{"$in":[1]}}}""", """{"find":"c","filter":{"a":{"$in":[1,2]}}}""")]
    [InlineData("""{"find":"c","filter":{"a":{"$in":[{"$regularExpression":{"pattern":"x","options":""}}]}}}""", """{"find":"c","filter":{"a":{"$in":[{"x":1}]}}}""")]
    [InlineData("""{"find":"c","filter":{"a":{"$in":[{"$regularExpression":{"pattern":"x","options":""},"x":1}]}}}""", """{"find":"c","filter":{"a":{"$in":[{"$regularExpression":{"pattern":"x","options":""}}]}}}""")]
    [InlineData("""{"find":"c","filter":{"a":{"$in":[]}}}""", """{"find":"c","filter":{"a":{"$in":[[]]}}}""")]
    [InlineData("""{"find":"c","filter":{"a":{"b":1,"$gt":1}}}""", """{"find":"c","filter":{"a":{"$gt":1,"b":1}}}""")]
    [InlineData("""{"find":"c","sort":{"a":true}}""", """{"find":"c","sort":{"a":1}}""")]
    [InlineData("""{"find":"c","sort":{"a":"Desc"}}""", """{"find":"c","sort":{"a":"up"}}""")]
    [InlineData("""{"find":"c","projection":{"a":0.0}}""", """{"find":"c","projection":{"a":"0"}}""")]
    [InlineData("""{"find":"orders"}""", """{"find":1}""")]
    [InlineData("""{"update":"c","updates":[{"q":{"a":1}}]}""", """{"update":"c","updates":[5,{"q":{"a":1}}]}""")]
    [InlineData("""{"aggregate":"c","pipeline":[{"$sort":{"x":1}},{"$sort":{"y":1}},{"$match":{"a":1}}]}""", """{"aggregate":"c","pipeline":[{"$sort":{"y":1}},{"$sort":{"x":1}},{"$match":{"a":1}}]}""")]
    [InlineData("""{"aggregate":"c","pipeline":[{"$limit":1,"$match":{"a":1}},{"$match":{"b":1}}]}""", """{"aggregate":"c","pipeline":[{"$match":{"a":1}},{"$match":{"b":1}}]}""")]
    [InlineData("""{"aggregate":"c","pipeline":[{"$sort":5},{"$match":{"b":1}}]}""", """{"aggregate":"c","pipeline":[{"$sort":{}},{"$match":{"b":1}}]}""")]
    [InlineData("""{"aggregate":"c","pipeline":[{"$match":5},{"$match":{"b":1}}]}""", """{"aggregate":"c","pipeline":[{"$match":{}},{"$match":{"b":1}}]}""")]
    public void Commands_of_different_shapes_have_different_keys(string one, string other)
    {
        Assert.NotEqual(DocumentShapes(one), DocumentShapes(other));
        Assert.NotEqual(Convert.ToHexString(Scan(one).Bytes), Convert.ToHexString(Scan(other).Bytes));
    }

    [Theory]
    [InlineData("""{"find":"orders","$truncated":"{ find: \"orders\" }"}""")]
    [InlineData("""{"find":"orders","filter":{"a":1},"filter":{"b":1}}""")]
    [InlineData("""{"update":"orders","updates":[{"q":{"a":1},"q":{"b":1}}]}""")]
    [InlineData("""{"find":"orders","sort":{"a":"d\u0065sc"}}""")]
    [InlineData("""{"find":"orders","sort":{"a":"descendİng"}}""")]
    public void What_the_scanner_does_not_judge_is_left_to_the_document_path(string json) =>
        Assert.Equal(ShapeKeyState.Unknown, Scan(json).State);

    [Fact]
    public void A_filter_nested_beyond_the_bound_is_left_to_the_document_path()
    {
        var depth = ShapeKeyScanner.MaxFilterDepth + 1;
        var json = """{"find":"orders","filter":{""" + string.Concat(Enumerable.Repeat("\"$and\":[{", depth)) + "\"a\":1" + string.Concat(Enumerable.Repeat("}]", depth)) + "}}";

        Assert.Equal(ShapeKeyState.Unknown, Scan(json).State);
    }

    [Fact]
    public void The_json_log_reader_gives_every_line_the_shape_its_documents_give()
    {
        var generator = new CommandGenerator(seed: 11);
        var random = new Random(11);
        var tracker = new WriteStatementTracker();
        for (var i = 0; i < 6_000; i++)
        {
            var ns = new[] { "shop.orders", "shop.$cmd", "shop", "admin.$cmd" }[random.Next(4)];
            var type = new[] { "command", "command", "update", "remove", "query", "getmore", "insert", null }[random.Next(8)];
            var command = random.NextDouble() < 0.05 ? null : type is "update" or "remove" ? generator.Statement() : generator.Command();
            var originating = random.NextDouble() < 0.3 ? generator.Command() : null;
            var truncated = random.NextDouble() < 0.1;
            var attributes = new List<string> { $"\"ns\":\"{ns}\"", "\"durationMillis\":120" };
            if (type is not null)
            {
                attributes.Add($"\"type\":\"{type}\"");
            }

            if (command is not null)
            {
                attributes.Add("\"command\":" + command);
            }

            if (originating is not null)
            {
                attributes.Add("\"originatingCommand\":" + originating);
            }

            attributes = attributes.OrderBy(_ => random.Next()).ToList();
            var attr = "\"attr\":{" + string.Join(",", attributes) + "}";
            var id = "\"id\":51803";
            var line = "{\"t\":{\"$date\":\"2024-03-18T10:51:05.754-04:00\"},\"s\":\"I\",\"ctx\":\"conn1\","
                + (random.NextDouble() < 0.2 ? attr + "," + id : id + "," + attr) + (truncated ? ",\"truncated\":{}" : "") + "}";

            var outcome = JsonLogLineReader.Read(Encoding.UTF8.GetBytes(line), i + 1, tracker, out var operation, out _);

            Assert.True(outcome == LineOutcome.Operation, line);
            Assert.True(Expected(ns, type, command, originating, truncated) == operation!.Shape.Fingerprint, line);
        }
    }

    [Fact]
    public void Operations_of_one_shape_share_one_shape()
    {
        var first = ReadOperation(LogLines.Find("conn1", """{"status":"paid","total":{"$gte":10}}""", 120));
        var second = ReadOperation(LogLines.Find("conn2", """{"total":{"$gte":99},"status":"new"}""", 130));

        Assert.Same(first.Shape, second.Shape);
        Assert.Equal("find shop.orders {status:eq, total:range}", second.Shape.Fingerprint);
    }

    [Fact]
    public void Invalid_utf8_in_a_slow_query_is_read_with_replacement_characters()
    {
        var line = Encoding.UTF8.GetBytes(LogLines.Find("conn1", """{"stXatus":"Y","ok":1}""", 120));
        line[Array.IndexOf(line, (byte)'X')] = 0xFF;
        line[Array.IndexOf(line, (byte)'Y')] = 0xFE;

        var outcome = JsonLogLineReader.Read(line, 1, new WriteStatementTracker(), out var operation, out _);

        Assert.Equal(LineOutcome.Operation, outcome);
        Assert.Equal("find shop.orders {ok:eq, st\uFFFDatus:eq}", operation!.Shape.Fingerprint);
    }

    private static ShapeKey Scan(string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        var reader = new LogJsonReader(bytes);
        reader.Read();
        var key = new ShapeKey();
        new ShapeKeyScanner().ScanCommand(ref reader, key);
        Assert.True(reader.TokenType == JsonTokenType.EndObject && reader.BytesConsumed == bytes.Length, $"the scanner stopped at {reader.BytesConsumed} in {json}");
        return key;
    }

    private static BsonDocument? Document(string? json)
    {
        if (json is null)
        {
            return null;
        }

        var reader = new LogJsonReader(Encoding.UTF8.GetBytes(json));
        reader.Read();
        return JsonToBson.ReadCommand(ref reader);
    }

    // Every shape a document can be given from a line: as a command on a collection, a database and a bare name, and as a statement.
    private static string DocumentShapes(string json)
    {
        var document = Document(json)!;
        return string.Join(" | ",
            CommandShaper.FromCommand("shop.orders", document).Fingerprint,
            CommandShaper.FromCommand("shop.$cmd", document).Fingerprint,
            CommandShaper.FromCommand("shop", document).Fingerprint,
            CommandShaper.FromWriteStatement("shop.orders", "update", document).Fingerprint);
    }

    // The JSON log's shape by its documents alone, as the reader defined it before it had keys.
    private static string Expected(string ns, string? type, string? commandJson, string? originatingJson, bool truncated)
    {
        var command = Untruncated(Document(commandJson), ref truncated);
        var originating = Untruncated(Document(originatingJson), ref truncated);
        var shape = type switch
        {
            "update" or "remove" => CommandShaper.FromWriteStatement(ns, type == "update" ? "update" : "delete", command ?? [], truncated),
            _ when command is null => QueryShape.Create(ns, type switch { "query" => "find", "getmore" => "getMore", "insert" => "insert", _ => "command" }, [], isDynamic: true),
            _ => CommandShaper.FromCommand(ns, command, originating, truncated),
        };
        return shape.Fingerprint;
    }

    private static BsonDocument? Untruncated(BsonDocument? command, ref bool truncated)
    {
        if (command is not null && command.TryGetValue("$truncated", out var cut) && cut is BsonString text)
        {
            truncated = true;
            return ShellDocumentParser.Parse(text.Value).Document;
        }

        return command;
    }

    private static SlowOperation ReadOperation(string line)
    {
        var outcome = JsonLogLineReader.Read(Encoding.UTF8.GetBytes(line), 1, new WriteStatementTracker(), out var operation, out var reason);
        Assert.True(outcome == LineOutcome.Operation, reason);
        return operation!;
    }
}
