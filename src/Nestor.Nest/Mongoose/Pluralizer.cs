using System.Text.RegularExpressions;

namespace Nestor.Nest.Mongoose;

/// <summary>
/// The collection name Mongoose derives from a model name when no <c>collection</c> option is
/// given: the name lowercased, then the first matching English plural rule (Mongoose 5 to 8).
/// Getting this right matters because query shapes and index plans are keyed by collection.
/// </summary>
public static class Pluralizer
{
    private static readonly HashSet<string> Uncountables = new(StringComparer.Ordinal)
    {
        "advice", "energy", "excretion", "digestion", "cooperation", "health", "justice", "labour",
        "machinery", "equipment", "information", "pollution", "sewage", "paper", "money", "species",
        "series", "rain", "rice", "fish", "sheep", "moose", "deer", "news", "expertise", "status", "media",
    };

    // Order is meaning: Mongoose applies the first rule whose pattern matches.
    private static readonly (Regex Pattern, string Replacement)[] Rules =
    [
        Rule("human$", "humans"),
        Rule("(m)an$", "$1en"),
        Rule("(pe)rson$", "$1ople"),
        Rule("(child)$", "$1ren"),
        Rule("^(ox)$", "$1en"),
        Rule("(ax|test)is$", "$1es"),
        Rule("(octop|vir)us$", "$1i"),
        Rule("(alias|status)$", "$1es"),
        Rule("(bu)s$", "$1ses"),
        Rule("(buffal|tomat|potat)o$", "$1oes"),
        Rule("([ti])um$", "$1a"),
        Rule("sis$", "ses"),
        Rule("(?:([^f])fe|([lr])f)$", "$1$2ves"),
        Rule("(hive)$", "$1s"),
        Rule("([^aeiouy]|qu)y$", "$1ies"),
        Rule("(x|ch|ss|sh)$", "$1es"),
        Rule("(matr|vert|ind)ix|ex$", "$1ices"),
        Rule("([m|l])ouse$", "$1ice"),
        Rule("(kn|w|l)ife$", "$1ives"),
        Rule("(quiz)$", "$1zes"),
        Rule("s$", "s"),
        Rule("([^a-z])$", "$1"),
        Rule("$", "s"),
    ];

    /// <summary>The collection name for <paramref name="modelName"/>: <c>Person</c> gives <c>people</c>.</summary>
    public static string Pluralize(string modelName)
    {
        if (modelName is "system.profile" or "system.indexes")
        {
            return modelName;
        }

        var word = modelName.ToLowerInvariant();
        if (word.Length == 0 || Uncountables.Contains(word))
        {
            return word;
        }

        foreach (var (pattern, replacement) in Rules)
        {
            if (pattern.IsMatch(word))
            {
                return pattern.Replace(word, replacement);
            }
        }

        return word;
    }

    private static (Regex, string) Rule(string pattern, string replacement) =>
        (new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)), replacement);
}
