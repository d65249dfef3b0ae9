using Nestor.Rules.Engine;
using Nestor.Syntax;
using Nestor.Text;

namespace Nestor.Rules.Async;

/// <summary>A promise detached with <c>void</c> and no <c>.catch</c> inside a scheduled, event or timer handler.</summary>
public sealed class AsyncBackgroundWithoutCatch : ProjectRule
{
    public static readonly RuleDescriptor Rule = new(
        "NST4004", "async-background-without-catch", "Catch the errors of background work", "Quality", DiagnosticSeverity.Error,
        "All async operations have proper error handling",
        """
        ## What it does

        Inside a background handler (a method decorated `@Cron`, `@Interval`, `@Timeout`,
        `@OnEvent`, `@EventPattern` or `@MessagePattern`, or a callback passed to `setInterval`,
        `setTimeout` or `setImmediate`), reports `void promise` when nothing handles the promise's
        rejection: no `.catch(handler)` and no two-argument `.then`. The promise is known as in
        `no-floating-promise` (async methods of the class or of an injected service, Mongoose
        models, `fetch`, ...).

        An `await` in such a handler is not reported: the promise the handler returns is awaited
        and its error logged by `@nestjs/schedule` and `@nestjs/event-emitter` (with their default
        `suppressErrors`), and by the microservice transport for the pattern handlers; an async
        timer callback is reported by `no-misused-promise`.

        ## Why is this bad

        No request is running: no exception filter, no error response. `void` detaches the
        promise from the handler, so nothing awaits it and a rejection (a mail transport outage,
        a lost database connection) is an unhandled rejection that stops the process.

        ## Examples

        Incorrect:

        ```ts
        class OrderCreatedListener {
          constructor(private readonly mail: MailService) {}

          @OnEvent('order.created')
          handle(event: OrderCreatedEvent): void {
            void this.notify(event);
          }

          private async notify(event: OrderCreatedEvent): Promise<void> {}
        }
        ```

        Correct:

        ```ts
        class OrderCreatedListener {
          private readonly logger = new Logger(OrderCreatedListener.name);

          @OnEvent('order.created')
          handle(event: OrderCreatedEvent): void {
            void this.notify(event).catch((error: unknown) => this.logger.error(error));
          }

          private async notify(event: OrderCreatedEvent): Promise<void> {}
        }
        ```

        ## Options

        None.

        ## When not to use

        When the called function handles all its errors itself and cannot reject; suppress that
        line with a reason that says so.
        """)
    {
        Recognisers = [@"\bbackground (jobs?|tasks?|work)\b.*\b(errors?|catch)\b", @"\b(cron|scheduled) (jobs?|tasks?)\b.*\berrors?\b"],
    };

    private static readonly HashSet<string> HandlerDecorators = new(StringComparer.Ordinal) { "Cron", "Interval", "Timeout", "OnEvent", "EventPattern", "MessagePattern" };

    private static readonly HashSet<string> Timers = new(StringComparer.Ordinal) { "setInterval", "setTimeout", "setImmediate" };

    public override RuleDescriptor Descriptor => Rule;

    public override void CheckProject(ProjectRuleContext context)
    {
        var promises = context.Project.Shared(ProjectPromiseFacts.Build);
        foreach (var file in context.Project.Files)
        {
            var facts = promises.For(file);
            foreach (var detached in file.Tree.DescendantNodes().OfType<VoidExpression>())
            {
                if (facts.IsPromise(detached.Expression) && !PromiseFacts.IsHandled(detached.Expression) && BackgroundHandler(file.Tree, detached) is { } handler)
                {
                    var name = detached.Expression is CallExpression call ? PromiseFacts.CalleeName(call) : "promise";
                    context.Report(file.Path, detached.Span, $"'void {name}(...)' in {handler} leaves its rejection unhandled.", new Finding
                    {
                        Help = "Catch the rejection: 'void promise.catch((error: unknown) => this.logger.error(error))', or await it inside try/catch.",
                        Note = "Background work has no request and no exception filter: an unhandled rejection stops the process.",
                    });
                }
            }
        }
    }

    /// <summary>How the enclosing background handler is named in the message; null outside any.</summary>
    private static string? BackgroundHandler(SyntaxTree tree, Node node)
    {
        for (Node? child = node, current = tree.GetParent(node); current is not null; child = current, current = tree.GetParent(current))
        {
            switch (current)
            {
                case CallExpression { Expression: Identifier { Text: var timer } } call when Timers.Contains(timer) && call.Arguments.Count > 0 && ReferenceEquals(call.Arguments[0], child):
                    return $"a '{timer}' callback";
                case MethodDeclaration method:
                    var decorator = method.ModifierList.Decorators.Select(SyntaxFacts.DecoratorName).FirstOrDefault(name => name is not null && HandlerDecorators.Contains(name));
                    return decorator is null ? null : $"the @{decorator} handler '{SyntaxFacts.PropertyName(method.Name)}'";
                case FunctionDeclaration or ClassDeclaration or Constructor:
                    return null;
            }
        }

        return null;
    }
}
