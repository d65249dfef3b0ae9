using System.Text;
using System.Text.RegularExpressions;

namespace Nestor.Semantics;

/// <summary>
/// One line of a .gitignore file, compiled. Follows gitignore(5): <c>!</c> negates, a slash at the
/// start or in the middle anchors the pattern to the file's folder, a trailing slash matches only
/// folders, <c>*</c> and <c>?</c> stop at slashes, <c>**</c> spans folders, <c>[...]</c> is a
/// character class, a backslash quotes the next character and trailing spaces are dropped unless quoted.
/// </summary>
public sealed class GitignorePattern
{
    private readonly Regex _regex;

    private GitignorePattern(string text, bool negated, bool directoryOnly, bool matchesBaseName, Regex regex)
    {
        Text = text;
        IsNegated = negated;
        IsDirectoryOnly = directoryOnly;
        MatchesBaseName = matchesBaseName;
        _regex = regex;
    }

    /// <summary>The line as written.</summary>
    public string Text { get; }

    public bool IsNegated { get; }

    public bool IsDirectoryOnly { get; }

    /// <summary>True when the pattern has no slash before its end, so it matches a name at any depth.</summary>
    public bool MatchesBaseName { get; }

    /// <summary>Compiles a line; null for blank lines, comments and lines that cannot match anything.</summary>
    public static GitignorePattern? Parse(string line)
    {
        var body = TrimTrailingSpaces(line.TrimEnd('\r'));
        if (body.Length == 0 || body[0] == '#')
        {
            return null;
        }

        var negated = false;
        if (body[0] == '!')
        {
            negated = true;
            body = body[1..];
        }

        var directoryOnly = false;
        if (body.EndsWith('/') && !IsQuoted(body, body.Length - 1))
        {
            directoryOnly = true;
            body = body.TrimEnd('/');
        }

        if (body.Length == 0)
        {
            return null;
        }

        var anchored = body.Contains('/');
        if (body[0] == '/')
        {
            body = body[1..];
        }

        var regex = new Regex(ToRegex(body), RegexOptions.CultureInvariant | RegexOptions.Singleline, TimeSpan.FromSeconds(1));
        return new GitignorePattern(line, negated, directoryOnly, !anchored, regex);
    }

    /// <summary>
    /// Tests a path relative to the folder holding the .gitignore file (slash-separated, no leading slash).
    /// </summary>
    public bool IsMatch(string relativePath, bool isDirectory)
    {
        if (IsDirectoryOnly && !isDirectory)
        {
            return false;
        }

        var subject = MatchesBaseName ? relativePath[(relativePath.LastIndexOf('/') + 1)..] : relativePath;
        return _regex.IsMatch(subject);
    }

    public override string ToString() => Text;

    private static string TrimTrailingSpaces(string line)
    {
        var end = line.Length;
        while (end > 0 && line[end - 1] == ' ' && !IsQuoted(line, end - 1))
        {
            end--;
        }

        return line[..end];
    }

    // A character is quoted when an odd number of backslashes precede it.
    private static bool IsQuoted(string text, int index)
    {
        var backslashes = 0;
        for (var i = index - 1; i >= 0 && text[i] == '\\'; i--)
        {
            backslashes++;
        }

        return backslashes % 2 == 1;
    }

    private static string ToRegex(string glob)
    {
        var builder = new StringBuilder("^");
        var i = 0;
        while (i < glob.Length)
        {
            var c = glob[i];
            switch (c)
            {
                case '\\':
                    if (i + 1 < glob.Length)
                    {
                        builder.Append(Regex.Escape(glob[i + 1].ToString()));
                        i += 2;
                    }
                    else
                    {
                        i++;
                    }

                    break;
                case '*':
                    i = AppendStars(glob, i, builder);
                    break;
                case '?':
                    builder.Append("[^/]");
                    i++;
                    break;
                case '[':
                    i = AppendClass(glob, i, builder);
                    break;
                default:
                    builder.Append(Regex.Escape(c.ToString()));
                    i++;
                    break;
            }
        }

        return builder.Append('$').ToString();
    }

    // "**" is special only as a whole path segment: "**/x", "x/**/y" and "x/**"; elsewhere it is "*".
    private static int AppendStars(string glob, int start, StringBuilder builder)
    {
        var end = start;
        while (end < glob.Length && glob[end] == '*')
        {
            end++;
        }

        var segmentStart = start == 0 || glob[start - 1] == '/';
        var segmentEnd = end == glob.Length || glob[end] == '/';
        if (end - start < 2 || !segmentStart || !segmentEnd)
        {
            builder.Append("[^/]*");
            return end;
        }

        if (end == glob.Length)
        {
            // "x/**" matches everything inside x; "**" alone matches everything.
            builder.Append(".*");
            return end;
        }

        // "**/" matches zero or more whole folders.
        builder.Append("(?:.*/)?");
        return end + 1;
    }

    private static int AppendClass(string glob, int start, StringBuilder builder)
    {
        var i = start + 1;
        var negated = i < glob.Length && (glob[i] == '!' || glob[i] == '^');
        if (negated)
        {
            i++;
        }

        var members = new StringBuilder();
        var first = true;
        while (i < glob.Length && (glob[i] != ']' || first))
        {
            first = false;
            if (glob[i] == '[' && i + 1 < glob.Length && glob[i + 1] == ':')
            {
                var close = glob.IndexOf(":]", i + 2, StringComparison.Ordinal);
                if (close > 0 && PosixClass(glob[(i + 2)..close]) is { } posix)
                {
                    members.Append(posix);
                    i = close + 2;
                    continue;
                }
            }

            if (glob[i] == '\\' && i + 1 < glob.Length)
            {
                i++;
            }

            if (i + 2 < glob.Length && glob[i + 1] == '-' && glob[i + 2] != ']')
            {
                var high = glob[i + 2] == '\\' && i + 3 < glob.Length ? glob[i + 3] : glob[i + 2];
                members.Append(EscapeInClass(glob[i])).Append('-').Append(EscapeInClass(high));
                i += glob[i + 2] == '\\' ? 4 : 3;
                continue;
            }

            members.Append(EscapeInClass(glob[i]));
            i++;
        }

        if (i >= glob.Length)
        {
            // No closing bracket: git's wildmatch gives up, so the pattern matches nothing.
            builder.Append("(?!)");
            return glob.Length;
        }

        builder.Append(negated ? "[^/" : "(?!/)[").Append(members).Append(']');
        return i + 1;
    }

    private static string EscapeInClass(char c) => c is '\\' or ']' or '[' or '^' or '-' ? "\\" + c : c.ToString();

    private static string? PosixClass(string name) => name switch
    {
        "alpha" => "a-zA-Z",
        "digit" => "0-9",
        "alnum" => "a-zA-Z0-9",
        "upper" => "A-Z",
        "lower" => "a-z",
        "space" => " \\t\\n\\r\\f\\v",
        "xdigit" => "0-9a-fA-F",
        "punct" => "!-/:-@\\[-`{-~",
        "blank" => " \\t",
        _ => null,
    };
}
