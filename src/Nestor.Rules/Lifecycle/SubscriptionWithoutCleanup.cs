using Nestor.Rules.Engine;
using Nestor.Syntax;
using Nestor.Text;

namespace Nestor.Rules.Lifecycle;

/// <summary>A subscription to a never-ending observable that no shutdown hook unsubscribes.</summary>
public sealed class SubscriptionWithoutCleanup : FileRule
{
    public static readonly RuleDescriptor Rule = new(
        "NST4009", "subscription-without-cleanup", "Unsubscribe from endless observables at shutdown", "Quality", DiagnosticSeverity.Warning,
        "Resources are released when the application shuts down",
        """
        ## What it does

        In a class decorated `@Injectable()`, `@Controller()` or `@WebSocketGateway()`, reports
        `.subscribe(...)` on an observable that never completes by itself (`interval(...)`,
        `timer(delay, period)`, `fromEvent(...)`, through any `.pipe(...)`) when the subscription
        is dropped, or kept in a field that no `onModuleDestroy`, `beforeApplicationShutdown` or
        `onApplicationShutdown` hook unsubscribes. Pipes with `take`, `first`, `takeUntil`,
        `takeWhile` or `takeUntilDestroyed` end by themselves and are not reported; nor is a
        subscription that is returned, passed on (`this.subscriptions.add(...)`) or kept in a local
        variable, nor one on an observable whose end cannot be known (an HTTP call completes).

        ## Why is this bad

        The subscription keeps the timer or event source running after `app.close()`: the work
        goes on against closed connections, the process does not exit, and end-to-end tests hang.

        ## Examples

        Incorrect:

        ```ts
        @Injectable()
        export class PingService implements OnModuleInit {
          onModuleInit(): void {
            interval(30_000).subscribe(() => this.ping());
          }

          private ping(): void {}
        }
        ```

        Correct:

        ```ts
        @Injectable()
        export class PingService implements OnModuleInit, OnModuleDestroy {
          private pings?: Subscription;

          onModuleInit(): void {
            this.pings = interval(30_000).subscribe(() => this.ping());
          }

          onModuleDestroy(): void {
            this.pings?.unsubscribe();
          }

          private ping(): void {}
        }
        ```

        ## Options

        None.

        ## When not to use

        For an observable this rule cannot see the end of (a source wrapped in a helper); it is
        then not reported anyway.
        """)
    {
        Recognisers = [@"\bunsubscribe\b", @"\bsubscriptions?\b.*\b(cleanup|cleaned up|shutdown|leak)\b"],
    };

    private static readonly HashSet<string> EndlessSources = new(StringComparer.Ordinal) { "interval", "fromEvent" };

    private static readonly HashSet<string> Terminators = new(StringComparer.Ordinal) { "take", "first", "takeUntil", "takeWhile", "takeUntilDestroyed" };

    private static readonly HashSet<string> Unsubscribe = new(StringComparer.Ordinal) { "unsubscribe" };

    public override RuleDescriptor Descriptor => Rule;

    public override void CheckFile(FileRuleContext context)
    {
        // Only `.subscribe(...)` is checked: a file that never spells it has nothing to report.
        if (!LifecycleClass.MayCall(context.Text.Content, "subscribe"))
        {
            return;
        }

        foreach (var owner in LifecycleClass.In(context.Tree))
        {
            foreach (var call in owner.CallsOutsideHooks())
            {
                if (call.Expression is not PropertyAccessExpression { Name: Identifier { Text: "subscribe" } } access || !IsEndless(access.Expression))
                {
                    continue;
                }

                var (kind, field) = LifecycleClass.HandleOf(context.Tree, call);
                if (kind == HandleKind.Dropped)
                {
                    Report(context, call, "The subscription to this endless observable is dropped, so no shutdown hook can unsubscribe it.");
                }
                else if (kind == HandleKind.Field && !owner.CleanupCallsOn($"this.{field}", Unsubscribe))
                {
                    Report(context, call, $"The subscription in 'this.{field}' is never unsubscribed in onModuleDestroy, beforeApplicationShutdown or onApplicationShutdown.");
                }
            }
        }
    }

    /// <summary>An <c>interval</c>, periodic <c>timer</c> or <c>fromEvent</c>, through pipes with no terminating operator.</summary>
    private static bool IsEndless(Expression observable) => observable switch
    {
        ParenthesizedExpression parenthesized => IsEndless(parenthesized.Expression),
        CallExpression { Expression: Identifier { Text: "timer" } } timer => timer.Arguments.Count == 2,
        CallExpression { Expression: Identifier { Text: var source } } => EndlessSources.Contains(source),
        CallExpression { Expression: PropertyAccessExpression { Name: Identifier { Text: "pipe" } } pipe } call =>
            !call.Arguments.Any(operatorCall => operatorCall is CallExpression { Expression: Identifier { Text: var op } } && Terminators.Contains(op)) && IsEndless(pipe.Expression),
        _ => false,
    };

    private static void Report(FileRuleContext context, CallExpression call, string message) =>
        context.Report(call.Span, message, new Finding
        {
            Help = "Keep the Subscription in a field and call this.field.unsubscribe() in onModuleDestroy(), or end the stream with takeUntil(...).",
            Note = "A live subscription keeps its timer or event source running after app.close(): the process does not exit and e2e tests hang.",
        });
}
