using MongoDB.Bson;
using Nestor.Mongo.Tests.Indexes;

// Serves shop.orders (an _id index, an unused status index and one used by customer and date) on a free loopback
// port, prints the port, and stops after the given number of seconds (default 60) or when its input closes.
var seconds = args.Length > 0 && int.TryParse(args[0], out var given) ? given : 60;
var since = new BsonDateTime(new DateTime(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc));
BsonDocument Index(string name, BsonDocument key) => new() { { "v", 2 }, { "key", key }, { "name", name } };
BsonDocument Usage(string name, BsonDocument key, long ops) => new()
{
    { "name", name },
    { "key", key },
    { "host", "db0:27017" },
    { "accesses", new BsonDocument { { "ops", ops }, { "since", since } } },
};

var customerDate = new BsonDocument { { "customerId", 1 }, { "createdAt", -1 } };
using var server = new WireProtocolServer(new Dictionary<string, ServedCollection>
{
    ["shop.orders"] = new(
        [Index("_id_", new BsonDocument("_id", 1)), Index("status_1", new BsonDocument("status", 1)), Index("customerId_1_createdAt_-1", customerDate)],
        [Usage("_id_", new BsonDocument("_id", 1), 40), Usage("status_1", new BsonDocument("status", 1), 0), Usage("customerId_1_createdAt_-1", customerDate, 12)]),
});
Console.WriteLine(server.Port);
Console.Out.Flush();
await Task.WhenAny(Task.Delay(TimeSpan.FromSeconds(seconds)), Task.Run(() => Console.In.ReadToEnd()));
