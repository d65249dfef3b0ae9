using System.Diagnostics;
using Nestor.Nest.Extraction;
using Nestor.Nest.Model;
using Nestor.Semantics;
using Nestor.Text;

namespace Nestor.Rules.Engine;

/// <summary>
/// The files of a review and the models built from them, parsed once: the semantic model parses
/// every file in parallel, and the review reuses its trees. Paths become relative to the root.
/// </summary>
public sealed record ReviewInput(IReadOnlyList<ReviewFile> Files, IReadOnlyList<Diagnostic> Problems, SemanticModel Semantics, NestProject? Nest)
{
    public static ReviewInput Load(string root, Action<ReviewProgress>? progress = null, RuleTimings? timings = null)
    {
        var started = Stopwatch.GetTimestamp();
        var workspace = Workspace.Load(root);
        timings?.Add("(finding files and configs)", Stopwatch.GetElapsedTime(started));
        return FromWorkspace(workspace, progress, timings);
    }

    /// <summary>A workspace held in memory (path → content), for tests and editors.</summary>
    public static ReviewInput FromFiles(string root, IEnumerable<KeyValuePair<string, string>> files) => FromWorkspace(Workspace.FromFiles(root, files));

    public static ReviewInput FromWorkspace(Workspace workspace, Action<ReviewProgress>? progress = null, RuleTimings? timings = null)
    {
        var started = Stopwatch.GetTimestamp();
        var semantics = SemanticModel.Build(workspace);
        timings?.Add("(parsing and binding)", Stopwatch.GetElapsedTime(started));
        progress?.Invoke(new ReviewProgress(ReviewStage.Modelling, 0, semantics.Files.Count));
        var files = semantics.Files
            .Select(file =>
            {
                var relative = WorkspacePath.Relative(workspace.Root, file.Path);
                return new ReviewFile(relative, new SourceText(relative, file.Text.Content), file.Tree)
                {
                    InNestPackage = NearestPackage(workspace, file.Path) is { } package ? package.DependsOn("@nestjs/core") || package.DependsOn("@nestjs/common") : null,
                };
            })
            .ToList();
        var problems = semantics.Diagnostics
            .Where(diagnostic => diagnostic.Code == SemanticDiagnostics.UnreadableFile.Id)
            .Select(diagnostic => Problem(WorkspacePath.Relative(workspace.Root, diagnostic.Path), diagnostic.Message))
            .ToList();

        NestProject? nest = null;
        try
        {
            started = Stopwatch.GetTimestamp();
            nest = NestModelBuilder.Build(semantics);
            timings?.Add("(NestJS model)", Stopwatch.GetElapsedTime(started));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // Rules that need the model are skipped; every other rule still runs.
            problems.Add(Problem(files.Count > 0 ? files[0].Path : string.Empty, $"The NestJS model could not be built ({exception.GetType().Name}: {exception.Message}); rules over modules, routes and queries did not run."));
        }

        return new ReviewInput(files, problems, semantics, nest);
    }

    private static PackageJson? NearestPackage(Workspace workspace, string path) =>
        workspace.Packages
            .Where(package => WorkspacePath.IsUnder(path, package.Directory) || package.Directory == "/")
            .MaxBy(package => package.Directory.Length);

    private static Diagnostic Problem(string path, string message) =>
        new(EngineDiagnostics.RuleFailed.Id, DiagnosticSeverity.Error, message, path, default) { Name = EngineDiagnostics.RuleFailed.Name };
}
