using System.Text.RegularExpressions;
using Nestor.Nest.Routes;
using Nestor.Rules.Engine;
using Nestor.Semantics;
using Nestor.Text;

namespace Nestor.Rules.Security;

/// <summary>A route no guard protects and no public marker opens on purpose.</summary>
public sealed partial class UnguardedRoute : ProjectRule
{
    public static readonly RuleDescriptor Rule = new(
        "NST4103", "unguarded-route", "Guard every route or mark it public", "Security", DiagnosticSeverity.Error,
        "Security vulnerabilities are addressed proactively",
        """
        ## What it does

        Reports an HTTP route, GraphQL query or GraphQL mutation that no authenticating guard
        protects — none registered globally (`app.useGlobalGuards(...)` or an `APP_GUARD`
        provider), none on the controller (or a class it extends) and none on the handler — and
        that no public marker opens on purpose. A public marker is a decorator whose name says so
        (`@Public()`, `@IsPublic()`, `@AllowAnonymous()`, `@SkipAuth()`, `@Unprotected()`...) or
        `@SetMetadata('isPublic', true)` with a key that reads the same way. Guards applied by a
        custom decorator (`applyDecorators(UseGuards(JwtAuthGuard), ...)`) count.

        A guard that only limits the rate — `ThrottlerGuard` and every class extending it —
        authenticates nobody and does not count. Routes that change data (`POST`, `PUT`, `PATCH`,
        `DELETE`, `ALL`, GraphQL mutations) are reported at the rule's severity; reads at most as
        warnings.

        Routes that must work before anyone is signed in are open by nature and not reported: a
        path segment such as `auth`, `login`, `register`, `signup`, `oauth`, `refresh-token`,
        `verify-email` or one naming a `password` (the reset flow cannot ask for one), a handler
        such as `login`, `signUp`, `refreshToken` or `verifyEmail`, and reads of health checks
        (`health`, `ping`, `ready`, `live`...) and of the root path. A controller that no module
        lists serves no route and is not reported either.

        ## Why is this bad

        A controller added without `@UseGuards` is open to the whole internet; nothing fails and
        nothing warns until somebody finds it. A public marker says that the route is open on
        purpose, so the next reader (and this rule) knows it was not forgotten.

        ## Examples

        Incorrect:

        ```ts
        @Controller('products/:id/stock')
        export class ProductStockController {
          @Put()
          adjust(@Param('id') id: string, @Body() dto: AdjustStockDto) {}
        }
        ```

        Correct:

        ```ts
        @UseGuards(JwtAuthGuard, RolesGuard)
        @Controller('products/:id/stock')
        export class ProductStockController {
          @Put()
          adjust(@Param('id') id: string, @Body() dto: AdjustStockDto) {}
        }
        ```

        ## Options

        - `public-decorators`: more decorator names that mark a route public (the `known-safe`
          decorators of the nestor block count too).
        - `non-authenticating-guards`: guards that protect nothing by themselves, besides
          `ThrottlerGuard` (their subclasses are included).

        ```yaml
        rules:
          unguarded-route:
            severity: error
            public-decorators: [OpenEndpoint]
            non-authenticating-guards: [MaintenanceGuard]
        ```

        ## When not to use

        For a service that is never exposed (it sits behind a gateway that authenticates every
        request): switch the rule off for that service. Authentication done by middleware
        (`consumer.apply(AuthMiddleware)`) or by a guard this cannot name keeps the rule silent.
        """)
    {
        Recognisers =
        [
            @"\bunguarded\b",
            @"\b(every|all|each) (routes?|controllers?|endpoints?|handlers?)\b.*\b(guard(ed|s)?|protected|authenticat\w*)\b",
            @"\b(routes?|endpoints?)\b.*\b(needs?|requires?|must (have|be))\b.*\b(guard(ed)?|authenticat\w*)\b",
        ],
    };

    private static readonly HashSet<string> Mutations = new(StringComparer.Ordinal) { "POST", "PUT", "PATCH", "DELETE", "ALL" };

    public override RuleDescriptor Descriptor => Rule;

    public override void CheckProject(ProjectRuleContext context)
    {
        if (context.Project.Semantics is not { } semantics || context.Project.Nest is not { } nest)
        {
            return;
        }

        var options = context.Options;
        var guards = new GuardFacts(
            semantics,
            path => !SyntaxFacts.IsTestOrScript(context.Project.RelativePath(path)),
            options.GetStrings("non-authenticating-guards"),
            options.GetStrings("public-decorators").Concat(context.Config.KnownSafeDecorators));
        if (guards.GlobalAuthentication)
        {
            return;
        }

        var served = new RouteFacts(nest);
        var reported = new HashSet<(string, int)>();
        var classProtection = new Dictionary<ClassSymbol, Protection>();
        foreach (var route in nest.Routes)
        {
            if (route.Kind is not (EntryKind.Http or EntryKind.GraphQlQuery or EntryKind.GraphQlMutation)
                || route.Enhancers.Any(enhancer => enhancer.Kind == "guard" && guards.IsAuthenticating(BareGuard(enhancer.Name))))
            {
                continue;
            }

            var path = context.Project.RelativePath(route.Location);
            if (SyntaxFacts.IsTestOrScript(path) || !served.IsServed(route.ClassName) || OpenByNature(route, nest.Bootstrap?.GlobalPrefix)
                || semantics.ResolveClass(route.Location.Path, route.ClassName) is not { } symbol
                || symbol.FindMember(route.Handler) is not { } handler
                || semantics.GetFile(symbol.Path) is not { } file
                || handler.Decorators.FirstOrDefault(d => RouteDecorator(d, route)) is not { } decorator
                || !reported.Add((path, decorator.Span.Start)))
            {
                continue;
            }

            if (!classProtection.TryGetValue(symbol, out var ofClass))
            {
                ofClass = guards.ProtectionOf(guards.ClassDecorators(symbol));
                classProtection[symbol] = ofClass;
            }

            var ofHandler = guards.ProtectionOf(handler.Decorators.Select(d => (d, file)));
            if (Protected(ofClass, guards) || Protected(ofHandler, guards))
            {
                continue;
            }

            Report(context, path, decorator, route, symbol, guards);
        }
    }

    /// <summary>
    /// Routes that must work before anyone is authenticated — signing in, signing up, password
    /// resets, token refresh — and health checks and the root page, which only read: a guard
    /// there would lock everybody out, so a missing marker is not a mistake.
    /// </summary>
    private static bool OpenByNature(Route route, string? globalPrefix)
    {
        if (route.Kind != EntryKind.Http)
        {
            return AuthenticationStep().IsMatch(route.Handler);
        }

        var prefix = (globalPrefix ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        var segments = route.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (prefix.Length > 0 && segments.Take(prefix.Length).SequenceEqual(prefix, StringComparer.Ordinal))
        {
            segments.RemoveRange(0, prefix.Length);
        }

        segments.RemoveAll(segment => segment.StartsWith(':') || VersionSegment().IsMatch(segment));
        if (segments.Any(segment => AuthenticationSegment().IsMatch(segment)) || AuthenticationStep().IsMatch(route.Handler))
        {
            return true;
        }

        var isRead = route.Method is "GET" or "HEAD" or "OPTIONS";
        return isRead && (segments.Count == 0 || segments.Any(segment => HealthSegment().IsMatch(segment)));
    }

    [GeneratedRegex(@"(?i)^(auth|authentication|log-?in|log-?out|sign-?in|sign-?out|sign-?up|register|registration(-[a-z-]+)?|forgot|forget|oauth2?|sso|saml|magic-link|refresh-token|otp|(send|verify|confirm|resend)-(code|otp|email|account))$|password")]
    private static partial Regex AuthenticationSegment();

    [GeneratedRegex(@"^(log(in|out)|sign(In|Up|Out|in|up|out)|register|refresh(Access)?Tokens?|forgotPassword|resetPassword|(verify|confirm)(Email|Account))([A-Z]\w*)?$")]
    private static partial Regex AuthenticationStep();

    [GeneratedRegex(@"(?i)^(health|healthz|healthcheck|health-check|ping|ready|readyz|readiness|live|livez|liveness|alive)$")]
    private static partial Regex HealthSegment();

    [GeneratedRegex(@"^v?\d+(\.\d+)*$")]
    private static partial Regex VersionSegment();

    private static bool Protected(Protection protection, GuardFacts guards) =>
        protection.PublicMarker is not null || protection.Unknown || protection.Guards.Any(guards.IsAuthenticating);

    private static bool RouteDecorator(AppliedDecorator decorator, Route route) => route.Kind switch
    {
        EntryKind.Http => string.Equals(decorator.Name, route.Method, StringComparison.OrdinalIgnoreCase),
        _ => decorator.Name == route.Method,
    };

    // Enhancer names are written as the model reads them: `AuthGuard(jwt)`, `new JwtGuard()`.
    private static string BareGuard(string name)
    {
        var bare = name.StartsWith("new ", StringComparison.Ordinal) ? name[4..] : name;
        var parenthesis = bare.IndexOf('(', StringComparison.Ordinal);
        return parenthesis > 0 ? bare[..parenthesis] : bare;
    }

    private static void Report(ProjectRuleContext context, string path, AppliedDecorator decorator, Route route, ClassSymbol symbol, GuardFacts guards)
    {
        var isMutation = route.Kind == EntryKind.GraphQlMutation || (route.Kind == EntryKind.Http && Mutations.Contains(route.Method));
        var what = route.Kind == EntryKind.Http ? $"{route.Method} {route.Path}" : $"GraphQL {(isMutation ? "mutation" : "query")} '{route.Path}'";
        var throttlers = guards.GlobalGuardNames.Where(name => !guards.IsAuthenticating(name)).Distinct(StringComparer.Ordinal).ToList();
        var message = $"{what} ({symbol.Name}.{route.Handler}) has no authenticating guard and no public marker: anyone can call it.";
        var note = throttlers.Count > 0
            ? $"The global {string.Join(", ", throttlers)} limits how often a client calls, but authenticates nobody."
            : "Nothing fails when a controller is added without a guard; the route is simply open.";
        var details = new Finding
        {
            Help = "Add @UseGuards(...) with an authenticating guard to the handler or the controller (or register one as APP_GUARD), or mark the route @Public() if it is open on purpose.",
            Note = note,
            Labels = [new DiagnosticLabel(context.Project.RelativePath(symbol.Path), symbol.NameSpan, $"{symbol.Name} has no @UseGuards")],
        };
        if (isMutation)
        {
            context.Report(path, decorator.Span, message, details);
        }
        else if (context.Config.SeverityFor(Rule, path) is { } configured)
        {
            // A read is reported at most as a warning: it leaks data but changes none.
            context.ReportWithSeverity(path, decorator.Span, message, configured > DiagnosticSeverity.Warning ? DiagnosticSeverity.Warning : configured, details);
        }
    }
}
