using Nestor.Nest.Model;
using Nestor.Semantics;
using Nestor.Syntax;

namespace Nestor.Nest.Extraction;

/// <summary>Reads the bootstrap: <c>NestFactory.create(AppModule)</c> and what is done to the app afterwards.</summary>
internal static class BootstrapReader
{
    private static readonly HashSet<string> FactoryMethods = new(StringComparer.Ordinal) { "create", "createMicroservice", "createApplicationContext" };

    public static Bootstrap? Read(FileModel file, SemanticModel model)
    {
        if (!file.Text.Content.Contains("NestFactory", StringComparison.Ordinal))
        {
            return null;
        }

        Bootstrap? bootstrap = null;
        var pipes = new List<string>();
        var guards = new List<string>();
        var interceptors = new List<string>();
        var filters = new List<string>();
        foreach (var node in file.Tree.DescendantNodes())
        {
            if (node is not CallExpression call)
            {
                continue;
            }

            var (target, method) = Values.Callee(call);
            if (target == "NestFactory" && method is not null && FactoryMethods.Contains(method) && bootstrap is null && call.Arguments.Count > 0 && ExpressionWrappers.StripWithAwait(call.Arguments[0]) is Identifier root)
            {
                var rootClass = model.ResolveClass(file.Path, root.Text) is { Name: not "default" } resolved ? resolved : null;
                bootstrap = new Bootstrap(rootClass?.Name ?? Values.Imported(file, root.Text), SourceLocation.From(file.Text, call.Span))
                {
                    RootModulePath = rootClass?.Path,
                    Platform = call.Arguments.Skip(1).Any(a => Values.Text(file, a).Contains("FastifyAdapter", StringComparison.Ordinal)) ? "fastify" : "express",
                    CorsEnabled = call.Arguments.Skip(1).Any(a => a is ObjectLiteralExpression options && Property(options, "cors") is { } cors && cors.Kind != SyntaxKind.FalseKeyword),
                };
                continue;
            }

            if (bootstrap is null || call.Expression is not PropertyAccessExpression)
            {
                continue;
            }

            switch (method)
            {
                case "setGlobalPrefix" when call.Arguments.Count > 0 && call.Arguments[0] is StringLiteral prefix:
                    bootstrap = bootstrap with { GlobalPrefix = prefix.Value };
                    break;
                case "enableVersioning":
                    bootstrap = Versioning(bootstrap, call.Arguments.FirstOrDefault() as ObjectLiteralExpression);
                    break;
                case "enableCors":
                    bootstrap = bootstrap with { CorsEnabled = true, CorsOptions = call.Arguments.Count > 0 ? Values.Text(file, call.Arguments[0]) : null };
                    break;
                case "use" when call.Arguments.Any(a => a is CallExpression inner && Values.Callee(inner).Method == "helmet"):
                    bootstrap = bootstrap with { UsesHelmet = true };
                    break;
                case "useGlobalPipes":
                    pipes.AddRange(Enhancers(call));
                    break;
                case "useGlobalGuards":
                    guards.AddRange(Enhancers(call));
                    break;
                case "useGlobalInterceptors":
                    interceptors.AddRange(Enhancers(call));
                    break;
                case "useGlobalFilters":
                    filters.AddRange(Enhancers(call));
                    break;
            }
        }

        return bootstrap is null ? null : bootstrap with { GlobalPipes = pipes, GlobalGuards = guards, GlobalInterceptors = interceptors, GlobalFilters = filters };
    }

    private static Bootstrap Versioning(Bootstrap bootstrap, ObjectLiteralExpression? options)
    {
        var type = Property(options, "type") switch
        {
            PropertyAccessExpression { Name: Identifier name } => name.Text,
            _ => "URI",
        };
        var version = Property(options, "defaultVersion") switch
        {
            StringLiteral text => text.Value,
            ArrayLiteralExpression { Elements.Count: > 0 } list when list.Elements[0] is StringLiteral first => first.Value,
            _ => null,
        };
        var prefix = Property(options, "prefix") is StringLiteral p ? p.Value : "v";
        return bootstrap with { VersioningType = type, DefaultVersion = version, VersionPrefix = prefix };
    }

    private static IEnumerable<string> Enhancers(CallExpression call)
    {
        foreach (var argument in call.Arguments.AsEnumerable())
        {
            switch (ExpressionWrappers.StripWithAwait(argument))
            {
                case NewExpression { Expression: Identifier name }:
                    yield return name.Text;
                    break;
                case Identifier name:
                    yield return name.Text;
                    break;
                case CallExpression { Expression: PropertyAccessExpression { Name: Identifier get } } inner when get.Text == "get" && inner.Arguments.Count > 0 && inner.Arguments[0] is Identifier resolved:
                    yield return resolved.Text;
                    break;
            }
        }
    }

    public static Expression? Property(ObjectLiteralExpression? literal, string name)
    {
        if (literal is null)
        {
            return null;
        }

        foreach (var property in literal.Properties)
        {
            if (property is PropertyAssignment assignment && Values.NameOf(assignment.Name) == name)
            {
                return ExpressionWrappers.StripWithAwait(assignment.Initializer);
            }

            if (property is ShorthandPropertyAssignment shorthand && shorthand.Name.Text == name)
            {
                return shorthand.Name;
            }
        }

        return null;
    }
}
