using System.Text;
using Nestor.Mongo.Indexes;

namespace Nestor.Mongo.Advice;

/// <summary>Writes an index plan as the commands people run: mongosh and a Mongoose schema line.</summary>
public static class PlanCommands
{
    /// <summary><c>db.getSiblingDB("shop").orders.createIndex({ status: 1, createdAt: -1 })</c>; without the database when it is unknown.</summary>
    public static string CreateIndex(string @namespace, IReadOnlyList<IndexKey> keys) =>
        $"{Collection(@namespace)}.createIndex({KeyPattern.Format(keys)})";

    /// <summary><c>db.getSiblingDB("shop").orders.dropIndex("status_1")</c>.</summary>
    public static string DropIndex(string @namespace, string name) =>
        $"{Collection(@namespace)}.dropIndex({Quote(name)})";

    /// <summary><c>OrderSchema.index({ status: 1, createdAt: -1 });</c></summary>
    public static string MongooseIndex(string schemaName, IReadOnlyList<IndexKey> keys) =>
        $"{schemaName}.index({KeyPattern.Format(keys)});";

    /// <summary>
    /// The schema variable NestJS code gives a collection by convention: Mongoose names the
    /// collection after the model in lower case and plural (<c>Order</c> → <c>orders</c>), and
    /// <c>SchemaFactory.createForClass(Order)</c> is stored in <c>OrderSchema</c>. This undoes the plural.
    /// </summary>
    public static string GuessSchemaName(string collection)
    {
        var singular = Singular(collection);
        var words = singular.Split(['_', '-', ' ', '.'], StringSplitOptions.RemoveEmptyEntries);
        var name = new StringBuilder();
        foreach (var word in words)
        {
            name.Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1));
        }

        return (name.Length == 0 ? "Model" : name.ToString()) + "Schema";
    }

    private static string Singular(string word)
    {
        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 3)
        {
            return word[..^3] + "y";
        }

        if ((word.EndsWith("sses", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal)
             || word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal)
             || word.EndsWith("uses", StringComparison.Ordinal)) && word.Length > 4)
        {
            return word[..^2];
        }

        if (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && word.Length > 1)
        {
            return word[..^1];
        }

        return word;
    }

    private static string Collection(string @namespace)
    {
        var collection = NamespaceParts.Collection(@namespace);
        var handle = NamespaceParts.HasUnknownDatabase(@namespace) ? "db" : $"db.getSiblingDB({Quote(NamespaceParts.Database(@namespace))})";
        var plain = collection.Length > 0
            && (char.IsLetter(collection[0]) || collection[0] == '_')
            && collection.All(c => char.IsLetterOrDigit(c) || c == '_');
        return plain ? $"{handle}.{collection}" : $"{handle}.getCollection({Quote(collection)})";
    }

    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
