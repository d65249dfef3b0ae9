namespace Nestor.Semantics.Tests;

/// <summary>Builds a semantic model from in-memory files under <c>/repo</c>.</summary>
internal static class Project
{
    public static SemanticModel Build(params (string Path, string Content)[] files) =>
        SemanticModel.Build(Semantics.Workspace.FromFiles("/repo", files.Select(file => KeyValuePair.Create("/repo/" + file.Path, file.Content))));

    public static FileModel File(this SemanticModel model, string relativePath) =>
        model.GetFile("/repo/" + relativePath) ?? throw new InvalidOperationException($"{relativePath} is not in the model.");
}
