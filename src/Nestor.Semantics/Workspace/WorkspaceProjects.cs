using System.Text.RegularExpressions;

namespace Nestor.Semantics;

/// <summary>Finds the apps, libraries and packages of a workspace from the files that declare them.</summary>
internal static class WorkspaceProjects
{
    private static readonly string[] ProjectMarkers = ["project.json", "package.json", "tsconfig.json", "tsconfig.app.json", "tsconfig.lib.json"];

    public static IReadOnlyList<WorkspaceProject> Discover(Workspace workspace, IReadOnlyList<string> configs)
    {
        var projects = new List<WorkspaceProject>();
        var folders = new HashSet<string>(StringComparer.Ordinal);
        void Add(WorkspaceProject project)
        {
            if (folders.Add(project.Folder))
            {
                projects.Add(project);
            }
        }

        if (workspace.NestCli is { } nest)
        {
            foreach (var project in nest.Projects)
            {
                var folder = WorkspacePath.Combine(nest.Directory, project.Root ?? project.SourceRoot ?? project.Name);
                var sourceRoot = project.SourceRoot is null ? null : WorkspacePath.Combine(nest.Directory, project.SourceRoot);
                Add(new WorkspaceProject(project.Name, project.IsLibrary ? WorkspaceProjectKind.Library : WorkspaceProjectKind.Application, folder, sourceRoot, "nest-cli.json"));
            }
        }

        if (workspace.PackageGlobs.Count > 0)
        {
            var included = Compile(workspace.PackageGlobs.Where(glob => !glob.StartsWith('!')));
            var excluded = Compile(workspace.PackageGlobs.Where(glob => glob.StartsWith('!')).Select(glob => glob[1..]));
            foreach (var package in workspace.Packages.Where(package => package.Directory != workspace.Root))
            {
                var relative = WorkspacePath.Relative(workspace.Root, package.Directory);
                if (included?.IsMatch(relative) == true && excluded?.IsMatch(relative) != true)
                {
                    var name = package.Name ?? WorkspacePath.GetFileName(package.Directory);
                    var sourceRoot = workspace.FileSource.DirectoryExists(package.Directory + "/src") ? package.Directory + "/src" : null;
                    Add(new WorkspaceProject(name, WorkspaceProjectKind.Package, package.Directory, sourceRoot, "workspaces"));
                }
            }
        }

        foreach (var (layoutFolder, kind) in new[] { ("apps", WorkspaceProjectKind.Application), ("libs", WorkspaceProjectKind.Library) })
        {
            var layoutRoot = workspace.Root + "/" + layoutFolder;
            var marked = configs
                .Where(path => WorkspacePath.IsUnder(path, layoutRoot) && ProjectMarkers.Contains(WorkspacePath.GetFileName(path)))
                .Select(path => WorkspacePath.GetDirectory(path)!)
                .Distinct(StringComparer.Ordinal)
                .OrderBy(folder => folder.Length)
                .ToList();
            var chosen = new List<string>();
            foreach (var folder in marked.Where(folder => !chosen.Any(outer => WorkspacePath.IsUnder(folder, outer))))
            {
                chosen.Add(folder);
                var sourceRoot = workspace.FileSource.DirectoryExists(folder + "/src") ? folder + "/src" : null;
                Add(new WorkspaceProject(WorkspacePath.Relative(layoutRoot, folder), kind, folder, sourceRoot, layoutFolder + "/ layout"));
            }
        }

        return projects;
    }

    private static Regex? Compile(IEnumerable<string> globs)
    {
        var alternatives = globs.Select(glob => Regex.Escape(glob.Trim('/').TrimStart('.', '/'))
            .Replace(@"\*\*", ".*", StringComparison.Ordinal)
            .Replace(@"\*", "[^/]+", StringComparison.Ordinal)).ToList();
        return alternatives.Count == 0 ? null : new Regex("^(?:" + string.Join('|', alternatives) + ")$", RegexOptions.CultureInvariant);
    }
}
