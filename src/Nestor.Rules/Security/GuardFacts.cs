using System.Text.RegularExpressions;
using Nestor.Rules.Engine;
using Nestor.Semantics;
using Nestor.Syntax;

namespace Nestor.Rules.Security;

/// <summary>
/// What protects the routes of a project: guards in force everywhere (<c>useGlobalGuards</c>,
/// <c>APP_GUARD</c> providers), authentication middleware, and for one class or handler its
/// guards and public markers, including those a custom decorator applies
/// (<c>applyDecorators(UseGuards(...))</c>). A guard that only limits the rate is told apart from
/// one that authenticates; a guard this cannot name counts as authenticating, so an unknown
/// setup keeps the rule silent.
/// </summary>
internal sealed partial class GuardFacts
{
    private const int MaxDecoratorDepth = 4;
    private const int MaxBaseClassDepth = 16;

    private static readonly HashSet<string> DefaultNonAuthenticating = new(StringComparer.Ordinal) { "ThrottlerGuard" };

    // Decorators of Nest and its documentation packages: they never guard a route nor open one.
    private static readonly HashSet<string> FrameworkPackages = new(StringComparer.Ordinal)
    {
        "@nestjs/common", "@nestjs/core", "@nestjs/swagger", "@nestjs/graphql", "@nestjs/throttler", "@nestjs/schedule",
        "@nestjs/event-emitter", "@nestjs/microservices", "@nestjs/websockets", "@nestjs/cache-manager", "class-validator",
        "class-transformer",
    };

    private readonly SemanticModel _semantics;
    private readonly HashSet<string> _nonAuthenticating;
    private readonly HashSet<string> _publicDecorators;
    private readonly Dictionary<string, ClassSymbol?> _classes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool> _authenticating = new(StringComparer.Ordinal);

    public GuardFacts(SemanticModel semantics, Func<string, bool> isApplicationFile, IEnumerable<string> nonAuthenticating, IEnumerable<string> publicDecorators)
    {
        _semantics = semantics;
        _nonAuthenticating = new HashSet<string>(DefaultNonAuthenticating.Concat(nonAuthenticating.Select(Bare)), StringComparer.Ordinal);
        _publicDecorators = new HashSet<string>(publicDecorators.Select(Bare), StringComparer.Ordinal);
        foreach (var symbol in semantics.Classes)
        {
            // A name declared twice is ambiguous: it answers nothing rather than a guess.
            _classes[symbol.Name] = _classes.ContainsKey(symbol.Name) ? null : symbol;
        }

        var files = semantics.Files.Where(file => isApplicationFile(file.Path)).ToList();
        var global = GlobalGuards(files);
        GlobalGuardNames = global;
        GlobalAuthentication = global.Any(IsAuthenticating) || HasAuthenticationMiddleware(files) || ImportsAuthenticationModule(files);
    }

    /// <summary>Every guard registered for the whole application, by name (<c>?</c> for one this cannot name).</summary>
    public IReadOnlyList<string> GlobalGuardNames { get; }

    /// <summary>An authenticating guard or authentication middleware is in force for every route.</summary>
    public bool GlobalAuthentication { get; }

    /// <summary>Whether a guard authenticates: anything but rate limiting (and its subclasses) and the configured exceptions.</summary>
    public bool IsAuthenticating(string guard)
    {
        if (_authenticating.TryGetValue(guard, out var known))
        {
            return known;
        }

        var authenticating = true;
        var name = guard;
        for (var depth = 0; depth < MaxBaseClassDepth; depth++)
        {
            if (_nonAuthenticating.Contains(name) || ThrottlingName().IsMatch(name))
            {
                authenticating = false;
                break;
            }

            if (_classes.GetValueOrDefault(name) is not { } symbol || BaseName(symbol.BaseClass) is not { } baseName)
            {
                break;
            }

            name = baseName;
        }

        _authenticating[guard] = authenticating;
        return authenticating;
    }

    /// <summary>
    /// How a class (with its base classes) or a handler is protected by its own decorators:
    /// the guards of <c>@UseGuards</c> and of custom decorators, and whether one of them marks it public.
    /// </summary>
    public Protection ProtectionOf(IEnumerable<(AppliedDecorator Decorator, FileModel File)> decorators)
    {
        var protection = new Protection();
        foreach (var (decorator, file) in decorators)
        {
            Inspect(decorator.Name, decorator.Target, decorator.Syntax.Expression, file, protection, 0);
        }

        return protection;
    }

    /// <summary>The decorators of a class and of the classes it extends (Nest reads guard metadata up the prototype chain).</summary>
    public IEnumerable<(AppliedDecorator Decorator, FileModel File)> ClassDecorators(ClassSymbol symbol)
    {
        var seen = new HashSet<ClassSymbol>();
        var current = symbol;
        for (var depth = 0; depth < MaxBaseClassDepth && current is not null && seen.Add(current); depth++)
        {
            if (_semantics.GetFile(current.Path) is { } file)
            {
                foreach (var decorator in current.Decorators)
                {
                    yield return (decorator, file);
                }
            }

            current = current.BaseClass is SymbolReferenceValue { Symbol: ClassSymbol baseClass } ? baseClass : null;
        }
    }

    private void Inspect(string name, Symbol? target, Expression expression, FileModel file, Protection protection, int depth)
    {
        if (IsPublicName(name))
        {
            protection.PublicMarker ??= name;
            return;
        }

        var call = expression as CallExpression;
        switch (name)
        {
            case "UseGuards":
                foreach (var argument in call?.Arguments.AsEnumerable() ?? [])
                {
                    protection.Guards.Add(GuardName(argument) ?? "?");
                }

                return;
            case "SetMetadata":
                if (call is { Arguments.Count: > 0 } && MetadataKey(call.Arguments[0]) is { } key && PublicKey().IsMatch(key)
                    && (call.Arguments.Count < 2 || call.Arguments[1] is not KeywordExpression { Kind: SyntaxKind.FalseKeyword }))
                {
                    protection.PublicMarker ??= $"SetMetadata({key})";
                }

                return;
            case "applyDecorators":
                foreach (var argument in call?.Arguments.AsEnumerable() ?? [])
                {
                    if (argument is CallExpression { Expression: Identifier callee } inner)
                    {
                        Inspect(callee.Text, _semantics.ResolveName(file, callee.Text), inner, file, protection, depth);
                    }
                }

                return;
        }

        switch (target)
        {
            case ExternalSymbol external when FrameworkPackages.Contains(external.PackageName):
                return;
            case ExternalSymbol or null when AuthenticationName().IsMatch(name):
                // A decorator from a package (or one that cannot be resolved) whose name speaks of
                // authentication: what it applies is unknown, so the route counts as handled.
                protection.Unknown = true;
                return;
            case DeclarationSymbol declaration when depth < MaxDecoratorDepth:
                InspectDeclaration(declaration, protection, depth + 1);
                return;
        }
    }

    // The body of a custom decorator: `export const Auth = (...roles) => applyDecorators(UseGuards(...), Roles(...roles))`.
    private void InspectDeclaration(DeclarationSymbol declaration, Protection protection, int depth)
    {
        var body = declaration.Declaration switch
        {
            VariableDeclaration { Initializer: { } initializer } => (Node)initializer,
            FunctionDeclaration { Body: { } block } => block,
            _ => null,
        };
        if (body is null || _semantics.GetFile(declaration.Path) is not { } file)
        {
            return;
        }

        foreach (var node in Walk.Descendants(body, intoFunctions: true))
        {
            if (node is CallExpression { Expression: Identifier callee } call && file.Tree.GetParent(call) is not Decorator)
            {
                Inspect(callee.Text, _semantics.ResolveName(file, callee.Text), call, file, protection, depth);
            }
        }
    }

    private bool IsPublicName(string name) => _publicDecorators.Contains(name) || PublicName().IsMatch(name);

    /// <summary>The guard an argument names: <c>JwtGuard</c>, <c>new JwtGuard()</c>, <c>AuthGuard('jwt')</c>.</summary>
    public static string? GuardName(Expression expression) => ExpressionWrappers.Strip(expression) switch
    {
        Identifier identifier => identifier.Text,
        PropertyAccessExpression { Name: Identifier name } => name.Text,
        NewExpression { Expression: var constructed } => GuardName(constructed),
        CallExpression call => SyntaxFacts.LastName(call.Expression),
        _ => null,
    };

    private static string? MetadataKey(Expression expression) => ExpressionWrappers.Strip(expression) switch
    {
        StringLiteral literal => literal.Value,
        NoSubstitutionTemplateLiteral template => template.Value,
        Identifier identifier => identifier.Text,
        PropertyAccessExpression { Name: Identifier name } => name.Text,
        _ => null,
    };

    private static string? BaseName(ConstantValue? value) => value switch
    {
        SymbolReferenceValue reference => reference.Symbol?.Name is { Length: > 0 } name && name != "default" ? name : reference.Text[(reference.Text.LastIndexOf('.') + 1)..],
        CallValue call when call.Syntax.Expression is Identifier { Text: "AuthGuard" } => "AuthGuard",
        _ => null,
    };

    /// <summary>Guards of <c>app.useGlobalGuards(...)</c> and of <c>{ provide: APP_GUARD, ... }</c> providers, in every application file.</summary>
    private static List<string> GlobalGuards(IEnumerable<FileModel> files)
    {
        var guards = new List<string>();
        foreach (var file in files)
        {
            var text = file.Text.Content;
            if (!text.Contains("useGlobalGuards", StringComparison.Ordinal) && !text.Contains("APP_GUARD", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var node in file.Tree.DescendantNodes())
            {
                switch (node)
                {
                    case CallExpression { Expression: PropertyAccessExpression { Name: Identifier { Text: "useGlobalGuards" } } } call:
                        guards.AddRange(call.Arguments.Select(argument => GlobalGuardName(argument) ?? "?"));
                        break;
                    case ObjectLiteralExpression provider when IsAppGuard(SyntaxFacts.Property(provider, "provide")):
                        guards.AddRange(ProvidedGuards(provider));
                        break;
                }
            }
        }

        return guards;
    }

    private static string? GlobalGuardName(Expression argument) => ExpressionWrappers.Strip(argument) switch
    {
        // app.get(JwtGuard) hands the guard Nest built to useGlobalGuards.
        CallExpression { Expression: PropertyAccessExpression { Name: Identifier { Text: "get" } }, Arguments.Count: > 0 } get => GuardName(get.Arguments[0]),
        var other => GuardName(other),
    };

    private static bool IsAppGuard(Expression? provide) => provide switch
    {
        Identifier { Text: "APP_GUARD" } => true,
        PropertyAccessExpression { Name: Identifier { Text: "APP_GUARD" } } => true,
        StringLiteral { Value: "APP_GUARD" } => true,
        _ => false,
    };

    private static IEnumerable<string> ProvidedGuards(ObjectLiteralExpression provider)
    {
        if ((SyntaxFacts.Property(provider, "useClass") ?? SyntaxFacts.Property(provider, "useExisting")) is { } named)
        {
            return [GuardName(named) ?? "?"];
        }

        if (SyntaxFacts.Property(provider, "useValue") is { } value)
        {
            return [GuardName(value) ?? "?"];
        }

        var factory = SyntaxFacts.Property(provider, "useFactory")
            ?? (Node?)provider.Properties.OfType<MethodDeclaration>().FirstOrDefault(method => SyntaxFacts.PropertyName(method.Name) == "useFactory");
        var constructed = factory is null ? [] : Walk.Descendants(factory, intoFunctions: true).OfType<NewExpression>().Select(created => GuardName(created.Expression)).OfType<string>().ToList();
        return constructed.Count > 0 ? constructed : ["?"];
    }

    /// <summary>
    /// <c>consumer.apply(AuthMiddleware)</c> in a module, or <c>app.use(authMiddleware)</c> in the
    /// bootstrap: authentication done before the guards, which this does not map to routes.
    /// </summary>
    private static bool HasAuthenticationMiddleware(IEnumerable<FileModel> files)
    {
        foreach (var file in files)
        {
            var text = file.Text.Content;
            if (!text.Contains(".apply(", StringComparison.Ordinal) && !text.Contains(".use(", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var call in file.Tree.DescendantNodes().OfType<CallExpression>())
            {
                var method = SyntaxFacts.LastName(call.Expression);
                var isMiddleware = (method == "apply" && InMethod(file.Tree, call, "configure")) || (method == "use" && text.Contains("NestFactory", StringComparison.Ordinal));
                if (isMiddleware && call.Arguments.Any(argument => MiddlewareName(argument) is { } name && AuthenticationName().IsMatch(name) && !SessionSetup().IsMatch(name)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// An authentication module from a package (or one this cannot resolve): such modules may
    /// register a global guard of their own, out of sight.
    /// </summary>
    private static bool ImportsAuthenticationModule(IEnumerable<FileModel> files) =>
        files.SelectMany(file => file.Imports).Any(import => !import.IsTypeOnly && import.Module.Kind != ModuleResolutionKind.File
            && !(import.Module.PackageName ?? "").StartsWith("@nestjs/", StringComparison.Ordinal)
            && AuthenticationModule().IsMatch(import.Kind == ImportKind.Named ? import.ImportedName : import.LocalName));

    private static string? MiddlewareName(Expression argument) => ExpressionWrappers.Strip(argument) switch
    {
        Identifier identifier => identifier.Text,
        PropertyAccessExpression access => SyntaxFacts.DottedName(access),
        NewExpression { Expression: var constructed } => MiddlewareName(constructed),
        CallExpression call => SyntaxFacts.DottedName(call.Expression),
        _ => null,
    };

    private static bool InMethod(SyntaxTree tree, Node node, string name)
    {
        for (var current = tree.GetParent(node); current is not null; current = tree.GetParent(current))
        {
            if (current is MethodDeclaration method)
            {
                return SyntaxFacts.PropertyName(method.Name) == name;
            }
        }

        return false;
    }

    private static string Bare(string name) => name.Trim().TrimStart('@').Replace("()", "", StringComparison.Ordinal);

    [GeneratedRegex(@"^(Is)?Public([A-Z]\w*)?$|^(Allow)?Anonymous(Access)?$|^(Skip|No|Without|Bypass|Disable)_?(Auth|Jwt|Guard|Login)\w*$|^Unprotected$|^Unauthenticated$|^AllowUnauthenticated$|^Optional(Auth|Jwt)\w*$")]
    private static partial Regex PublicName();

    [GeneratedRegex(@"(?i)(^|[^a-z])(is[-_ ]?)?public|anonymous|(skip|no|bypass)[-_ ]?(auth|jwt|guard)|unprotected")]
    private static partial Regex PublicKey();

    [GeneratedRegex(@"(?i)throttl|rate[-_]?limit")]
    private static partial Regex ThrottlingName();

    [GeneratedRegex(@"(?i)auth|jwt|bearer|api[-_]?key|passport|firebase|clerk|keycloak|cognito|oauth|protect|secur|permission|role|login|acl|polic|scope")]
    private static partial Regex AuthenticationName();

    [GeneratedRegex(@"^\w*(Auth|Keycloak|Clerk|Firebase|Supabase|Cognito|Okta|Iam)\w*Module$")]
    private static partial Regex AuthenticationModule();

    [GeneratedRegex(@"(?i)^passport\.(initialize|session)$|session$|cookie")]
    private static partial Regex SessionSetup();
}

/// <summary>What the decorators of one class or handler do for access control.</summary>
internal sealed class Protection
{
    /// <summary>Guards applied, by name (<c>?</c> for one this cannot name).</summary>
    public List<string> Guards { get; } = [];

    /// <summary>The decorator that marks the route public, if any.</summary>
    public string? PublicMarker { get; set; }

    /// <summary>A decorator that may apply guards this cannot see.</summary>
    public bool Unknown { get; set; }
}
