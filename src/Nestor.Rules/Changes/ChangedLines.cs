using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Nestor.Rules.Changes;

/// <summary>
/// The lines changed since a git ref, per project-relative file (one-based, inclusive ranges);
/// a file that is new or untracked is changed everywhere.
/// </summary>
public sealed partial class ChangedLines
{
    private readonly Dictionary<string, List<(int First, int Last)>> _ranges;
    private readonly HashSet<string> _wholeFiles;

    public ChangedLines(Dictionary<string, List<(int First, int Last)>> ranges, HashSet<string> wholeFiles)
    {
        _ranges = ranges;
        _wholeFiles = wholeFiles;
    }

    public IReadOnlyCollection<string> Files => _ranges.Keys.Concat(_wholeFiles).Distinct().Order(StringComparer.Ordinal).ToList();

    public bool Contains(string path, int line) =>
        _wholeFiles.Contains(path) || (_ranges.TryGetValue(path, out var ranges) && ranges.Any(range => line >= range.First && line <= range.Last));

    /// <summary>Parses the output of <c>git diff -U0</c>: '+++ b/path' headers and '@@ -a,b +c,d @@' hunks.</summary>
    public static ChangedLines ParseDiff(string diff, IEnumerable<string> untracked)
    {
        var ranges = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        var whole = new HashSet<string>(untracked, StringComparer.Ordinal);
        string? current = null;
        foreach (var line in diff.Split('\n'))
        {
            if (line.StartsWith("+++ ", StringComparison.Ordinal))
            {
                var target = line[4..].TrimEnd('\r');
                current = target == "/dev/null" ? null : Unquote(target.StartsWith("b/", StringComparison.Ordinal) ? target[2..] : target);
                continue;
            }

            var hunk = Hunk().Match(line);
            if (current is null || !hunk.Success)
            {
                continue;
            }

            var start = int.Parse(hunk.Groups["start"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var count = hunk.Groups["count"].Success ? int.Parse(hunk.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
            if (count == 0)
            {
                continue;
            }

            if (!ranges.TryGetValue(current, out var list))
            {
                ranges[current] = list = [];
            }

            list.Add((start, start + count - 1));
        }

        return new ChangedLines(ranges, whole);
    }

    /// <summary>Asks git; the error says why when the folder is not a repository or the ref is unknown.</summary>
    public static ChangedLines FromGit(string root, string reference, out string? error)
    {
        Git(root, out error, "rev-parse", "--is-inside-work-tree");
        if (error is not null)
        {
            error = $"'{root}' is not inside a git repository; --changed-since needs one";
            return new ChangedLines([], []);
        }

        var diff = Git(root, out error, "diff", "--relative", "-U0", "--no-color", "--no-ext-diff", reference, "--");
        if (error is not null)
        {
            return new ChangedLines([], []);
        }

        var untracked = Git(root, out error, "ls-files", "--others", "--exclude-standard");
        if (error is not null)
        {
            return new ChangedLines([], []);
        }

        return ParseDiff(diff, untracked.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private static string Git(string root, out string? error, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-C");
        start.ArgumentList.Add(root);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using var process = Process.Start(start)!;
            var errorText = process.StandardError.ReadToEndAsync();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            var stderr = errorText.Result.Trim();
            error = process.ExitCode == 0 ? null : $"git {arguments[0]} failed in '{root}': {FirstLine(stderr)}";
            return output;
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            error = $"git could not be started ({exception.Message}); --changed-since needs git on the PATH";
            return string.Empty;
        }
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    private static string Unquote(string path) => path.Length >= 2 && path[0] == '"' && path[^1] == '"' ? Regex.Unescape(path[1..^1]) : path;

    [GeneratedRegex(@"^@@ -\d+(?:,\d+)? \+(?<start>\d+)(?:,(?<count>\d+))? @@")]
    private static partial Regex Hunk();
}
