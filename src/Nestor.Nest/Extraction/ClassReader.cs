using Nestor.Nest.Model;
using Nestor.Nest.Packages;
using Nestor.Semantics;
using Nestor.Syntax;

namespace Nestor.Nest.Extraction;

/// <summary>Reads what Nest needs from a class: its role, its constructor dependencies, whether it is an entry point.</summary>
internal sealed class ClassReader(IReadOnlyDictionary<string, (ClassSymbol Symbol, FileModel File)> classes)
{
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
        };
    }

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
        || symbol.Members.Any(m => LifecycleMethods.Contains(m.Name) || m.Decorators.Any(d => EntryDecorators.Contains(d.Name)))
        || symbol.Implements.Any(i => EntryInterfaces.Contains(Values.ReferenceName(i) ?? i.Text))
        || symbol.BaseClass is CallValue;

    private sealed record DependencyList(IReadOnlyList<Dependency> List, bool EmitsMetadata);

    private DependencyList Dependencies(ClassSymbol symbol, FileModel file, int depth)
    {
        var decorated = symbol.Decorators.Count > 0;
        if (!symbol.HasConstructor)
        {
            // Nest reads the parameter types of the nearest constructor up the chain.
            if (depth < 16 && Values.ReferenceName(symbol.BaseClass) is { } baseName && classes.TryGetValue(baseName, out var baseClass))
            {
                var inherited = Dependencies(baseClass.Symbol, baseClass.File, depth + 1);
                return new DependencyList([.. inherited.List, .. PropertyInjections(symbol, file)], inherited.EmitsMetadata || decorated);
            }

            return new DependencyList(PropertyInjections(symbol, file).ToList(), decorated);
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

        list.AddRange(PropertyInjections(symbol, file));
        return new DependencyList(list, decorated);
    }

    // `@Inject(TOKEN) private readonly sink: Sink;` — resolved by Nest after construction, in the same module scope.
    private static IEnumerable<Dependency> PropertyInjections(ClassSymbol symbol, FileModel file)
    {
        foreach (var member in symbol.Members.Where(m => m.Kind == ClassMemberKind.Property && !m.IsStatic))
        {
            var inject = member.Decorators.FirstOrDefault(d => d.Name is "Inject" or "InjectModel" or "InjectConnection" || KnownPackages.TokenDecorators.ContainsKey(d.Name));
            if (inject is null)
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
            return new Dependency(parameter.Index, token, location) { ParameterName = parameter.Name, IsOptional = optional, IsExplicit = true, IsForwardRef = forwardRef };
        }

        return new Dependency(parameter.Index, fromType.Token, location) { ParameterName = parameter.Name, IsOptional = optional, Erased = fromType.Erased };
    }

    private static ProviderToken? ExplicitToken(AppliedDecorator decorator, FileModel file)
    {
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

                // A custom injection decorator (`@InjectRedis()`): its token is not ours to guess.
                return decorator.Name.StartsWith("Inject", StringComparison.Ordinal) ? ProviderToken.ForUnknown("@" + decorator.Name) : null;
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
        return type.Target switch
        {
            { Kind: SymbolKind.Interface } => (ProviderToken.ForClass(name), ErasedTypeReason.Interface),
            { Kind: SymbolKind.TypeAlias } => (ProviderToken.ForClass(name), ErasedTypeReason.TypeAlias),
            _ when type.IsTypeOnlyImport => (ProviderToken.ForClass(name), ErasedTypeReason.TypeOnlyImport),
            _ => (ProviderToken.ForClass(name), ErasedTypeReason.None),
        };
    }
}
