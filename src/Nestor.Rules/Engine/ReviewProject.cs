using System.Collections.Concurrent;
using Nestor.Nest.Graph;
using Nestor.Nest.Model;
using Nestor.Rules.Configuration;
using Nestor.Semantics;

namespace Nestor.Rules.Engine;

/// <summary>
/// What the rules of a run see: the files, the configuration and, when the run built them, the
/// bound workspace and its NestJS model. The models speak in absolute paths; findings use the
/// review's relative ones, so rules convert through <see cref="RelativePath"/>.
/// </summary>
public sealed record ReviewProject(string Root, IReadOnlyList<ReviewFile> Files, NestorConfig Config)
{
    private readonly Dictionary<string, ReviewFile> _byPath = Files.ToDictionary(file => file.Path, StringComparer.Ordinal);
    private readonly Lock _graphLock = new();
    private readonly ConcurrentDictionary<Type, Lazy<object>> _shared = new();
    private GraphResult? _graph;

    /// <summary>The bound workspace: what names refer to across files. Null when the run was given files alone.</summary>
    public SemanticModel? Semantics { get; init; }

    /// <summary>Modules, injectables, routes, schemas and query sites. Null when the run was given files alone.</summary>
    public NestProject? Nest { get; init; }

    /// <summary>The dependency graph of <see cref="Nest"/>, analysed once for every rule that asks.</summary>
    public GraphResult? Graph
    {
        get
        {
            if (Nest is null)
            {
                return null;
            }

            lock (_graphLock)
            {
                return _graph ??= GraphAnalyzer.Analyze(Nest);
            }
        }
    }

    /// <summary>
    /// Facts that several rules read (an index of the project's classes, per-file facts), built once per run by the
    /// first rule that asks while the others wait for it. One instance per type <typeparamref name="T"/>.
    /// </summary>
    public T Shared<T>(Func<ReviewProject, T> build)
        where T : class =>
        (T)_shared.GetOrAdd(typeof(T), _ => new Lazy<object>(() => build(this), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    public ReviewFile? GetFile(string relativePath) => _byPath.GetValueOrDefault(relativePath);

    /// <summary>The review's path of a file of the models (absolute, slash-separated).</summary>
    public string RelativePath(string modelPath)
    {
        var root = WorkspacePath.Normalize(Root);
        return WorkspacePath.IsUnder(modelPath, root) ? WorkspacePath.Relative(root, modelPath) : modelPath;
    }

    /// <summary>The review's path of a location of the Nest model.</summary>
    public string RelativePath(SourceLocation location) => RelativePath(location.Path);

    /// <summary>The file of the semantic model behind a review path.</summary>
    public FileModel? GetFileModel(string relativePath) =>
        Semantics?.GetFile(WorkspacePath.Combine(WorkspacePath.Normalize(Root), relativePath));
}
