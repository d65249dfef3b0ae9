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

    // Modules and classes are keyed by their declaration: a monorepo often has two `UsersModule`s or two `UsersService`s.
    private readonly Dictionary<ClassId, NestModule> _modules = [];
    private readonly Dictionary<string, List<NestModule>> _modulesByName = new(StringComparer.Ordinal);
    private readonly Dictionary<ClassId, InjectableClass> _classes = [];
    private readonly Dictionary<ClassId, List<ProviderDefinition>> _ownProviders = [];
    private readonly Dictionary<ClassId, List<ModuleImport>> _ownDynamicImports = [];
    private readonly HashSet<ClassId> _opaqueDynamic = [];
    private HashSet<ProviderToken> _possibleGlobals = new(ProviderToken.ByDeclaration);
    private bool _hiddenImports;

    // Some package module the table does not know is imported: it may register global string, symbol or package tokens.
    private bool _hiddenPackageImports;

    // Some global module's exports could not be read: it may make anything visible everywhere.
    private bool _globalsOpaque;
    private readonly List<GraphProblem> _problems = [];
    private readonly List<ResolvedInjectable> _injectables = [];
    private readonly HashSet<(ClassId From, ProviderToken Token)> _usedExports = [];
    private readonly HashSet<ProviderToken> _injectedTokens = new(ProviderToken.ByDeclaration);
    private readonly HashSet<(ClassId Module, ClassId Enhancer)> _enhancersChecked = [];
    private readonly List<NestModule> _roots;
    private HashSet<ClassId> _checked = [];
    private Dictionary<ProviderToken, Origin> _globals = new(ProviderToken.ByDeclaration);

    public GraphAnalysis(NestProject project)
    {
        _project = project;
        foreach (var module in project.Modules)
        {
            if (_modules.TryAdd(module.Id, module))
            {
                if (!_modulesByName.TryGetValue(module.Name, out var named))
                {
                    _modulesByName[module.Name] = named = [];
                }

                named.Add(module);
            }
        }

        foreach (var cls in project.AllClasses)
        {
            _classes.TryAdd(cls.Id, cls);
        }

        _roots = project.EntryModuleIds.Select(id => _modules.GetValueOrDefault(id)).OfType<NestModule>().ToList();
        var rootNames = _roots.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var name in project.EntryModules.Append(project.RootModule ?? "").Where(n => !rootNames.Contains(n)))
        {
            // An entry module known by name only: every module of that name may be it.
            _roots.AddRange(_modulesByName.GetValueOrDefault(name) ?? []);
        }

        if (_roots.Count == 0)
        {
            _roots.AddRange(_modulesByName.GetValueOrDefault("AppModule") ?? []);
        }

        _roots = _roots.Distinct().ToList();
    }

    public GraphResult Run()
    {
        _checked = _roots.Count == 0 ? [.. _modules.Keys] : Reachable(_roots);
        CollectOwnProviders();
        _globals = CollectGlobals();
        _possibleGlobals = CollectPossibleGlobals();
        foreach (var module in CheckedModules())
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
            .ThenBy(p => p.Diagnostic.Message, StringComparer.Ordinal)
            .ToList();
        return new GraphResult(_project, _injectables, problems, CollectFacts());
    }

    private IEnumerable<NestModule> CheckedModules() =>
        _modules.Values.Where(m => _checked.Contains(m.Id)).OrderBy(m => m.Name, StringComparer.Ordinal).ThenBy(m => m.Location.Path, StringComparer.Ordinal);

    /// <summary>The project module an import names: by its declaration when the binder resolved it, else by name; never for a package's module.</summary>
    private NestModule? ModuleOf(ModuleImport entry) => entry.IsExternal ? null : FindModule(entry.ModuleName, entry.ModulePath);

    private NestModule? FindModule(string name, string? path) =>
        path is not null ? _modules.GetValueOrDefault(new ClassId(path, name)) : _modulesByName.GetValueOrDefault(name)?[0];

    private InjectableClass? FindClass(string name, string? path) =>
        path is not null ? _classes.GetValueOrDefault(new ClassId(path, name)) : _project.Classes.GetValueOrDefault(name);

    /// <summary>The workspace class a provider instantiates; none for a package's class (<c>providers: [ConfigService]</c>), whatever the project's class names.</summary>
    private InjectableClass? ImplementationOf(ProviderDefinition provider) =>
        provider.ImplementationClass is { } name && (provider.Kind != ProviderKind.Class || provider.Token.Package is null) ? FindClass(name, provider.ImplementationPath) : null;

    private static bool SamePath(string? left, string? right) => left is null || right is null || string.Equals(left, right, StringComparison.Ordinal);

    private HashSet<ClassId> Reachable(IEnumerable<NestModule> roots)
    {
        var seen = new HashSet<ClassId>();
        var pending = new Stack<NestModule>(roots);
        while (pending.TryPop(out var module))
        {
            if (!seen.Add(module.Id))
            {
                continue;
            }

            foreach (var entry in AllImports(module.Imports))
            {
                if (ModuleOf(entry) is { } imported)
                {
                    pending.Push(imported);
                }
            }
        }

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
            _ownProviders[module.Id] = [.. module.Providers];
        }

        foreach (var module in _modules.Values.Where(m => _checked.Contains(m.Id)))
        {
            foreach (var entry in AllImports(module.Imports))
            {
                if (entry.DynamicMethod is not null && ModuleOf(entry) is { } dynamicTarget)
                {
                    // `imports` of the object a project's forRoot() returns are imports of that module; an unreadable one makes its scope unknown.
                    if (!_ownDynamicImports.TryGetValue(dynamicTarget.Id, out var dynamicImports))
                    {
                        _ownDynamicImports[dynamicTarget.Id] = dynamicImports = [];
                    }

                    dynamicImports.AddRange(entry.DynamicImports.Where(i => !dynamicImports.Contains(i)));
                    if (entry.IsOpaque)
                    {
                        _opaqueDynamic.Add(dynamicTarget.Id);
                    }
                }

                if (entry.DynamicProviders.Count > 0 && ModuleOf(entry) is { } target && _ownProviders.TryGetValue(target.Id, out var providers))
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

    private Dictionary<ProviderToken, Origin> CollectGlobals()
    {
        var globals = new Dictionary<ProviderToken, Origin>(ProviderToken.ByDeclaration);
        foreach (var module in CheckedModules())
        {
            if (module.IsGlobal)
            {
                var exports = ExportsOf(SelfImport(module), []);
                Merge(globals, exports.Tokens);
                _globalsOpaque |= exports.Opaque || _opaqueDynamic.Contains(module.Id);
            }

            foreach (var entry in AllImports(module.Imports).Where(IsGlobalImport))
            {
                var exports = ExportsOf(entry, []);
                Merge(globals, exports.Tokens);
                _globalsOpaque |= exports.Opaque;
            }
        }

        return globals;
    }

    /// <summary>
    /// True when the module sees a known module of <paramref name="package"/> (imported, or global):
    /// the table lists what such modules export, but a package's other versions may export more,
    /// so a class of that package stays without a verdict there.
    /// </summary>
    private bool ImportsModuleOfPackage(NestModule module, string? package)
    {
        if (package is null)
        {
            return false;
        }

        bool FromPackage(ModuleImport entry) => ModuleOf(entry) is null && (entry.Package ?? KnownPackages.Find(entry.ModuleName)?.Package) == package;

        // A module of that package the table does not know may register global providers (forRoot of a @Global() core module).
        return AllImports(module.Imports).Concat(_ownDynamicImports.GetValueOrDefault(module.Id) ?? []).Any(FromPackage)
            || CheckedModules().SelectMany(m => AllImports(m.Imports)).Any(entry => FromPackage(entry) && (IsGlobalImport(entry) || KnownPackages.Find(entry.ModuleName) is null));
    }

    /// <summary>
    /// When some import list of the application cannot be read (built at run time, pushed into a
    /// variable), a <c>@Global()</c> module the graph never reaches may be imported there: its
    /// exports may be visible everywhere, so a dependency on one of them gets no verdict.
    /// </summary>
    private HashSet<ProviderToken> CollectPossibleGlobals()
    {
        var possible = new HashSet<ProviderToken>(ProviderToken.ByDeclaration);
        var checkedModules = CheckedModules().ToList();
        bool IsPackage(ModuleImport entry) => entry.IsExternal || (ModuleOf(entry) is null && FindClass(entry.ModuleName, entry.ModulePath) is null);
        var opaqueImports = checkedModules.SelectMany(m => AllImports(m.Imports)).Where(i => i.IsOpaque).ToList();
        _hiddenPackageImports = opaqueImports.Any(IsPackage);
        _hiddenImports = _opaqueDynamic.Count > 0 || checkedModules.Any(m => m.HasOpaqueMetadata) || opaqueImports.Any(i => !IsPackage(i));
        if (!_hiddenImports)
        {
            return possible;
        }

        foreach (var module in _modules.Values.Where(m => m.IsGlobal && !_checked.Contains(m.Id)))
        {
            possible.UnionWith(module.Providers.Select(p => p.Token));
        }

        return possible;
    }

    /// <summary>
    /// True when an import list that cannot be read may provide <paramref name="token"/>: the project's
    /// own unreadable imports may hold anything; an unknown package's module may hold its own string,
    /// symbol or class tokens, but not a class of the project.
    /// </summary>
    private bool HiddenFrom(ProviderToken token) =>
        _hiddenImports || (_hiddenPackageImports && (token.Kind != TokenKind.Class || token.Declaration is null));

    private bool IsGlobalImport(ModuleImport entry)
    {
        if (entry.IsGlobal || ModuleOf(entry) is { IsGlobal: true })
        {
            return true;
        }

        var known = KnownPackages.Find(entry.ModuleName);
        return known is not null && ModuleOf(entry) is null
            && (known.AlwaysGlobal || (entry.DynamicMethod is { } method && known.GlobalMethods.Contains(method)));
    }

    private static void Merge(Dictionary<ProviderToken, Origin> into, Dictionary<ProviderToken, Origin> tokens)
    {
        foreach (var (token, from) in tokens)
        {
            into.TryAdd(token, from);
        }
    }

    /// <summary>Where a visible token comes from: the module's name, and the project module itself (null for a package's module).</summary>
    private readonly record struct Origin(string Name, NestModule? Module);

    /// <summary>The tokens an import makes visible, each with where it comes from.</summary>
    private sealed record ExportSet(Dictionary<ProviderToken, Origin> Tokens, bool Opaque);

    /// <summary>What an import entry makes visible: the module's exports, re-exported modules followed.</summary>
    private ExportSet ExportsOf(ModuleImport entry, HashSet<ClassId> visiting)
    {
        var tokens = new Dictionary<ProviderToken, Origin>(ProviderToken.ByDeclaration);
        var opaque = entry.IsOpaque;
        var module = ModuleOf(entry);
        if (module is not null)
        {
            if (!visiting.Add(module.Id))
            {
                return new ExportSet(tokens, opaque);
            }

            opaque |= module.HasOpaqueMetadata;
            var imports = AllImports(module.Imports).Concat(AllImports(entry.DynamicImports)).ToList();
            var exports = module.Exports.Concat(entry.DynamicExports.Select(t => new ModuleExport(t, entry.Location) { IsModule = IsModuleToken(t, imports) }));
            foreach (var export in exports)
            {
                if (export.IsModule || IsModuleToken(export.Token, imports))
                {
                    foreach (var reexported in imports.Where(i => Names(i, export.Token)))
                    {
                        var inner = ExportsOf(reexported, visiting);
                        opaque |= inner.Opaque;
                        foreach (var (token, from) in inner.Tokens)
                        {
                            tokens.TryAdd(token, from);
                        }
                    }
                }
                else
                {
                    tokens.TryAdd(export.Token, new Origin(module.Name, module));
                }
            }

            visiting.Remove(module.Id);
        }
        else if (KnownPackages.Find(entry.ModuleName) is { } known)
        {
            foreach (var token in known.Exports.Concat(entry.DynamicExports))
            {
                tokens.TryAdd(token, new Origin(entry.ModuleName, null));
            }
        }
        else if (entry.IsExternal || FindClass(entry.ModuleName, entry.ModulePath) is null)
        {
            // A module from a package the table does not know: it may export anything.
            foreach (var token in entry.DynamicExports)
            {
                tokens.TryAdd(token, new Origin(entry.ModuleName, null));
            }

            opaque = true;
        }

        return new ExportSet(tokens, opaque);
    }

    /// <summary>True when <paramref name="entry"/> imports the module that <paramref name="token"/> names.</summary>
    private static bool Names(ModuleImport entry, ProviderToken token) =>
        token.Kind == TokenKind.Class && entry.ModuleName == token.Value && SamePath(entry.ModulePath, token.Declaration);

    private static bool IsModuleToken(ProviderToken token, IEnumerable<ModuleImport> imports) => imports.Any(i => Names(i, token));

    private sealed class Scope(NestModule module)
    {
        public NestModule Module { get; } = module;

        public Dictionary<ProviderToken, (ResolutionKind Kind, string? From, NestModule? Provider)> Tokens { get; } = new(ProviderToken.ByDeclaration);

        public bool Opaque { get; set; }
    }

    private Scope BuildScope(NestModule module)
    {
        var scope = new Scope(module) { Opaque = module.HasOpaqueMetadata || _opaqueDynamic.Contains(module.Id) };
        foreach (var provider in _ownProviders[module.Id])
        {
            scope.Tokens.TryAdd(provider.Token, (ResolutionKind.Own, module.Name, module));
        }

        foreach (var entry in module.Imports.Concat(_ownDynamicImports.GetValueOrDefault(module.Id) ?? []))
        {
            var exports = ExportsOf(entry, []);
            scope.Opaque |= exports.Opaque;
            foreach (var (token, from) in exports.Tokens)
            {
                scope.Tokens.TryAdd(token, (ResolutionKind.Imported, from.Name, from.Module));
            }
        }

        foreach (var (token, from) in _globals)
        {
            scope.Tokens.TryAdd(token, (ResolutionKind.Global, from.Name, from.Module));
        }

        foreach (var token in KnownPackages.FrameworkTokens)
        {
            scope.Tokens.TryAdd(token, (ResolutionKind.Framework, null, null));
        }

        return scope;
    }

    private void CheckImports(NestModule module)
    {
        for (var index = 0; index < module.Imports.Count; index++)
        {
            var entry = module.Imports[index];
            if (!entry.IsExternal && ModuleOf(entry) is null && FindClass(entry.ModuleName, entry.ModulePath) is { } cls && cls.Role != ClassRole.Plain)
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
        var own = _ownProviders[module.Id];
        var imports = AllImports(module.Imports).ToList();
        foreach (var export in module.Exports)
        {
            if (own.Any(p => p.Token.IsSameAs(export.Token)) || IsModuleToken(export.Token, imports) || export.Token.IsUnknown || module.HasOpaqueMetadata)
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
        foreach (var provider in _ownProviders[module.Id])
        {
            switch (provider.Kind)
            {
                case ProviderKind.Class or ProviderKind.UseClass when provider.ImplementationClass is not null:
                    if (ImplementationOf(provider) is { } cls)
                    {
                        CheckClass(module, scope, cls, provider.Token, "provider");

                        // Nest reads the enhancers of class providers (resolvers, gateways) too, not of custom provider objects.
                        if (provider.Kind == ProviderKind.Class)
                        {
                            CheckEnhancers(module, scope, cls);
                        }
                    }

                    break;
                case ProviderKind.UseFactory:
                    CheckDependencies(module, scope, new Consumer(provider.Token.Name, provider.Token, "factory", provider.Location), provider.FactoryDependencies);
                    break;
                case ProviderKind.UseExisting when provider.ExistingToken is { } existing:
                    CheckDependencies(module, scope, new Consumer(provider.Token.Name, provider.Token, "alias", provider.Location), [new Dependency(0, existing, provider.Location) { IsExplicit = true }]);
                    break;
            }
        }
    }

    private void CheckControllers(NestModule module, Scope scope)
    {
        for (var index = 0; index < module.Controllers.Count; index++)
        {
            if (FindClass(module.Controllers[index], module.ControllerPaths.ElementAtOrDefault(index)) is { } cls)
            {
                CheckClass(module, scope, cls, cls.Token, "controller");
                CheckEnhancers(module, scope, cls);
            }
        }
    }

    /// <summary>
    /// Guards, interceptors, pipes and filters given as classes are created by Nest in the module of
    /// the controller (or provider) that uses them, whichever module provides them: their own
    /// dependencies must resolve there. Nest creates one instance per module, so each is checked once per module.
    /// </summary>
    private void CheckEnhancers(NestModule module, Scope scope, InjectableClass host)
    {
        foreach (var use in host.Enhancers)
        {
            if (FindClass(use.ClassName, use.ClassPath) is not { } enhancer || !_enhancersChecked.Add((module.Id, enhancer.Id)))
            {
                continue;
            }

            CheckClass(module, scope, enhancer, enhancer.Token, use.Kind, new EnhancerUse(use, host));
        }
    }

    /// <summary>Who needs the dependencies: a provider, controller, factory or alias, or an enhancer used by one of them.</summary>
    private sealed record Consumer(string Name, ProviderToken Token, string Role, SourceLocation Location)
    {
        public EnhancerUse? Use { get; init; }
    }

    private sealed record EnhancerUse(EnhancerReference Reference, InjectableClass Host)
    {
        public string Explanation(string module) =>
            $"{Reference.ClassName} is a {Reference.Kind} of {Host.Name}{(Reference.Handler is { } handler ? $".{handler}()" : "")}, and Nest creates it in {module}, the module of {Host.Name}.";
    }

    private void CheckClass(NestModule module, Scope scope, InjectableClass cls, ProviderToken token, string role, EnhancerUse? use = null)
    {
        var consumer = new Consumer(cls.Name, token, role, cls.Location) { Use = use };
        if (!cls.EmitsMetadata)
        {
            // Without any decorator TypeScript emits no parameter types: Nest constructs the class with no arguments,
            // which a constructor whose parameters are all optional is meant for. Property injections still happen.
            var constructorDependencies = cls.Dependencies.Where(d => d.Property is null).ToList();
            if (constructorDependencies.Any(d => !d.IsOptionalParameter))
            {
                var what = use is null ? $"a {role} of {module.Name}" : $"a {role} of {use.Host.Name}";
                Report(GraphDiagnostics.MissingInjectable, cls.Location,
                    $"{cls.Name} is {what} and has constructor dependencies but no @Injectable(): Nest passes undefined for every one of them.",
                    $"Add @Injectable() to {cls.Name}.",
                    module: module.Name, provider: cls.Name);
                AddInjectable(module, consumer, []);
                return;
            }

            CheckDependencies(module, scope, consumer, cls.Dependencies.Where(d => d.Property is not null).ToList());
            return;
        }

        CheckDependencies(module, scope, consumer, cls.Dependencies);
    }

    private void AddInjectable(NestModule module, Consumer consumer, IReadOnlyList<Resolution> resolutions) =>
        _injectables.Add(new ResolvedInjectable(module.Name, consumer.Name, consumer.Token, consumer.Role, consumer.Location, resolutions)
        {
            ModulePath = module.Location.Path,
            UsedBy = consumer.Use?.Host.Name,
        });

    private void CheckDependencies(NestModule module, Scope scope, Consumer consumer, IReadOnlyList<Dependency> dependencies)
    {
        var resolutions = new List<Resolution>(dependencies.Count);
        foreach (var dependency in dependencies)
        {
            _injectedTokens.Add(dependency.Token);
            resolutions.Add(Resolve(module, scope, consumer, dependency, dependencies));
        }

        AddInjectable(module, consumer, resolutions);
    }

    private Resolution Resolve(NestModule module, Scope scope, Consumer consumer, Dependency dependency, IReadOnlyList<Dependency> all)
    {
        var name = consumer.Name;
        var self = consumer.Token;
        // An enhancer's problem is caused where it is used; its constructor is where the dependency is declared.
        var location = consumer.Use?.Reference.Location ?? dependency.Location;
        var labels = consumer.Use is null ? null : new[] { new DiagnosticLabel(dependency.Location.Path, dependency.Location.Span, $"{name} needs {dependency.ShownName} here") };
        var explanation = consumer.Use is { } use ? " " + use.Explanation(module.Name) : "";
        if (dependency.Erased != ErasedTypeReason.None && !dependency.IsExplicit)
        {
            if (dependency.IsOptional)
            {
                return new Resolution(dependency, ResolutionKind.OptionalMissing, null);
            }

            Report(GraphDiagnostics.ErasedDependencyType, location,
                $"{NestMessage(name, dependency, all, module.Name)} {ErasedReason(dependency)}{explanation}",
                $"Inject a class, or give the parameter a token with @Inject(TOKEN) and provide that token.",
                module: module.Name, provider: name, dependency: dependency.DisplayName is { Length: > 0 } erased ? erased : null, index: dependency.Index, labels: labels);
            return new Resolution(dependency, ResolutionKind.Unresolved, null);
        }

        if (dependency.Token.IsSameAs(self) && self.Kind == TokenKind.Class)
        {
            Report(GraphDiagnostics.SelfInjection, location,
                $"{name} injects itself (argument at index [{dependency.Index}]): Nest cannot create an instance that needs itself to be created.{explanation}",
                "Remove the parameter; use `this` inside the class.",
                module: module.Name, provider: name, dependency: dependency.DisplayName, index: dependency.Index, labels: labels);
            return new Resolution(dependency, ResolutionKind.Unresolved, null);
        }

        if (scope.Tokens.TryGetValue(dependency.Token, out var found))
        {
            if (found.Provider is { } provider && provider.Id != module.Id)
            {
                _usedExports.Add((provider.Id, dependency.Token));
            }

            return new Resolution(dependency, found.Kind, found.From) { FromPath = found.Provider?.Location.Path };
        }

        if (dependency.IsOptional)
        {
            return new Resolution(dependency, ResolutionKind.OptionalMissing, null);
        }

        // With import lists that cannot be read, a token no readable module provides may come from one of them (a @Global() forRoot()).
        if (dependency.Token.IsUnknown || scope.Opaque || _globalsOpaque || _possibleGlobals.Contains(dependency.Token) || ImportsModuleOfPackage(module, dependency.Token.Package)
            || (HiddenFrom(dependency.Token) && !ProvidingModules(dependency.Token).Any()))
        {
            return new Resolution(dependency, ResolutionKind.Unknown, null);
        }

        if (dependency.Token.Kind == TokenKind.Model)
        {
            var registered = ModulesExporting(dependency.Token).ToList();
            var privately = _modules.Values
                .Where(m => m.Id != module.Id && !registered.Contains(m.Name) && AllImports(m.Imports).Any(i => i.DynamicExports.Contains(dependency.Token)))
                .Select(m => m.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            Report(GraphDiagnostics.UnregisteredModel, location,
                $"{NestMessage(name, dependency, all, module.Name)} The model {dependency.Token.ModelName} is not registered with MongooseModule.forFeature in {module.Name} or a module it imports.{explanation}",
                registered.Count > 0
                    ? $"Import {string.Join(" or ", registered)} (which registers {dependency.Token.ModelName} and exports it) in {module.Name}, or add MongooseModule.forFeature([{{ name: {dependency.Token.ModelName}.name, schema: {dependency.Token.ModelName}Schema }}]) to its imports."
                    : $"Add MongooseModule.forFeature([{{ name: {dependency.Token.ModelName}.name, schema: {dependency.Token.ModelName}Schema }}]) to the imports of {module.Name}"
                      + (privately.Count > 0 ? $" ({string.Join(" and ", privately)} registers it only for itself)." : "."),
                module: module.Name, provider: name, dependency: dependency.DisplayName, index: dependency.Index, labels: labels);
        }
        else
        {
            Report(GraphDiagnostics.UnresolvedDependency, location,
                NestMessage(name, dependency, all, module.Name) + explanation,
                MissingHelp(module, dependency.Token),
                module: module.Name, provider: name, dependency: dependency.Property ?? dependency.DisplayName, index: dependency.Property is null ? dependency.Index : null, labels: labels);
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

    private string MissingHelp(NestModule module, ProviderToken token)
    {
        var exporting = ModulesExporting(token).Where(m => m != module.Name).ToList();
        if (exporting.Count > 0)
        {
            return $"Import {string.Join(" or ", exporting)} (which exports {token.DisplayName}) in {module.Name}.";
        }

        var providing = ProvidingModules(token).Where(m => m != module.Name).ToList();
        if (providing.Count > 0)
        {
            return $"{token.DisplayName} is provided by {string.Join(" and ", providing)} but not exported: add it to the exports of {providing[0]} and import {providing[0]} in {module.Name}.";
        }

        return $"Add {token.DisplayName} to the providers of {module.Name}, or import the module that provides and exports it.";
    }

    private IEnumerable<string> ProvidingModules(ProviderToken token) =>
        _ownProviders.Where(p => p.Value.Any(d => d.Token.IsSameAs(token))).Select(p => p.Key.Name).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    private IEnumerable<string> ModulesExporting(ProviderToken token) =>
        _modules.Values
            .Where(m => ExportsOf(SelfImport(m), []).Tokens.ContainsKey(token))
            .Select(m => m.Name)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);

    private static ModuleImport SelfImport(NestModule module) => new(module.Name, module.Location) { ModulePath = module.Location.Path };

    /// <summary>How a module is named in cycles and facts: its name, or its name and file when several modules share the name.</summary>
    private string Key(NestModule module) => _modulesByName[module.Name].Count > 1 ? module.Id.ToString() : module.Name;

    private void CheckCycles()
    {
        var checkedModules = CheckedModules().ToDictionary(Key, StringComparer.Ordinal);
        var cycles = Cycles.Find(
            checkedModules.Keys.ToList(),
            key => checkedModules[key].Imports.Where(i => !i.IsForwardRef).Select(i => (Module: ModuleOf(i), Entry: i))
                .Where(edge => edge.Module is not null && _checked.Contains(edge.Module.Id)).Select(edge => (Key(edge.Module!), edge.Entry)));
        foreach (var cycle in cycles)
        {
            var path = string.Join(" → ", cycle.Path);
            Report(GraphDiagnostics.ImportCycle, cycle.Closing.Location,
                $"Modules import each other without forwardRef: {path}. When Nest loads them, one of these imports is undefined and the application does not boot.",
                $"Wrap one import of the cycle in forwardRef(() => {cycle.Closing.ModuleName}) on both sides, or move the shared providers into a module that both import.",
                module: checkedModules[cycle.Path[0]].Name, provider: cycle.Closing.ModuleName);
        }
    }

    // Classes that need each other in their constructors: one side sees undefined unless forwardRef is used.
    private void CheckProviderCycles()
    {
        var owners = new Dictionary<ClassId, NestModule>();
        foreach (var module in CheckedModules())
        {
            foreach (var provider in _ownProviders[module.Id].Where(p => p.Kind is ProviderKind.Class or ProviderKind.UseClass && p.ImplementationClass is not null))
            {
                if (ImplementationOf(provider) is { } cls)
                {
                    owners.TryAdd(cls.Id, module);
                }
            }
        }

        var namesakes = owners.Keys.GroupBy(id => id.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        string ClassKey(ClassId id) => namesakes[id.Name] > 1 ? id.ToString() : id.Name;
        var byKey = owners.Keys.ToDictionary(ClassKey, id => _classes.GetValueOrDefault(id) ?? _project.Classes[id.Name], StringComparer.Ordinal);
        var cycles = Cycles.Find(
            byKey.Keys.ToList(),
            key => byKey[key].Dependencies
                .Where(d => !d.IsForwardRef && d.Erased == ErasedTypeReason.None && d.Token.Kind == TokenKind.Class && !d.Token.IsSameAs(byKey[key].Token))
                .Select(d => (Target: d.Token.Package is null ? FindClass(d.Token.Value, d.Token.Declaration) : null, Dependency: d))
                .Where(edge => edge.Target is not null && owners.ContainsKey(edge.Target.Id))
                .Select(edge => (ClassKey(edge.Target!.Id), edge.Dependency)));
        foreach (var cycle in cycles)
        {
            var path = string.Join(" → ", cycle.Path.Select(key => byKey[key].Name));
            var owner = byKey[cycle.Path[^2]];
            Report(GraphDiagnostics.ProviderCycle, cycle.Closing.Location,
                $"Providers need each other in their constructors: {path}. Without forwardRef one of them receives undefined (\"can't resolve dependencies\" at boot).",
                $"Break the cycle (move the shared logic into a third provider), or use @Inject(forwardRef(() => {cycle.Closing.Token.Value})) on both sides.",
                module: owners[owner.Id].Name, provider: owner.Name, index: cycle.Closing.Index);
        }
    }

    private void CheckDuplicates()
    {
        // A class is the same provider only when it is the same declaration (two `UsersService`s of a monorepo are two classes).
        var seen = new Dictionary<(string Name, string? Declaration), (string Module, ProviderDefinition Provider)>();
        foreach (var module in CheckedModules())
        {
            // Twice in one module: Nest keeps the last registration without a word.
            var inModule = new Dictionary<ProviderToken, ProviderDefinition>(ProviderToken.ByDeclaration);
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
                if (!seen.TryAdd((provider.Token.Value, provider.Token.Declaration), (module.Name, provider)))
                {
                    var first = seen[(provider.Token.Value, provider.Token.Declaration)];
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
        foreach (var module in CheckedModules())
        {
            foreach (var provider in module.Providers)
            {
                if (provider.IsAppEnhancer || _injectedTokens.Contains(provider.Token) || usedClasses.Contains(provider.Token.Value))
                {
                    continue;
                }

                if (ImplementationOf(provider) is { IsEntryPoint: true })
                {
                    continue;
                }

                unusedProviders.Add(new ProviderFact(module.Name, provider.Token.Name, provider.Location));
            }

            var imports = AllImports(module.Imports).ToList();
            foreach (var export in module.Exports.Where(e => !e.IsModule && !IsModuleToken(e.Token, imports)))
            {
                if (!_usedExports.Contains((module.Id, export.Token)))
                {
                    unusedExports.Add(new ProviderFact(module.Name, export.Token.Name, export.Location));
                }
            }
        }

        var orphans = _roots.Count == 0 ? [] : _modules.Values.Where(m => !_checked.Contains(m.Id)).Select(Key).Order(StringComparer.Ordinal).ToList();
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
