using Nestor.Rules.Engine;
using Nestor.Syntax;
using Nestor.Text;

namespace Nestor.Rules.Async;

/// <summary>A promise-returning call used as a statement, with nothing awaiting, returning, voiding or catching it.</summary>
public sealed class NoFloatingPromise : ProjectRule
{
    public static readonly RuleDescriptor Rule = new(
        "NST4002", "no-floating-promise", "Await, return or handle every promise", "Quality", DiagnosticSeverity.Error,
        "All async operations have proper error handling",
        """
        ## What it does

        Reports an expression statement whose value is a promise that nothing handles: not
        `await`ed, not `return`ed, not marked with `void`, not followed by `.catch(handler)` or a
        two-argument `.then(onFulfilled, onRejected)`. A `.finally(...)` does not handle a rejection:
        `p.finally(f)` is still reported, `p.catch(h).finally(f)` is not.

        A call is known to return a promise when it calls an `async` function or method, or one
        declared to return `Promise`/`PromiseLike`: in the same file; a function imported from
        another file (followed through re-exports and path aliases); a method of the class, or of
        its base classes, that a field reached through `this.field` is declared with (a constructor
        parameter property or a typed property, such as an injected service). The class is the one
        the field's type names after its imports are followed, so two classes of the same name in
        different files are told apart, and a type the project does not declare (a package's class,
        an interface) is never taken for one it does. Over loose files, without the project's
        imports, a class is found by its name when the project declares it once. Also known: a Mongoose
        model method on a constructor parameter decorated `@InjectModel` and the query methods
        chained on it; `fetch`; `fs.promises` and what is imported from `fs/promises`; an async
        function called in place. Calls whose type cannot be known from the source (test helpers
        such as `it` and `describe`, library functions) are never reported, nor is a promise kept
        in a variable, nor a call to a method whose whole body is one `try`/`catch` that does not
        rethrow (it cannot reject).

        ## Why is this bad

        A rejected promise that nobody handles is an unhandled rejection: Node prints it and, by
        default, stops the process. The work also races the response: the request answers before
        the write happened, and a Mongoose query that is never awaited never runs at all.

        ## Examples

        Incorrect:

        ```ts
        async function sendReceipt(orderId: string): Promise<void> {}

        export function checkout(orderId: string): void {
          sendReceipt(orderId);
        }
        ```

        Correct:

        ```ts
        async function sendReceipt(orderId: string): Promise<void> {}

        export async function checkout(orderId: string): Promise<void> {
          await sendReceipt(orderId);
          void sendReceipt(orderId).catch(() => undefined);
        }
        ```

        In `main.ts`, write `void bootstrap();` or `bootstrap().catch(...)`: a bare `bootstrap();`
        is reported, as typescript-eslint does, because a failed start is then an unhandled rejection.

        ## Options

        None.

        ## When not to use

        When a call returns a thenable that is not a promise and never rejects; suppress that line
        with a reason.
        """)
    {
        Recognisers = [@"\bfloating promises?\b", @"\bawait(ed)? (every|all) promises?\b", @"\bunhandled (promise )?rejections?\b", @"\bpromises? (must|should) be (awaited|handled)\b"],
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void CheckProject(ProjectRuleContext context)
    {
        var promises = context.Project.Shared(ProjectPromiseFacts.Build);
        foreach (var file in context.Project.Files)
        {
            var facts = promises.For(file);
            foreach (var statement in file.Tree.DescendantNodes().OfType<ExpressionStatement>())
            {
                var expression = statement.Expression;
                if (expression is CallExpression call && facts.IsPromise(call) && !PromiseFacts.IsHandled(call))
                {
                    Report(context, file, call);
                }
            }
        }
    }

    private static void Report(ProjectRuleContext context, ReviewFile file, CallExpression call)
    {
        var name = PromiseFacts.CalleeName(call);
        var isBootstrap = name == "bootstrap" && file.Path.EndsWith("main.ts", StringComparison.Ordinal);
        context.Report(file.Path, call.Span, $"The promise of '{name}(...)' is not awaited, returned, voided or caught.", new Finding
        {
            Help = isBootstrap
                ? "Write 'void bootstrap();' or 'bootstrap().catch(...)' and log the error before exiting."
                : "Await it or return it; for deliberate background work write 'void promise.catch(handler)'.",
            Note = "A rejection nobody handles stops the Node process, and the unawaited work races the response.",
        });
    }
}
