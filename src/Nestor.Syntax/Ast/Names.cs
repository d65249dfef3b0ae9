using Nestor.Text;

namespace Nestor.Syntax;

public sealed partial class QualifiedName : Node
{
    internal QualifiedName(TextSpan span, Node left, Identifier right)
        : base(SyntaxKind.QualifiedName, span)
    {
        Left = left;
        Right = right;
        Adopt(left);
        Adopt(right);
    }

    public Node Left { get; }

    public Identifier Right { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitQualifiedName(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Left);
        children.Add(Right);
    }
}

public sealed partial class ComputedPropertyName : Node
{
    internal ComputedPropertyName(TextSpan span, Expression expression)
        : base(SyntaxKind.ComputedPropertyName, span)
    {
        Expression = expression;
        Adopt(expression);
    }

    public Expression Expression { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitComputedPropertyName(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Expression);
    }
}

public sealed partial class Decorator : Node
{
    internal Decorator(TextSpan span, Expression expression)
        : base(SyntaxKind.Decorator, span)
    {
        Expression = expression;
        Adopt(expression);
    }

    public Expression Expression { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitDecorator(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Expression);
    }
}

public sealed partial class TypeParameter : Node
{
    internal TypeParameter(TextSpan span, ModifierList modifiers, Identifier name, TypeNode? constraint, TypeNode? @default)
        : base(SyntaxKind.TypeParameter, span)
    {
        ModifierList = modifiers;
        Name = name;
        Constraint = constraint;
        Default = @default;
        AdoptAll(modifiers);
        Adopt(name);
        Adopt(constraint);
        Adopt(@default);
    }

    /// <summary>Decorators and modifiers in source order.</summary>
    public ModifierList ModifierList { get; }

    public NodeList<Decorator> Decorators => ModifierList.Decorators;

    public NodeList<Modifier> Modifiers => ModifierList.Modifiers;

    public ModifierFlags ModifierFlags => ModifierList.Flags;

    public Identifier Name { get; }

    public TypeNode? Constraint { get; }

    public TypeNode? Default { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitTypeParameter(this);

    internal override void AddChildren(List<Node> children)
    {
        ModifierList.AddTo(children);
        children.Add(Name);
        AddIfPresent(children, Constraint);
        AddIfPresent(children, Default);
    }
}

public sealed partial class Parameter : Node
{
    internal Parameter(TextSpan span, ModifierList modifiers, TokenNode? dotDotDotToken, Node name, TokenNode? questionToken, TypeNode? type, Expression? initializer)
        : base(SyntaxKind.Parameter, span)
    {
        ModifierList = modifiers;
        DotDotDotToken = dotDotDotToken;
        Name = name;
        QuestionToken = questionToken;
        Type = type;
        Initializer = initializer;
        AdoptAll(modifiers);
        Adopt(dotDotDotToken);
        Adopt(name);
        Adopt(questionToken);
        Adopt(type);
        Adopt(initializer);
    }

    /// <summary>Decorators and modifiers in source order.</summary>
    public ModifierList ModifierList { get; }

    public NodeList<Decorator> Decorators => ModifierList.Decorators;

    public NodeList<Modifier> Modifiers => ModifierList.Modifiers;

    public ModifierFlags ModifierFlags => ModifierList.Flags;

    public TokenNode? DotDotDotToken { get; }

    public Node Name { get; }

    public TokenNode? QuestionToken { get; }

    public TypeNode? Type { get; }

    public Expression? Initializer { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitParameter(this);

    internal override void AddChildren(List<Node> children)
    {
        ModifierList.AddTo(children);
        AddIfPresent(children, DotDotDotToken);
        children.Add(Name);
        AddIfPresent(children, QuestionToken);
        AddIfPresent(children, Type);
        AddIfPresent(children, Initializer);
    }
}

public sealed partial class ObjectBindingPattern : Node
{
    internal ObjectBindingPattern(TextSpan span, NodeList<BindingElement> elements)
        : base(SyntaxKind.ObjectBindingPattern, span)
    {
        Elements = elements;
        AdoptAll(elements);
    }

    public NodeList<BindingElement> Elements { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitObjectBindingPattern(this);

    internal override void AddChildren(List<Node> children)
    {
        Elements.AddTo(children);
    }
}

public sealed partial class ArrayBindingPattern : Node
{
    internal ArrayBindingPattern(TextSpan span, NodeList<Node> elements)
        : base(SyntaxKind.ArrayBindingPattern, span)
    {
        Elements = elements;
        AdoptAll(elements);
    }

    public NodeList<Node> Elements { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitArrayBindingPattern(this);

    internal override void AddChildren(List<Node> children)
    {
        Elements.AddTo(children);
    }
}

public sealed partial class BindingElement : Node
{
    internal BindingElement(TextSpan span, TokenNode? dotDotDotToken, Node? propertyName, Node name, Expression? initializer)
        : base(SyntaxKind.BindingElement, span)
    {
        DotDotDotToken = dotDotDotToken;
        PropertyName = propertyName;
        Name = name;
        Initializer = initializer;
        Adopt(dotDotDotToken);
        Adopt(propertyName);
        Adopt(name);
        Adopt(initializer);
    }

    public TokenNode? DotDotDotToken { get; }

    public Node? PropertyName { get; }

    public Node Name { get; }

    public Expression? Initializer { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitBindingElement(this);

    internal override void AddChildren(List<Node> children)
    {
        AddIfPresent(children, DotDotDotToken);
        AddIfPresent(children, PropertyName);
        children.Add(Name);
        AddIfPresent(children, Initializer);
    }
}
