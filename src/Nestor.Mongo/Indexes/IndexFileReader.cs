using MongoDB.Bson;

namespace Nestor.Mongo.Indexes;

/// <summary>What one index file held: definitions, usage counters and the entries that were skipped.</summary>
public sealed record IndexFileContent(
    IReadOnlyList<IndexDefinition> Indexes,
    IReadOnlyList<IndexUsage> Usage,
    IReadOnlyList<string> Problems);

/// <summary>
/// Reads saved index listings: <c>getIndexes()</c> / <c>listIndexes</c> output (an array, the raw
/// command reply with <c>cursor.firstBatch</c>, or a map <c>{ "db.coll": [...] }</c>) and
/// <c>$indexStats</c> output (an array of entries with <c>accesses</c>), as JSON, Extended JSON,
/// shell syntax or JSON lines. Entries that are not index documents are skipped and reported.
/// </summary>
public static class IndexFileReader
{
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="FormatException">The file is not JSON; nothing in it can be used.</exception>
    public static IndexFileContent ReadFile(string path, string? @namespace) =>
        Read(File.ReadAllText(path), @namespace);

    /// <param name="text">The file's text.</param>
    /// <param name="namespace">The namespace for entries that carry none (getIndexes() on 4.4+ omits <c>ns</c>).</param>
    /// <exception cref="FormatException">The text is not JSON; nothing in it can be used.</exception>
    public static IndexFileContent Read(string text, string? @namespace)
    {
        var collector = new Collector(@namespace is null ? null : NamespaceParts.Normalize(@namespace));
        var values = ExtendedJson.ReadValues(text);
        if (values.Count == 0)
        {
            collector.Problems.Add("the file holds no JSON value");
        }

        for (var i = 0; i < values.Count; i++)
        {
            collector.Value(values[i], collector.DefaultNamespace, values.Count == 1 ? "$" : $"value {i + 1}");
        }

        return new IndexFileContent(collector.Indexes, collector.Usage, collector.Problems);
    }

    /// <summary>Reads one <c>$indexStats</c> entry: its usage and, from <c>spec</c> or <c>key</c>, its definition.</summary>
    public static (IndexDefinition? Index, IndexUsage? Usage, string? Problem) ReadIndexStatsEntry(BsonDocument entry, string @namespace, string source)
    {
        var name = ExtendedJson.String(entry, "name");
        var accesses = ExtendedJson.Document(entry, "accesses");
        if (name is null || accesses is null)
        {
            return (null, null, "an $indexStats entry needs \"name\" and an \"accesses\" document");
        }

        var usage = new IndexUsage(@namespace, name, ExtendedJson.AsLong(accesses.GetValue("ops", BsonNull.Value)) ?? 0, ReadDate(accesses.GetValue("since", BsonNull.Value)))
        {
            Host = ExtendedJson.String(entry, "host"),
            Shard = ExtendedJson.String(entry, "shard"),
            Building = ExtendedJson.Flag(entry, "building"),
        };

        var spec = ExtendedJson.Document(entry, "spec");
        IndexDefinition? index;
        string? problem;
        if (spec is not null)
        {
            index = IndexSpecReader.Read(spec, @namespace, source, out problem);
        }
        else
        {
            var keyOnly = new BsonDocument { { "name", name }, { "key", entry.GetValue("key", BsonNull.Value) } };
            index = IndexSpecReader.Read(keyOnly, @namespace, source, out problem) is { } definition
                ? definition with { OptionsKnown = false }
                : null;
        }

        return (index, usage, problem is null ? null : $"index \"{name}\": {problem}");
    }

    private static DateTimeOffset? ReadDate(BsonValue value) => value switch
    {
        { IsValidDateTime: true } => new DateTimeOffset(value.ToUniversalTime(), TimeSpan.Zero),
        { IsString: true } when DateTimeOffset.TryParse(value.AsString, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var parsed) => parsed.ToUniversalTime(),
        _ => null,
    };

    private sealed class Collector(string? defaultNamespace)
    {
        public string? DefaultNamespace { get; } = defaultNamespace;

        public List<IndexDefinition> Indexes { get; } = [];

        public List<IndexUsage> Usage { get; } = [];

        public List<string> Problems { get; } = [];

        public void Value(BsonValue value, string? @namespace, string where)
        {
            if (value.IsBsonArray)
            {
                var array = value.AsBsonArray;
                for (var i = 0; i < array.Count; i++)
                {
                    Entry(array[i], @namespace, $"{where}[{i}]");
                }
            }
            else if (value.IsBsonDocument)
            {
                Document(value.AsBsonDocument, @namespace, where);
            }
            else
            {
                Problems.Add($"{where}: expected an array or a document, found {value.BsonType}");
            }
        }

        private void Document(BsonDocument document, string? @namespace, string where)
        {
            if (document.Contains("accesses") || document.Contains("key"))
            {
                Entry(document, @namespace, where);
                return;
            }

            if (ExtendedJson.Document(document, "cursor") is { } cursor && cursor.TryGetValue("firstBatch", out var batch))
            {
                var cursorNamespace = ExtendedJson.String(cursor, "ns");
                Value(batch, cursorNamespace ?? @namespace, $"{where}.cursor.firstBatch");
                return;
            }

            if (document.ElementCount == 0)
            {
                Problems.Add($"{where}: empty document");
                return;
            }

            // A map from namespace (or collection) to that collection's listing.
            foreach (var element in document)
            {
                if (element.Value.IsBsonArray || element.Value.IsBsonDocument)
                {
                    Value(element.Value, NamespaceParts.Normalize(element.Name), $"{where}.{element.Name}");
                }
                else
                {
                    Problems.Add($"{where}.{element.Name}: expected a list of indexes, found {element.Value.BsonType}");
                }
            }
        }

        private void Entry(BsonValue value, string? @namespace, string where)
        {
            if (!value.IsBsonDocument)
            {
                Problems.Add($"{where}: expected an index document, found {value.BsonType}");
                return;
            }

            var document = value.AsBsonDocument;
            var entryNamespace = ExtendedJson.String(document, "ns") ?? @namespace;
            if (entryNamespace is null)
            {
                Problems.Add($"{where}: no namespace: save the listing as {{ \"db.collection\": [...] }} or give it as --indexes db.collection=FILE");
                return;
            }

            if (document.Contains("accesses"))
            {
                var (index, usage, problem) = ReadIndexStatsEntry(document, entryNamespace, IndexSources.IndexStats);
                AddIfPresent(index, usage, problem, where);
                return;
            }

            var definition = IndexSpecReader.Read(document, entryNamespace, IndexSources.GetIndexes, out var specProblem);
            AddIfPresent(definition, null, specProblem, where);
        }

        private void AddIfPresent(IndexDefinition? index, IndexUsage? usage, string? problem, string where)
        {
            if (index is not null)
            {
                Indexes.Add(index);
            }

            if (usage is not null)
            {
                Usage.Add(usage);
            }

            if (problem is not null)
            {
                Problems.Add($"{where}: {problem}");
            }
        }
    }
}
