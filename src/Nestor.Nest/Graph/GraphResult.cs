using Nestor.Nest.Model;
using Nestor.Text;

namespace Nestor.Nest.Graph;

/// <summary>Where a dependency is found, seen from the module that needs it.</summary>
public enum ResolutionKind
{
    /// <summary>A provider of the module itself.</summary>
    Own,

    /// <summary>Exported by an imported module (directly or re-exported).</summary>
    Imported,

    /// <summary>Exported by a global module.</summary>
    Global,

    /// <summary>Provided by Nest's core to every module (Reflector, ModuleRef...).</summary>
    Framework,

    /// <summary>Not found, but <c>@Optional()</c>: Nest injects undefined.</summary>
    OptionalMissing,

    /// <summary>Not found.</summary>
    Unresolved,

    /// <summary>The token or the module's scope could not be fully read: no verdict.</summary>
    Unknown,
}

/// <summary>How one dependency of one injectable is resolved.</summary>
/// <param name="From">The module whose provider is used (for Own, Imported and Global).</param>
public sealed record Resolution(Dependency Dependency, ResolutionKind Kind, string? From)
{
    /// <summary>The file declaring the module <see cref="From"/>, when it is a workspace module.</summary>
    public string? FromPath { get; init; }
}

/// <summary>
/// The dependencies of one provider, controller or enhancer of a module, each resolved.
/// <see cref="Role"/> is <c>provider</c>, <c>controller</c>, <c>factory</c>, <c>alias</c>, or for
/// enhancers Nest creates in the module, <c>guard</c>, <c>interceptor</c>, <c>pipe</c> or <c>filter</c>.
/// </summary>
public sealed record ResolvedInjectable(string Module, string Name, ProviderToken Token, string Role, SourceLocation Location, IReadOnlyList<Resolution> Dependencies)
{
    /// <summary>The file declaring the module, when known (monorepos hold several modules of one name).</summary>
    public string? ModulePath { get; init; }

    /// <summary>For an enhancer: the controller or provider that uses it.</summary>
    public string? UsedBy { get; init; }
}

/// <summary>A problem found in the graph: the diagnostic, plus the facts Nest's own boot error would name.</summary>
public sealed record GraphProblem(Diagnostic Diagnostic, GraphDescriptor Descriptor)
{
    public string? Module { get; init; }

    public string? Provider { get; init; }

    public string? Dependency { get; init; }

    public int? Index { get; init; }

    public int Line { get; init; }

    public int Column { get; init; }
}

/// <summary>A provider nothing injects, or an export nothing imports.</summary>
public sealed record ProviderFact(string Module, string Token, SourceLocation Location);

/// <summary>Facts the user asks for that are not problems.</summary>
public sealed record GraphFacts(IReadOnlyList<ProviderFact> UnusedProviders, IReadOnlyList<ProviderFact> UnusedExports, IReadOnlyList<string> OrphanModules);

/// <summary>Everything <c>nestor graph</c> reports about a project.</summary>
public sealed record GraphResult(NestProject Project, IReadOnlyList<ResolvedInjectable> Injectables, IReadOnlyList<GraphProblem> Problems, GraphFacts Facts)
{
    public bool HasProblems => Problems.Count > 0;
}
