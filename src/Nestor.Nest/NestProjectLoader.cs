using Nestor.Nest.Extraction;
using Nestor.Nest.Model;
using Nestor.Semantics;

namespace Nestor.Nest;

/// <summary>Loads a folder (or an in-memory file set) and builds its NestJS model: the one call front ends make.</summary>
public static class NestProjectLoader
{
    public static NestProject Load(string root) => NestModelBuilder.Build(SemanticModel.Build(Workspace.Load(root)));

    public static NestProject FromFiles(string root, IEnumerable<KeyValuePair<string, string>> files) =>
        NestModelBuilder.Build(SemanticModel.Build(Workspace.FromFiles(root, files)));
}
