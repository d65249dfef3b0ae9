using Nestor.Rules.Engine;
using Nestor.Syntax;
using Nestor.Text;

namespace Nestor.Rules.Api;

/// <summary>A whole request body, query or parameter object whose type is not a class, so <c>ValidationPipe</c> skips it.</summary>
public sealed class BodyWithoutDto : ProjectRule
{
    public static readonly RuleDescriptor Rule = new(
        "NST4201", "body-without-dto", "Type every request body and query object with a DTO class", "API", DiagnosticSeverity.Error,
        "API design: DTOs with class-validator for every input",
        """
        ## What it does

        Reports a route handler's `@Body()`, `@Query()` or `@Param()` parameter that takes the
        whole object (no key) and whose declared type is not a class at run time: no type, `any`,
        `unknown`, `object`, `Record<...>`, `Partial<...>` and the other mapped types, an
        interface, a type alias, an inline object type, a union or intersection, a type
        parameter, or a class imported with `import type`. An array (`@Body() items: ItemDto[]`)
        is reported too: `ValidationPipe` does not validate the items of an array.

        Names are resolved across files: an imported class is fine, an interface of the same
        name is not. A parameter with a key (`@Param('id') id: string`, `@Query('page') page?: string`)
        is not reported, nor one given a pipe that is not `ValidationPipe` (on the parameter
        decorator or with `@UsePipes`): that pipe (Zod, Joi, `ParseArrayPipe`) is the validation.
        GraphQL `@Args` are not checked.

        ## Why is this bad

        `ValidationPipe` validates what it can instantiate: the parameter's run-time type, which
        TypeScript emits only for classes. For every other type it sees `Object` and lets the
        value through untouched, so a missing field, a number where a string was expected, or an
        operator object such as `{ "$ne": null }` reaches the service and the database.

        ## Examples

        Incorrect:

        ```ts
        @Controller('orders')
        export class OrdersController {
          @Post(':id/cancel')
          cancel(@Param('id') id: string, @Body() body: { reason: string }) {}
        }
        ```

        Correct:

        ```ts
        export class CancelOrderDto {
          @IsString()
          @Length(3, 500)
          reason: string;
        }

        @Controller('orders')
        export class OrdersController {
          @Post(':id/cancel')
          cancel(@Param('id') id: string, @Body() body: CancelOrderDto) {}
        }
        ```

        ## Options

        None.

        ## When not to use

        When bodies are validated by something other than a pipe on the route (a middleware, a
        schema checked in the handler); suppress the line with a reason saying what validates it.
        """)
    {
        Recognisers = [@"\b(bod(y|ies)|quer(y|ies)|inputs?|requests?)\b.*\bdto\b", @"\bno inline (object )?types?\b.*\b(bod(y|ies)|quer(y|ies))\b"],
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void CheckProject(ProjectRuleContext context)
    {
        if (ApiFacts.For(context.Project) is not { } facts)
        {
            return;
        }

        foreach (var handler in facts.Handlers)
        {
            var handlerPipes = facts.HandlerPipes(handler).ToList();
            foreach (var parameter in facts.RequestParameters(handler))
            {
                if (parameter.Key is not null || handlerPipes.Any(p => p.Kind == PipeKind.Other) || facts.ParameterPipes(parameter).Any(p => p.Kind != PipeKind.Validation))
                {
                    continue;
                }

                var runtimeType = facts.RuntimeTypeOf(parameter);
                if (runtimeType.Kind is RuntimeTypeKind.NotAClass or RuntimeTypeKind.Array)
                {
                    Report(context, parameter, runtimeType);
                }
            }
        }
    }

    private static void Report(ProjectRuleContext context, RequestParameter parameter, RuntimeType runtimeType)
    {
        var syntax = parameter.Info.Syntax;
        var at = (Node?)syntax.Type ?? syntax.Name;
        var what = syntax.Name is Identifier ? $"{parameter.DecoratorText} '{parameter.Info.Name}'" : $"The destructured {parameter.DecoratorText}";
        var message = runtimeType.Kind == RuntimeTypeKind.Array
            ? $"{what} is an array: ValidationPipe does not validate its items."
            : $"{what} {runtimeType.Description}: ValidationPipe sees no class and validates nothing.";
        context.Report(parameter.Handler.ReviewPath, at.Span, message, new Finding
        {
            Help = runtimeType.Kind == RuntimeTypeKind.Array
                ? "Give the parameter a pipe that validates the items: @Body(new ParseArrayPipe({ items: ItemDto })), or wrap them in a DTO class with @ValidateNested({ each: true }) and @Type(() => ItemDto)."
                : "Declare a DTO class with class-validator decorators and use it as the parameter's type (a class imported normally, not with 'import type').",
            Note = $"ValidationPipe validates the parameter's run-time type, which TypeScript emits only for classes; everything else arrives as sent ({parameter.Handler.Display}).",
        });
    }
}
