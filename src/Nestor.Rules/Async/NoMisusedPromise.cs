using Nestor.Rules.Engine;
using Nestor.Syntax;
using Nestor.Text;

namespace Nestor.Rules.Async;

/// <summary>An async callback handed to an API that ignores the promise it returns.</summary>
public sealed class NoMisusedPromise : FileRule
{
    public static readonly RuleDescriptor Rule = new(
        "NST4003", "no-misused-promise", "Do not pass async callbacks where the promise is ignored", "Quality", DiagnosticSeverity.Error,
        "All async operations have proper error handling",
        """
        ## What it does

        Reports an async function (an `async` arrow or function expression, or `this.method` /
        `this.method.bind(this)` naming an async method of the same class) passed to:

        - `array.forEach(...)`, which neither waits for the promises nor handles their rejections;
        - `array.filter`, `some`, `every`, `find`, `findIndex`, for which a promise is always truthy;
        - `setInterval`, `setTimeout`, `setImmediate`, and `process.on`/`once`/`addListener`
          (and the same on a field typed `EventEmitter`), which ignore the returned promise.

        For timers and listeners, a callback whose whole body is one `try { ... } catch { ... }`
        that does not rethrow is not reported: it cannot reject. Express-style route handlers and `EventEmitter2`
        listeners are not checked (EventEmitter2 can await async listeners with `emitAsync`).

        ## Why is this bad

        `forEach(async ...)` returns at once: the caller (a cron job, a request) goes on while the
        work still runs, and a failure is an unhandled rejection that stops the process. An async
        predicate keeps every element. A timer or listener that rejects crashes the process too.

        ## Examples

        Incorrect:

        ```ts
        export async function expire(orders: Order[]): Promise<void> {
          orders.forEach(async (order) => {
            await order.save();
          });
        }
        ```

        Correct:

        ```ts
        export async function expire(orders: Order[]): Promise<void> {
          for (const order of orders) {
            await order.save();
          }
          await Promise.all(orders.map(async (order) => order.save()));
        }
        ```

        ## Options

        None.

        ## When not to use

        When the API is known to await the callback (a library's own `forEach` that returns a
        promise); suppress that line with a reason.
        """)
    {
        Recognisers = [@"\bmisused promises?\b", @"\basync (callbacks?|functions?) (in|inside|with) foreach\b", @"\bforeach\b.*\basync\b"],
    };

    private static readonly HashSet<string> PredicateMethods = new(StringComparer.Ordinal) { "filter", "some", "every", "find", "findIndex" };

    private static readonly HashSet<string> Timers = new(StringComparer.Ordinal) { "setInterval", "setTimeout", "setImmediate" };

    private static readonly HashSet<string> ListenerMethods = new(StringComparer.Ordinal) { "on", "once", "addListener", "prependListener", "prependOnceListener" };

    public override RuleDescriptor Descriptor => Rule;

    public override void CheckFile(FileRuleContext context)
    {
        var facts = new PromiseFacts(context.Tree, PromiseIndex.Build([context.Tree]));
        foreach (var call in context.Tree.DescendantNodes().OfType<CallExpression>())
        {
            Check(context, facts, call);
        }
    }

    private static void Check(FileRuleContext context, PromiseFacts facts, CallExpression call)
    {
        switch (call.Expression)
        {
            case PropertyAccessExpression { Name: Identifier { Text: "forEach" } } when call.Arguments.Count > 0:
                CheckCallback(context, facts, call.Arguments[0], "'forEach' does not wait for the promise of an async callback, nor handle its rejection.", allowWrapped: false);
                break;
            case PropertyAccessExpression { Name: Identifier { Text: var name } } when PredicateMethods.Contains(name) && call.Arguments.Count > 0:
                CheckCallback(context, facts, call.Arguments[0], $"'{name}' treats the promise of an async callback as always true.", allowWrapped: false);
                break;
            case Identifier { Text: var name } when Timers.Contains(name) && call.Arguments.Count > 0:
                CheckCallback(context, facts, call.Arguments[0], $"'{name}' ignores the promise of an async callback: a rejection is unhandled.", allowWrapped: true);
                break;
            case PropertyAccessExpression { Name: Identifier { Text: var name } } access when ListenerMethods.Contains(name) && call.Arguments.Count > 1 && IsNodeEmitter(facts, access.Expression):
                CheckCallback(context, facts, call.Arguments[1], $"'{name}' ignores the promise of an async listener: a rejection is unhandled.", allowWrapped: true);
                break;
        }
    }

    private static bool IsNodeEmitter(PromiseFacts facts, Expression receiver) => receiver switch
    {
        Identifier { Text: "process" } => true,
        PropertyAccessExpression { Expression: KeywordExpression { Kind: SyntaxKind.ThisKeyword }, Name: Identifier field } =>
            facts.ClassOf(receiver)?.FieldTypes.GetValueOrDefault(field.Text) == "EventEmitter",
        _ => false,
    };

    private static void CheckCallback(FileRuleContext context, PromiseFacts facts, Expression argument, string message, bool allowWrapped)
    {
        var (span, body) = AsyncCallback(context, facts, argument);
        if (span is not { } reported || (allowWrapped && PromiseFacts.CannotReject(body)))
        {
            return;
        }

        context.Report(reported, message, new Finding
        {
            Help = "Use 'for (const item of items) { await ... }' or 'await Promise.all(items.map(async ...))'; for timers and listeners, catch inside the callback.",
            Note = "The caller goes on before the work is done, and a rejection nobody handles stops the Node process.",
        });
    }

    /// <summary>The span to report and the body, when <paramref name="argument"/> is an async function.</summary>
    private static (TextSpan? Span, Node? Body) AsyncCallback(FileRuleContext context, PromiseFacts facts, Expression argument)
    {
        switch (argument)
        {
            case ArrowFunction arrow when PromiseFacts.IsAsyncFunction(arrow):
                return (TextSpan.FromBounds(arrow.Span.Start, arrow.EqualsGreaterThanToken.Span.End), arrow.Body);
            case FunctionExpression function when PromiseFacts.IsAsyncFunction(function):
                return (TextSpan.FromBounds(function.Span.Start, TrimEnd(context.Text.Content, function.Body.Span.Start)), function.Body);
            case PropertyAccessExpression { Expression: KeywordExpression { Kind: SyntaxKind.ThisKeyword }, Name: Identifier name } when AsyncMethod(facts, argument, name.Text) is { } method:
                return (argument.Span, method.Body);
            case CallExpression { Expression: PropertyAccessExpression { Name: Identifier { Text: "bind" }, Expression: PropertyAccessExpression { Expression: KeywordExpression { Kind: SyntaxKind.ThisKeyword }, Name: Identifier name } } }
                when AsyncMethod(facts, argument, name.Text) is { } method:
                return (argument.Span, method.Body);
            default:
                return (null, null);
        }
    }

    private static MethodDeclaration? AsyncMethod(PromiseFacts facts, Node node, string name) =>
        facts.EnclosingClass(node)?.Members.OfType<MethodDeclaration>().FirstOrDefault(m => SyntaxFacts.PropertyName(m.Name) == name && PromiseFacts.ReturnsPromise(m.ModifierList, m.Type));

    private static int TrimEnd(string text, int end)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }
}
