using Nestor.Rules.Engine;
using Nestor.Text;

namespace Nestor.Rules.Api;

/// <summary>A route handler that answers with raw Mongoose documents, with nothing in between to choose the fields.</summary>
public sealed class EntityReturnedFromController : ProjectRule
{
    public static readonly RuleDescriptor Rule = new(
        "NST4204", "entity-returned-from-controller", "Answer with response DTOs, not Mongoose documents", "API", DiagnosticSeverity.Warning,
        "Responses go through DTOs or serializers",
        """
        ## What it does

        Reports a route handler whose declared return type — through `Promise<...>`,
        `Observable<...>`, arrays, unions and generic wrappers of the project such as `Page<T>` —
        is a Mongoose schema class or document type (`User`, `UserDocument`,
        `HydratedDocument<User>`, `User & Document`, an interface extending `Document`,
        Typegoose's `DocumentType<User>`, the type argument of `new Schema<User>(...)`, also under
        `Partial<...>`). Without a declared type, it looks at what the handler returns: a query of
        a model injected in the controller (`this.userModel.findById(id)`, with `.exec()`,
        `.populate()`, `.lean()`; not with a projection such as `.select(...)` or
        `findById(id, projection)`), `new this.userModel(dto).save()`, or a call of a service
        method that is declared to return documents or, undeclared, returns such a query itself.

        The finding is an error when the schema has a field named like a secret (`password`,
        `token`, `secret`, `hash`, `salt`, `apiKey`...) without `select: false`, a warning
        otherwise. Nothing is reported when a serializer is in force: the schema's documents
        have a `toJSON` transform (`@Schema({ toJSON: { transform } })`, schema options,
        `schema.set('toJSON', ...)`); the handler or controller has `@SerializeOptions`; or
        `ClassSerializerInterceptor` applies (globally, on the controller or on the handler) and
        every secret field of the schema is marked `@Exclude()`.

        ## Why is this bad

        A document is serialised with every stored field: password hashes, reset tokens,
        internal flags and `__v` go to the client, and any field added to the schema later is
        published without anybody deciding to. The API's contract becomes the database's.

        ## Examples

        Incorrect:

        ```ts
        @Controller('users')
        export class UsersController {
          @Get(':id')
          findOne(@Param('id') id: string): Promise<UserDocument> {
            return this.usersService.findById(id);
          }
        }
        ```

        Correct:

        ```ts
        @Controller('users')
        export class UsersController {
          @Get(':id')
          async findOne(@Param('id') id: string): Promise<UserResponseDto> {
            return UserResponseDto.from(await this.usersService.findById(id));
          }
        }
        ```

        ## Options

        None.

        ## When not to use

        When a global interceptor of the project maps every response to its DTO; suppress the
        findings with a reason naming it.
        """)
    {
        Recognisers = [@"\b(responses?|return)\b.*\b(dtos?|serializers?)\b", @"\bnever (return )?raw (mongoose )?documents?\b", @"\bresponse dtos?\b"],
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void CheckProject(ProjectRuleContext context)
    {
        if (ApiFacts.For(context.Project) is not { } facts || facts.Nest.Schemas.Count == 0)
        {
            return;
        }

        var entities = new EntityFacts(facts);
        var globalSerializer = facts.GlobalInterceptors.Any(i => i.Is("ClassSerializerInterceptor"));
        foreach (var handler in facts.Handlers)
        {
            if (entities.ReturnedEntity(handler) is not { } entity)
            {
                continue;
            }

            var secrets = EntityFacts.ExposedSecrets(entity);
            if (!IsSerialised(facts, entities, handler, entity, secrets, globalSerializer))
            {
                Report(context, handler, entity, secrets);
            }
        }
    }

    private static bool IsSerialised(ApiFacts facts, EntityFacts entities, RouteHandler handler, EntityReturn entity, IReadOnlyList<SecretField> secrets, bool globalSerializer)
    {
        if (entity.Schema is { } schema && entities.SerialisesItself(schema))
        {
            return true;
        }

        if (handler.Controller.Decorators.Concat(handler.Method.Decorators).Any(d => ApiFacts.IsNestExport(d, "@nestjs/common", "SerializeOptions")))
        {
            return true;
        }

        var classSerializer = globalSerializer || facts.HandlerInterceptors(handler).Any(i => i.Is("ClassSerializerInterceptor"));
        if (!classSerializer)
        {
            return false;
        }

        // The interceptor strips what @Exclude marks: every secret must be marked (a schema without a class is given the benefit of the doubt).
        if (entity.SchemaClass is null)
        {
            return true;
        }

        var properties = EntityFacts.ClassChainProperties(entity.SchemaClass).ToList();
        return secrets.All(secret => properties.Any(p => p.Member.Name == secret.Name && p.Member.Decorators.Any(d => d.Name == "Exclude")));
    }

    private static void Report(ProjectRuleContext context, RouteHandler handler, EntityReturn entity, IReadOnlyList<SecretField> secrets)
    {
        var of = entity.Schema?.ModelName ?? entity.SchemaClass?.Name;
        var document = of is null ? "a Mongoose document" : $"a Mongoose document of {of}";
        var returns = entity.At is Nestor.Syntax.TypeNode ? $"'{entity.Description}'" : entity.Description;
        var message = secrets.Count > 0
            ? $"'{handler.Method.Name}' returns {returns}, {document}: it goes to the client whole, '{secrets[0].Name}' included (no select: false)."
            : $"'{handler.Method.Name}' returns {returns}, {document}: every stored field goes to the client.";
        var labels = secrets.Select(secret => (Secret: secret, Path: context.Project.RelativePath(secret.Path)))
            .Where(s => context.Project.GetFile(s.Path) is not null)
            .Select(s => new DiagnosticLabel(s.Path, s.Secret.Span, $"'{s.Secret.Name}' is returned by every query"))
            .ToList();
        var details = new Finding
        {
            Help = "Map the document to a response DTO that lists the fields the client may see (UserResponseDto.from(user)); or give the schema a toJSON transform and mark secret fields select: false.",
            Note = "A document serialises every stored field, and every field added later: the API's contract becomes the database's.",
            Labels = labels,
        };
        var configured = context.Config.SeverityFor(Rule, handler.ReviewPath);
        if (secrets.Count > 0 && configured == Rule.DefaultSeverity)
        {
            context.ReportWithSeverity(handler.ReviewPath, entity.At.Span, message, DiagnosticSeverity.Error, details);
        }
        else
        {
            context.Report(handler.ReviewPath, entity.At.Span, message, details);
        }
    }
}
