using Nestor.Rules.Engine;
using Nestor.Semantics;
using Nestor.Syntax;
using Nestor.Text;

namespace Nestor.Rules.Mongo;

/// <summary>A database query run once per item of a loop: N items, N round trips.</summary>
public sealed class NPlusOneQuery : ProjectRule
{
    public static readonly RuleDescriptor Rule = new(
        "NST5001", "n-plus-one-query", "A query on every iteration of a loop", "Mongo", DiagnosticSeverity.Warning,
        "Database queries use indexes and avoid N+1 problems",
        """
        ## What it does

        Reports a MongoDB query that runs once per item: a call on an injected Mongoose model
        (a constructor parameter or a class property with `@InjectModel`; `find`, `findOne`,
        `findById`, `countDocuments`, `aggregate`, `updateOne`, `create`...),
        or a call of a method that performs one — of the class itself (`this.load(id)`) or of an
        injected service or repository (`this.productsService.requireProduct(id)`), followed
        through the code to the query, also through abstract classes and tokens bound with
        `useClass` — inside the body of a `for`, `for...of`, `for await...of`, `for...in`, `while`
        or `do` loop, or inside a callback that an array method runs per item
        (`Promise.all(items.map(async (item) => ...))`, `forEach`, `reduce`...).

        Writes through a document count too: `doc.save()`, `doc.deleteOne()`, `doc.updateOne(...)`
        and `doc.remove()` on every iteration, when the code shows the value is a Mongoose document —
        an item of what a model's `find` returned (directly, after `.exec()` or `.populate()`, kept
        in a local, or returned by a method of the class or of an injected service), a
        `new this.model(...)` (also made per item by `map`), a `findOne`/`findById` result, or a value
        declared with a document type (`HydratedDocument<User>`, an alias such as `UserDocument`,
        `User & Document`, an interface extending `Document`). A `lean()` result, an aggregate's
        rows, plain objects and DTOs are not documents, and a loop over a cursor
        (`for await...of`, `eachAsync`) is not reported for them.

        One finding per loop, on its first such call; the other queries of the loop and the
        query a service call leads to are labelled.

        Not reported: a query that is already the batched form (`$in`, `insertMany`,
        `bulkWrite`); a loop over a fixed set (an array literal, a constant array and what
        `map` or `filter` make of it, an enum's values, a constant count); a call followed by
        `return` or `break` (it runs once: a retry loop); a `for`, `while` or `do` loop whose
        queries decide when it stops — pagination
        (`while (hasMore) { const page = await model.find().skip(...) }`), cursors, polling,
        retries until success, job queues, walks up a chain of parents — and `while (true)`
        workers; a loop that waits between items on purpose (`await sleep(ms)`); a query in a
        `catch` (it runs when something failed); a loop that caches results per key and queries
        only on a miss (`if (cache.has(key)) continue`); the query that feeds
        `for await (const doc of model.find().cursor())` (it runs once). Code that runs once —
        tests, scripts, migrations and seeders — is not reviewed.

        ## Why is this bad

        Each iteration waits for its own round trip to the database: a request with 50 items
        makes 50 round trips instead of one, holds a pooled connection all that time, and gets
        slower as the data grows. One query with `$in`, one `aggregate` with `$lookup`, or one
        `bulkWrite` does the same work in a single round trip.

        ## Examples

        Incorrect:

        ```ts
        @Injectable()
        export class OrdersService {
          constructor(@InjectModel(Product.name) private readonly products: Model<Product>) {}

          async prices(ids: string[]) {
            const prices = [];
            for (const id of ids) {
              const product = await this.products.findById(id);
              prices.push(product.price);
            }
            return prices;
          }
        }
        ```

        Correct:

        ```ts
        @Injectable()
        export class OrdersService {
          constructor(@InjectModel(Product.name) private readonly products: Model<Product>) {}

          async prices(ids: string[]) {
            const products = await this.products.find({ _id: { $in: ids } });
            const byId = new Map(products.map((product) => [product.id, product]));
            return ids.map((id) => byId.get(id)?.price);
          }
        }
        ```

        Incorrect:

        ```ts
        @Injectable()
        export class UsersService {
          constructor(@InjectModel(User.name) private readonly users: Model<User>) {}

          async archiveInactive() {
            const users = await this.users.find({ active: false });
            for (const user of users) {
              user.archived = true;
              await user.save();
            }
          }
        }
        ```

        Correct:

        ```ts
        @Injectable()
        export class UsersService {
          constructor(@InjectModel(User.name) private readonly users: Model<User>) {}

          async archiveInactive() {
            await this.users.updateMany({ active: false }, { $set: { archived: true } });
          }
        }
        ```

        Or, when each document gets its own change, one `bulkWrite` with an `updateOne`
        operation per document (`{ updateOne: { filter: { _id: user._id }, update: { $set: ... } } }`).

        ## Options

        None.

        ## When not to use

        When the loop is bounded by something small the code does not show (a handful of
        tenants, a configuration list); suppress the line with that reason.
        """)
    {
        Recognisers = [@"\bn\s?\+\s?1\b", @"\bquer(y|ies)\b.*\b(in|inside|within) (a |the )?loops?\b"],
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void CheckProject(ProjectRuleContext context)
    {
        if (context.Project.Nest is not { } nest || context.Project.Semantics is not { } semantics)
        {
            return;
        }

        var queries = new QueryCallFacts(semantics, nest);
        foreach (var file in context.Project.Files)
        {
            if (MongoSyntax.IsOneOff(file.Path) || !MayQuery(file.Text.Content) || context.Project.GetFileModel(file.Path) is not { } model)
            {
                continue;
            }

            foreach (var (loop, calls) in PerItemQueries(semantics, model, queries))
            {
                Report(context, file.Path, loop, calls);
            }
        }
    }

    // A query goes through `this.` (a model, a service, a helper) or through a document the code holds.
    private static bool MayQuery(string text) =>
        text.Contains("this.", StringComparison.Ordinal) || DocumentFacts.WriteMethods.Any(method => text.Contains($".{method}(", StringComparison.Ordinal));

    /// <summary>The loops of one file with the calls that query on each of their iterations, in document order.</summary>
    private static List<(Loop Loop, List<(CallExpression Call, QueryTrace Trace)> Calls)> PerItemQueries(SemanticModel semantics, FileModel file, QueryCallFacts queries)
    {
        var loops = new LoopFacts(semantics, file);
        var documents = new DocumentFacts(semantics, queries);
        var found = new List<(Loop Loop, List<(CallExpression Call, QueryTrace Trace)> Calls)>();
        var byLoop = new Dictionary<Node, List<(CallExpression, QueryTrace)>>();
        bool IsQuery(CallExpression call) => queries.Trace(file, call) is not null;
        foreach (var call in file.Tree.DescendantNodes().OfType<CallExpression>())
        {
            if (loops.PerItemLoop(call) is not { } loop
                || (queries.Trace(file, call) ?? (loops.WalksCursor(loop) ? null : documents.Write(file, call, loop))) is not { } trace)
            {
                continue;
            }

            if ((trace.Through.Count == 0 && queries.IsBatched(file, call))
                || (loop.IsConditional && (trace.Paginated || loops.IsDrivenByQueries(loop, IsQuery)))
                || LoopFacts.IsThrottled(loop)
                || loops.IsOnErrorPath(call, loop)
                || loops.IsMemoised(call, loop, IsQuery)
                || loops.ExitsAfter(call, loop))
            {
                continue;
            }

            if (!byLoop.TryGetValue(loop.Node, out var calls))
            {
                byLoop[loop.Node] = calls = [];
                found.Add((loop, calls));
            }

            calls.Add((call, trace));
        }

        return found;
    }

    private static void Report(ProjectRuleContext context, string path, Loop loop, List<(CallExpression Call, QueryTrace Trace)> calls)
    {
        var (call, trace) = calls[0];
        var through = trace.Through.Count == 0
            ? ""
            : $" (through {string.Join(" → ", trace.Through.Select(step => $"`{step}`"))} → `{trace.ModelCall}`)";
        var when = loop.Kind == LoopKind.Callback ? $"on every call of this {loop.Name}" : $"on every iteration of this {loop.Name}";
        var labels = new List<DiagnosticLabel> { new(path, loop.Header, $"this {loop.Name} runs once per item") };
        labels.AddRange(calls.Skip(1).Select(other => new DiagnosticLabel(path, other.Call.Span, "another query on every iteration")));
        labels.AddRange(calls.Where(c => c.Trace.Through.Count > 0).Select(c => c.Trace).DistinctBy(t => (t.Path, t.Span.Start))
            .Select(t => new DiagnosticLabel(context.Project.RelativePath(t.Path), t.Span, $"the query: `{t.ModelCall}`")));
        context.Report(path, call.Span, $"`{CallName(call)}(...)` runs a database query{through} {when}.", new Finding
        {
            Help = Help(calls.Select(c => c.Trace.Kind).ToHashSet()),
            Note = "Each iteration waits for its own round trip to the database: N items cost N round trips, and the request slows down as the data grows.",
            Labels = labels,
        });
    }

    private static string Help(HashSet<QueryKind> kinds)
    {
        var parts = new List<string>();
        if (kinds.Contains(QueryKind.Read))
        {
            parts.Add("Load what the loop needs before it with one query — `find({ _id: { $in: ids } })`, then look items up in a `Map` — or join it in with one `aggregate` and `$lookup`.");
        }

        if (kinds.Contains(QueryKind.Write))
        {
            parts.Add("Send the writes together: one `bulkWrite([...])` with an operation per item, or one `updateMany` with `$in` when every item gets the same change.");
        }

        if (kinds.Contains(QueryKind.DocumentWrite))
        {
            parts.Add("Write the documents together instead of one `save()` or `deleteOne()` each: one `bulkWrite([...])` with an `updateOne` (or `deleteOne`) operation per document, filtered on its `_id`, or one `updateMany` / `deleteMany` with `{ _id: { $in: ids } }` when every document gets the same change.");
        }

        if (kinds.Contains(QueryKind.RepeatedWrite))
        {
            parts.Add("The loop writes the same document on every iteration: change it in the loop and write it once after the loop.");
        }

        if (kinds.Contains(QueryKind.Insert))
        {
            parts.Add("Insert the documents together with one `insertMany([...])` (or `bulkWrite` with `insertOne` operations).");
        }

        return string.Join(" ", parts);
    }

    private static string CallName(CallExpression call) =>
        SyntaxFacts.DottedName(call.Expression) ?? (SyntaxFacts.LastName(call.Expression) is { } name ? "." + name : "call");
}
