using System.Collections;
using Nestor.Text;

namespace Nestor.Syntax;

/// <summary>
/// A node of the syntax tree. Nodes are immutable; <see cref="Span"/> runs from the start of the
/// first token (trivia excluded) to the end of the last one, as TypeScript's <c>getStart()</c>
/// and <c>end</c>.
/// </summary>
public abstract class Node
{
    private protected Node(SyntaxKind kind, TextSpan span)
    {
        Kind = kind;
        Span = span;
    }

    public SyntaxKind Kind { get; }

    public TextSpan Span { get; }

    /// <summary>The enclosing node; null for the source file. Set once, when the parent is built.</summary>
    internal Node? Parent { get; private set; }

    public abstract void Accept(SyntaxVisitor visitor);

    /// <summary>The direct children in document order.</summary>
    public IEnumerable<Node> Children()
    {
        var children = new List<Node>();
        AddChildren(children);
        return children;
    }

    /// <summary>
    /// Every node below this one, in pre-order, without recursion and with one buffer for the
    /// whole walk. When <paramref name="descendIntoChildren"/> is given, the children of a
    /// descendant are visited only when it returns true for that descendant.
    /// </summary>
    public IEnumerable<Node> DescendantNodes(Func<Node, bool>? descendIntoChildren = null)
    {
        var stack = new Stack<Node>();
        var children = new List<Node>();
        PushChildren(this);
        while (stack.TryPop(out var node))
        {
            yield return node;
            if (descendIntoChildren is null || descendIntoChildren(node))
            {
                PushChildren(node);
            }
        }

        void PushChildren(Node parent)
        {
            children.Clear();
            parent.AddChildren(children);
            for (var i = children.Count - 1; i >= 0; i--)
            {
                stack.Push(children[i]);
            }
        }
    }

    internal virtual void AddChildren(List<Node> children)
    {
    }

    private protected static void AddIfPresent(List<Node> children, Node? child)
    {
        if (child is not null)
        {
            children.Add(child);
        }
    }

    private protected void Adopt(Node? child)
    {
        if (child is not null)
        {
            child.Parent = this;
        }
    }

    private protected void AdoptAll<T>(NodeList<T>? children)
        where T : Node
    {
        if (children is null)
        {
            return;
        }

        foreach (var child in children.AsSpan())
        {
            child.Parent = this;
        }
    }

    private protected void AdoptAll(ModifierList modifiers)
    {
        foreach (var child in modifiers.Items)
        {
            child.Parent = this;
        }
    }

    public override string ToString() => $"{Kind.GetName()} {Span}";
}

/// <summary>Base of expression nodes (and of the names and literals that can stand as one).</summary>
public abstract class Expression : Node
{
    private protected Expression(SyntaxKind kind, TextSpan span)
        : base(kind, span)
    {
    }
}

/// <summary>Base of statements and declarations that stand as statements.</summary>
public abstract class Statement : Node
{
    private protected Statement(SyntaxKind kind, TextSpan span)
        : base(kind, span)
    {
    }
}

/// <summary>Base of the type grammar.</summary>
public abstract class TypeNode : Node
{
    private protected TypeNode(SyntaxKind kind, TextSpan span)
        : base(kind, span)
    {
    }
}

/// <summary>A member of a class body.</summary>
public abstract class ClassElement : Node
{
    private protected ClassElement(SyntaxKind kind, TextSpan span)
        : base(kind, span)
    {
    }
}

/// <summary>
/// A member of an interface or type literal. It derives from <see cref="ClassElement"/> because
/// index signatures and accessors appear in both kinds of body.
/// </summary>
public abstract class TypeElement : ClassElement
{
    private protected TypeElement(SyntaxKind kind, TextSpan span)
        : base(kind, span)
    {
    }
}

/// <summary>An immutable list of child nodes, remembering a trailing comma.</summary>
public sealed class NodeList<T> : IReadOnlyList<T>
    where T : Node
{
    private readonly T[] _items;

    internal NodeList(T[] items, bool hasTrailingComma = false)
    {
        _items = items;
        HasTrailingComma = hasTrailingComma;
    }

    public static NodeList<T> Empty { get; } = new([]);

    public bool HasTrailingComma { get; }

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public ReadOnlySpan<T> AsSpan() => _items;

    public ReadOnlySpan<T>.Enumerator GetEnumerator() => new ReadOnlySpan<T>(_items).GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    internal NodeList<TOut> CastTo<TOut>()
        where TOut : Node => new(_items.Cast<TOut>().ToArray(), HasTrailingComma);

    internal void AddTo(List<Node> children)
    {
        foreach (var item in _items)
        {
            children.Add(item);
        }
    }
}

[Flags]
public enum ModifierFlags
{
    None = 0,
    Export = 1 << 0,
    Ambient = 1 << 1,
    Public = 1 << 2,
    Private = 1 << 3,
    Protected = 1 << 4,
    Static = 1 << 5,
    Readonly = 1 << 6,
    Accessor = 1 << 7,
    Abstract = 1 << 8,
    Async = 1 << 9,
    Default = 1 << 10,
    Const = 1 << 11,
    In = 1 << 12,
    Out = 1 << 13,
    Override = 1 << 14,
    Decorator = 1 << 15,
}

/// <summary>The decorators and modifiers in front of a declaration, in source order.</summary>
public sealed class ModifierList
{
    private NodeList<Decorator>? _decorators;
    private NodeList<Modifier>? _modifiers;

    internal ModifierList(Node[] items, ModifierFlags flags)
    {
        Items = items;
        Flags = flags;
    }

    public static ModifierList Empty { get; } = new([], ModifierFlags.None);

    /// <summary><see cref="Decorator"/> and <see cref="Modifier"/> nodes in source order.</summary>
    public IReadOnlyList<Node> Items { get; }

    public ModifierFlags Flags { get; }

    public bool IsEmpty => Items.Count == 0;

    public NodeList<Decorator> Decorators => _decorators ??= Items.Count == 0 ? NodeList<Decorator>.Empty : new(Items.OfType<Decorator>().ToArray());

    public NodeList<Modifier> Modifiers => _modifiers ??= Items.Count == 0 ? NodeList<Modifier>.Empty : new(Items.OfType<Modifier>().ToArray());

    public bool Has(ModifierFlags flag) => (Flags & flag) != 0;

    /// <summary>Where the first decorator or modifier starts, if there is one.</summary>
    public int? Start => Items.Count == 0 ? null : Items[0].Span.Start;

    internal void AddTo(List<Node> children)
    {
        foreach (var item in Items)
        {
            children.Add(item);
        }
    }

    internal static ModifierFlags FlagOf(SyntaxKind kind) => kind switch
    {
        SyntaxKind.ExportKeyword => ModifierFlags.Export,
        SyntaxKind.DeclareKeyword => ModifierFlags.Ambient,
        SyntaxKind.PublicKeyword => ModifierFlags.Public,
        SyntaxKind.PrivateKeyword => ModifierFlags.Private,
        SyntaxKind.ProtectedKeyword => ModifierFlags.Protected,
        SyntaxKind.StaticKeyword => ModifierFlags.Static,
        SyntaxKind.ReadonlyKeyword => ModifierFlags.Readonly,
        SyntaxKind.AccessorKeyword => ModifierFlags.Accessor,
        SyntaxKind.AbstractKeyword => ModifierFlags.Abstract,
        SyntaxKind.AsyncKeyword => ModifierFlags.Async,
        SyntaxKind.DefaultKeyword => ModifierFlags.Default,
        SyntaxKind.ConstKeyword => ModifierFlags.Const,
        SyntaxKind.InKeyword => ModifierFlags.In,
        SyntaxKind.OutKeyword => ModifierFlags.Out,
        SyntaxKind.OverrideKeyword => ModifierFlags.Override,
        _ => ModifierFlags.None,
    };
}

/// <summary>The keyword of a variable declaration list.</summary>
public enum VariableDeclarationKind
{
    Var,
    Let,
    Const,
    Using,
    AwaitUsing,
}
