namespace Nestor.Semantics;

public enum WorkspaceProjectKind
{
    Application,
    Library,
    Package,
}

/// <summary>
/// One app, library or package of a workspace, and what declared it: <c>nest-cli.json</c> (monorepo
/// mode), the package manager's workspaces (npm, yarn, pnpm), or an <c>apps/</c> + <c>libs/</c> layout.
/// </summary>
public sealed record WorkspaceProject(string Name, WorkspaceProjectKind Kind, string Folder, string? SourceRoot, string DeclaredBy);
