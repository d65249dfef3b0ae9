using MongoDB.Bson;
using MongoDB.Driver;

namespace Nestor.Mongo.Indexes;

/// <summary>What a live server told about the indexes of the namespaces asked for.</summary>
/// <param name="Error">Set when the server could not be used at all (bad URI, unreachable): nothing else was read.</param>
public sealed record LiveIndexContent(
    IReadOnlyList<IndexDefinition> Indexes,
    IReadOnlyList<IndexUsage> Usage,
    IReadOnlyList<string> Problems,
    string? Error);

/// <summary>
/// Reads the indexes (<c>listIndexes</c>) and their usage (<c>$indexStats</c>) of the given
/// namespaces from a running server, read-only, with short timeouts so that an unreachable server
/// fails fast instead of hanging the report.
/// </summary>
public static class LiveIndexReader
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(5);

    public static LiveIndexContent Read(string uri, IEnumerable<string> namespaces, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        MongoUrl url;
        try
        {
            url = MongoUrl.Create(uri);
        }
        catch (Exception exception) when (exception is MongoConfigurationException or ArgumentException or FormatException)
        {
            // The driver's message repeats the string, password included: keep it out of reports.
            return Failed($"--uri is not a MongoDB connection string: {FirstSentence(exception.Message.Replace(uri, "<uri>", StringComparison.Ordinal))}");
        }

        var settings = MongoClientSettings.FromUrl(url);
        // A serverSelectionTimeoutMS written in the URI wins over the short default.
        var wait = timeout ?? (url.ServerSelectionTimeout != MongoDefaults.ServerSelectionTimeout ? url.ServerSelectionTimeout : DefaultTimeout);
        settings.ServerSelectionTimeout = wait;
        settings.ConnectTimeout = wait;
        settings.SocketTimeout = wait * 2;
        settings.ApplicationName ??= "nestor";

        var indexes = new List<IndexDefinition>();
        var usage = new List<IndexUsage>();
        var problems = new List<string>();
        using var client = new MongoClient(settings);
        var wanted = namespaces.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0 && !string.IsNullOrEmpty(url.DatabaseName))
        {
            // Nothing named by the evidence: look at every collection of the URI's database.
            try
            {
                wanted = client.GetDatabase(url.DatabaseName).ListCollectionNames(cancellationToken: cancellationToken).ToList()
                    .Where(name => !name.StartsWith("system.", StringComparison.Ordinal))
                    .Order(StringComparer.Ordinal)
                    .Select(name => $"{url.DatabaseName}.{name}")
                    .ToList();
            }
            catch (TimeoutException)
            {
                return Failed(NoAnswer(url, wait));
            }
            catch (MongoException exception)
            {
                return Failed($"cannot read indexes from the server: {FirstSentence(exception.Message)}");
            }
        }

        foreach (var ns in wanted)
        {
            var database = NamespaceParts.HasUnknownDatabase(ns) ? url.DatabaseName : NamespaceParts.Database(ns);
            if (string.IsNullOrEmpty(database))
            {
                problems.Add($"{ns}: the database is unknown; put it in the URI path (mongodb://host/db)");
                continue;
            }

            var fullName = $"{database}.{NamespaceParts.Collection(ns)}";
            var collection = client.GetDatabase(database).GetCollection<BsonDocument>(NamespaceParts.Collection(ns));
            try
            {
                ReadIndexes(collection, fullName, indexes, problems, cancellationToken);
                ReadUsage(collection, fullName, usage, problems, cancellationToken);
            }
            catch (MongoCommandException exception)
            {
                problems.Add($"{fullName}: listIndexes failed ({exception.CodeName}): {FirstSentence(exception.Message)}");
            }
            catch (TimeoutException)
            {
                return Failed(NoAnswer(url, wait));
            }
            catch (Exception exception) when (exception is MongoConnectionException or MongoAuthenticationException or MongoClientException)
            {
                return Failed($"cannot read indexes from the server: {FirstSentence(exception.Message)}");
            }
        }

        return new LiveIndexContent(indexes, usage, problems, null);
    }

    private static void ReadIndexes(IMongoCollection<BsonDocument> collection, string ns, List<IndexDefinition> indexes, List<string> problems, CancellationToken cancellationToken)
    {
        using var cursor = collection.Indexes.List(cancellationToken);
        var listed = 0;
        foreach (var spec in cursor.ToEnumerable(cancellationToken))
        {
            listed++;
            if (IndexSpecReader.Read(spec, ns, IndexSources.Uri, out var problem) is { } index)
            {
                indexes.Add(index);
            }
            else
            {
                problems.Add($"{ns}: listIndexes returned an entry that is not an index: {problem}");
            }
        }

        // The driver turns listIndexes on a missing collection (NamespaceNotFound) into an empty list; every ordinary
        // collection has at least its _id index, so an empty list most often means a wrong database or collection.
        if (listed == 0)
        {
            problems.Add($"{ns}: the server lists no index for it: check that the collection exists in this database");
        }
    }

    private static void ReadUsage(IMongoCollection<BsonDocument> collection, string ns, List<IndexUsage> usage, List<string> problems, CancellationToken cancellationToken)
    {
        try
        {
            var pipeline = new BsonDocument[] { new("$indexStats", new BsonDocument()) };
            using var cursor = collection.Aggregate<BsonDocument>(pipeline, cancellationToken: cancellationToken);
            foreach (var entry in cursor.ToEnumerable(cancellationToken))
            {
                var (_, entryUsage, problem) = IndexFileReader.ReadIndexStatsEntry(entry, ns, IndexSources.Uri);
                if (entryUsage is not null)
                {
                    usage.Add(entryUsage);
                }

                if (problem is not null)
                {
                    problems.Add($"{ns}: {problem}");
                }
            }
        }
        catch (MongoCommandException exception)
        {
            // Usage is optional: a user without the indexStats privilege still gets the index plans.
            problems.Add($"{ns}: $indexStats failed ({exception.CodeName}): unused indexes are not reported for it");
        }
    }

    private static LiveIndexContent Failed(string error) => new([], [], [], error);

    // The driver's own message describes its server selectors; the host list and the wait say more.
    private static string NoAnswer(MongoUrl url, TimeSpan wait) =>
        $"cannot read indexes from the server: no server answered at {string.Join(", ", url.Servers.Select(server => server.ToString()))} within {wait.TotalMilliseconds:0} ms; check that it runs, the host and port, TLS and the credentials";

    private static string FirstSentence(string message)
    {
        var line = message.Split('\n', 2)[0].Trim();
        var end = line.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? line[..(end + 1)] : line;
    }
}
