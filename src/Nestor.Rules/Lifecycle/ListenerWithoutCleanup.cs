using Nestor.Rules.Engine;
using Nestor.Syntax;
using Nestor.Text;

namespace Nestor.Rules.Lifecycle;

/// <summary>A listener on <c>process</c> or an injected emitter that no shutdown hook removes.</summary>
public sealed class ListenerWithoutCleanup : FileRule
{
    public static readonly RuleDescriptor Rule = new(
        "NST4008", "listener-without-cleanup", "Remove listeners on long-lived emitters at shutdown", "Quality", DiagnosticSeverity.Warning,
        "Resources are released when the application shuts down",
        """
        ## What it does

        In a class decorated `@Injectable()`, `@Controller()` or `@WebSocketGateway()`, reports
        `.on(...)`, `.addListener(...)` or `.prependListener(...)` on an emitter that outlives the
        class: `process`, or a constructor parameter typed `EventEmitter` or `EventEmitter2` (an
        injected, shared emitter), when no `onModuleDestroy`, `beforeApplicationShutdown` or
        `onApplicationShutdown` hook calls `.off`, `.removeListener` or `.removeAllListeners` on the
        same emitter for the same event. Emitters the class creates itself are not reported: their
        listeners go away with them.

        ## Why is this bad

        The emitter keeps the listener, and the listener keeps the service: every application
        instance (one per end-to-end test) adds another, and Node warns
        `MaxListenersExceededWarning` after ten. A `SIGTERM` listener on `process` also replaces
        Node's default exit, so the process no longer stops on `SIGTERM`.

        ## Examples

        Incorrect:

        ```ts
        @Injectable()
        export class HealthService {
          private draining = false;

          constructor() {
            process.on('SIGTERM', () => {
              this.draining = true;
            });
          }
        }
        ```

        Correct:

        ```ts
        @Injectable()
        export class HealthService implements OnApplicationShutdown {
          private draining = false;

          onApplicationShutdown(): void {
            this.draining = true;
          }
        }
        ```

        ## Options

        None.

        ## When not to use

        In a `main.ts`-level script that owns the process (this rule only looks inside Nest classes).
        """)
    {
        Recognisers = [@"\b(remove|clean ?up) (event )?listeners?\b", @"\blisteners?\b.*\b(cleanup|cleaned up|removed|shutdown)\b"],
    };

    private static readonly HashSet<string> AddMethods = new(StringComparer.Ordinal) { "on", "addListener", "prependListener" };

    private static readonly HashSet<string> RemoveMethods = new(StringComparer.Ordinal) { "off", "removeListener", "removeAllListeners" };

    public override RuleDescriptor Descriptor => Rule;

    public override void CheckFile(FileRuleContext context)
    {
        foreach (var owner in LifecycleClass.In(context.Tree))
        {
            var injectedEmitters = InjectedEmitters(owner.Declaration);
            foreach (var call in owner.CallsOutsideHooks())
            {
                if (call.Expression is not PropertyAccessExpression { Name: Identifier method } access || !AddMethods.Contains(method.Text) || call.Arguments.Count < 2)
                {
                    continue;
                }

                var receiver = SyntaxFacts.DottedName(access.Expression);
                var longLived = receiver == "process" || (LifecycleClass.ThisField(access.Expression) is { } field && injectedEmitters.Contains(field));
                var eventName = SyntaxFacts.StringValue(call.Arguments[0]);
                if (!longLived || owner.CleanupCallsOn(receiver!, RemoveMethods, removal => Removes(removal, eventName)))
                {
                    continue;
                }

                var listener = eventName is null ? "This listener" : $"The '{eventName}' listener";
                context.Report(call.Span, $"{listener} added with {receiver}.{method.Text} is never removed in onModuleDestroy, beforeApplicationShutdown or onApplicationShutdown.", new Finding
                {
                    Help = receiver == "process"
                        ? "For signals, implement OnApplicationShutdown and call app.enableShutdownHooks(); otherwise remove the listener with process.off in onModuleDestroy()."
                        : "Keep the listener in a field and remove it with .off(event, listener) in onModuleDestroy(), or use @OnEvent.",
                    Note = "The emitter outlives the service: each application instance adds a listener that keeps its service alive.",
                });
            }
        }
    }

    /// <summary>A removal on the same emitter counts when it names the same event, or all events, or the events cannot be compared.</summary>
    private static bool Removes(CallExpression removal, string? eventName) =>
        removal.Arguments.Count == 0 || eventName is null || SyntaxFacts.StringValue(removal.Arguments[0]) is not { } removed || removed == eventName;

    private static HashSet<string> InjectedEmitters(ClassDeclaration declaration) =>
        declaration.Members.OfType<Constructor>()
            .SelectMany(constructor => constructor.Parameters)
            .Where(parameter => parameter.ModifierList.Modifiers.Count > 0 && parameter.Type is TypeReference { TypeName: Identifier { Text: "EventEmitter" or "EventEmitter2" } })
            .Select(parameter => parameter.Name)
            .OfType<Identifier>()
            .Select(name => name.Text)
            .ToHashSet(StringComparer.Ordinal);
}
