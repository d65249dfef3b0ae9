using Nestor.Nest.Model;
using Nestor.Nest.Routes;
using Nestor.Rules.Engine;
using Nestor.Semantics;
using Nestor.Syntax;

namespace Nestor.Rules.Api;

/// <summary>An HTTP route handler of the NestJS model, with its controller, method and file in the semantic model.</summary>
internal sealed record RouteHandler(Route Route, FileModel File, string ReviewPath, ClassSymbol Controller, ClassMember Method)
{
    /// <summary><c>POST /api/v1/orders/:id/cancel</c>.</summary>
    public string Display => $"{Route.Method} {Route.Path}";
}

/// <summary>A handler parameter filled from the request by <c>@Body</c>, <c>@Query</c> or <c>@Param</c> of @nestjs/common.</summary>
internal sealed record RequestParameter(RouteHandler Handler, ParameterInfo Info, ParameterSource Source, string? Key, IReadOnlyList<Expression> Pipes)
{
    public string DecoratorText => Source switch
    {
        ParameterSource.Body => "@Body()",
        ParameterSource.Query => "@Query()",
        _ => "@Param()",
    };
}

/// <summary>What a parameter is at run time, as <c>ValidationPipe</c> sees it.</summary>
internal sealed record RuntimeType(RuntimeTypeKind Kind, string Description)
{
    public static readonly RuntimeType Class = new(RuntimeTypeKind.Class, "");

    public static readonly RuntimeType Array = new(RuntimeTypeKind.Array, "");

    public static readonly RuntimeType Primitive = new(RuntimeTypeKind.Primitive, "");

    public static readonly RuntimeType Unknown = new(RuntimeTypeKind.Unknown, "");

    /// <summary>Not a class: <paramref name="description"/> completes "'@Body() body' ...".</summary>
    public static RuntimeType NotAClass(string description) => new(RuntimeTypeKind.NotAClass, description);
}

internal enum RuntimeTypeKind
{
    /// <summary>A class of the workspace: ValidationPipe validates it against its decorators.</summary>
    Class,

    /// <summary><c>Array</c>: ValidationPipe skips it, and with it every item.</summary>
    Array,

    /// <summary><c>String</c>, <c>Number</c>, <c>Boolean</c>: a raw value, not an object to validate.</summary>
    Primitive,

    /// <summary><c>Object</c> (an interface, an alias, an inline type, <c>any</c>...) or nothing: ValidationPipe skips it.</summary>
    NotAClass,

    /// <summary>Something this analysis cannot see through (a package's type, an enum, a global).</summary>
    Unknown,
}

/// <summary>What a pipe does to a parameter, as far as it can be seen.</summary>
internal enum PipeKind
{
    /// <summary><c>ValidationPipe</c> of @nestjs/common or a class that extends it: validates class-typed parameters only.</summary>
    Validation,

    /// <summary><c>ParseIntPipe</c>, <c>DefaultValuePipe</c> and the like: convert a value, validate no object.</summary>
    Converting,

    /// <summary>Any other pipe (a project's own, a Zod or Joi pipe, one made by a factory): it may validate.</summary>
    Other,
}

/// <summary>What a pipe (or interceptor) was found to be; <see cref="Creation"/> is its <c>new X(...)</c> or the class name given to Nest, in <see cref="File"/>.</summary>
internal sealed record PipeUse(PipeKind Kind, FileModel File, Node? Creation, bool IsExactlyValidationPipe)
{
    /// <summary>The class the pipe or interceptor is an instance of, when it could be resolved.</summary>
    public Symbol? Class { get; init; }

    /// <summary>The class name as written (<c>new X()</c>, <c>useClass: X</c>).</summary>
    public string? ClassName { get; init; }

    /// <summary>Whether this is <paramref name="exportName"/> of @nestjs/common, or a class that extends it.</summary>
    public bool Is(string exportName) => Class is null ? ClassName == exportName : ApiFacts.IsOrExtends(Class, exportName, "@nestjs/common");
}

/// <summary>
/// What the API-boundary rules share: the HTTP handlers with their request parameters, which
/// pipes apply where, and the pipes and interceptors the application installs globally
/// (<c>useGlobalPipes</c>, <c>useGlobalInterceptors</c> or an <c>APP_PIPE</c>/<c>APP_INTERCEPTOR</c>
/// provider, in any file that is not a test or a script).
/// </summary>
internal sealed class ApiFacts
{
    private const int MaxDepth = 16;

    private static readonly Dictionary<string, ParameterSource> RequestDecorators = new(StringComparer.Ordinal)
    {
        ["Body"] = ParameterSource.Body,
        ["Query"] = ParameterSource.Query,
        ["Param"] = ParameterSource.Param,
    };

    private static readonly HashSet<string> ConvertingPipes = new(StringComparer.Ordinal)
    {
        "ParseIntPipe", "ParseFloatPipe", "ParseBoolPipe", "ParseUUIDPipe", "ParseEnumPipe", "DefaultValuePipe", "ParseDatePipe",
    };

    private ApiFacts(ReviewProject project, SemanticModel semantics, NestProject nest)
    {
        Project = project;
        Semantics = semantics;
        Nest = nest;
        Handlers = ReadHandlers();
        (GlobalPipes, GlobalInterceptors) = ReadGlobalEnhancers();
    }

    public ReviewProject Project { get; }

    public SemanticModel Semantics { get; }

    public NestProject Nest { get; }

    /// <summary>Each HTTP handler once (a route served under several versions is one handler), by file and position.</summary>
    public IReadOnlyList<RouteHandler> Handlers { get; }

    public IReadOnlyList<PipeUse> GlobalPipes { get; }

    public IReadOnlyList<PipeUse> GlobalInterceptors { get; }

    /// <summary>The facts of a review that built both models, built once for every rule that asks; null for a run over loose files.</summary>
    public static ApiFacts? For(ReviewProject project) =>
        project.Semantics is { } semantics && project.Nest is { } nest ? project.Shared(shared => new ApiFacts(shared, semantics, nest)) : null;

    /// <summary>The <c>@Body</c>, <c>@Query</c> and <c>@Param</c> parameters of a handler.</summary>
    public IEnumerable<RequestParameter> RequestParameters(RouteHandler handler)
    {
        foreach (var parameter in handler.Method.Parameters)
        {
            foreach (var decorator in parameter.Decorators)
            {
                if (RequestSource(decorator) is { } source)
                {
                    var key = decorator.Argument(0) as StringValue;
                    var arguments = decorator.Syntax.Expression is CallExpression call ? call.Arguments.AsEnumerable() : [];
                    yield return new RequestParameter(handler, parameter, source, key?.Value, arguments.Skip(key is null ? 0 : 1).ToList());
                    break;
                }
            }
        }
    }

    /// <summary>The pipes of <c>@UsePipes</c> on the controller and on the handler.</summary>
    public IEnumerable<PipeUse> HandlerPipes(RouteHandler handler) => HandlerEnhancers(handler, "UsePipes");

    /// <summary>The interceptors of <c>@UseInterceptors</c> on the controller and on the handler.</summary>
    public IEnumerable<PipeUse> HandlerInterceptors(RouteHandler handler) => HandlerEnhancers(handler, "UseInterceptors");

    private IEnumerable<PipeUse> HandlerEnhancers(RouteHandler handler, string decoratorName) =>
        handler.Controller.Decorators.Concat(handler.Method.Decorators)
            .Where(decorator => IsNestExport(decorator, "@nestjs/common", decoratorName) && decorator.Syntax.Expression is CallExpression)
            .SelectMany(decorator => ((CallExpression)decorator.Syntax.Expression).Arguments.AsEnumerable())
            .Select(argument => ClassifyPipe(handler.File, argument));

    /// <summary>The pipes given to the parameter decorator itself: <c>@Body(new ParseArrayPipe(...))</c>.</summary>
    public IEnumerable<PipeUse> ParameterPipes(RequestParameter parameter) =>
        parameter.Pipes.Select(pipe => ClassifyPipe(parameter.Handler.File, pipe));

    /// <summary>
    /// What TypeScript emits as the run-time type of a parameter (its <c>design:paramtypes</c>
    /// entry), which is all <c>ValidationPipe</c> sees: a class, or something it skips.
    /// </summary>
    public RuntimeType RuntimeTypeOf(RequestParameter parameter)
    {
        var type = parameter.Info.Syntax.Type;
        if (type is null)
        {
            return RuntimeType.NotAClass("has no type");
        }

        var typeParameters = new HashSet<string>(StringComparer.Ordinal);
        foreach (var list in new[] { parameter.Handler.Controller.Syntax.TypeParameters, (parameter.Handler.Method.Syntax as MethodDeclaration)?.TypeParameters })
        {
            typeParameters.UnionWith(list?.AsEnumerable().Select(p => p.Name.Text) ?? []);
        }

        return RuntimeTypeOf(parameter.Handler.File, type, typeParameters, 0);
    }

    private RuntimeType RuntimeTypeOf(FileModel file, TypeNode type, HashSet<string> typeParameters, int depth)
    {
        var text = file.Text.ToString(type.Span);
        switch (type)
        {
            case ParenthesizedType parenthesized when depth < MaxDepth:
                return RuntimeTypeOf(file, parenthesized.Type, typeParameters, depth + 1);
            case KeywordType { Kind: SyntaxKind.AnyKeyword or SyntaxKind.UnknownKeyword or SyntaxKind.ObjectKeyword }:
                return RuntimeType.NotAClass($"is typed '{text}'");
            case KeywordType:
                return RuntimeType.Primitive;
            case TypeLiteral or MappedType:
                return RuntimeType.NotAClass("has an inline object type");
            case ArrayType or TupleType:
                return RuntimeType.Array;
            case IntersectionType:
                return RuntimeType.NotAClass($"is typed '{text}', an intersection type");
            case UnionType union when depth < MaxDepth:
                var members = union.Types.AsEnumerable().Where(member => !IsNullish(member)).ToList();
                if (members.Count == 1)
                {
                    return RuntimeTypeOf(file, members[0], typeParameters, depth + 1);
                }

                return members.All(member => member is LiteralType or KeywordType) ? RuntimeType.Primitive : RuntimeType.NotAClass($"is typed '{text}', a union type");
            case TypeReference reference:
                return ReferenceRuntimeType(file, reference, text, typeParameters);
            default:
                return RuntimeType.Unknown;
        }
    }

    private RuntimeType ReferenceRuntimeType(FileModel file, TypeReference reference, string text, HashSet<string> typeParameters)
    {
        var declared = Semantics.ResolveType(file, reference);
        switch (declared.Target)
        {
            case ClassSymbol when declared.IsTypeOnlyImport:
                return RuntimeType.NotAClass($"is typed '{declared.Name}', a class imported with 'import type' (no value at run time)");
            case ClassSymbol:
                return RuntimeType.Class;
            case DeclarationSymbol { Kind: SymbolKind.Interface }:
                return RuntimeType.NotAClass($"is typed '{declared.Name}', an interface");
            case DeclarationSymbol { Kind: SymbolKind.TypeAlias }:
                return RuntimeType.NotAClass($"is typed '{declared.Name}', a type alias");
            case null when reference.TypeName is Identifier name:
                if (typeParameters.Contains(name.Text))
                {
                    return RuntimeType.NotAClass($"is typed '{name.Text}', a type parameter");
                }

                return name.Text switch
                {
                    "Record" or "Partial" or "Required" or "Readonly" or "Pick" or "Omit" => RuntimeType.NotAClass($"is typed '{text}'"),
                    "Object" => RuntimeType.NotAClass("is typed 'Object'"),
                    "Array" or "ReadonlyArray" => RuntimeType.Array,
                    _ => RuntimeType.Unknown,
                };
            default:
                return RuntimeType.Unknown;
        }
    }

    private static bool IsNullish(TypeNode type) =>
        type is KeywordType { Kind: SyntaxKind.NullKeyword or SyntaxKind.UndefinedKeyword } or LiteralType { Literal: KeywordExpression { Kind: SyntaxKind.NullKeyword } };

    /// <summary>True when some global pipe is not a known <c>ValidationPipe</c> or converting pipe: it may validate in its own way.</summary>
    public bool HasOtherGlobalPipe => GlobalPipes.Any(pipe => pipe.Kind == PipeKind.Other);

    public bool HasGlobalValidationPipe => GlobalPipes.Any(pipe => pipe.Kind == PipeKind.Validation);

    /// <summary>True when <paramref name="decorator"/> is <paramref name="name"/> of <paramref name="package"/>, or a name nothing declares (a package the workspace cannot see).</summary>
    public static bool IsNestExport(AppliedDecorator decorator, string package, string name) => decorator.Target switch
    {
        ExternalSymbol external => external.Is(package, name),
        null => decorator.Name == name,
        _ => false,
    };

    /// <summary>What a pipe written as <paramref name="pipe"/> in <paramref name="file"/> is: a class, an instance, or a variable holding one.</summary>
    public PipeUse ClassifyPipe(FileModel file, Expression pipe) => ClassifyPipe(file, pipe, 0);

    /// <summary>Whether <paramref name="symbol"/> is <paramref name="exportName"/> of <paramref name="packages"/>, or a workspace class extending it.</summary>
    public static bool IsOrExtends(Symbol? symbol, string exportName, params string[] packages)
    {
        var seen = new HashSet<ClassSymbol>();
        while (true)
        {
            switch (symbol)
            {
                case ExternalSymbol external:
                    return external.ExportName == exportName && packages.Contains(external.PackageName, StringComparer.Ordinal);
                case ClassSymbol cls when seen.Add(cls) && seen.Count < MaxDepth:
                    symbol = (cls.BaseClass as SymbolReferenceValue)?.Symbol;
                    break;
                default:
                    return false;
            }
        }
    }

    /// <summary>The semantic file behind a model path.</summary>
    public FileModel? FileOf(string modelPath) => Semantics.GetFile(modelPath);

    /// <summary>The review's path of a model path, when the review holds that file (reports go only there).</summary>
    public string? ReviewPathOf(string modelPath)
    {
        var relative = Project.RelativePath(modelPath);
        return Project.GetFile(relative) is null ? null : relative;
    }

    /// <summary>True for files of tests and scripts, which neither serve requests nor configure the served application.</summary>
    public bool IsTestOrScript(string modelPath) => SyntaxFacts.IsTestOrScript(Project.RelativePath(modelPath));

    private static ParameterSource? RequestSource(AppliedDecorator decorator)
    {
        foreach (var (name, source) in RequestDecorators)
        {
            if (IsNestExport(decorator, "@nestjs/common", name))
            {
                return source;
            }
        }

        return null;
    }

    private List<RouteHandler> ReadHandlers()
    {
        var handlers = new List<RouteHandler>();
        var seen = new HashSet<(string, int)>();
        foreach (var route in Nest.Routes.Where(r => r.Kind == EntryKind.Http))
        {
            if (!seen.Add((route.Location.Path, route.Location.Span.Start)) || IsTestOrScript(route.Location.Path)
                || ReviewPathOf(route.Location.Path) is not { } reviewPath || FileOf(route.Location.Path) is not { } file)
            {
                continue;
            }

            var controller = file.Classes.FirstOrDefault(c => c.Name == route.ClassName && c.Syntax.Span.Contains(route.Location.Span.Start));
            var method = controller?.Members.FirstOrDefault(m => m.Kind == ClassMemberKind.Method && m.NameSpan == route.Location.Span);
            if (controller is not null && method is not null)
            {
                handlers.Add(new RouteHandler(route, file, reviewPath, controller, method));
            }
        }

        return handlers.OrderBy(h => h.ReviewPath, StringComparer.Ordinal).ThenBy(h => h.Method.NameSpan.Start).ToList();
    }

    private (List<PipeUse> Pipes, List<PipeUse> Interceptors) ReadGlobalEnhancers()
    {
        var pipes = new List<PipeUse>();
        var interceptors = new List<PipeUse>();
        foreach (var file in Semantics.Files)
        {
            var content = file.Text.Content;
            var hasGlobal = content.Contains("useGlobal", StringComparison.Ordinal);
            var hasProvider = content.Contains("APP_PIPE", StringComparison.Ordinal) || content.Contains("APP_INTERCEPTOR", StringComparison.Ordinal);
            if ((!hasGlobal && !hasProvider) || IsTestOrScript(file.Path))
            {
                continue;
            }

            foreach (var node in file.Tree.DescendantNodes())
            {
                switch (node)
                {
                    case CallExpression { Expression: PropertyAccessExpression { Name: Identifier { Text: "useGlobalPipes" } } } call:
                        pipes.AddRange(call.Arguments.Select(argument => ClassifyPipe(file, argument)));
                        break;
                    case CallExpression { Expression: PropertyAccessExpression { Name: Identifier { Text: "useGlobalInterceptors" } } } call:
                        interceptors.AddRange(call.Arguments.Select(argument => ClassifyPipe(file, argument)));
                        break;
                    case ObjectLiteralExpression provider when SyntaxFacts.Property(provider, "provide") is Identifier token:
                        var target = AppToken(file, token);
                        if (target == "APP_PIPE")
                        {
                            pipes.AddRange(ProvidedValues(file, provider));
                        }
                        else if (target == "APP_INTERCEPTOR")
                        {
                            interceptors.AddRange(ProvidedValues(file, provider));
                        }

                        break;
                }
            }
        }

        return (pipes, interceptors);
    }

    private string? AppToken(FileModel file, Identifier token) => Semantics.ResolveName(file, token.Text) switch
    {
        ExternalSymbol { PackageName: "@nestjs/core" } external => external.ExportName,
        null => token.Text,
        _ => null,
    };

    private IEnumerable<PipeUse> ProvidedValues(FileModel file, ObjectLiteralExpression provider)
    {
        if (SyntaxFacts.Property(provider, "useClass") is { } useClass)
        {
            yield return ClassifyPipe(file, useClass);
        }
        else if (SyntaxFacts.Property(provider, "useValue") is { } useValue)
        {
            yield return ClassifyPipe(file, useValue);
        }
        else if (SyntaxFacts.Property(provider, "useExisting") is { } useExisting)
        {
            yield return ClassifyPipe(file, useExisting);
        }
        else if (SyntaxFacts.Property(provider, "useFactory") is { } factory)
        {
            var returned = FactoryResult(factory);
            yield return returned is null ? new PipeUse(PipeKind.Other, file, null, false) : ClassifyPipe(file, returned);
        }
        else
        {
            yield return new PipeUse(PipeKind.Other, file, null, false);
        }
    }

    /// <summary>The single value a factory returns: <c>() =&gt; new ValidationPipe()</c> or a body with one <c>return</c>.</summary>
    private static Expression? FactoryResult(Expression factory)
    {
        Node? body = factory switch
        {
            ArrowFunction arrow => arrow.Body,
            FunctionExpression function => function.Body,
            _ => null,
        };
        if (body is Expression expression)
        {
            return expression;
        }

        var returns = body is null ? [] : body.DescendantNodes().OfType<ReturnStatement>().ToList();
        return returns.Count == 1 ? returns[0].Expression : null;
    }

    private PipeUse ClassifyPipe(FileModel file, Expression pipe, int depth)
    {
        var expression = ExpressionWrappers.StripWithAwait(pipe);
        if (depth > MaxDepth)
        {
            return new PipeUse(PipeKind.Other, file, null, false);
        }

        switch (expression)
        {
            case NewExpression { Expression: Identifier name } created:
                return ClassifyClass(file, name.Text, created);
            case Identifier name:
                switch (Semantics.ResolveName(file, name.Text))
                {
                    case ExternalSymbol or ClassSymbol:
                        return ClassifyClass(file, name.Text, name);
                    case VariableSymbol { Initializer: { } initializer } variable when FileOf(variable.Path) is { } declaring:
                        return ClassifyPipe(declaring, initializer, depth + 1);
                    case null when LocalInitializer(file, name) is { } local:
                        return ClassifyPipe(file, local, depth + 1);
                }

                break;
        }

        return new PipeUse(PipeKind.Other, file, null, false);
    }

    private PipeUse ClassifyClass(FileModel file, string name, Node creation)
    {
        var symbol = Semantics.ResolveName(file, name);
        if (symbol is null && name == "ValidationPipe")
        {
            return new PipeUse(PipeKind.Validation, file, creation, true) { ClassName = name };
        }

        if (IsOrExtends(symbol, "ValidationPipe", "@nestjs/common"))
        {
            return new PipeUse(PipeKind.Validation, file, creation, symbol is ExternalSymbol) { Class = symbol, ClassName = name };
        }

        var converting = symbol is ExternalSymbol { PackageName: "@nestjs/common" } external ? ConvertingPipes.Contains(external.ExportName) : symbol is null && ConvertingPipes.Contains(name);
        return new PipeUse(converting ? PipeKind.Converting : PipeKind.Other, file, creation, false) { Class = symbol, ClassName = name };
    }

    /// <summary>The initializer of a <c>const</c>/<c>let</c> named like <paramref name="name"/> in a function enclosing it.</summary>
    private static Expression? LocalInitializer(FileModel file, Identifier name)
    {
        for (var scope = file.Tree.GetParent(name); scope is not null; scope = file.Tree.GetParent(scope))
        {
            if (scope is Block or SourceFile)
            {
                var declaration = scope.DescendantNodes().OfType<VariableDeclaration>()
                    .FirstOrDefault(d => d.Name is Identifier declared && declared.Text == name.Text && d.Initializer is not null && d.Span.End <= name.Span.Start);
                if (declaration is not null)
                {
                    return declaration.Initializer;
                }
            }
        }

        return null;
    }
}
