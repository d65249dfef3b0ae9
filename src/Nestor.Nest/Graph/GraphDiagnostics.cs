using Nestor.Text;

namespace Nestor.Nest.Graph;

/// <summary>One kind of DI problem: a stable id that is never reused, a kebab-case name and a default severity.</summary>
public sealed record GraphDescriptor(string Id, string Name, string Title, DiagnosticSeverity Severity);

/// <summary>The NestJS model's problems (area 3). Ids are forever: add new ones at the end.</summary>
public static class GraphDiagnostics
{
    public static readonly GraphDescriptor UnresolvedDependency = new("NST3001", "unresolved-dependency", "A dependency that no module in scope provides", DiagnosticSeverity.Error);

    public static readonly GraphDescriptor UnknownExport = new("NST3002", "export-not-provided", "An export that the module neither provides nor imports", DiagnosticSeverity.Error);

    public static readonly GraphDescriptor ImportCycle = new("NST3003", "module-cycle", "Modules that import each other without forwardRef", DiagnosticSeverity.Error);

    public static readonly GraphDescriptor MissingInjectable = new("NST3004", "missing-injectable", "A provider with constructor dependencies but no @Injectable()", DiagnosticSeverity.Warning);

    public static readonly GraphDescriptor ErasedDependencyType = new("NST3005", "erased-dependency-type", "A dependency whose type is erased at run time", DiagnosticSeverity.Error);

    public static readonly GraphDescriptor SelfInjection = new("NST3006", "self-injection", "A provider that injects itself", DiagnosticSeverity.Error);

    public static readonly GraphDescriptor DuplicateProvider = new("NST3007", "duplicate-provider", "The same provider declared in two modules", DiagnosticSeverity.Warning);

    public static readonly GraphDescriptor UnregisteredModel = new("NST3008", "unregistered-model", "@InjectModel of a model not registered with forFeature in scope", DiagnosticSeverity.Error);

    public static readonly GraphDescriptor UnknownImport = new("NST3009", "unknown-import", "An import that is not a module", DiagnosticSeverity.Error);

    public static readonly GraphDescriptor ProviderCycle = new("NST3010", "provider-cycle", "Providers that inject each other without forwardRef", DiagnosticSeverity.Error);

    public static readonly IReadOnlyList<GraphDescriptor> All =
    [
        UnresolvedDependency, UnknownExport, ImportCycle, MissingInjectable, ErasedDependencyType,
        SelfInjection, DuplicateProvider, UnregisteredModel, UnknownImport, ProviderCycle,
    ];
}
