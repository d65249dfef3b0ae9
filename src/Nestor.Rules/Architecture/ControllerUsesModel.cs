using Nestor.Rules.Engine;
using Nestor.Semantics;
using Nestor.Syntax;
using Nestor.Text;

namespace Nestor.Rules.Architecture;

/// <summary>A controller or resolver that injects a Mongoose model or connection instead of a service.</summary>
public sealed class ControllerUsesModel : ProjectRule
{
    public static readonly RuleDescriptor Rule = new(
        "NST4301", "controller-uses-model", "Controllers go through services, not models", "Architecture", DiagnosticSeverity.Warning,
        "Implement service layer with clear separation of concerns",
        """
        ## What it does

        Reports a constructor parameter (or injected property) of a controller or GraphQL
        resolver that receives a Mongoose model or connection: `@InjectModel(...)` (Nest's or
        Typegoose's), `@InjectConnection()`, or a parameter typed `Model<...>` / `Connection`
        from `mongoose` with an explicit `@Inject(...)` token.

        ## Why is this bad

        Data access in the HTTP layer cannot be reused by another controller, a job or a test
        without HTTP, and it bypasses the service that owns the collection: its invariants,
        caching, events and transactions. Queries spread over controllers are also the ones
        nobody indexes.

        ## Examples

        Incorrect:

        ```ts
        @Controller('orders/stats')
        export class OrderStatsController {
          constructor(@InjectModel(Order.name) private readonly orders: Model<Order>) {}
        }
        ```

        Correct:

        ```ts
        @Controller('orders/stats')
        export class OrderStatsController {
          constructor(private readonly orderStats: OrderStatsService) {}
        }
        ```

        ## Options

        None.

        ## When not to use

        In a prototype or an admin tool whose controllers are the only users of their
        collections; set the rule to `off` there with a path override.
        """)
    {
        Recognisers = [@"\b(controllers?|resolvers?)\b.*\bmodels?\b", @"\bmodels?\b.*\b(controllers?|resolvers?)\b"],
    };

    private static readonly HashSet<string> ModelDecorators = new(StringComparer.Ordinal) { "InjectModel", "InjectTypegooseModel", "InjectConnection" };

    private static readonly HashSet<string> RoleDecorators = new(StringComparer.Ordinal) { "Controller", "Resolver" };

    public override RuleDescriptor Descriptor => Rule;

    public override void CheckProject(ProjectRuleContext context)
    {
        if (context.Project.Semantics is not { } semantics)
        {
            return;
        }

        foreach (var file in semantics.Files)
        {
            var path = context.Project.RelativePath(file.Path);
            if (SyntaxFacts.IsTestOrScript(path))
            {
                continue;
            }

            foreach (var symbol in file.Classes)
            {
                if (symbol.Decorators.FirstOrDefault(d => RoleDecorators.Contains(d.Name)) is not { } role)
                {
                    continue;
                }

                foreach (var parameter in symbol.ConstructorParameters)
                {
                    if (ModelKind(parameter.Decorators, parameter.Type) is { } kind)
                    {
                        Report(context, path, parameter.Syntax.Span, parameter.Name, kind, symbol, role.Name);
                    }
                }

                foreach (var member in symbol.Members.Where(m => m.Kind == ClassMemberKind.Property && !m.IsStatic && m.Decorators.Count > 0))
                {
                    if (ModelKind(member.Decorators, member.Type) is { } kind)
                    {
                        Report(context, path, member.Syntax.Span, member.Name, kind, symbol, role.Name);
                    }
                }
            }
        }
    }

    /// <summary>
    /// "model" or "connection" when the injection hands over Mongoose itself; null otherwise. The
    /// decorators of @nestjs/sequelize and @nestjs/typeorm share these names: a decorator counts
    /// when it comes from a Mongoose or Typegoose package, or when the parameter's type is
    /// Mongoose's (<c>@Inject(USER_MODEL) users: Model&lt;User&gt;</c>, the custom-provider form).
    /// </summary>
    private static string? ModelKind(IReadOnlyList<AppliedDecorator> decorators, DeclaredType? type)
    {
        var mongooseType = type?.Target is ExternalSymbol { PackageName: "mongoose" } external
            ? external.ExportName switch
            {
                "Model" => "model",
                "Connection" => "connection",
                _ => null,
            }
            : type?.Name is "ReturnModelType" ? "model" : null;
        foreach (var decorator in decorators)
        {
            if (ModelDecorators.Contains(decorator.Name) && (FromMongoosePackage(decorator.Target) || mongooseType is not null))
            {
                return decorator.Name == "InjectConnection" ? "connection" : "model";
            }
        }

        return decorators.Any(d => d.Name == "Inject") ? mongooseType : null;
    }

    private static bool FromMongoosePackage(Symbol? target) =>
        target is ExternalSymbol external && (external.PackageName.Contains("mongoose", StringComparison.Ordinal) || external.PackageName.Contains("typegoose", StringComparison.Ordinal));

    private static void Report(ProjectRuleContext context, string path, TextSpan span, string name, string kind, ClassSymbol symbol, string role)
    {
        var what = role == "Resolver" ? "resolver" : "controller";
        context.Report(path, span, $"The {what} {symbol.Name} injects a Mongoose {kind} ('{name}'): data access belongs in a service.", new Finding
        {
            Help = $"Move the queries into the service that owns the collection (or a repository) and inject that service into {symbol.Name}.",
            Note = $"A {what} that queries the database itself cannot be reused or tested without HTTP, and bypasses the service's rules.",
        });
    }
}
