using System.Text;
using System.Text.RegularExpressions;

namespace Nestor.Rules.Configuration;

/// <summary>
/// A path glob over project-relative paths with '/' separators: <c>**</c> any folders,
/// <c>*</c> any characters but '/', <c>?</c> one character, <c>{a,b}</c> alternatives.
/// A glob without '/' matches the file name in any folder, as .gitignore does.
/// </summary>
public sealed class Glob
{
    private readonly Regex _regex;
    private readonly Regex _whole;

    public Glob(string pattern)
    {
        Pattern = pattern;
        var normalised = pattern.Replace('\\', '/').TrimStart('/');
        if (normalised.StartsWith("./", StringComparison.Ordinal))
        {
            normalised = normalised[2..];
        }

        _whole = new Regex("^" + Translate(normalised) + "$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
        _regex = normalised.Contains('/') ? _whole : new Regex("^" + Translate("**/" + normalised) + "$", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
    }

    public string Pattern { get; }

    public bool IsMatch(string path) => _regex.IsMatch(path.Replace('\\', '/'));

    /// <summary>Matches the whole text, never a last segment: 'mongoose' matches 'mongoose', not '@nestjs/mongoose'.</summary>
    public bool IsMatchWhole(string text) => _whole.IsMatch(text);

    public override string ToString() => Pattern;

    private static string Translate(string glob)
    {
        var builder = new StringBuilder();
        var inAlternatives = false;
        for (var i = 0; i < glob.Length; i++)
        {
            var c = glob[i];
            switch (c)
            {
                case '*' when i + 1 < glob.Length && glob[i + 1] == '*':
                    var followedBySlash = i + 2 < glob.Length && glob[i + 2] == '/';
                    builder.Append(followedBySlash ? "(?:.*/)?" : ".*");
                    i += followedBySlash ? 2 : 1;
                    break;
                case '*':
                    builder.Append("[^/]*");
                    break;
                case '?':
                    builder.Append("[^/]");
                    break;
                case '{':
                    inAlternatives = true;
                    builder.Append("(?:");
                    break;
                case '}' when inAlternatives:
                    inAlternatives = false;
                    builder.Append(')');
                    break;
                case ',' when inAlternatives:
                    builder.Append('|');
                    break;
                default:
                    builder.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        if (inAlternatives)
        {
            throw new FormatException($"Unclosed '{{' in glob '{glob}'.");
        }

        return builder.ToString();
    }
}
