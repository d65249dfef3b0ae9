using Nestor.Nest.Model;
using Nestor.Nest.Packages;
using Nestor.Text;

namespace Nestor.Nest.Graph;

/// <summary>
/// Resolves every dependency the way Nest does at boot — own providers, then the exports of
/// imported modules (following re-exported modules), then global modules, then Nest's core — and
/// reports what would fail, or silently misbehave, before the application is ever run.
/// </summary>
public static class GraphAnalyzer
{
    public static GraphResult Analyze(NestProject project) => new GraphAnalysis(project).Run();
}

internal sealed class GraphAnalysis
{
    private readonly NestProject _project;
    private readonly Dictionary<string, NestModule> _modules = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ProviderDefinition>> _ownProviders = new(StringComparer.Ordinal);
    private readonly List<GraphProblem> _problems = [];
    private readonly List<ResolvedInjectable> _injectables = [];
    private readonly HashSet<(string From, ProviderToken Token)> _usedExports = [];
    private readonly HashSet<ProviderToken> _injectedTokens = [];
    private readonly List<string> _roots;
    private HashSet<string> _checked = new(StringComparer.Ordinal);
    private Dictionary<ProviderToken, string> _globals = [];

    public GraphAnalysis(NestProject project)
    {
        _project = project;
        foreach (var module in project.Modules)
        {
            _modules.TryAdd(module.Name, module);
        }

        _roots = project.EntryModules.Append(project.RootModule ?? "").Where(_modules.ContainsKey).Distinct(StringComparer.Ordinal).ToList();
        if (_roots.Count == 0 && _modules.ContainsKey("AppModule"))
        {
            _roots.Add("AppModule");
        }
    }

    public GraphResult Run()
    {
        _checked = _roots.Count == 0 ? [.. _modules.Keys] : Reachable(_roots);
        CollectOwnProviders();
        _globals = CollectGlobals();
        foreach (var module in _modules.Values.Where(m => _checked.Contains(m.Name)).OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            var scope = BuildScope(module);
            CheckImports(module);
            CheckExports(module);
            CheckProviders(module, scope);
            CheckControllers(module, scope);
        }

        CheckCycles();
        CheckProviderCycles();
        CheckDuplicates();
        var problems = _problems
            .OrderBy(p => p.Diagnostic.Path, StringComparer.Ordinal)
            .ThenBy(p => p.Diagnostic.Span.Start)
            .ThenBy(p => p.Descriptor.Id, StringComparer.Ordinal)
            .ToList();
        return new GraphResult(_project, _injectables, problems, CollectFacts());
    }

    private HashSet<string> Reachable(IEnumerable<string> roots)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(roots);
        while (pending.TryPop(out var name))
        {
            if (!seen.Add(name) || !_modules.TryGetValue(name, out var module))
            {
                continue;
            }

            foreach (var entry in AllImports(module.Imports))
            {
                pending.Push(entry.ModuleName);
            }
        }

        seen.IntersectWith(_modules.Keys);
        return seen;
    }

    private static IEnumerable<ModuleImport> AllImports(IEnumerable<ModuleImport> imports)
    {
        foreach (var entry in imports)
        {
            yield return entry;
            foreach (var nested in AllImports(entry.DynamicImports))
            {
                yield return nested;
            }
        }
    }

    // A dynamic import of a project module (a user-written forRoot) adds providers to that module itself.
    private void CollectOwnProviders()
    {
        foreach (var module in _modules.Values)
        {
            _ownProviders[module.Name] = [.. module.Providers];
        }

        foreach (var module in _modules.Values.Where(m => _checked.Contains(m.Name)))
        {
            foreach (var entry in AllImports(module.Imports))
            {
                if (entry.DynamicProviders.Count > 0 && _ownProviders.TryGetValue(entry.ModuleName, out var providers))
                {
                    foreach (var provider in entry.DynamicProviders)
                    {
                        if (!providers.Any(p => p.Token.Equals(provider.Token) && p.Location == provider.Location))
                        {
                            providers.Add(provider);
                        }
                    }
                }
            }
        }
    }

    private Dictionary<ProviderToken, string> CollectGlobals()
    {
        var globals = new Dictionary<ProviderToken, string>();
        foreach (var module in _modules.Values.Where(m => _checked.Contains(m.Name)).OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            if (module.IsGlobal)
            {
                Merge(globals, ExportsOf(new ModuleImport(module.Name, module.Location), []).Tokens);
            }

            foreach (var entry in AllImports(module.Imports).Where(IsGlobalImport))
            {
                Merge(globals, ExportsOf(entry, []).Tokens);
            }
        }

        return globals;
    }

    private bool IsGlobalImport(ModuleImport entry)
    {
        if (entry.IsGlobal || (_modules.TryGetValue(entry.ModuleName, out var module) && module.IsGlobal))
        {
            return true;
        }

        var known = KnownPackages.Find(entry.ModuleName);
        return known is not null && !_modules.ContainsKey(entry.ModuleName)
            && (known.AlwaysGlobal || (entry.DynamicMethod is { } method && known.GlobalMethods.Contains(method)));
    }

    private static void Merge(Dictionary<ProviderToken, string> into, Dictionary<ProviderToken, string> tokens)
    {
        foreach (var (token, from) in tokens)
        {
            into.TryAdd(token, from);
        }
    }

    private sealed record ExportSet(Dictionary<ProviderToken, string> Tokens, bool Opaque);

    /// <summary>What an import entry makes visible: the module's exports, re-exported modules followed.</summary>
    private ExportSet ExportsOf(ModuleImport entry, HashSet<string> visiting)
    {
        var tokens = new Dictionary<ProviderToken, string>();
        var opaque = entry.IsOpaque;
        if (!visiting.Add(entry.ModuleName))
        {
            return new ExportSet(tokens, opaque);
        }

        var name = entry.ModuleName;
        if (_modules.TryGetValue(name, out var module))
        {
            opaque |= module.HasOpaqueMetadata;
            var imports = AllImports(module.Imports).Concat(AllImports(entry.DynamicImports)).ToList();
            var exports = module.Exports.Concat(entry.DynamicExports.Select(t => new ModuleExport(t, entry.Location) { IsModule = IsModuleName(t, imports) }));
            foreach (var export in exports)
            {
                if (export.IsModule || IsModuleName(export.Token, imports))
                {
                    foreach (var reexported in imports.Where(i => i.ModuleName == export.Token.Value))
                    {
                        var inner = ExportsOf(reexported, visiting);
                        opaque |= inner.Opaque;
                        Merge(tokens, inner.Tokens);
                    }
                }
                else
                {
                    tokens.TryAdd(export.Token, name);
                }
            }
        }
        else if (KnownPackages.Find(name) is { } known)
        {
            foreach (var token in known.Exports.Concat(entry.DynamicExports))
            {
                tokens.TryAdd(token, name);
            }
        }
        else if (!_project.Classes.ContainsKey(name))
        {
            // A module from a package the table does not know: it may export anything.
            foreach (var token in entry.DynamicExports)
            {
                tokens.TryAdd(token, name);
            }

            opaque = true;
        }

        visiting.Remove(entry.ModuleName);
        return new ExportSet(tokens, opaque);
    }

    private static bool IsModuleName(ProviderToken token, IEnumerable<ModuleImport> imports) =>
        token.Kind == TokenKind.Class && imports.Any(i => i.ModuleName == token.Value);

    private sealed class Scope(string module)
    {
        public string Module { get; } = module;

        public Dictionary<ProviderToken, (ResolutionKind Kind, string? From)> Tokens { get; } = [];

        public bool Opaque { get; set; }
    }

    private Scope BuildScope(NestModule module)
    {
        var scope = new Scope(module.Name) { Opaque = module.HasOpaqueMetadata };
        foreach (var provider in _ownProviders[module.Name])
        {
            scope.Tokens.TryAdd(provider.Token, (ResolutionKind.Own, module.Name));
        }

        foreach (var entry in module.Imports)
        {
            var exports = ExportsOf(entry, []);
            scope.Opaque |= exports.Opaque;
            foreach (var (token, from) in exports.Tokens)
            {
                scope.Tokens.TryAdd(token, (ResolutionKind.Imported, from));
            }
        }

        foreach (var (token, from) in _globals)
        {
            scope.Tokens.TryAdd(token, (ResolutionKind.Global, from));
        }

        foreach (var token in KnownPackages.FrameworkTokens)
        {
            scope.Tokens.TryAdd(token, (ResolutionKind.Framework, null));
        }

        return scope;
    }

    private void CheckImports(NestModule module)
    {
        for (var index = 0; index < module.Imports.Count; index++)
        {
            var entry = module.Imports[index];
            if (!_modules.ContainsKey(entry.ModuleName) && _project.Classes.TryGetValue(entry.ModuleName, out var cls) && cls.Role != ClassRole.Plain)
            {
                Report(GraphDiagnostics.UnknownImport, entry.Location,
                    $"{module.Name} imports {entry.ModuleName}, which is not a module: classes with @Injectable(), @Controller() or @Catch() must not appear in \"imports\".",
                    $"Move {entry.ModuleName} to the providers (or controllers) of {module.Name}, or import the module that provides it.",
                    module: module.Name, provider: entry.ModuleName, index: index);
            }
        }
    }

    private void CheckExports(NestModule module)
    {
        var own = _ownProviders[module.Name];
        var imports = AllImports(module.Imports).ToList();
        foreach (var export in module.Exports)
        {
            if (own.Any(p => p.Token.Equals(export.Token)) || IsModuleName(export.Token, imports) || export.Token.IsUnknown || module.HasOpaqueMetadata)
            {
                continue;
            }

            var provider = ProvidingModules(export.Token).FirstOrDefault();
            var help = provider is null
                ? $"Add {export.Token.DisplayName} to the providers of {module.Name}, or remove it from the exports."
                : $"{export.Token.DisplayName} is provided by {provider}: export {provider} itself from {module.Name} (it is imported there), or remove the export.";
            Report(GraphDiagnostics.UnknownExport, export.Location,
                $"{module.Name} exports {export.Token.DisplayName}, which it neither provides nor imports: Nest refuses to boot (\"cannot export a provider/module that is not a part of the currently processed module\").",
                help, module: module.Name, provider: export.Token.Name);
        }
    }

    private void CheckProviders(NestModule module, Scope scope)
    {
        foreach (var provider in _ownProviders[module.Name])
        {
            switch (provider.Kind)
            {
                case ProviderKind.Class or ProviderKind.UseClass when provider.ImplementationClass is { } className:
                    if (_project.Classes.TryGetValue(className, out var cls))
                    {
                        CheckClass(module, scope, cls, provider.Token, "provider");
                    }

                    break;
                case ProviderKind.UseFactory:
                    CheckDependencies(module, scope, provider.Token.Name, provider.Token, "factory", provider.Location, provider.FactoryDependencies);
                    break;
                case ProviderKind.UseExisting when provider.ExistingToken is { } existing:
                    CheckDependencies(module, scope, provider.Token.Name, provider.Token, "alias", provider.Location, [new Dependency(0, existing, provider.Location) { IsExplicit = true }]);
                    break;
            }
        }
    }

    private void CheckControllers(NestModule module, Scope scope)
    {
        foreach (var name in module.Controllers)
        {
            if (_project.Classes.TryGetValue(name, out var cls))
            {
                CheckClass(module, scope, cls, cls.Token, "controller");
            }
        }
    }

    private void CheckClass(NestModule module, Scope scope, InjectableClass cls, ProviderToken token, string role)
    {
        if (cls.Dependencies.Count > 0 && !cls.EmitsMetadata)
        {
            // Without any decorator TypeScript emits no parameter types: Nest constructs the class with no arguments.
            Report(GraphDiagnostics.MissingInjectable, cls.Location,
                $"{cls.Name} is a provider of {module.Name} and has constructor dependencies but no @Injectable(): Nest passes undefined for every one of them.",
                $"Add @Injectable() to {cls.Name}.",
                module: module.Name, provider: cls.Name);
            _injectables.Add(new ResolvedInjectable(module.Name, cls.Name, token, role, cls.Location, []));
            return;
        }

        CheckDependencies(module, scope, cls.Name, token, role, cls.Location, cls.Dependencies);
    }

    private void CheckDependencies(NestModule module, Scope scope, string name, ProviderToken token, string role, SourceLocation location, IReadOnlyList<Dependency> dependencies)
    {
        var resolutions = new List<Resolution>(dependencies.Count);
        foreach (var dependency in dependencies)
        {
            _injectedTokens.Add(dependency.Token);
            resolutions.Add(Resolve(module, scope, name, token, dependency, dependencies));
        }

        _injectables.Add(new ResolvedInjectable(module.Name, name, token, role, location, resolutions));
    }

    private Resolution Resolve(NestModule module, Scope scope, string name, ProviderToken self, Dependency dependency, IReadOnlyList<Dependency> all)
    {
        if (dependency.Erased != ErasedTypeReason.None && !dependency.IsExplicit)
        {
            if (dependency.IsOptional)
            {
                return new Resolution(dependency, ResolutionKind.OptionalMissing, null);
            }

            Report(GraphDiagnostics.ErasedDependencyType, dependency.Location,
                $"{NestMessage(name, dependency, all, module.Name)} {ErasedReason(dependency)}",
                $"Inject a class, or give the parameter a token with @Inject(TOKEN) and provide that token.",
                module: module.Name, provider: name, dependency: dependency.DisplayName is { Length: > 0 } erased ? erased : null, index: dependency.Index);
            return new Resolution(dependency, ResolutionKind.Unresolved, null);
        }

        if (dependency.Token.Equals(self) && self.Kind == TokenKind.Class)
        {
            Report(GraphDiagnostics.SelfInjection, dependency.Location,
                $"{name} injects itself (argument at index [{dependency.Index}]): Nest cannot create an instance that needs itself to be created.",
                "Remove the parameter; use `this` inside the class.",
                module: module.Name, provider: name, dependency: dependency.DisplayName, index: dependency.Index);
            return new Resolution(dependency, ResolutionKind.Unresolved, null);
        }

        if (scope.Tokens.TryGetValue(dependency.Token, out var found))
        {
            if (found.From is { } from && from != module.Name)
            {
                _usedExports.Add((from, dependency.Token));
            }

            return new Resolution(dependency, found.Kind, found.From);
        }

        if (dependency.IsOptional)
        {
            return new Resolution(dependency, ResolutionKind.OptionalMissing, null);
        }

        if (dependency.Token.IsUnknown || scope.Opaque)
        {
            return new Resolution(dependency, ResolutionKind.Unknown, null);
        }

        if (dependency.Token.Kind == TokenKind.Model)
        {
            var registered = ModulesExporting(dependency.Token).ToList();
            var privately = _modules.Values
                .Where(m => m.Name != module.Name && !registered.Contains(m.Name) && AllImports(m.Imports).Any(i => i.DynamicExports.Contains(dependency.Token)))
                .Select(m => m.Name).Order(StringComparer.Ordinal).ToList();
            Report(GraphDiagnostics.UnregisteredModel, dependency.Location,
                $"{NestMessage(name, dependency, all, module.Name)} The model {dependency.Token.ModelName} is not registered with MongooseModule.forFeature in {module.Name} or a module it imports.",
                registered.Count > 0
                    ? $"Import {string.Join(" or ", registered)} (which registers {dependency.Token.ModelName} and exports it) in {module.Name}, or add MongooseModule.forFeature([{{ name: {dependency.Token.ModelName}.name, schema: {dependency.Token.ModelName}Schema }}]) to its imports."
                    : $"Add MongooseModule.forFeature([{{ name: {dependency.Token.ModelName}.name, schema: {dependency.Token.ModelName}Schema }}]) to the imports of {module.Name}"
                      + (privately.Count > 0 ? $" ({string.Join(" and ", privately)} registers it only for itself)." : "."),
                module: module.Name, provider: name, dependency: dependency.DisplayName, index: dependency.Index);
        }
        else
        {
            Report(GraphDiagnostics.UnresolvedDependency, dependency.Location,
                NestMessage(name, dependency, all, module.Name),
                MissingHelp(module.Name, dependency.Token),
                module: module.Name, provider: name, dependency: dependency.Property ?? dependency.DisplayName, index: dependency.Property is null ? dependency.Index : null);
        }

        return new Resolution(dependency, ResolutionKind.Unresolved, null);
    }

    /// <summary>Nest's own wording, so that the static finding reads like the boot error it prevents.</summary>
    private static string NestMessage(string name, Dependency dependency, IReadOnlyList<Dependency> all, string module)
    {
        if (dependency.Property is { } property)
        {
            return $"Nest can't resolve dependencies of the {name}. Please make sure that the \"{property}\" property is available in the {module} module.";
        }

        all = all.Where(d => d.Property is null).ToList();
        // Nest lists the other arguments by bare name and quotes only the missing one.
        var arguments = string.Join(", ", all.Select(d => d.Index == dependency.Index ? "?" : d.Erased == ErasedTypeReason.None ? d.Token.Name : d.DisplayName is { Length: > 0 } shown ? shown : "Object"));
        var argument = dependency.DisplayName is { Length: > 0 } display ? $"the argument {display}" : "the argument";
        return $"Nest can't resolve dependencies of the {name} ({arguments}). Please make sure that {argument} at index [{dependency.Index}] is available in the {module} module.";
    }

    private static string ErasedReason(Dependency dependency) => dependency.Erased switch
    {
        ErasedTypeReason.Interface => $"Its type is an interface, which does not exist at run time, so Nest sees Object.",
        ErasedTypeReason.TypeAlias => $"Its type is a type alias, which does not exist at run time, so Nest sees Object.",
        ErasedTypeReason.TypeOnlyImport => $"Its class is imported with `import type`, which is erased at run time, so Nest sees Function.",
        ErasedTypeReason.Primitive => $"Its type is a primitive, which Nest cannot inject without a token.",
        _ => "The parameter has no type and no @Inject() token, so Nest sees Object.",
    };

    private string MissingHelp(string module, ProviderToken token)
    {
        var exporting = ModulesExporting(token).Where(m => m != module).ToList();
        if (exporting.Count > 0)
        {
            return $"Import {string.Join(" or ", exporting)} (which exports {token.DisplayName}) in {module}.";
        }

        var providing = ProvidingModules(token).Where(m => m != module).ToList();
        if (providing.Count > 0)
        {
            return $"{token.DisplayName} is provided by {string.Join(" and ", providing)} but not exported: add it to the exports of {providing[0]} and import {providing[0]} in {module}.";
        }

        return $"Add {token.DisplayName} to the providers of {module}, or import the module that provides and exports it.";
    }

    private IEnumerable<string> ProvidingModules(ProviderToken token) =>
        _ownProviders.Where(p => p.Value.Any(d => d.Token.Equals(token))).Select(p => p.Key).Order(StringComparer.Ordinal);

    private IEnumerable<string> ModulesExporting(ProviderToken token) =>
        _modules.Values
            .Where(m => ExportsOf(new ModuleImport(m.Name, m.Location), []).Tokens.ContainsKey(token))
            .Select(m => m.Name)
            .Order(StringComparer.Ordinal);

    private void CheckCycles()
    {
        var checkedModules = _modules.Values.Where(m => _checked.Contains(m.Name)).ToDictionary(m => m.Name, StringComparer.Ordinal);
        var cycles = Cycles.Find(
            checkedModules.Keys.ToList(),
            name => checkedModules[name].Imports.Where(i => !i.IsForwardRef && checkedModules.ContainsKey(i.ModuleName)).Select(i => (i.ModuleName, i)));
        foreach (var cycle in cycles)
        {
            var path = string.Join(" → ", cycle.Path);
            Report(GraphDiagnostics.ImportCycle, cycle.Closing.Location,
                $"Modules import each other without forwardRef: {path}. When Nest loads them, one of these imports is undefined and the application does not boot.",
                $"Wrap one import of the cycle in forwardRef(() => {cycle.Closing.ModuleName}) on both sides, or move the shared providers into a module that both import.",
                module: cycle.Path[0], provider: cycle.Closing.ModuleName);
        }
    }

    // Classes that need each other in their constructors: one side sees undefined unless forwardRef is used.
    private void CheckProviderCycles()
    {
        var classProviders = _ownProviders.Where(p => _checked.Contains(p.Key)).SelectMany(p => p.Value)
            .Where(p => p.Kind is ProviderKind.Class or ProviderKind.UseClass && p.ImplementationClass is not null && _project.Classes.ContainsKey(p.ImplementationClass))
            .Select(p => p.ImplementationClass!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var provided = classProviders.ToHashSet(StringComparer.Ordinal);
        var cycles = Cycles.Find(
            classProviders,
            name => _project.Classes[name].Dependencies
                .Where(d => !d.IsForwardRef && d.Erased == ErasedTypeReason.None && d.Token.Kind == TokenKind.Class && d.Token.Value != name && provided.Contains(d.Token.Value))
                .Select(d => (d.Token.Value, d)));
        foreach (var cycle in cycles)
        {
            var path = string.Join(" → ", cycle.Path);
            var owner = cycle.Path[^2];
            var module = _ownProviders.Where(p => _checked.Contains(p.Key) && p.Value.Any(d => d.ImplementationClass == owner)).Select(p => p.Key).Order(StringComparer.Ordinal).FirstOrDefault();
            Report(GraphDiagnostics.ProviderCycle, cycle.Closing.Location,
                $"Providers need each other in their constructors: {path}. Without forwardRef one of them receives undefined (\"can't resolve dependencies\" at boot).",
                $"Break the cycle (move the shared logic into a third provider), or use @Inject(forwardRef(() => {cycle.Closing.Token.Value})) on both sides.",
                module: module, provider: owner, index: cycle.Closing.Index);
        }
    }

    private void CheckDuplicates()
    {
        var seen = new Dictionary<string, (string Module, ProviderDefinition Provider)>(StringComparer.Ordinal);
        foreach (var module in _modules.Values.Where(m => _checked.Contains(m.Name)).OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            // Twice in one module: Nest keeps the last registration without a word.
            var inModule = new Dictionary<ProviderToken, ProviderDefinition>();
            foreach (var provider in module.Providers.Where(p => !p.Token.IsUnknown && !p.IsAppEnhancer))
            {
                if (!inModule.TryAdd(provider.Token, provider))
                {
                    var first = inModule[provider.Token];
                    Report(GraphDiagnostics.DuplicateProvider, provider.Location,
                        $"{provider.Token.Name} is provided twice in {module.Name} (first on line {first.Location.Line}): the later registration silently replaces the earlier one.",
                        $"Remove one of the two registrations of {provider.Token.Name}.",
                        module: module.Name, provider: provider.Token.Name,
                        labels: [new DiagnosticLabel(first.Location.Path, first.Location.Span, "first provided here")]);
                    inModule[provider.Token] = provider;
                }
            }

            foreach (var provider in module.Providers.Where(p => p.Kind is ProviderKind.Class or ProviderKind.UseClass && p.Token.Kind == TokenKind.Class))
            {
                if (!seen.TryAdd(provider.Token.Value, (module.Name, provider)))
                {
                    var first = seen[provider.Token.Value];
                    Report(GraphDiagnostics.DuplicateProvider, provider.Location,
                        $"{provider.Token.DisplayName} is provided by both {first.Module} and {module.Name}: Nest creates two instances that share no state.",
                        $"Provide {provider.Token.DisplayName} in {first.Module} only, export it, and import {first.Module} in {module.Name}.",
                        module: module.Name, provider: provider.Token.Name,
                        labels: [new DiagnosticLabel(first.Provider.Location.Path, first.Provider.Location.Span, $"also provided by {first.Module} here")]);
                }
            }
        }
    }

    private GraphFacts CollectFacts()
    {
        var usedClasses = new HashSet<string>(StringComparer.Ordinal);
        foreach (var route in _project.Routes)
        {
            usedClasses.UnionWith(route.Enhancers.Select(e => e.Name));
        }

        if (_project.Bootstrap is { } bootstrap)
        {
            usedClasses.UnionWith(bootstrap.GlobalGuards.Concat(bootstrap.GlobalPipes).Concat(bootstrap.GlobalInterceptors).Concat(bootstrap.GlobalFilters));
        }

        var unusedProviders = new List<ProviderFact>();
        var unusedExports = new List<ProviderFact>();
        foreach (var module in _modules.Values.Where(m => _checked.Contains(m.Name)).OrderBy(m => m.Name, StringComparer.Ordinal))
        {
            foreach (var provider in module.Providers)
            {
                if (provider.IsAppEnhancer || _injectedTokens.Contains(provider.Token) || usedClasses.Contains(provider.Token.Value))
                {
                    continue;
                }

                if (provider.ImplementationClass is { } impl && _project.Classes.TryGetValue(impl, out var cls) && cls.IsEntryPoint)
                {
                    continue;
                }

                unusedProviders.Add(new ProviderFact(module.Name, provider.Token.Name, provider.Location));
            }

            var imports = AllImports(module.Imports).ToList();
            foreach (var export in module.Exports.Where(e => !e.IsModule && !IsModuleName(e.Token, imports)))
            {
                if (!_usedExports.Contains((module.Name, export.Token)))
                {
                    unusedExports.Add(new ProviderFact(module.Name, export.Token.Name, export.Location));
                }
            }
        }

        var orphans = _roots.Count == 0 ? [] : _modules.Keys.Where(name => !_checked.Contains(name)).Order(StringComparer.Ordinal).ToList();
        return new GraphFacts(unusedProviders, unusedExports, orphans);
    }

    private void Report(GraphDescriptor descriptor, SourceLocation location, string message, string help, string? module = null, string? provider = null, string? dependency = null, int? index = null, IReadOnlyList<DiagnosticLabel>? labels = null)
    {
        var diagnostic = new Diagnostic(descriptor.Id, descriptor.Severity, message, location.Path, location.Span)
        {
            Name = descriptor.Name,
            Help = help,
            Labels = labels ?? [],
        };
        _problems.Add(new GraphProblem(diagnostic, descriptor)
        {
            Module = module,
            Provider = provider,
            Dependency = dependency,
            Index = index,
            Line = location.Line,
            Column = location.Column,
        });
    }
}
