using Nestor.Nest.Routes;
using Nestor.Rules.Engine;
using Nestor.Semantics;
using Nestor.Syntax;
using Nestor.Text;

namespace Nestor.Rules.Api;

/// <summary>An application whose DTO routes no <c>ValidationPipe</c> covers, or whose global one keeps unknown properties.</summary>
public sealed class ValidationPipeMissing : ProjectRule
{
    public static readonly RuleDescriptor Rule = new(
        "NST4203", "validation-pipe-missing", "Install a ValidationPipe with whitelist", "API", DiagnosticSeverity.Error,
        "API design: DTOs with class-validator for every input",
        """
        ## What it does

        Reports the application's bootstrap (`NestFactory.create`) when no global `ValidationPipe`
        is installed — neither `app.useGlobalPipes(new ValidationPipe(...))` nor an `APP_PIPE`
        provider whose `useClass`, `useValue` or `useFactory` gives `ValidationPipe` or a class
        that extends it — while some route takes a DTO class with `@Body()` or `@Query()` and has
        no `ValidationPipe` of its own (`@UsePipes` on the controller or the handler, or a pipe
        given to the parameter decorator). The message names one such route.

        It also reports, as a warning, a global `new ValidationPipe(...)` (or `useClass:
        ValidationPipe`) whose options do not set `whitelist: true`.

        A project without a bootstrap (a library) is not checked, and neither is an application
        that installs another global pipe (a Zod or a project's own validation pipe), nor
        options this analysis cannot read (a spread, a value computed at run time).

        ## Why is this bad

        class-validator decorators do nothing by themselves: without a `ValidationPipe` every
        body arrives as sent, whatever the DTO says. Without `whitelist`, properties the DTO does
        not declare pass through too, and end up in `$set` updates and in new documents
        (`role: "admin"`, `isVerified: true`).

        ## Examples

        Incorrect:

        ```ts
        async function bootstrap() {
          const app = await NestFactory.create(AppModule);
          await app.listen(3000);
        }
        ```

        Correct:

        ```ts
        async function bootstrap() {
          const app = await NestFactory.create(AppModule);
          app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }));
          await app.listen(3000);
        }
        ```

        ## Options

        None.

        ## When not to use

        When every controller installs its own pipe in a way this analysis cannot see; suppress
        the finding with a reason.
        """)
    {
        Recognisers = [@"\bvalidationpipe\b", @"\bvalidation pipe\b", @"\bwhitelist\b"],
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void CheckProject(ProjectRuleContext context)
    {
        if (ApiFacts.For(context.Project) is not { } facts || facts.Nest.Bootstrap is not { } bootstrap)
        {
            return;
        }

        if (facts.GlobalPipes.All(pipe => pipe.Kind == PipeKind.Converting) && IsHttpApplication(facts, bootstrap.Location.Path, bootstrap.Location.Span)
            && facts.ReviewPathOf(bootstrap.Location.Path) is { } path && UnvalidatedDtoRoute(facts) is { } route)
        {
            ReportMissing(context, path, bootstrap.Location.Span, route);
        }

        foreach (var pipe in facts.GlobalPipes.Where(pipe => pipe.IsExactlyValidationPipe && pipe.Creation is not null))
        {
            if (!KeepsOnlyDeclaredProperties(facts, pipe) && facts.ReviewPathOf(pipe.File.Path) is { } pipePath)
            {
                ReportWithoutWhitelist(context, pipePath, pipe.Creation!.Span);
            }
        }
    }

    /// <summary><c>NestFactory.create(...)</c>: a microservice or an application context serves no HTTP body.</summary>
    private static bool IsHttpApplication(ApiFacts facts, string path, TextSpan span) =>
        facts.FileOf(path)?.Tree.DescendantNodes().OfType<CallExpression>().FirstOrDefault(call => call.Span == span)
            is { Expression: PropertyAccessExpression { Name: Identifier { Text: "create" } } };

    /// <summary>The first route taking a DTO class from the body or the query with no ValidationPipe and no other pipe of its own.</summary>
    private static RequestParameter? UnvalidatedDtoRoute(ApiFacts facts)
    {
        foreach (var handler in facts.Handlers)
        {
            var handlerPipes = facts.HandlerPipes(handler).ToList();
            if (handlerPipes.Any(pipe => pipe.Kind != PipeKind.Converting))
            {
                continue;
            }

            foreach (var parameter in facts.RequestParameters(handler))
            {
                if (parameter.Source is ParameterSource.Body or ParameterSource.Query && facts.RuntimeTypeOf(parameter).Kind == RuntimeTypeKind.Class
                    && facts.ParameterPipes(parameter).All(pipe => pipe.Kind == PipeKind.Converting))
                {
                    return parameter;
                }
            }
        }

        return null;
    }

    /// <summary>False when the options are known and do not set <c>whitelist: true</c>; unknown options count as setting it.</summary>
    private static bool KeepsOnlyDeclaredProperties(ApiFacts facts, PipeUse pipe)
    {
        if (pipe.Creation is not NewExpression created)
        {
            // `useClass: ValidationPipe`: Nest constructs it with no options.
            return false;
        }

        if (created.Arguments is not { Count: > 0 } arguments)
        {
            return false;
        }

        if (OptionsObject(facts, facts.Semantics.Evaluate(pipe.File, arguments[0])) is not { } options)
        {
            return true;
        }

        return options["whitelist"] switch
        {
            BooleanValue whitelist => whitelist.Value,
            null => options.Properties.Any(property => property.Key is null),
            _ => true,
        };
    }

    /// <summary>The options object, also when it is a constant with parts that are not constant (an <c>exceptionFactory</c>), which the evaluator keeps as a reference.</summary>
    private static ObjectValue? OptionsObject(ApiFacts facts, ConstantValue value)
    {
        for (var hops = 0; hops < 8; hops++)
        {
            switch (value)
            {
                case ObjectValue options:
                    return options;
                case SymbolReferenceValue { Symbol: VariableSymbol { IsConst: true, Initializer: { } initializer } variable } when facts.FileOf(variable.Path) is { } declaring:
                    value = facts.Semantics.Evaluate(declaring, initializer);
                    break;
                default:
                    return null;
            }
        }

        return null;
    }

    private static void ReportMissing(ProjectRuleContext context, string path, TextSpan span, RequestParameter route)
    {
        var dto = route.Info.Type?.Name ?? "its DTO";
        context.Report(path, span, $"No ValidationPipe is installed, so the class-validator decorators of {dto} on {route.Handler.Display} are never checked.", new Finding
        {
            Help = "Install it once for the whole application: app.useGlobalPipes(new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true })), or { provide: APP_PIPE, useValue: new ValidationPipe({ ... }) } in the root module.",
            Note = "Decorators on a DTO are metadata only: without a ValidationPipe every body and query reaches the handler as sent.",
            Labels = [new DiagnosticLabel(route.Handler.ReviewPath, route.Info.Syntax.Span, $"{route.DecoratorText} {dto} is not validated")],
        });
    }

    private static void ReportWithoutWhitelist(ProjectRuleContext context, string path, TextSpan span)
    {
        var message = "The global ValidationPipe does not set 'whitelist: true': properties a DTO does not declare reach the handler.";
        var details = new Finding
        {
            Help = "new ValidationPipe({ whitelist: true, forbidNonWhitelisted: true, transform: true }): unknown properties are then rejected instead of passed on.",
            Note = "Extra properties end up in $set updates and new documents (role, isVerified...): mass assignment.",
        };
        var configured = context.Config.SeverityFor(Rule, path);
        if (configured == Rule.DefaultSeverity)
        {
            context.ReportWithSeverity(path, span, message, DiagnosticSeverity.Warning, details);
        }
        else
        {
            context.Report(path, span, message, details);
        }
    }
}
