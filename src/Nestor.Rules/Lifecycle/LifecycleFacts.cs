using Nestor.Rules.Engine;
using Nestor.Syntax;

namespace Nestor.Rules.Lifecycle;

/// <summary>Where a resource handle went: dropped, kept in a field, or somewhere this analysis does not follow.</summary>
internal enum HandleKind
{
    Dropped,
    Field,
    Elsewhere,
}

/// <summary>
/// A Nest provider, controller or gateway class: its shutdown hooks and the calls they make
/// (following <c>this.method()</c> calls from the hooks, so a hook may delegate to a helper).
/// </summary>
internal sealed class LifecycleClass
{
    public static readonly IReadOnlySet<string> Hooks = new HashSet<string>(StringComparer.Ordinal) { "onModuleDestroy", "beforeApplicationShutdown", "onApplicationShutdown" };

    private static readonly HashSet<string> LifetimeDecorators = new(StringComparer.Ordinal) { "Injectable", "Controller", "WebSocketGateway" };

    private LifecycleClass(ClassDeclaration declaration, IReadOnlyList<CallExpression> cleanupCalls)
    {
        Declaration = declaration;
        CleanupCalls = cleanupCalls;
    }

    public ClassDeclaration Declaration { get; }

    /// <summary>Every call made by a shutdown hook or a method of this class that a hook calls.</summary>
    public IReadOnlyList<CallExpression> CleanupCalls { get; }

    /// <summary>
    /// Whether <paramref name="text"/> can hold a call of <paramref name="name"/>: it spells the name, or writes a
    /// unicode escape, which an identifier may use for any of its letters.
    /// </summary>
    public static bool MayCall(string text, string name) =>
        text.Contains(name, StringComparison.Ordinal) || text.Contains("\\u", StringComparison.Ordinal);

    public static IEnumerable<LifecycleClass> In(SyntaxTree tree) =>
        tree.DescendantNodes().OfType<ClassDeclaration>()
            .Where(declaration => declaration.ModifierList.Decorators.Any(d => SyntaxFacts.DecoratorName(d) is { } name && LifetimeDecorators.Contains(name)))
            .Select(declaration => new LifecycleClass(declaration, CollectCleanupCalls(declaration)));

    /// <summary>The calls in the class's own members, shutdown hooks and nested classes excluded.</summary>
    public IEnumerable<CallExpression> CallsOutsideHooks() =>
        Declaration.Members
            .Where(member => !(member is MethodDeclaration method && SyntaxFacts.PropertyName(method.Name) is { } name && Hooks.Contains(name)))
            .SelectMany(DescendantsOf)
            .OfType<CallExpression>();

    /// <summary>Whether a shutdown hook calls <paramref name="function"/> with first argument <c>this.field</c>.</summary>
    public bool CleanupPasses(string function, string field) =>
        CleanupCalls.Any(call => call.Expression is Identifier { Text: var name } && name == function && call.Arguments.Count > 0 && IsThisField(call.Arguments[0], field));

    /// <summary>Whether a shutdown hook calls <c>receiver.method(...)</c> for one of <paramref name="methods"/>.</summary>
    public bool CleanupCallsOn(string receiver, IReadOnlySet<string> methods, Func<CallExpression, bool>? matches = null) =>
        CleanupCalls.Any(call => call.Expression is PropertyAccessExpression { Name: Identifier name } access
            && methods.Contains(name.Text) && SyntaxFacts.DottedName(access.Expression) == receiver && (matches is null || matches(call)));

    /// <summary>Where the value of <paramref name="call"/> goes: an expression statement drops it; <c>this.x = call</c> or a field initializer keeps it.</summary>
    public static (HandleKind Kind, string? Field) HandleOf(SyntaxTree tree, CallExpression call) => tree.GetParent(call) switch
    {
        ExpressionStatement => (HandleKind.Dropped, null),
        BinaryExpression { OperatorToken.Kind: SyntaxKind.EqualsToken, Left: var left } assignment when ReferenceEquals(assignment.Right, call) && ThisField(left) is { } field => (HandleKind.Field, field),
        PropertyDeclaration property when ReferenceEquals(property.Initializer, call) && SyntaxFacts.PropertyName(property.Name) is { } name => (HandleKind.Field, name),
        _ => (HandleKind.Elsewhere, null),
    };

    public static string? ThisField(Node? expression) => expression switch
    {
        PropertyAccessExpression { Expression: KeywordExpression { Kind: SyntaxKind.ThisKeyword }, Name: Identifier name } => name.Text,
        NonNullExpression nonNull => ThisField(nonNull.Expression),
        ParenthesizedExpression parenthesized => ThisField(parenthesized.Expression),
        _ => null,
    };

    private static bool IsThisField(Node argument, string field) => ThisField(argument) == field;

    private static List<CallExpression> CollectCleanupCalls(ClassDeclaration declaration)
    {
        var methods = declaration.Members.OfType<MethodDeclaration>()
            .Where(method => method.Body is not null && SyntaxFacts.PropertyName(method.Name) is not null)
            .GroupBy(method => SyntaxFacts.PropertyName(method.Name)!, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.First(), StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>(Hooks.Where(methods.ContainsKey));
        var calls = new List<CallExpression>();
        while (pending.TryDequeue(out var name))
        {
            if (!visited.Add(name))
            {
                continue;
            }

            foreach (var call in DescendantsOf(methods[name].Body!).OfType<CallExpression>())
            {
                calls.Add(call);
                if (call.Expression is PropertyAccessExpression { Expression: KeywordExpression { Kind: SyntaxKind.ThisKeyword }, Name: Identifier callee } && methods.ContainsKey(callee.Text))
                {
                    pending.Enqueue(callee.Text);
                }
            }
        }

        return calls;
    }

    private static IEnumerable<Node> DescendantsOf(Node root) =>
        root.DescendantNodes(node => node is not (ClassDeclaration or ClassExpression));
}
