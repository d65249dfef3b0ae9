using Nestor.Rules.Engine;
using Nestor.Syntax;
using Nestor.Text;

namespace Nestor.Rules.Lifecycle;

/// <summary><c>setInterval</c> in a Nest class whose handle no shutdown hook clears.</summary>
public sealed class TimerWithoutCleanup : FileRule
{
    public static readonly RuleDescriptor Rule = new(
        "NST4007", "timer-without-cleanup", "Clear intervals when the application shuts down", "Quality", DiagnosticSeverity.Warning,
        "Resources are released when the application shuts down",
        """
        ## What it does

        In a class decorated `@Injectable()`, `@Controller()` or `@WebSocketGateway()`, reports a
        `setInterval(...)` whose handle is dropped, or kept in a field (`this.timer = setInterval(...)`)
        that no `onModuleDestroy`, `beforeApplicationShutdown` or `onApplicationShutdown` hook
        clears with `clearInterval(this.timer)` (directly or through a method of the class the hook
        calls). A handle kept in a local variable or passed elsewhere (for example to
        `SchedulerRegistry.addInterval`) is not followed and not reported.

        ## Why is this bad

        The interval keeps the event loop alive after `app.close()`: end-to-end tests hang on an
        open handle, and every test application leaks a timer and everything its callback holds.

        ## Examples

        Incorrect:

        ```ts
        @Injectable()
        export class CacheService implements OnModuleInit {
          private sweeper?: NodeJS.Timeout;

          onModuleInit(): void {
            this.sweeper = setInterval(() => this.sweep(), 60_000);
          }

          private sweep(): void {}
        }
        ```

        Correct:

        ```ts
        @Injectable()
        export class CacheService implements OnModuleInit, OnModuleDestroy {
          private sweeper?: NodeJS.Timeout;

          onModuleInit(): void {
            this.sweeper = setInterval(() => this.sweep(), 60_000);
          }

          onModuleDestroy(): void {
            clearInterval(this.sweeper);
          }

          private sweep(): void {}
        }
        ```

        ## Options

        None.

        ## When not to use

        For a class that lives in a process that never closes its application and has no
        end-to-end tests; prefer `@Interval` from `@nestjs/schedule`, which cleans up itself.
        """)
    {
        Recognisers = [@"\bclear (the )?(intervals?|timers?)\b", @"\b(timers?|intervals?)\b.*\b(cleanup|cleaned up|cleared|shutdown)\b"],
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void CheckFile(FileRuleContext context)
    {
        // Only a call of `setInterval` by name is checked: a file that never spells it has nothing to report.
        if (!LifecycleClass.MayCall(context.Text.Content, "setInterval"))
        {
            return;
        }

        foreach (var owner in LifecycleClass.In(context.Tree))
        {
            foreach (var call in owner.CallsOutsideHooks().Where(c => c.Expression is Identifier { Text: "setInterval" }))
            {
                var (kind, field) = LifecycleClass.HandleOf(context.Tree, call);
                if (kind == HandleKind.Dropped)
                {
                    Report(context, call, "The handle of this setInterval is dropped, so no shutdown hook can clear it.");
                }
                else if (kind == HandleKind.Field && !owner.CleanupPasses("clearInterval", field!) && !owner.CleanupPasses("clearTimeout", field!))
                {
                    Report(context, call, $"The interval in 'this.{field}' is never cleared in onModuleDestroy, beforeApplicationShutdown or onApplicationShutdown.");
                }
            }
        }
    }

    private static void Report(FileRuleContext context, CallExpression call, string message) =>
        context.Report(call.Span, message, new Finding
        {
            Help = "Keep the handle in a field and call clearInterval(this.field) in onModuleDestroy(), or use @Interval from @nestjs/schedule.",
            Note = "A live interval keeps the process running after app.close(): e2e tests hang and each test application leaks a timer.",
        });
}
