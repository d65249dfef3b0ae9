using Nestor.Nest.Model;
using Nestor.Nest.Packages;
using Nestor.Semantics;
using Nestor.Syntax;

namespace Nestor.Nest.Extraction;

/// <summary>Reads what Nest needs from a class: its role, its constructor dependencies, whether it is an entry point.</summary>
internal sealed class ClassReader(SemanticModel model)
{
    private const int MaxBaseDepth = 16;

    private static readonly Dictionary<string, string> EnhancerDecorators = new(StringComparer.Ordinal)
    {
        ["UseGuards"] = "guard",
        ["UseInterceptors"] = "interceptor",
        ["UsePipes"] = "pipe",
        ["UseFilters"] = "filter",
    };

    private static readonly HashSet<string> EntryDecorators = new(StringComparer.Ordinal)
    {
        "Cron", "Interval", "Timeout", "OnEvent", "MessagePattern", "EventPattern", "SubscribeMessage",
        "Process", "Processor", "OnQueueActive", "OnQueueCompleted", "OnQueueFailed", "OnWorkerEvent",
        "Query", "Mutation", "Subscription", "ResolveField", "ResolveReference", "Get", "Post", "Put", "Patch", "Delete",
    };

    private static readonly HashSet<string> LifecycleMethods = new(StringComparer.Ordinal)
    {
        "onModuleInit", "onApplicationBootstrap", "onModuleDestroy", "beforeApplicationShutdown", "onApplicationShutdown",
    };

    // Interfaces of classes Nest calls itself once they are registered (middleware, enhancers, hooks).
    private static readonly HashSet<string> EntryInterfaces = new(StringComparer.Ordinal)
    {
        "NestMiddleware", "CanActivate", "PipeTransform", "NestInterceptor", "ExceptionFilter", "OnModuleInit",
        "OnApplicationBootstrap", "OnModuleDestroy", "BeforeApplicationShutdown", "OnApplicationShutdown",
        "HealthIndicator", "OnGatewayConnection", "OnGatewayDisconnect", "OnGatewayInit",
    };

    public InjectableClass Read(ClassSymbol symbol, FileModel file)
    {
        var role = RoleOf(symbol);
        var dependencies = Dependencies(symbol, file, depth: 0);
        return new InjectableClass(symbol.Name, SourceLocation.From(file.Text, symbol.NameSpan), role)
        {
            Dependencies = dependencies.List,
            EmitsMetadata = dependencies.EmitsMetadata,
            IsEntryPoint = IsEntryPoint(symbol, role),
            BaseClass = Values.ReferenceName(symbol.BaseClass),
            BaseClassPath = BaseOf(symbol)?.Path,
            Enhancers = Enhancers(symbol, file),
        };
    }

    /// <summary>The workspace class <paramref name="symbol"/> extends, as the binder resolved it in the declaring file.</summary>
    public static ClassSymbol? BaseOf(ClassSymbol symbol) => symbol.BaseClass is SymbolReferenceValue { Symbol: ClassSymbol baseClass } ? baseClass : null;

    /// <summary>
    /// Enhancer classes Nest creates for this class: <c>@UseGuards(X)</c> and its kin on the class
    /// and on its methods (inherited ones too, as Nest reads the prototype chain), and pipes given
    /// as classes to parameter decorators. Instances (<c>new X()</c>) and mixins (<c>AuthGuard('jwt')</c>)
    /// are not created by Nest from the module, or not readable, and are left out.
    /// </summary>
    private List<EnhancerReference> Enhancers(ClassSymbol symbol, FileModel file)
    {
        var found = new List<EnhancerReference>();
        var seenMethods = new HashSet<string>(StringComparer.Ordinal);
        var current = symbol;
        var currentFile = file;
        for (var depth = 0; current is not null && currentFile is not null && depth < MaxBaseDepth; depth++)
        {
            AddEnhancers(found, current.Decorators, currentFile, handler: null);
            foreach (var member in current.Members.Where(m => m.Kind == ClassMemberKind.Method && !m.IsStatic))
            {
                // An override replaces the base method and its decorators.
                if (!seenMethods.Add(member.Name))
                {
                    continue;
                }

                AddEnhancers(found, member.Decorators, currentFile, member.Name);
                foreach (var parameter in member.Parameters)
                {
                    foreach (var decorator in parameter.Decorators)
                    {
                        foreach (var argument in decorator.Arguments)
                        {
                            if (argument is SymbolReferenceValue { Symbol: ClassSymbol pipe } && IsPipeClass(pipe))
                            {
                                found.Add(new EnhancerReference("pipe", pipe.Name, SourceLocation.From(currentFile.Text, argument.Span)) { ClassPath = pipe.Path, Handler = member.Name });
                            }
                        }
                    }
                }
            }

            current = BaseOf(current);
            currentFile = current is null ? null : model.GetFile(current.Path);
        }

        return found;
    }

    private static void AddEnhancers(List<EnhancerReference> found, IReadOnlyList<AppliedDecorator> decorators, FileModel file, string? handler)
    {
        foreach (var decorator in decorators)
        {
            if (!EnhancerDecorators.TryGetValue(decorator.Name, out var kind))
            {
                continue;
            }

            foreach (var argument in decorator.Arguments)
            {
                if (argument is SymbolReferenceValue { Symbol: ClassSymbol enhancer } && argument.Span.End <= file.Text.Length)
                {
                    found.Add(new EnhancerReference(kind, enhancer.Name, SourceLocation.From(file.Text, argument.Span)) { ClassPath = enhancer.Path, Handler = handler });
                }
            }
        }
    }

    // Nest takes a class argument of a parameter decorator for a pipe only when its prototype has `transform`.
    private static bool IsPipeClass(ClassSymbol symbol) =>
        symbol.Members.Any(m => m.Name == "transform" && m.Kind == ClassMemberKind.Method && !m.IsStatic)
        || symbol.Implements.Any(i => (Values.ReferenceName(i) ?? i.Text) == "PipeTransform");

    public static ClassRole RoleOf(ClassSymbol symbol)
    {
        foreach (var decorator in symbol.Decorators)
        {
            switch (decorator.Name)
            {
                case "Injectable":
                    return ClassRole.Injectable;
                case "Controller":
                    return ClassRole.Controller;
                case "Resolver":
                    return ClassRole.Resolver;
                case "WebSocketGateway":
                    return ClassRole.Gateway;
                case "Catch":
                    return ClassRole.Filter;
            }
        }

        return ClassRole.Plain;
    }

    private static bool IsEntryPoint(ClassSymbol symbol, ClassRole role) =>
        role is ClassRole.Controller or ClassRole.Resolver or ClassRole.Gateway or ClassRole.Filter
        || symbol.Decorators.Any(d => EntryDecorators.Contains(d.Name))
        || symbol.AllMembers.Any(m => LifecycleMethods.Contains(m.Name) || m.Decorators.Any(d => EntryDecorators.Contains(d.Name)))
        || symbol.Implements.Any(i => EntryInterfaces.Contains(Values.ReferenceName(i) ?? i.Text))
        || symbol.BaseClass is CallValue;

    private sealed record DependencyList(IReadOnlyList<Dependency> List, bool EmitsMetadata);

    private DependencyList Dependencies(ClassSymbol symbol, FileModel file, int depth)
    {
        var constructor = ConstructorDependencies(symbol, file, depth);
        var properties = PropertyInjections(symbol).ToList();
        return new DependencyList([.. constructor.List, .. properties], constructor.EmitsMetadata);
    }

    private DependencyList ConstructorDependencies(ClassSymbol symbol, FileModel file, int depth)
    {
        var decorated = symbol.Decorators.Count > 0;
        if (!symbol.HasConstructor)
        {
            // Nest reads the parameter types of the nearest constructor up the chain.
            if (depth < MaxBaseDepth && BaseOf(symbol) is { } baseClass && model.GetFile(baseClass.Path) is { } baseFile)
            {
                var inherited = ConstructorDependencies(baseClass, baseFile, depth + 1);
                return new DependencyList(inherited.List, inherited.EmitsMetadata || decorated);
            }

            return new DependencyList([], decorated);
        }

        var list = new List<Dependency>();
        foreach (var parameter in symbol.ConstructorParameters)
        {
            decorated |= parameter.Decorators.Count > 0;
            if (!parameter.IsRest)
            {
                list.Add(Read(parameter, file));
            }
        }

        return new DependencyList(list, decorated);
    }

    // `@Inject(TOKEN) private readonly sink: Sink;`, declared here or in a base class — resolved by Nest after construction, in the same module scope.
    private IEnumerable<Dependency> PropertyInjections(ClassSymbol symbol)
    {
        foreach (var member in symbol.AllMembers.Where(m => m.Kind == ClassMemberKind.Property && !m.IsStatic))
        {
            var inject = member.Decorators.FirstOrDefault(d => d.Name is "Inject" or "InjectModel" or "InjectConnection" || KnownPackages.TokenDecorators.ContainsKey(d.Name));
            if (inject is null || symbol.DeclaringClassOf(member) is not { } declaring || model.GetFile(declaring.Path) is not { } file)
            {
                continue;
            }

            var location = SourceLocation.From(file.Text, member.NameSpan);
            var optional = member.Decorators.Any(d => d.Name == "Optional");
            if (ExplicitToken(inject, file) is { } token)
            {
                yield return new Dependency(-1, token, location) { ParameterName = member.Name, Property = member.Name, IsOptional = optional, IsExplicit = true };
            }
            else
            {
                var fromType = FromType(member.Type);
                yield return new Dependency(-1, fromType.Token, location) { ParameterName = member.Name, Property = member.Name, IsOptional = optional, Erased = fromType.Erased };
            }
        }
    }

    private static Dependency Read(ParameterInfo parameter, FileModel file)
    {
        var location = SourceLocation.From(file.Text, parameter.Syntax.Span);
        var optional = parameter.Decorators.Any(d => d.Name == "Optional");
        ProviderToken? explicitToken = null;
        foreach (var decorator in parameter.Decorators)
        {
            explicitToken ??= ExplicitToken(decorator, file);
        }

        var fromType = FromType(parameter.Type);
        var forwardRef = parameter.Decorators.Any(d => d.Name == "Inject" && d.Argument(0) is CallValue call && Values.Callee(call.Syntax).Method == "forwardRef");
        if (explicitToken is { } token)
        {
            return new Dependency(parameter.Index, token, location) { ParameterName = parameter.Name, IsOptional = optional, IsExplicit = true, IsForwardRef = forwardRef, IsOptionalParameter = parameter.IsOptional };
        }

        return new Dependency(parameter.Index, fromType.Token, location) { ParameterName = parameter.Name, IsOptional = optional, Erased = fromType.Erased, IsOptionalParameter = parameter.IsOptional };
    }

    private static ProviderToken? ExplicitToken(AppliedDecorator decorator, FileModel file)
    {
        if (decorator.Target is DeclarationSymbol or LocalSymbol && decorator.Name is not ("Optional" or "Self" or "SkipSelf" or "Host"))
        {
            // The project's own decorator (a wrapper of @Inject or @InjectModel, whatever it is named): its token is not ours to guess.
            return ProviderToken.ForUnknown("@" + decorator.Name);
        }

        switch (decorator.Name)
        {
            case "Inject" when decorator.Arguments.Count > 0:
                return TokenReader.Read(decorator.Arguments[0], file);
            case "Inject":
                return null;
            case "InjectModel" or "InjectTypegooseModel":
                var model = Values.String(decorator.Argument(0)) ?? Values.ReferenceName(decorator.Argument(0));
                return model is null ? ProviderToken.ForUnknown(decorator.Name) : ProviderToken.ForModel(model, Values.String(decorator.Argument(1)));
            case "InjectConnection":
                return ProviderToken.ForConnection(Values.String(decorator.Argument(0)));
            case "InjectQueue":
                return ProviderToken.ForString("BullQueue_" + (Values.String(decorator.Argument(0)) ?? "default"));
            case "Optional" or "Self" or "SkipSelf" or "Host":
                return null;
            default:
                if (KnownPackages.TokenDecorators.TryGetValue(decorator.Name, out var known))
                {
                    return known;
                }

                // A package's injection decorator (`@InjectRedis()`, `@InjectRepository(User)`, `@Logger()`): a decorator on a
                // constructor parameter is there to choose what is injected, and its token is not ours to guess.
                return ProviderToken.ForUnknown("@" + decorator.Name);
        }
    }

    private static (ProviderToken Token, ErasedTypeReason Erased) FromType(DeclaredType? type)
    {
        if (type is null)
        {
            return (ProviderToken.ForClass("Object"), ErasedTypeReason.NoType);
        }

        if (type.Syntax is KeywordType keyword)
        {
            return keyword.Kind switch
            {
                SyntaxKind.StringKeyword => (ProviderToken.ForClass("String"), ErasedTypeReason.Primitive),
                SyntaxKind.NumberKeyword => (ProviderToken.ForClass("Number"), ErasedTypeReason.Primitive),
                SyntaxKind.BooleanKeyword => (ProviderToken.ForClass("Boolean"), ErasedTypeReason.Primitive),
                _ => (ProviderToken.ForClass("Object"), ErasedTypeReason.TypeAlias),
            };
        }

        if (type.IsArray || type.Name is null)
        {
            return (ProviderToken.ForClass("Object"), ErasedTypeReason.TypeAlias);
        }

        var name = type.Target?.Name is { Length: > 0 } target && target != "default" ? target : type.Name;
        var token = type.Target switch
        {
            ExternalSymbol external => ProviderToken.ForPackageClass(name, external.PackageName),
            _ => ProviderToken.ForClass(name, (type.Target as ClassSymbol)?.Path),
        };
        return type.Target switch
        {
            { Kind: SymbolKind.Interface } or LocalSymbol { LocalKind: LocalKind.Interface } => (token, ErasedTypeReason.Interface),
            { Kind: SymbolKind.TypeAlias } or LocalSymbol { LocalKind: LocalKind.TypeAlias } => (token, ErasedTypeReason.TypeAlias),
            _ when type.IsTypeOnlyImport => (token, ErasedTypeReason.TypeOnlyImport),
            _ => (token, ErasedTypeReason.None),
        };
    }
}
