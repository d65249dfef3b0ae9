using Nestor.Nest.Routes;
using Nestor.Rules.Engine;
using Nestor.Semantics;
using Nestor.Text;

namespace Nestor.Rules.Api;

/// <summary>A property of a request DTO with no class-validator decorator: stripped by <c>whitelist</c>, or accepted unchecked.</summary>
public sealed class DtoPropertyWithoutValidation : ProjectRule
{
    public static readonly RuleDescriptor Rule = new(
        "NST4202", "dto-property-without-validation", "Validate every property of a request DTO", "API", DiagnosticSeverity.Error,
        "API design: DTOs with class-validator for every input",
        """
        ## What it does

        Finds the DTO classes that type a `@Body()`, `@Query()` or `@Param()` parameter of some
        route, follows each to every class that declares one of its properties (base classes,
        `PartialType`, `PickType`, `OmitType` and `IntersectionType` of @nestjs/mapped-types or
        @nestjs/swagger, and nested DTOs under `@ValidateNested()`), and reports a property that
        no declaration decorates with a validator. It is reported once, where it is declared.

        Any decorator of `class-validator` counts (`@IsString`, `@IsOptional`, `@ValidateNested`,
        `@Allow`, `@IsDefined`...). A decorator of the project counts unless it is visibly not a
        validator (an `applyDecorators(...)` of documentation and transformation decorators only);
        one of another package counts too. `@ApiProperty*` (documentation) and the decorators
        of class-transformer (`@Type`, `@Transform`, `@Expose`, `@Exclude`) do not.

        Not reported: files of a multipart upload (`@ApiProperty({ format: 'binary' })`, or a field
        named by the route's `FileInterceptor`/`FileFieldsInterceptor`), properties marked
        `@Exclude()`, response DTOs (never the type of a request parameter), DTOs of routes
        validated by another pipe (Zod, Joi), and projects that never import class-validator.

        ## Why is this bad

        With `whitelist: true`, `ValidationPipe` strips every property that has no validation
        decorator: the field silently never reaches the service (with `forbidNonWhitelisted` the
        request is rejected). Without `whitelist`, the property is accepted with any value at all.

        ## Examples

        Incorrect:

        ```ts
        export class CreateProductDto {
          @IsString()
          name: string;

          @ApiPropertyOptional({ type: [String] })
          tags?: string[];
        }
        ```

        Correct:

        ```ts
        export class CreateProductDto {
          @IsString()
          name: string;

          @ApiPropertyOptional({ type: [String] })
          @IsOptional()
          @IsString({ each: true })
          tags?: string[];
        }
        ```

        ## Options

        `validators`: names of further decorators that validate, e.g.
        `options: { validators: [IsObjectId, IsPhone] }`. Decorators listed under `known-safe:
        decorators` count as well.

        ## When not to use

        When request DTOs are validated by something other than class-validator decorators.
        """)
    {
        Recognisers = [@"\bclass-validator\b", @"\bdtos?\b.*\bvalidat(ed|ion|ors?)\b", @"\bvalidat(e|ion)\b.*\b(every|each|all) (dto )?propert(y|ies)\b"],
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void CheckProject(ProjectRuleContext context)
    {
        if (ApiFacts.For(context.Project) is not { } facts || !UsesClassValidator(facts) || (facts.HasOtherGlobalPipe && !facts.HasGlobalValidationPipe))
        {
            return;
        }

        var extra = new HashSet<string>(context.Options.GetStrings("validators").Select(name => name.TrimStart('@')).Concat(context.Config.KnownSafeDecorators), StringComparer.Ordinal);
        var dtos = new DtoFacts(facts, extra);
        var pending = new Queue<(ClassSymbol Dto, RequestParameter Use)>(RequestDtos(facts));
        var visited = new HashSet<ClassSymbol>();
        var reported = new HashSet<(string, int)>();
        while (pending.TryDequeue(out var item))
        {
            if (!visited.Add(item.Dto))
            {
                continue;
            }

            foreach (var property in dtos.PropertiesOf(item.Dto))
            {
                foreach (var (owner, member) in property.Declarations)
                {
                    if (DtoFacts.NestedClass(member) is { } nested)
                    {
                        pending.Enqueue((nested, item.Use));
                    }
                }

                var (declaringClass, declaration) = property.Declarations[0];
                if (!dtos.IsValidated(property) && !DtoFacts.IsFileField(property) && !DtoFacts.IsExcluded(property) && !UploadedFields(item.Use.Handler).Contains(property.Name)
                    && facts.ReviewPathOf(declaringClass.Path) is { } path && reported.Add((path, declaration.NameSpan.Start)))
                {
                    Report(context, path, declaringClass, declaration, item.Dto, item.Use);
                }
            }
        }
    }

    /// <summary>The multipart file fields of a handler: <c>FileInterceptor('avatar')</c>, <c>FilesInterceptor('photos')</c>, <c>FileFieldsInterceptor([{ name: 'cover' }])</c>.</summary>
    private static HashSet<string> UploadedFields(RouteHandler handler)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var decorator in handler.Controller.Decorators.Concat(handler.Method.Decorators).Where(d => d.Name == "UseInterceptors"))
        {
            foreach (var interceptor in decorator.Arguments.OfType<CallValue>())
            {
                switch (interceptor.Callee)
                {
                    case SymbolReferenceValue { Text: "FileInterceptor" or "FilesInterceptor" } when interceptor.Arguments.FirstOrDefault() is StringValue field:
                        names.Add(field.Value);
                        break;
                    case SymbolReferenceValue { Text: "FileFieldsInterceptor" } when interceptor.Arguments.FirstOrDefault() is ArrayValue fields:
                        names.UnionWith(fields.Items.OfType<ObjectValue>().Select(f => (f["name"] as StringValue)?.Value).OfType<string>());
                        break;
                }
            }
        }

        return names;
    }

    private static bool UsesClassValidator(ApiFacts facts) =>
        facts.Semantics.Files.Any(file => file.Imports.Any(import => import.Module.PackageName == "class-validator"));

    /// <summary>The classes that type a request parameter on a route that class-validator validates, with the first such use.</summary>
    private static IEnumerable<(ClassSymbol, RequestParameter)> RequestDtos(ApiFacts facts)
    {
        foreach (var handler in facts.Handlers)
        {
            var otherPipe = facts.HandlerPipes(handler).Any(pipe => pipe.Kind == PipeKind.Other);
            foreach (var parameter in facts.RequestParameters(handler))
            {
                if (!otherPipe && !facts.ParameterPipes(parameter).Any(pipe => pipe.Kind == PipeKind.Other)
                    && parameter.Info.Type is { Target: ClassSymbol dto, IsTypeOnlyImport: false })
                {
                    yield return (dto, parameter);
                }
            }
        }
    }

    private static void Report(ProjectRuleContext context, string path, ClassSymbol owner, ClassMember member, ClassSymbol dto, RequestParameter use)
    {
        var source = use.Source switch
        {
            ParameterSource.Body => "request body",
            ParameterSource.Query => "query string",
            _ => "route parameters",
        };
        var through = ReferenceEquals(owner, dto) ? "" : $" (through {dto.Name})";
        context.Report(path, member.NameSpan, $"'{member.Name}' of {owner.Name} has no class-validator decorator, yet it is read from the {source} of {use.Handler.Display}{through}.", new Finding
        {
            Help = "Add the decorators that state what is accepted: @IsString(), @IsInt(), @IsOptional() for optional fields, @ValidateNested() with @Type(() => X) for objects; @ApiProperty documents, it does not validate.",
            Note = "With whitelist: true, ValidationPipe strips a property without validators (forbidNonWhitelisted rejects the request); without it, any value is accepted.",
            Labels = [new DiagnosticLabel(use.Handler.ReviewPath, use.Info.Syntax.Span, $"{dto.Name} is the {source} here")],
        });
    }
}
