using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using MongoDB.Bson;
using MongoDB.Bson.IO;
using MongoDB.Bson.Serialization;

namespace Nestor.Mongo.Tests.Indexes;

/// <summary>One collection the server knows: its indexes as <c>listIndexes</c> returns them, and its
/// <c>$indexStats</c> entries, or null when the user may not run <c>$indexStats</c>.</summary>
internal sealed record ServedCollection(BsonDocument[] Indexes, BsonDocument[]? IndexStats);

/// <summary>
/// A server on the loopback interface that speaks as much of MongoDB's wire protocol as the official driver needs to
/// connect and read indexes: the handshake (OP_QUERY or OP_MSG), then commands in OP_MSG. It answers <c>hello</c>,
/// <c>listCollections</c>, <c>listIndexes</c> and <c>aggregate</c> with <c>$indexStats</c> from fixed collections,
/// refuses every other command as an unknown one, records every command it was sent, and stops when disposed.
/// </summary>
internal sealed class WireProtocolServer : IDisposable
{
    private const int OpReply = 1;
    private const int OpQuery = 2004;
    private const int OpMsg = 2013;

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly IReadOnlyDictionary<string, ServedCollection> _collections;
    private readonly ConcurrentQueue<string> _commands = new();
    private int _nextRequestId;

    public WireProtocolServer(IReadOnlyDictionary<string, ServedCollection> collections)
    {
        _collections = collections;
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _ = AcceptAsync();
    }

    public int Port { get; }

    /// <summary>The name of every command received, in order of arrival.</summary>
    public IReadOnlyList<string> Commands => [.. _commands];

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                _ = ServeAsync(client);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException or SocketException)
        {
            // Stopped.
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var header = new byte[16];
                while (true)
                {
                    await stream.ReadExactlyAsync(header, _stop.Token);
                    var length = BinaryPrimitives.ReadInt32LittleEndian(header);
                    var requestId = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(4));
                    var opCode = BinaryPrimitives.ReadInt32LittleEndian(header.AsSpan(12));
                    var body = new byte[length - header.Length];
                    await stream.ReadExactlyAsync(body, _stop.Token);
                    var reply = opCode switch
                    {
                        OpQuery => Frame(OpReply, requestId, ReplyBody(Answer(QueryCommand(body)))),
                        OpMsg => Frame(OpMsg, requestId, MessageBody(Answer(MessageCommand(body)))),
                        _ => throw new InvalidDataException($"op code {opCode} is not served"),
                    };
                    await stream.WriteAsync(reply, _stop.Token);
                }
            }
            catch (Exception exception) when (exception is EndOfStreamException or IOException or OperationCanceledException or ObjectDisposedException or InvalidDataException)
            {
                // The client hung up, or the server stops.
            }
        }
    }

    private BsonDocument Answer(BsonDocument command)
    {
        var name = command.GetElement(0).Name;
        _commands.Enqueue(name);
        var database = command.GetValue("$db", "admin").AsString;
        return name switch
        {
            "hello" or "isMaster" or "ismaster" => Hello(),
            "ping" or "endSessions" => new BsonDocument("ok", 1),
            "listCollections" => Cursor(database + ".$cmd.listCollections", _collections.Keys
                .Where(ns => ns.StartsWith(database + ".", StringComparison.Ordinal))
                .Select(ns => new BsonDocument { { "name", ns[(database.Length + 1)..] }, { "type", "collection" } })),
            "listIndexes" => _collections.TryGetValue(Namespace(database, command), out var listed)
                ? Cursor(Namespace(database, command), listed.Indexes)
                : Failure(26, "NamespaceNotFound", $"ns does not exist: {Namespace(database, command)}"),
            "aggregate" => IndexStats(Namespace(database, command), command),
            _ => Failure(59, "CommandNotFound", $"no such command: '{name}'"),
        };
    }

    private BsonDocument IndexStats(string ns, BsonDocument command)
    {
        var pipeline = command.GetValue("pipeline", new BsonArray()).AsBsonArray;
        if (pipeline.Count != 1 || !pipeline[0].AsBsonDocument.Contains("$indexStats"))
        {
            return Failure(59, "CommandNotFound", "only $indexStats is served");
        }

        if (!_collections.TryGetValue(ns, out var collection))
        {
            return Cursor(ns, []);
        }

        return collection.IndexStats is { } stats
            ? Cursor(ns, stats)
            : Failure(13, "Unauthorized", $"not authorized on {ns} to execute command {{ aggregate: ... }}");
    }

    private static string Namespace(string database, BsonDocument command) => $"{database}.{command.GetElement(0).Value.AsString}";

    private static BsonDocument Hello() => new()
    {
        { "isWritablePrimary", true },
        { "ismaster", true },
        { "helloOk", true },
        { "maxBsonObjectSize", 16 * 1024 * 1024 },
        { "maxMessageSizeBytes", 48_000_000 },
        { "maxWriteBatchSize", 100_000 },
        { "localTime", new BsonDateTime(DateTime.UtcNow) },
        { "logicalSessionTimeoutMinutes", 30 },
        { "connectionId", 1 },
        { "minWireVersion", 0 },
        { "maxWireVersion", 21 },
        { "readOnly", false },
        { "ok", 1.0 },
    };

    private static BsonDocument Cursor(string ns, IEnumerable<BsonDocument> batch) => new()
    {
        { "cursor", new BsonDocument { { "id", 0L }, { "ns", ns }, { "firstBatch", new BsonArray(batch) } } },
        { "ok", 1.0 },
    };

    private static BsonDocument Failure(int code, string codeName, string message) => new()
    {
        { "ok", 0.0 },
        { "errmsg", message },
        { "code", code },
        { "codeName", codeName },
    };

    // OP_QUERY: flags, full collection name (a C string), documents to skip and to return, then the command.
    private static BsonDocument QueryCommand(byte[] body)
    {
        var nameEnd = Array.IndexOf(body, (byte)0, 4);
        return Document(body, nameEnd + 1 + 8);
    }

    // OP_MSG: flags, then sections: kind 0 is the command; kind 1 (identifier, documents) adds an array to it.
    private static BsonDocument MessageCommand(byte[] body)
    {
        BsonDocument? command = null;
        var sequences = new List<(string Name, BsonArray Documents)>();
        var at = 4;
        while (at < body.Length)
        {
            var kind = body[at++];
            var size = BinaryPrimitives.ReadInt32LittleEndian(body.AsSpan(at));
            if (kind == 0)
            {
                command = Document(body, at);
            }
            else
            {
                var nameEnd = Array.IndexOf(body, (byte)0, at + 4);
                var documents = new BsonArray();
                for (var next = nameEnd + 1; next < at + size; next += BinaryPrimitives.ReadInt32LittleEndian(body.AsSpan(next)))
                {
                    documents.Add(Document(body, next));
                }

                sequences.Add((Encoding.UTF8.GetString(body, at + 4, nameEnd - at - 4), documents));
            }

            at += size;
        }

        command ??= new BsonDocument("missingCommand", 1);
        foreach (var (name, documents) in sequences)
        {
            command[name] = documents;
        }

        return command;
    }

    private static BsonDocument Document(byte[] bytes, int offset)
    {
        var size = BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(offset));
        using var reader = new BsonBinaryReader(new MemoryStream(bytes, offset, size));
        return BsonSerializer.Deserialize<BsonDocument>(reader);
    }

    private static byte[] ReplyBody(BsonDocument reply)
    {
        var document = reply.ToBson();
        var body = new byte[20 + document.Length];
        BinaryPrimitives.WriteInt32LittleEndian(body.AsSpan(16), 1); // one document returned; flags, cursor and start are 0
        document.CopyTo(body, 20);
        return body;
    }

    private static byte[] MessageBody(BsonDocument reply)
    {
        var document = reply.ToBson();
        var body = new byte[5 + document.Length]; // flags 0, then one section of kind 0
        document.CopyTo(body, 5);
        return body;
    }

    private byte[] Frame(int opCode, int responseTo, byte[] body)
    {
        var message = new byte[16 + body.Length];
        BinaryPrimitives.WriteInt32LittleEndian(message, message.Length);
        BinaryPrimitives.WriteInt32LittleEndian(message.AsSpan(4), Interlocked.Increment(ref _nextRequestId));
        BinaryPrimitives.WriteInt32LittleEndian(message.AsSpan(8), responseTo);
        BinaryPrimitives.WriteInt32LittleEndian(message.AsSpan(12), opCode);
        body.CopyTo(message, 16);
        return message;
    }
}
