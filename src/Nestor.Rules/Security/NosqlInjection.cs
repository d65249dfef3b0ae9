using Nestor.Nest.Routes;
using Nestor.Rules.Engine;
using Nestor.Semantics;
using Nestor.Syntax;
using Nestor.Text;

namespace Nestor.Rules.Security;

/// <summary>A request value nothing validates that reaches a MongoDB query filter.</summary>
public sealed class NosqlInjection : ProjectRule
{
    public static readonly RuleDescriptor Rule = new(
        "NST4104", "nosql-injection", "Do not let the client shape query filters", "Security", DiagnosticSeverity.Error,
        "Security vulnerabilities are addressed proactively",
        """
        ## What it does

        Follows request values that nothing validates — a whole or keyed `@Body()`, `@Query()`
        or GraphQL `@Args()` whose type is not a class (`any`, `object`, `Record<...>`, an
        interface, an inline type, `Partial<Dto>`, no type), and `req.body` / `req.query` of
        `@Req()` — through the handler, the services and repositories it calls (up to four calls
        deep, through the classes Nest injects) and module functions, and reports the handler
        parameter when such a value becomes:

        - a whole query filter (`find(query)`, `deleteMany({ ...query })`),
        - the value of a field in a filter (`findOne({ email: body.email })`),
        - anything under `$where`, or a stage or `$match` of `aggregate(...)`,
        - the id of `findById(...)`.

        Secondary labels show each call on the way and the query. Values passed through a
        conversion are clean: `String(x)`, `Number(x)`, a template string, `new Types.ObjectId(x)`,
        `sanitize(x)` (any call this does not follow), a pipe on the parameter (`ParseIntPipe`,
        `ParseObjectIdPipe`...), and a value compared with an explicit operator
        (`{ email: { $eq: body.email } }`).

        ## Why is this bad

        The `ValidationPipe` checks classes only. A JSON body `{ "email": { "$ne": null } }` (or
        `?email[$ne]=` with Express' extended query parser) turns a value into an operator, so
        `findOne({ email })` matches the first user; a whole client object also lets the client
        add `$where` (JavaScript on the database server), `$or`, or any field it likes.

        ## Examples

        Incorrect:

        ```ts
        @Get('lookup')
        lookup(@Query() query: Record<string, unknown>) {
          return this.products.find(query);
        }
        ```

        Correct:

        ```ts
        @Get('lookup')
        lookup(@Query() query: ProductQueryDto) {
          return this.products.find({ status: query.status, category: query.category });
        }
        ```

        ## Options

        None.

        ## When not to use

        When a custom global pipe or middleware sanitises every request (for example with
        `mongo-sanitize`); suppress with a reason that names it. Mongoose's `sanitizeFilter`
        option is not taken into account: it leaves `$where` at the top of a filter and operator
        objects with more than one key through.
        """)
    {
        Recognisers = [@"\bnosql[- ]?injection\b", @"\b(user|client|request) input\b.*\b(filters?|quer(y|ies))\b", @"\b(filters?|quer(y|ies))\b.*\b(user|client|request) input\b", @"\bquery injection\b"],
    };

    private static readonly HashSet<string> PassThroughPipes = new(StringComparer.Ordinal) { "ValidationPipe", "DefaultValuePipe" };

    public override RuleDescriptor Descriptor => Rule;

    public override void CheckProject(ProjectRuleContext context)
    {
        if (context.Project.Semantics is not { } semantics || context.Project.Nest is not { } nest)
        {
            return;
        }

        var requests = new RequestFacts(semantics);
        var flow = new TaintFlow(semantics, nest);
        var served = new RouteFacts(nest);
        var seen = new HashSet<(string, string, string)>();
        foreach (var route in nest.Routes)
        {
            if (route.Kind is not (EntryKind.Http or EntryKind.GraphQlQuery or EntryKind.GraphQlMutation)
                || !served.IsServed(route.ClassName)
                || !seen.Add((route.Location.Path, route.ClassName, route.Handler))
                || SyntaxFacts.IsTestOrScript(context.Project.RelativePath(route.Location))
                || semantics.ResolveClass(route.Location.Path, route.ClassName) is not { } symbol
                || symbol.FindMember(route.Handler) is not { Syntax: MethodDeclaration { Body: { } body } method } handler
                || semantics.GetFile(symbol.Path) is not { } file
                || ChecksEveryParameter(symbol.Decorators) || ChecksEveryParameter(handler.Decorators))
            {
                continue;
            }

            var function = new FunctionBody(method, method.Parameters.AsEnumerable().ToList(), body, file, symbol, $"{symbol.Name}.{route.Handler}");
            foreach (var source in requests.Sources(handler, file))
            {
                if (flow.Trace(function, source.Parameter.Index, source.Taint) is { } path)
                {
                    Report(context, file, source, path);
                }
            }
        }
    }

    /// <summary><c>@UsePipes(...)</c> with a pipe other than the ValidationPipe checks every parameter of the route.</summary>
    private static bool ChecksEveryParameter(IReadOnlyList<AppliedDecorator> decorators) =>
        decorators.Any(decorator => decorator.Name == "UsePipes" && decorator.Syntax.Expression is CallExpression call
            && call.Arguments.Any(argument => GuardFacts.GuardName(argument) is not { } name || !PassThroughPipes.Contains(name)));

    private static void Report(ProjectRuleContext context, FileModel file, RequestSource source, InjectionPath path)
    {
        var through = path.Callees.Count > 0 ? $" through {string.Join(" → ", path.Callees)}" : "";
        var message = $"The request value '{source.Parameter.Name}' ({source.Describe()}) reaches {path.Query}{through} unvalidated: the client can choose query operators and fields.";
        context.Report(context.Project.RelativePath(file.Path), source.Parameter.NameSpan, message, new Finding
        {
            Help = "Take a DTO class with class-validator decorators and build the filter field by field from it ({ status: dto.status }); "
                + "compare a raw value with { $eq: value }, convert ids with new Types.ObjectId(id), or put a pipe on the parameter (ParseIntPipe, ParseObjectIdPipe).",
            Note = "A JSON body or a query string such as ?email[$ne]= turns a value into an operator object, and a whole object lets the client add $where or $or; the ValidationPipe checks classes only.",
            Labels = path.Steps.Select(step => new DiagnosticLabel(context.Project.RelativePath(step.Path), step.Span, step.Message)).ToList(),
        });
    }
}
