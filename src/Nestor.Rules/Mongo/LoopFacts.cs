using System.Runtime.CompilerServices;
using Nestor.Rules.Engine;
using Nestor.Semantics;
using Nestor.Syntax;
using Nestor.Text;

namespace Nestor.Rules.Mongo;

internal enum LoopKind
{
    ForOf,
    ForAwaitOf,
    ForIn,
    For,
    While,
    DoWhile,
    Callback,
}

/// <summary>A loop, or a callback an array method calls once per item.</summary>
/// <param name="Header">What labels point at: <c>for (const line of dto.items)</c>, or <c>items.map</c>.</param>
internal sealed record Loop(Node Node, LoopKind Kind, Node Body, Expression? Condition, string Name, TextSpan Header)
{
    /// <summary>A <c>for</c>, <c>while</c> or <c>do</c> loop: a condition ends it, not the end of a collection.</summary>
    public bool IsConditional => Kind is LoopKind.For or LoopKind.While or LoopKind.DoWhile;
}

/// <summary>
/// The loops of one file as the N+1 rule sees them: which loop runs a call once per item, whether
/// a call ends the loop right after it, and whether a loop's own queries decide when it stops
/// (pagination, retries, polling, a queue of jobs).
/// </summary>
internal sealed class LoopFacts(SemanticModel semantics, FileModel file)
{
    private const int MaxFixedDepth = 8;

    private static readonly HashSet<string> IterationMethods = new(StringComparer.Ordinal)
    {
        "map", "flatMap", "forEach", "filter", "reduce", "reduceRight", "some", "every", "find", "findIndex", "findLast", "findLastIndex", "eachAsync",
    };

    private static readonly HashSet<string> CallbackRunners = new(StringComparer.Ordinal)
    {
        "then", "catch", "finally", "transaction", "withTransaction", "runInTransaction",
    };

    private static readonly HashSet<string> DerivedArrays = new(StringComparer.Ordinal)
    {
        "map", "filter", "flatMap", "flat", "slice", "concat", "entries", "keys", "values", "sort", "reverse", "toSorted", "toReversed",
    };

    private static readonly HashSet<string> Collectors = new(StringComparer.Ordinal)
    {
        "push", "unshift", "add", "set", "concat", "splice",
    };

    private readonly SyntaxTree _tree = file.Tree;
    private readonly Dictionary<Node, bool> _driven = [];
    private readonly Dictionary<Node, HashSet<string>> _caches = [];
    private readonly Dictionary<Node, bool> _fixed = [];

    /// <summary>True when an array method of this name calls its callback once per item (<c>map</c>, <c>forEach</c>...).</summary>
    public static bool IsIterationMethod(string method) => IterationMethods.Contains(method);

    /// <summary>
    /// The innermost loop that runs <paramref name="call"/> once per item, looking through loops over
    /// a fixed set (an array literal, an enum's values) or a constant count; null when a function
    /// boundary comes first, or the nearest loop has no end condition (a worker's <c>while (true)</c>).
    /// </summary>
    public Loop? PerItemLoop(CallExpression call)
    {
        Node child = call;
        for (var node = _tree.GetParent(call); node is not null; child = node, node = _tree.GetParent(node))
        {
            switch (node)
            {
                case ForOfStatement loop when child == loop.Statement:
                    if (!IsFixedSet(loop.Expression))
                    {
                        return new Loop(loop, loop.AwaitModifier is null ? LoopKind.ForOf : LoopKind.ForAwaitOf, loop.Statement, null, loop.AwaitModifier is null ? "`for...of` loop" : "`for await...of` loop", Header(loop, loop.Statement));
                    }

                    break;
                case ForInStatement loop when child == loop.Statement:
                    if (!IsFixedSet(loop.Expression))
                    {
                        return new Loop(loop, LoopKind.ForIn, loop.Statement, null, "`for...in` loop", Header(loop, loop.Statement));
                    }

                    break;
                case ForStatement loop when child == loop.Statement:
                    if (loop.Condition is null || IsAlwaysTrue(loop.Condition))
                    {
                        return null;
                    }

                    if (!IsConstantCount(loop.Condition))
                    {
                        return new Loop(loop, LoopKind.For, loop.Statement, loop.Condition, "`for` loop", Header(loop, loop.Statement));
                    }

                    break;
                case WhileStatement loop when child == loop.Statement:
                    if (IsAlwaysTrue(loop.Expression))
                    {
                        return null;
                    }

                    if (!IsConstantCount(loop.Expression))
                    {
                        return new Loop(loop, LoopKind.While, loop.Statement, loop.Expression, "`while` loop", Header(loop, loop.Statement));
                    }

                    break;
                case DoStatement loop when child == loop.Statement:
                    if (IsAlwaysTrue(loop.Expression))
                    {
                        return null;
                    }

                    if (!IsConstantCount(loop.Expression))
                    {
                        return new Loop(loop, LoopKind.DoWhile, loop.Statement, loop.Expression, "`do...while` loop", new TextSpan(loop.Span.Start, 2));
                    }

                    break;
                case ArrowFunction or FunctionExpression:
                    if (IterationCallback(node) is var (iteration, receiver))
                    {
                        if (!IsFixedSet(receiver))
                        {
                            var body = node is ArrowFunction arrow ? arrow.Body : ((FunctionExpression)node).Body;
                            var method = SyntaxFacts.LastName(iteration.Expression);
                            return new Loop(node, LoopKind.Callback, body, null, $"`.{method}()` callback", iteration.Expression.Span);
                        }
                    }
                    else if (!IsRunNow(node))
                    {
                        return null;
                    }

                    break;
                case FunctionDeclaration or MethodDeclaration or Constructor or GetAccessor or SetAccessor or ClassDeclaration or ClassExpression:
                    return null;
            }
        }

        return null;
    }

    /// <summary>True when the loop walks a cursor (<c>for await...of</c>, <c>cursor.eachAsync(...)</c>): a stream of documents read in batches, not a list in memory.</summary>
    public bool WalksCursor(Loop loop) =>
        loop.Kind == LoopKind.ForAwaitOf
        || (loop.Kind == LoopKind.Callback && _tree.GetParent(loop.Node) is CallExpression call && SyntaxFacts.LastName(call.Expression) == "eachAsync");

    /// <summary>
    /// True when, once <paramref name="call"/> has run, the iteration leaves the loop whatever
    /// happens: the call is returned, or a <c>return</c>, a <c>break</c> or the assignment of a flag
    /// the loop's condition reads follows it. Such a call runs at most once: a retry loop.
    /// </summary>
    public bool ExitsAfter(CallExpression call, Loop loop)
    {
        if (loop.Kind == LoopKind.Callback)
        {
            return false;
        }

        var flags = loop.Condition is null ? [] : Identifiers(loop.Condition);
        var path = new List<(Node Node, Node Child)>();
        Node child = call;
        for (var node = _tree.GetParent(call); node is not null && node != loop.Node; child = node, node = _tree.GetParent(node))
        {
            path.Add((node, child));
        }

        // Walked from the loop down: a `return` below a nested function returns from that function,
        // a `break` below a nested loop or switch leaves that one.
        var breakEndsLoop = true;
        var returnEndsLoop = true;
        var exits = false;
        for (var i = path.Count - 1; i >= 0 && !exits; i--)
        {
            var (node, below) = path[i];
            exits = node switch
            {
                ReturnStatement => returnEndsLoop,
                Block block => LaterExit(block.Statements, below, breakEndsLoop, returnEndsLoop, flags),
                CaseClause clause => LaterExit(clause.Statements, below, false, returnEndsLoop, flags),
                DefaultClause clause => LaterExit(clause.Statements, below, false, returnEndsLoop, flags),
                _ => false,
            };
            if (node is ForOfStatement or ForInStatement or ForStatement or WhileStatement or DoStatement or SwitchStatement)
            {
                breakEndsLoop = false;
            }
            else if (node is ArrowFunction or FunctionExpression)
            {
                breakEndsLoop = false;
                returnEndsLoop = false;
                flags = [];
            }
        }

        return exits;
    }

    /// <summary>
    /// True when a statement loop waits on purpose between items (<c>await sleep(ms)</c>,
    /// <c>await new Promise((r) =&gt; setTimeout(r, ms))</c>): a rate-limited job or a retry with
    /// back-off, sequential by design, where a round trip per item is not what costs.
    /// </summary>
    public static bool IsThrottled(Loop loop) =>
        loop.Kind != LoopKind.Callback
        && MongoSyntax.Descendants(loop.Body).OfType<AwaitExpression>().Any(wait => ExpressionWrappers.Strip(wait.Expression) switch
        {
            NewExpression { Expression: Identifier { Text: "Promise" } } promise => MongoSyntax.Descendants(promise).OfType<CallExpression>().Any(call => SyntaxFacts.LastName(call.Expression) == "setTimeout"),
            CallExpression call => SyntaxFacts.LastName(call.Expression) is "sleep" or "delay" or "setTimeout" or "wait" or "pause",
            _ => false,
        });

    /// <summary>
    /// True when the loop's own queries decide when it stops: its condition, or the condition
    /// guarding one of its <c>break</c>s or <c>return</c>s, reads a query's result (directly or
    /// through variables assigned from it). Pagination, cursors, polling, retries until success,
    /// job queues and walks up a tree are such loops: each query is one step, not one item.
    /// </summary>
    public bool IsDrivenByQueries(Loop loop, Func<CallExpression, bool> isQuery)
    {
        if (!_driven.TryGetValue(loop.Node, out var driven))
        {
            _driven[loop.Node] = driven = ComputeDriven(loop, isQuery);
        }

        return driven;
    }

    /// <summary>
    /// True when the loop keeps query results in a cache keyed per item (<c>cache[key] = found</c>,
    /// <c>cache.set(key, found)</c>) and <paramref name="call"/> runs only on a miss: under an
    /// <c>if</c>, a <c>??=</c> or after a <c>continue</c> that reads the cache. Such a loop queries
    /// once per distinct key (a handful of channels, types or tenants), not once per item.
    /// </summary>
    public bool IsMemoised(CallExpression call, Loop loop, Func<CallExpression, bool> isQuery)
    {
        if (!_caches.TryGetValue(loop.Node, out var caches))
        {
            _caches[loop.Node] = caches = Caches(loop.Body, isQuery);
        }

        if (caches.Count == 0)
        {
            return false;
        }

        bool ReadsCache(Node node) => MongoSyntax.Descendants(node).Any(n => IsTainted(n, caches));
        for (var node = _tree.GetParent(call); node is not null && node != loop.Node; node = _tree.GetParent(node))
        {
            if ((node is IfStatement conditional && ReadsCache(conditional.Expression))
                || (node is BinaryExpression { OperatorToken.Kind: SyntaxKind.QuestionQuestionEqualsToken or SyntaxKind.BarBarEqualsToken } fill && ReadsCache(fill.Left)))
            {
                return true;
            }
        }

        return Exits(loop.Body, continues: true).Any(skip => skip.Span.End <= call.Span.Start && Guard(skip, loop.Body) is { } guard && ReadsCache(guard));
    }

    /// <summary>True when <paramref name="call"/> runs only when something failed: inside a <c>catch</c> between it and the loop.</summary>
    public bool IsOnErrorPath(CallExpression call, Loop loop) => IsInCatch(_tree, call, loop.Node);

    /// <summary>True when a <c>catch</c> clause lies between <paramref name="node"/> and <paramref name="boundary"/>.</summary>
    public static bool IsInCatch(SyntaxTree tree, Node node, Node boundary)
    {
        for (var current = tree.GetParent(node); current is not null && current != boundary; current = tree.GetParent(current))
        {
            if (current is CatchClause)
            {
                return true;
            }
        }

        return false;
    }

    // Objects the loop stores query results in, by key: `cache[key] = value`, `cache.set(key, value)`.
    private static HashSet<string> Caches(Node body, Func<CallExpression, bool> isQuery)
    {
        var tainted = Tainted(body, isQuery);
        bool Mentions(Node node) => MongoSyntax.Descendants(node).Any(n => IsTainted(n, tainted) || (n is CallExpression call && isQuery(call)));
        var caches = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in MongoSyntax.Descendants(body))
        {
            var cache = node switch
            {
                BinaryExpression { OperatorToken.Kind: var kind, Left: ElementAccessExpression element } assignment when IsAssignment(kind) && Mentions(assignment.Right) => element.Expression,
                CallExpression { Expression: PropertyAccessExpression { Name: Identifier { Text: "set" }, Expression: var map }, Arguments.Count: 2 } store when Mentions(store.Arguments[1]) => map,
                _ => null,
            };
            if (cache is not null && SyntaxFacts.DottedName(cache) is { } name)
            {
                caches.Add(name);
            }
        }

        return caches;
    }

    private bool ComputeDriven(Loop loop, Func<CallExpression, bool> isQuery)
    {
        var tainted = Tainted(loop.Body, isQuery);
        bool Reads(Node node) => MongoSyntax.Descendants(node).Any(n => IsTainted(n, tainted) || (n is CallExpression call && isQuery(call)));
        if (loop.Condition is not null && Reads(loop.Condition))
        {
            return true;
        }

        foreach (var exit in Exits(loop.Body))
        {
            if (Guard(exit, loop.Body) is { } guard && Reads(guard))
            {
                return true;
            }
        }

        return false;
    }

    // Variables the loop body assigns from a query's result, directly or through other such variables.
    private static HashSet<string> Tainted(Node body, Func<CallExpression, bool> isQuery)
    {
        var tainted = new HashSet<string>(StringComparer.Ordinal);
        var nodes = MongoSyntax.Descendants(body).ToList();
        var queries = nodes.OfType<CallExpression>().Where(isQuery).ToHashSet();
        bool Mentions(Node node) => MongoSyntax.Descendants(node).Any(n => IsTainted(n, tainted) || (n is CallExpression call && queries.Contains(call)));
        for (var pass = 0; pass < 4; pass++)
        {
            var before = tainted.Count;
            foreach (var node in nodes)
            {
                switch (node)
                {
                    case VariableDeclaration { Initializer: { } initializer } declaration when Mentions(initializer):
                        tainted.UnionWith(BoundNames(declaration.Name));
                        break;
                    case BinaryExpression { OperatorToken.Kind: var kind } assignment when IsAssignment(kind) && Mentions(assignment.Right):
                        tainted.UnionWith(AssignedNames(assignment.Left));
                        break;
                    case CallExpression { Expression: PropertyAccessExpression { Name: Identifier method, Expression: Identifier target } } collect
                        when Collectors.Contains(method.Text) && collect.Arguments.Any(Mentions):
                        tainted.Add(target.Text);
                        break;
                }
            }

            if (tainted.Count == before)
            {
                break;
            }
        }

        return tainted;
    }

    // `break` and `return` (or `continue`) of this loop: not inside a nested function, and a `break` or `continue` not inside a nested loop.
    private IEnumerable<Statement> Exits(Node body, bool continues = false)
    {
        foreach (var node in MongoSyntax.Descendants(body))
        {
            if (continues ? node is not ContinueStatement { Label: null } : node is not (ReturnStatement or BreakStatement))
            {
                continue;
            }

            var ownsIt = true;
            for (var current = _tree.GetParent(node); current is not null && current != body && ownsIt; current = _tree.GetParent(current))
            {
                ownsIt = current switch
                {
                    ArrowFunction or FunctionExpression or FunctionDeclaration => false,
                    ForOfStatement or ForInStatement or ForStatement or WhileStatement or DoStatement => node is ReturnStatement || node is BreakStatement { Label: not null },
                    SwitchStatement => node is ReturnStatement or ContinueStatement || node is BreakStatement { Label: not null },
                    _ => true,
                };
            }

            if (ownsIt)
            {
                yield return (Statement)node;
            }
        }
    }

    // The condition of the nearest `if` (within the loop body) that the exit depends on.
    private Expression? Guard(Statement exit, Node body)
    {
        for (var current = _tree.GetParent(exit); current is not null && current != body; current = _tree.GetParent(current))
        {
            if (current is IfStatement conditional)
            {
                return conditional.Expression;
            }
        }

        return exit is ReturnStatement { Expression: { } returned } ? returned : null;
    }

    private bool LaterExit(NodeList<Statement> statements, Node child, bool breakEndsLoop, bool returnEndsLoop, HashSet<string> flags)
    {
        var after = false;
        foreach (var statement in statements)
        {
            if (after)
            {
                switch (statement)
                {
                    case ReturnStatement when returnEndsLoop:
                    case BreakStatement { Label: null } when breakEndsLoop:
                    case BreakStatement { Label: not null } when returnEndsLoop:
                        return true;
                    case ExpressionStatement { Expression: BinaryExpression { OperatorToken.Kind: SyntaxKind.EqualsToken, Left: Identifier flag, Right: KeywordExpression { Kind: SyntaxKind.TrueKeyword or SyntaxKind.FalseKeyword } } }
                        when flags.Contains(flag.Text):
                        return true;
                }
            }
            else if (statement == child)
            {
                after = true;
            }
        }

        return false;
    }

    /// <summary>The call an arrow or function is the per-item callback of, and the collection it walks.</summary>
    private (CallExpression Call, Expression Receiver)? IterationCallback(Node function)
    {
        if (_tree.GetParent(function) is not CallExpression call)
        {
            return null;
        }

        if (call.Expression is PropertyAccessExpression { Name: Identifier method, Expression: var receiver } && IterationMethods.Contains(method.Text)
            && call.Arguments.Count > 0 && call.Arguments[0] == function)
        {
            return (call, receiver);
        }

        if (SyntaxFacts.DottedName(call.Expression) == "Array.from" && call.Arguments.Count > 1 && call.Arguments[1] == function)
        {
            return (call, call.Arguments[0]);
        }

        return null;
    }

    // Callbacks that run as part of the statement that holds them: promise handlers, transactions, `new Promise(executor)`.
    private bool IsRunNow(Node function) => _tree.GetParent(function) switch
    {
        CallExpression call => CallbackRunners.Contains(SyntaxFacts.LastName(call.Expression) ?? ""),
        NewExpression { Expression: Identifier { Text: "Promise" } } => true,
        _ => false,
    };

    private bool IsFixedSet(Expression expression)
    {
        if (!_fixed.TryGetValue(expression, out var isFixed))
        {
            _fixed[expression] = isFixed = IsFixed(expression, file, 0);
        }

        return isFixed;
    }

    /// <summary>
    /// A value the code fixes, so a loop over it runs a number of times the code decides: a literal,
    /// a constant (also imported), an enum's or a constant object's keys and values, what
    /// <c>map</c>/<c>filter</c>/<c>slice</c>... make of such an array, and the items of a loop over
    /// one, their properties and elements (a seed routine walking nested seed data).
    /// </summary>
    private bool IsFixed(Expression expression, FileModel context, int depth)
    {
        if (depth > MaxFixedDepth)
        {
            return false;
        }

        switch (ExpressionWrappers.Strip(expression))
        {
            case ArrayLiteralExpression array:
                return array.Elements.All(element => element is not SpreadElement spread || IsFixed(spread.Expression, context, depth + 1));
            case ObjectLiteralExpression or StringLiteral or NoSubstitutionTemplateLiteral or NumericLiteral:
                return true;
            case CallExpression { Expression: PropertyAccessExpression { Expression: Identifier { Text: "Object" }, Name: Identifier { Text: "keys" or "values" or "entries" } }, Arguments: [var target] }:
                return semantics.Evaluate(context, target) is ObjectValue or SymbolReferenceValue { Symbol: EnumSymbol } || IsFixed(target, context, depth + 1);
            case CallExpression { Expression: PropertyAccessExpression { Name: Identifier method, Expression: var inner } } when DerivedArrays.Contains(method.Text):
                return IsFixed(inner, context, depth + 1);
            case ElementAccessExpression element:
                return IsFixed(element.Expression, context, depth + 1);
            case PropertyAccessExpression access:
                return IsFixed(access.Expression, context, depth + 1) || semantics.Evaluate(context, access) is ArrayValue or ObjectValue;
            case Identifier identifier:
                if (ItemOfLoop(identifier, context) is { } items)
                {
                    return IsFixed(items, context, depth + 1);
                }

                if (LocalConstant(identifier, context) is { } local)
                {
                    return local.Value is { } value && IsFixed(value, context, depth + 1);
                }

                return semantics.ResolveName(context, identifier.Text) switch
                {
                    VariableSymbol { IsConst: true, Initializer: { } initializer } constant when semantics.GetFile(constant.Path) is { } declaring => IsFixed(initializer, declaring, depth + 1),
                    EnumSymbol => true,
                    _ => false,
                };
            default:
                return false;
        }
    }

    /// <summary>The collection a loop variable or a per-item callback's parameter takes its items from.</summary>
    private static Expression? ItemOfLoop(Identifier identifier, FileModel context)
    {
        for (var scope = context.Tree.GetParent(identifier); scope is not null; scope = context.Tree.GetParent(scope))
        {
            switch (scope)
            {
                case ForOfStatement loop when Declares(loop.Initializer, identifier.Text):
                    return loop.Expression;
                case ArrowFunction or FunctionExpression when context.Tree.GetParent(scope) is CallExpression { Expression: PropertyAccessExpression { Name: Identifier method, Expression: var receiver } } call
                    && IterationMethods.Contains(method.Text) && call.Arguments.Count > 0 && call.Arguments[0] == scope
                    && Parameters(scope).FirstOrDefault() is { } item && Declares(item, identifier.Text):
                    return receiver;
                case FunctionDeclaration or MethodDeclaration or Constructor or ClassDeclaration:
                    return null;
            }
        }

        return null;
    }

    /// <summary>A <c>const</c> of the enclosing functions with this name (its initializer, possibly none); null when there is none.</summary>
    private static StrongBox<Expression?>? LocalConstant(Identifier identifier, FileModel context)
    {
        for (var scope = context.Tree.GetParent(identifier); scope is not null; scope = context.Tree.GetParent(scope))
        {
            if (scope is not (FunctionDeclaration or MethodDeclaration or ArrowFunction or FunctionExpression or Constructor))
            {
                continue;
            }

            if (FunctionParameters(scope).Any(parameter => Declares(parameter, identifier.Text)))
            {
                return new StrongBox<Expression?>(null);
            }

            foreach (var declaration in MongoSyntax.Descendants(scope).OfType<VariableDeclaration>())
            {
                if (declaration.Name is Identifier name && name.Text == identifier.Text)
                {
                    var isConst = context.Tree.GetParent(declaration) is VariableDeclarationList { DeclarationKind: VariableDeclarationKind.Const };
                    return new StrongBox<Expression?>(isConst ? declaration.Initializer : null);
                }
            }

            if (scope is FunctionDeclaration or MethodDeclaration or Constructor)
            {
                return null;
            }
        }

        return null;
    }

    private static bool Declares(Node? binding, string name) => binding is not null && BoundNames(binding).Contains(name, StringComparer.Ordinal);

    private static IEnumerable<Node> Parameters(Node function) => function switch
    {
        ArrowFunction arrow => arrow.Parameters.Select(p => p.Name),
        FunctionExpression expression => expression.Parameters.Select(p => p.Name),
        _ => [],
    };

    private static IEnumerable<Node> FunctionParameters(Node function) => function switch
    {
        FunctionDeclaration declaration => declaration.Parameters.Select(p => p.Name),
        MethodDeclaration method => method.Parameters.Select(p => p.Name),
        Constructor constructor => constructor.Parameters.Select(p => p.Name),
        _ => Parameters(function),
    };

    // `i < 3`, `attempt <= MAX_ATTEMPTS`, `i < SEED.length`: a counter against a bound the code fixes.
    private bool IsConstantCount(Expression condition) =>
        ExpressionWrappers.Strip(condition) is BinaryExpression { OperatorToken.Kind: SyntaxKind.LessThanToken or SyntaxKind.LessThanEqualsToken or SyntaxKind.GreaterThanToken or SyntaxKind.GreaterThanEqualsToken or SyntaxKind.ExclamationEqualsEqualsToken or SyntaxKind.ExclamationEqualsToken } comparison
        && ((IsCounter(comparison.Left) && IsFixedBound(comparison.Right)) || (IsCounter(comparison.Right) && IsFixedBound(comparison.Left)));

    // `i`, `attempt--`: a counter the loop steps, not a collection it drains (`queue.length > 0`).
    private static bool IsCounter(Expression side) => ExpressionWrappers.Strip(side) switch
    {
        Identifier => true,
        PostfixUnaryExpression postfix => ExpressionWrappers.Strip(postfix.Operand) is Identifier,
        PrefixUnaryExpression { Operator: SyntaxKind.PlusPlusToken or SyntaxKind.MinusMinusToken } prefix => ExpressionWrappers.Strip(prefix.Operand) is Identifier,
        _ => false,
    };

    private bool IsFixedBound(Expression side) =>
        semantics.Evaluate(file, side) is NumberValue
        || (ExpressionWrappers.Strip(side) is PropertyAccessExpression { Name: Identifier { Text: "length" }, Expression: var collection } && IsFixedSet(collection));

    private static bool IsAlwaysTrue(Expression condition) => ExpressionWrappers.Strip(condition) switch
    {
        KeywordExpression { Kind: SyntaxKind.TrueKeyword } => true,
        NumericLiteral number => number.Value != 0,
        _ => false,
    };

    private TextSpan Header(Node loop, Node body)
    {
        var end = body.Span.Start;
        var text = file.Text.Content;
        while (end > loop.Span.Start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(loop.Span.Start, end);
    }

    private static HashSet<string> Identifiers(Node node) =>
        MongoSyntax.Descendants(node).OfType<Identifier>().Select(identifier => identifier.Text).ToHashSet(StringComparer.Ordinal);

    private static IEnumerable<string> BoundNames(Node target) => target switch
    {
        Identifier identifier => [identifier.Text],
        _ => MongoSyntax.Descendants(target).OfType<Identifier>().Select(identifier => identifier.Text),
    };

    // `x` and `state.hasMore` are (re)assigned; `steps[i] = step` changes an element, not what `steps` or `i` hold.
    private static IEnumerable<string> AssignedNames(Expression target) => ExpressionWrappers.Strip(target) switch
    {
        Identifier identifier => [identifier.Text],
        PropertyAccessExpression access => SyntaxFacts.DottedName(access) is { } dotted ? [dotted] : [],
        ObjectLiteralExpression or ArrayLiteralExpression => BoundNames(target),
        _ => [],
    };

    private static bool IsTainted(Node node, HashSet<string> tainted) => node switch
    {
        Identifier identifier => tainted.Contains(identifier.Text),
        PropertyAccessExpression access => SyntaxFacts.DottedName(access) is { } dotted && tainted.Contains(dotted),
        _ => false,
    };

    private static bool IsAssignment(SyntaxKind kind) => kind is SyntaxKind.EqualsToken or SyntaxKind.PlusEqualsToken or SyntaxKind.MinusEqualsToken
        or SyntaxKind.BarBarEqualsToken or SyntaxKind.AmpersandAmpersandEqualsToken or SyntaxKind.QuestionQuestionEqualsToken;
}
