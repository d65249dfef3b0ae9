using System.Diagnostics;
using Nestor.Semantics;
using Nestor.Syntax;
using Nestor.Text;

namespace Nestor.Cli.Parse;

/// <summary>One parsed file: its text (for line numbers) and its syntax diagnostics.</summary>
public sealed record ParsedFile(string Path, long Bytes, SourceText Text, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>Every file found under the paths, parsed in parallel, and the paths that could not be read.</summary>
public sealed record ParseRun(IReadOnlyList<ParsedFile> Files, IReadOnlyList<string> InputErrors, long Milliseconds)
{
    public long Bytes => Files.Sum(f => f.Bytes);

    public int ErrorCount => Files.Sum(f => f.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error));

    public static ParseRun Execute(IReadOnlyList<string> paths)
    {
        var stopwatch = Stopwatch.StartNew();
        var search = SourceFileFinder.Find(paths);
        var parsed = new ParsedFile?[search.Files.Count];
        var readErrors = new string?[search.Files.Count];
        Parallel.For(0, search.Files.Count, index =>
        {
            var path = search.Files[index];
            try
            {
                var bytes = File.ReadAllBytes(path);
                var text = SourceText.FromBytes(path, bytes);
                parsed[index] = new ParsedFile(path, bytes.Length, text, SyntaxTree.Parse(text, ParseOptions.ForPath(path)).Diagnostics);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                readErrors[index] = $"{path}: cannot read: {exception.Message}";
            }
        });

        var inputErrors = search.Errors.Concat(readErrors.OfType<string>()).ToList();
        return new ParseRun(parsed.OfType<ParsedFile>().ToList(), inputErrors, stopwatch.ElapsedMilliseconds);
    }
}
