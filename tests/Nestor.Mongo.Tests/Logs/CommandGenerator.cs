using System.Text;

namespace Nestor.Mongo.Tests.Logs;

/// <summary>
/// Random command documents as JSON text, seeded so every run sees the same ones, built to reach every branch of the
/// shapers: operators and Extended JSON wrappers, <c>$and</c>/<c>$or</c>/<c>$nor</c> in every position, regex values,
/// sort words, projections, pipelines, write statements, escaped and non-ASCII names, repeated fields and cut commands.
/// Each command takes its structure from one of <see cref="Structures"/> seeds and its values from a free-running source,
/// so many commands share a structure with different values; values that decide a shape (sort words, exclusions, regex
/// wrappers) vary too, which is what a key must tell apart.
/// </summary>
internal sealed class CommandGenerator(int seed)
{
    private const int Structures = 300;

    private static readonly string[] Paths = ["a", "b", "a.b", "status", "\\u0061", "\\u0024x", "é", "", "items.sku", "\\ud800"];
    private static readonly string[] Operators =
    [
        "$eq", "$in", "$gt", "$gte", "$lt", "$lte", "$ne", "$nin", "$not", "$exists", "$regex", "$options", "$comment",
        "$elemMatch", "$type", "$size", "$all", "$near", "$geoWithin", "$geometry", "$maxDistance", "$foo", "b", "\\u0024gt", "$é",
    ];

    private static readonly string[] Wrappers = ["$oid", "$date", "$numberLong", "$numberDecimal", "$binary", "$uuid", "$timestamp", "$minKey", "$undefined"];
    private static readonly string[] SortWords = ["asc", "ASC", "Ascending", "desc", "DESC", "descending", "-1", "1", "up", "\\u0064esc", "descendİng", ""];
    private static readonly string[] Commands =
    [
        "find", "aggregate", "count", "distinct", "findAndModify", "update", "delete", "insert", "getMore", "hello", "createIndexes",
        "FIND", "Aggregate", "findandmodify", "explain", "\\u0066ind",
    ];

    private readonly Random choices = new(seed);
    private readonly Random values = new(seed + 1);
    private Random random = new(seed);

    /// <summary>A command: usually of a known kind, sometimes with repeated, cut or odd fields.</summary>
    public string Command()
    {
        random = new Random((seed * Structures) + choices.Next(Structures));
        var name = Pick(Commands);
        var fields = new List<string> { $"\"{name}\":{(Chance(0.9) ? "\"" + Pick(["orders", "c", "oplog.rs", "é"]) + "\"" : Pick(["1", "{}", "null"]))}" };
        AddCommandFields(fields);
        if (Chance(0.05))
        {
            fields.Add("\"$truncated\":\"{ find: \\\"orders\\\", filter: { a: 1, b: { $gt: 2 } } }\"");
        }

        if (Chance(0.05))
        {
            fields.Add(fields[Math.Min(fields.Count - 1, 1)]);
        }

        if (Chance(0.5))
        {
            fields.Add("\"$db\":" + Pick(["\"shop\"", "\"other\"", "1"]));
        }

        Shuffle(fields, keepFirst: true);
        return "{" + string.Join(",", fields) + "}";
    }

    /// <summary>A per-statement write: <c>{q, u, multi}</c> or the older <c>{query, ...}</c>.</summary>
    public string Statement()
    {
        random = new Random((seed * Structures) + choices.Next(Structures));
        return StatementFields();
    }

    private string StatementFields()
    {
        var fields = new List<string>();
        if (Chance(0.8))
        {
            fields.Add("\"q\":" + FilterOrValue());
        }

        if (Chance(0.3))
        {
            fields.Add("\"query\":" + FilterOrValue());
        }

        fields.Add("\"u\":{\"$set\":{\"x\":" + Value(1) + "}}");
        fields.Add("\"multi\":" + Pick(["true", "false"]));
        Shuffle(fields, keepFirst: false);
        return "{" + string.Join(",", fields) + "}";
    }

    private void AddCommandFields(List<string> fields)
    {
        foreach (var (field, chance) in new[]
                 {
                     ("filter", 0.6), ("query", 0.3), ("sort", 0.4), ("projection", 0.3), ("fields", 0.1), ("pipeline", 0.4),
                     ("updates", 0.2), ("deletes", 0.2), ("key", 0.2), ("collection", 0.2), ("q", 0.05), ("limit", 0.3), ("lsid", 0.3),
                 })
        {
            if (!Chance(chance))
            {
                continue;
            }

            var value = field switch
            {
                "filter" or "query" or "q" => FilterOrValue(),
                "sort" => Chance(0.9) ? Sort() : Value(0),
                "projection" or "fields" => Chance(0.9) ? Projection() : Value(0),
                "pipeline" => Chance(0.9) ? Pipeline() : Value(0),
                "updates" or "deletes" => Statements(),
                "key" or "collection" => Chance(0.8) ? "\"" + Pick(["item.sku", "oplog.rs", "x"]) + "\"" : Value(0),
                "lsid" => "{\"id\":{\"$uuid\":\"4f4258f7-080e-499b-8e4b-20b5e3455ba4\"}}",
                _ => Value(0),
            };
            fields.Add($"\"{(Chance(0.03) ? Escaped(field) : field)}\":{value}");
        }
    }

    private string Statements()
    {
        if (Chance(0.1))
        {
            return Pick(["[]", "5", "[5]", "{}"]);
        }

        var statements = Enumerable.Range(0, random.Next(1, 3)).Select(_ => StatementFields()).ToList();
        if (Chance(0.05))
        {
            statements[0] = statements[0].Replace("\"u\":", "\"q\":{\"dup\":1},\"u\":", StringComparison.Ordinal);
        }

        return "[" + string.Join(",", statements) + "]";
    }

    private string FilterOrValue() => Chance(0.9) ? Filter(0) : Value(0);

    private string Filter(int depth)
    {
        var entries = new List<string>();
        var count = random.Next(0, depth == 0 ? 5 : 3);
        for (var i = 0; i < count; i++)
        {
            entries.Add(Chance(depth < 3 ? 0.25 : 0.05) ? Logical(depth) : $"\"{Pick(Paths)}\":{PredicateValue()}");
        }

        if (depth == 0 && Chance(0.02))
        {
            entries.Add("\"deep\":1," + Nested(24));
        }

        return "{" + string.Join(",", entries) + "}";
    }

    // $and/$or/$nor with their clauses as an array (with stray non-documents), a single document or a scalar; or another top-level operator.
    private string Logical(int depth)
    {
        var op = Pick(["$and", "$or", "$or", "$nor", "$comment", "$text", "$expr", "$where", "$alwaysTrue", "\\u0024or"]);
        if (op is "$comment" or "$text" or "$expr" or "$where" or "$alwaysTrue")
        {
            return $"\"{op}\":{Value(1)}";
        }

        var clauses = Chance(0.8)
            ? "[" + string.Join(",", Enumerable.Range(0, random.Next(0, 4)).Select(_ => Chance(0.9) ? Filter(depth + 1) : Value(1))) + "]"
            : Chance(0.5) ? Filter(depth + 1) : Value(1);
        return $"\"{op}\":{clauses}";
    }

    private string Nested(int levels)
    {
        var text = new StringBuilder();
        for (var i = 0; i < levels; i++)
        {
            text.Append("\"$and\":[{");
        }

        text.Append("\"z\":1");
        for (var i = 0; i < levels; i++)
        {
            text.Append("}]");
        }

        return text.ToString();
    }

    private string PredicateValue()
    {
        var roll = random.NextDouble();
        if (roll < 0.35)
        {
            return Value(1);
        }

        if (roll < 0.45)
        {
            var wrapper = Pick(Wrappers);
            return values.NextDouble() < 0.8 ? $"{{\"{wrapper}\":{Value(2)}}}" : $"{{\"{wrapper}\":{Value(2)},\"$gt\":1}}";
        }

        if (roll < 0.55)
        {
            var regex = "{\"$regularExpression\":{\"pattern\":\"^a\",\"options\":\"i\"}}";
            return values.NextDouble() < 0.8 ? regex : regex[..^1] + ",\"x\":1}";
        }

        var operators = Enumerable.Range(0, random.Next(1, 4)).Select(_ => $"\"{Pick(Operators)}\":{OperatorValue()}");
        return "{" + string.Join(",", operators) + "}";
    }

    private string OperatorValue() => random.Next(6) switch
    {
        0 => "[" + string.Join(",", Enumerable.Range(0, random.Next(0, 4)).Select(_ => Value(2))) + "]",
        1 => "[{\"$regularExpression\":{\"pattern\":\"a\",\"options\":\"\"}}]",
        2 => Filter(2),
        _ => Value(2),
    };

    private string Value(int depth) => values.Next(depth > 1 ? 12 : 15) switch
    {
        0 => "1",
        1 => "-1",
        2 => "0",
        3 => "0.0",
        4 => "1e400",
        5 => "-2.5",
        6 => "\"x\"",
        7 => "\"\\u0078\"",
        8 => "true",
        9 => "false",
        10 => "null",
        11 => "\"" + SortWords[values.Next(SortWords.Length)] + "\"",
        12 => "[]",
        13 => "[1,\"a\",{\"b\":1}]",
        _ => "{\"x\":" + Value(depth + 1) + "}",
    };

    private string Sort()
    {
        var keys = Enumerable.Range(0, random.Next(0, 4)).Select(_ =>
        {
            var value = values.Next(5) switch
            {
                0 => "\"" + SortWords[values.Next(SortWords.Length)] + "\"",
                1 => "{\"$meta\":\"textScore\"}",
                2 => PickValue(["true", "null", "[]", "0", "-0.5", "1e400", "-1e400"]),
                _ => PickValue(["1", "-1", "1.0", "-1.0"]),
            };
            return $"\"{Pick(Paths)}\":{value}";
        });
        return "{" + string.Join(",", keys) + "}";
    }

    private string Projection()
    {
        var paths = Enumerable.Range(0, random.Next(0, 4)).Select(_ =>
            $"\"{Pick(Paths)}\":{PickValue(["0", "1", "0.0", "-0", "true", "false", "\"x\"", "{\"$slice\":1}", "null"])}");
        return "{" + string.Join(",", paths) + "}";
    }

    private string Pipeline()
    {
        var stages = Enumerable.Range(0, random.Next(0, 5)).Select(_ => random.Next(9) switch
        {
            0 or 1 => "{\"$match\":" + (Chance(0.9) ? Filter(0) : Value(1)) + (Chance(0.1) ? ",\"x\":1" : "") + "}",
            2 => "{\"$sort\":" + (Chance(0.9) ? Sort() : Value(1)) + "}",
            3 => "{\"$group\":{\"_id\":\"$a\",\"n\":{\"$sum\":1}}}",
            4 => "{\"$project\":{\"a\":1}}",
            5 => Pick(["{}", "5", "[]", "{\"?\":1}"]),
            6 => "{\"$limit\":10}",
            7 => "{\"\\u0024match\":" + Filter(1) + "}",
            _ => "{\"$lookup\":{\"from\":\"b\",\"pipeline\":[{\"$match\":{\"x\":1}}]}}",
        }).ToList();
        if (Chance(0.03))
        {
            stages.InsertRange(0, Enumerable.Repeat("{\"$match\":{\"m\":1}}", 8));
        }

        return "[" + string.Join(",", stages) + "]";
    }

    private static string Escaped(string name) => string.Concat(name.Select(c => $"\\u{(int)c:x4}"));

    private bool Chance(double probability) => random.NextDouble() < probability;

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private string PickValue(IReadOnlyList<string> items) => items[values.Next(items.Count)];

    private void Shuffle(List<string> items, bool keepFirst)
    {
        for (var i = items.Count - 1; i > (keepFirst ? 1 : 0); i--)
        {
            var j = random.Next(keepFirst ? 1 : 0, i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
