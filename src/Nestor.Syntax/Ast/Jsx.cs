using Nestor.Text;

namespace Nestor.Syntax;

public sealed partial class JsxElement : Expression
{
    internal JsxElement(TextSpan span, JsxOpeningElement openingElement, NodeList<Node> jsxChildren, JsxClosingElement closingElement)
        : base(SyntaxKind.JsxElement, span)
    {
        OpeningElement = openingElement;
        JsxChildren = jsxChildren;
        ClosingElement = closingElement;
        Adopt(openingElement);
        AdoptAll(jsxChildren);
        Adopt(closingElement);
    }

    public JsxOpeningElement OpeningElement { get; }

    public NodeList<Node> JsxChildren { get; }

    public JsxClosingElement ClosingElement { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitJsxElement(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(OpeningElement);
        JsxChildren.AddTo(children);
        children.Add(ClosingElement);
    }
}

public sealed partial class JsxSelfClosingElement : Expression
{
    internal JsxSelfClosingElement(TextSpan span, Expression tagName, NodeList<TypeNode>? typeArguments, JsxAttributes attributes)
        : base(SyntaxKind.JsxSelfClosingElement, span)
    {
        TagName = tagName;
        TypeArguments = typeArguments;
        Attributes = attributes;
        Adopt(tagName);
        AdoptAll(typeArguments);
        Adopt(attributes);
    }

    public Expression TagName { get; }

    public NodeList<TypeNode>? TypeArguments { get; }

    public JsxAttributes Attributes { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitJsxSelfClosingElement(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(TagName);
        TypeArguments?.AddTo(children);
        children.Add(Attributes);
    }
}

public sealed partial class JsxOpeningElement : Expression
{
    internal JsxOpeningElement(TextSpan span, Expression tagName, NodeList<TypeNode>? typeArguments, JsxAttributes attributes)
        : base(SyntaxKind.JsxOpeningElement, span)
    {
        TagName = tagName;
        TypeArguments = typeArguments;
        Attributes = attributes;
        Adopt(tagName);
        AdoptAll(typeArguments);
        Adopt(attributes);
    }

    public Expression TagName { get; }

    public NodeList<TypeNode>? TypeArguments { get; }

    public JsxAttributes Attributes { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitJsxOpeningElement(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(TagName);
        TypeArguments?.AddTo(children);
        children.Add(Attributes);
    }
}

public sealed partial class JsxClosingElement : Node
{
    internal JsxClosingElement(TextSpan span, Expression tagName)
        : base(SyntaxKind.JsxClosingElement, span)
    {
        TagName = tagName;
        Adopt(tagName);
    }

    public Expression TagName { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitJsxClosingElement(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(TagName);
    }
}

public sealed partial class JsxFragment : Expression
{
    internal JsxFragment(TextSpan span, JsxOpeningFragment openingFragment, NodeList<Node> jsxChildren, JsxClosingFragment closingFragment)
        : base(SyntaxKind.JsxFragment, span)
    {
        OpeningFragment = openingFragment;
        JsxChildren = jsxChildren;
        ClosingFragment = closingFragment;
        Adopt(openingFragment);
        AdoptAll(jsxChildren);
        Adopt(closingFragment);
    }

    public JsxOpeningFragment OpeningFragment { get; }

    public NodeList<Node> JsxChildren { get; }

    public JsxClosingFragment ClosingFragment { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitJsxFragment(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(OpeningFragment);
        JsxChildren.AddTo(children);
        children.Add(ClosingFragment);
    }
}

public sealed partial class JsxOpeningFragment : Expression
{
    internal JsxOpeningFragment(TextSpan span)
        : base(SyntaxKind.JsxOpeningFragment, span)
    {
    }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitJsxOpeningFragment(this);
}

public sealed partial class JsxClosingFragment : Node
{
    internal JsxClosingFragment(TextSpan span)
        : base(SyntaxKind.JsxClosingFragment, span)
    {
    }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitJsxClosingFragment(this);
}

public sealed partial class JsxText : Node
{
    internal JsxText(TextSpan span, bool containsOnlyTriviaWhiteSpaces)
        : base(SyntaxKind.JsxText, span)
    {
        ContainsOnlyTriviaWhiteSpaces = containsOnlyTriviaWhiteSpaces;
    }

    public bool ContainsOnlyTriviaWhiteSpaces { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitJsxText(this);
}

public sealed partial class JsxAttributes : Node
{
    internal JsxAttributes(TextSpan span, NodeList<Node> properties)
        : base(SyntaxKind.JsxAttributes, span)
    {
        Properties = properties;
        AdoptAll(properties);
    }

    public NodeList<Node> Properties { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitJsxAttributes(this);

    internal override void AddChildren(List<Node> children)
    {
        Properties.AddTo(children);
    }
}

public sealed partial class JsxAttribute : Node
{
    internal JsxAttribute(TextSpan span, Node name, Node? initializer)
        : base(SyntaxKind.JsxAttribute, span)
    {
        Name = name;
        Initializer = initializer;
        Adopt(name);
        Adopt(initializer);
    }

    public Node Name { get; }

    public Node? Initializer { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitJsxAttribute(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Name);
        AddIfPresent(children, Initializer);
    }
}

public sealed partial class JsxSpreadAttribute : Node
{
    internal JsxSpreadAttribute(TextSpan span, Expression expression)
        : base(SyntaxKind.JsxSpreadAttribute, span)
    {
        Expression = expression;
        Adopt(expression);
    }

    public Expression Expression { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitJsxSpreadAttribute(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Expression);
    }
}

public sealed partial class JsxExpression : Expression
{
    internal JsxExpression(TextSpan span, TokenNode? dotDotDotToken, Expression? expression)
        : base(SyntaxKind.JsxExpression, span)
    {
        DotDotDotToken = dotDotDotToken;
        Expression = expression;
        Adopt(dotDotDotToken);
        Adopt(expression);
    }

    public TokenNode? DotDotDotToken { get; }

    public Expression? Expression { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitJsxExpression(this);

    internal override void AddChildren(List<Node> children)
    {
        AddIfPresent(children, DotDotDotToken);
        AddIfPresent(children, Expression);
    }
}

public sealed partial class JsxNamespacedName : Expression
{
    internal JsxNamespacedName(TextSpan span, Identifier @namespace, Identifier name)
        : base(SyntaxKind.JsxNamespacedName, span)
    {
        Namespace = @namespace;
        Name = name;
        Adopt(@namespace);
        Adopt(name);
    }

    public Identifier Namespace { get; }

    public Identifier Name { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitJsxNamespacedName(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Namespace);
        children.Add(Name);
    }
}
