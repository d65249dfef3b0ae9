using Nestor.Text;

namespace Nestor.Syntax;

public sealed partial class TemplateExpression : Expression
{
    internal TemplateExpression(TextSpan span, TemplateLiteralPiece head, NodeList<TemplateSpan> templateSpans)
        : base(SyntaxKind.TemplateExpression, span)
    {
        Head = head;
        TemplateSpans = templateSpans;
        Adopt(head);
        AdoptAll(templateSpans);
    }

    public TemplateLiteralPiece Head { get; }

    public NodeList<TemplateSpan> TemplateSpans { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitTemplateExpression(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Head);
        TemplateSpans.AddTo(children);
    }
}

public sealed partial class TemplateSpan : Node
{
    internal TemplateSpan(TextSpan span, Expression expression, TemplateLiteralPiece literal)
        : base(SyntaxKind.TemplateSpan, span)
    {
        Expression = expression;
        Literal = literal;
        Adopt(expression);
        Adopt(literal);
    }

    public Expression Expression { get; }

    public TemplateLiteralPiece Literal { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitTemplateSpan(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Expression);
        children.Add(Literal);
    }
}

public sealed partial class ArrayLiteralExpression : Expression
{
    internal ArrayLiteralExpression(TextSpan span, NodeList<Expression> elements)
        : base(SyntaxKind.ArrayLiteralExpression, span)
    {
        Elements = elements;
        AdoptAll(elements);
    }

    public NodeList<Expression> Elements { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitArrayLiteralExpression(this);

    internal override void AddChildren(List<Node> children)
    {
        Elements.AddTo(children);
    }
}

public sealed partial class ObjectLiteralExpression : Expression
{
    internal ObjectLiteralExpression(TextSpan span, NodeList<Node> properties)
        : base(SyntaxKind.ObjectLiteralExpression, span)
    {
        Properties = properties;
        AdoptAll(properties);
    }

    public NodeList<Node> Properties { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitObjectLiteralExpression(this);

    internal override void AddChildren(List<Node> children)
    {
        Properties.AddTo(children);
    }
}

public sealed partial class PropertyAssignment : Node
{
    internal PropertyAssignment(TextSpan span, Node name, TokenNode? questionToken, Expression initializer)
        : base(SyntaxKind.PropertyAssignment, span)
    {
        Name = name;
        QuestionToken = questionToken;
        Initializer = initializer;
        Adopt(name);
        Adopt(questionToken);
        Adopt(initializer);
    }

    public Node Name { get; }

    public TokenNode? QuestionToken { get; }

    public Expression Initializer { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitPropertyAssignment(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Name);
        AddIfPresent(children, QuestionToken);
        children.Add(Initializer);
    }
}

public sealed partial class ShorthandPropertyAssignment : Node
{
    internal ShorthandPropertyAssignment(TextSpan span, Identifier name, TokenNode? questionToken, TokenNode? equalsToken, Expression? objectAssignmentInitializer)
        : base(SyntaxKind.ShorthandPropertyAssignment, span)
    {
        Name = name;
        QuestionToken = questionToken;
        EqualsToken = equalsToken;
        ObjectAssignmentInitializer = objectAssignmentInitializer;
        Adopt(name);
        Adopt(questionToken);
        Adopt(equalsToken);
        Adopt(objectAssignmentInitializer);
    }

    public Identifier Name { get; }

    public TokenNode? QuestionToken { get; }

    public TokenNode? EqualsToken { get; }

    public Expression? ObjectAssignmentInitializer { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitShorthandPropertyAssignment(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Name);
        AddIfPresent(children, QuestionToken);
        AddIfPresent(children, EqualsToken);
        AddIfPresent(children, ObjectAssignmentInitializer);
    }
}

public sealed partial class SpreadAssignment : Node
{
    internal SpreadAssignment(TextSpan span, Expression expression)
        : base(SyntaxKind.SpreadAssignment, span)
    {
        Expression = expression;
        Adopt(expression);
    }

    public Expression Expression { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitSpreadAssignment(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Expression);
    }
}

public sealed partial class PropertyAccessExpression : Expression
{
    internal PropertyAccessExpression(TextSpan span, Expression expression, TokenNode? questionDotToken, Node name, bool isOptionalChain)
        : base(SyntaxKind.PropertyAccessExpression, span)
    {
        Expression = expression;
        QuestionDotToken = questionDotToken;
        Name = name;
        IsOptionalChain = isOptionalChain;
        Adopt(expression);
        Adopt(questionDotToken);
        Adopt(name);
    }

    public Expression Expression { get; }

    public TokenNode? QuestionDotToken { get; }

    public Node Name { get; }

    public bool IsOptionalChain { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitPropertyAccessExpression(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Expression);
        AddIfPresent(children, QuestionDotToken);
        children.Add(Name);
    }
}

public sealed partial class ElementAccessExpression : Expression
{
    internal ElementAccessExpression(TextSpan span, Expression expression, TokenNode? questionDotToken, Expression argumentExpression, bool isOptionalChain)
        : base(SyntaxKind.ElementAccessExpression, span)
    {
        Expression = expression;
        QuestionDotToken = questionDotToken;
        ArgumentExpression = argumentExpression;
        IsOptionalChain = isOptionalChain;
        Adopt(expression);
        Adopt(questionDotToken);
        Adopt(argumentExpression);
    }

    public Expression Expression { get; }

    public TokenNode? QuestionDotToken { get; }

    public Expression ArgumentExpression { get; }

    public bool IsOptionalChain { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitElementAccessExpression(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Expression);
        AddIfPresent(children, QuestionDotToken);
        children.Add(ArgumentExpression);
    }
}

public sealed partial class CallExpression : Expression
{
    internal CallExpression(TextSpan span, Expression expression, TokenNode? questionDotToken, NodeList<TypeNode>? typeArguments, NodeList<Expression> arguments, bool isOptionalChain)
        : base(SyntaxKind.CallExpression, span)
    {
        Expression = expression;
        QuestionDotToken = questionDotToken;
        TypeArguments = typeArguments;
        Arguments = arguments;
        IsOptionalChain = isOptionalChain;
        Adopt(expression);
        Adopt(questionDotToken);
        AdoptAll(typeArguments);
        AdoptAll(arguments);
    }

    public Expression Expression { get; }

    public TokenNode? QuestionDotToken { get; }

    public NodeList<TypeNode>? TypeArguments { get; }

    public NodeList<Expression> Arguments { get; }

    public bool IsOptionalChain { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitCallExpression(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Expression);
        AddIfPresent(children, QuestionDotToken);
        TypeArguments?.AddTo(children);
        Arguments.AddTo(children);
    }
}

public sealed partial class NewExpression : Expression
{
    internal NewExpression(TextSpan span, Expression expression, NodeList<TypeNode>? typeArguments, NodeList<Expression>? arguments)
        : base(SyntaxKind.NewExpression, span)
    {
        Expression = expression;
        TypeArguments = typeArguments;
        Arguments = arguments;
        Adopt(expression);
        AdoptAll(typeArguments);
        AdoptAll(arguments);
    }

    public Expression Expression { get; }

    public NodeList<TypeNode>? TypeArguments { get; }

    public NodeList<Expression>? Arguments { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitNewExpression(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Expression);
        TypeArguments?.AddTo(children);
        Arguments?.AddTo(children);
    }
}

public sealed partial class TaggedTemplateExpression : Expression
{
    internal TaggedTemplateExpression(TextSpan span, Expression tag, NodeList<TypeNode>? typeArguments, Expression template)
        : base(SyntaxKind.TaggedTemplateExpression, span)
    {
        Tag = tag;
        TypeArguments = typeArguments;
        Template = template;
        Adopt(tag);
        AdoptAll(typeArguments);
        Adopt(template);
    }

    public Expression Tag { get; }

    public NodeList<TypeNode>? TypeArguments { get; }

    public Expression Template { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitTaggedTemplateExpression(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Tag);
        TypeArguments?.AddTo(children);
        children.Add(Template);
    }
}

public sealed partial class TypeAssertionExpression : Expression
{
    internal TypeAssertionExpression(TextSpan span, TypeNode type, Expression expression)
        : base(SyntaxKind.TypeAssertionExpression, span)
    {
        Type = type;
        Expression = expression;
        Adopt(type);
        Adopt(expression);
    }

    public TypeNode Type { get; }

    public Expression Expression { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitTypeAssertionExpression(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Type);
        children.Add(Expression);
    }
}

public sealed partial class ParenthesizedExpression : Expression
{
    internal ParenthesizedExpression(TextSpan span, Expression expression)
        : base(SyntaxKind.ParenthesizedExpression, span)
    {
        Expression = expression;
        Adopt(expression);
    }

    public Expression Expression { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitParenthesizedExpression(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Expression);
    }
}

public sealed partial class FunctionExpression : Expression
{
    internal FunctionExpression(TextSpan span, ModifierList modifiers, TokenNode? asteriskToken, Identifier? name, NodeList<TypeParameter>? typeParameters, NodeList<Parameter> parameters, TypeNode? type, Block body)
        : base(SyntaxKind.FunctionExpression, span)
    {
        ModifierList = modifiers;
        AsteriskToken = asteriskToken;
        Name = name;
        TypeParameters = typeParameters;
        Parameters = parameters;
        Type = type;
        Body = body;
        AdoptAll(modifiers);
        Adopt(asteriskToken);
        Adopt(name);
        AdoptAll(typeParameters);
        AdoptAll(parameters);
        Adopt(type);
        Adopt(body);
    }

    /// <summary>Decorators and modifiers in source order.</summary>
    public ModifierList ModifierList { get; }

    public NodeList<Decorator> Decorators => ModifierList.Decorators;

    public NodeList<Modifier> Modifiers => ModifierList.Modifiers;

    public ModifierFlags ModifierFlags => ModifierList.Flags;

    public TokenNode? AsteriskToken { get; }

    public Identifier? Name { get; }

    public NodeList<TypeParameter>? TypeParameters { get; }

    public NodeList<Parameter> Parameters { get; }

    public TypeNode? Type { get; }

    public Block Body { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitFunctionExpression(this);

    internal override void AddChildren(List<Node> children)
    {
        ModifierList.AddTo(children);
        AddIfPresent(children, AsteriskToken);
        AddIfPresent(children, Name);
        TypeParameters?.AddTo(children);
        Parameters.AddTo(children);
        AddIfPresent(children, Type);
        children.Add(Body);
    }
}

public sealed partial class ArrowFunction : Expression
{
    internal ArrowFunction(TextSpan span, ModifierList modifiers, NodeList<TypeParameter>? typeParameters, NodeList<Parameter> parameters, TypeNode? type, TokenNode equalsGreaterThanToken, Node body)
        : base(SyntaxKind.ArrowFunction, span)
    {
        ModifierList = modifiers;
        TypeParameters = typeParameters;
        Parameters = parameters;
        Type = type;
        EqualsGreaterThanToken = equalsGreaterThanToken;
        Body = body;
        AdoptAll(modifiers);
        AdoptAll(typeParameters);
        AdoptAll(parameters);
        Adopt(type);
        Adopt(equalsGreaterThanToken);
        Adopt(body);
    }

    /// <summary>Decorators and modifiers in source order.</summary>
    public ModifierList ModifierList { get; }

    public NodeList<Decorator> Decorators => ModifierList.Decorators;

    public NodeList<Modifier> Modifiers => ModifierList.Modifiers;

    public ModifierFlags ModifierFlags => ModifierList.Flags;

    public NodeList<TypeParameter>? TypeParameters { get; }

    public NodeList<Parameter> Parameters { get; }

    public TypeNode? Type { get; }

    public TokenNode EqualsGreaterThanToken { get; }

    public Node Body { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitArrowFunction(this);

    internal override void AddChildren(List<Node> children)
    {
        ModifierList.AddTo(children);
        TypeParameters?.AddTo(children);
        Parameters.AddTo(children);
        AddIfPresent(children, Type);
        children.Add(EqualsGreaterThanToken);
        children.Add(Body);
    }
}

public sealed partial class DeleteExpression : Expression
{
    internal DeleteExpression(TextSpan span, Expression expression)
        : base(SyntaxKind.DeleteExpression, span)
    {
        Expression = expression;
        Adopt(expression);
    }

    public Expression Expression { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitDeleteExpression(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Expression);
    }
}

public sealed partial class TypeOfExpression : Expression
{
    internal TypeOfExpression(TextSpan span, Expression expression)
        : base(SyntaxKind.TypeOfExpression, span)
    {
        Expression = expression;
        Adopt(expression);
    }

    public Expression Expression { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitTypeOfExpression(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Expression);
    }
}

public sealed partial class VoidExpression : Expression
{
    internal VoidExpression(TextSpan span, Expression expression)
        : base(SyntaxKind.VoidExpression, span)
    {
        Expression = expression;
        Adopt(expression);
    }

    public Expression Expression { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitVoidExpression(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Expression);
    }
}

public sealed partial class AwaitExpression : Expression
{
    internal AwaitExpression(TextSpan span, Expression expression)
        : base(SyntaxKind.AwaitExpression, span)
    {
        Expression = expression;
        Adopt(expression);
    }

    public Expression Expression { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitAwaitExpression(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Expression);
    }
}

public sealed partial class PrefixUnaryExpression : Expression
{
    internal PrefixUnaryExpression(TextSpan span, SyntaxKind @operator, Expression operand)
        : base(SyntaxKind.PrefixUnaryExpression, span)
    {
        Operator = @operator;
        Operand = operand;
        Adopt(operand);
    }

    public SyntaxKind Operator { get; }

    public Expression Operand { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitPrefixUnaryExpression(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Operand);
    }
}

public sealed partial class PostfixUnaryExpression : Expression
{
    internal PostfixUnaryExpression(TextSpan span, Expression operand, SyntaxKind @operator)
        : base(SyntaxKind.PostfixUnaryExpression, span)
    {
        Operand = operand;
        Operator = @operator;
        Adopt(operand);
    }

    public Expression Operand { get; }

    public SyntaxKind Operator { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitPostfixUnaryExpression(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Operand);
    }
}

public sealed partial class BinaryExpression : Expression
{
    internal BinaryExpression(TextSpan span, Expression left, TokenNode operatorToken, Expression right)
        : base(SyntaxKind.BinaryExpression, span)
    {
        Left = left;
        OperatorToken = operatorToken;
        Right = right;
        Adopt(left);
        Adopt(operatorToken);
        Adopt(right);
    }

    public Expression Left { get; }

    public TokenNode OperatorToken { get; }

    public Expression Right { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitBinaryExpression(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Left);
        children.Add(OperatorToken);
        children.Add(Right);
    }
}

public sealed partial class ConditionalExpression : Expression
{
    internal ConditionalExpression(TextSpan span, Expression condition, TokenNode questionToken, Expression whenTrue, TokenNode colonToken, Expression whenFalse)
        : base(SyntaxKind.ConditionalExpression, span)
    {
        Condition = condition;
        QuestionToken = questionToken;
        WhenTrue = whenTrue;
        ColonToken = colonToken;
        WhenFalse = whenFalse;
        Adopt(condition);
        Adopt(questionToken);
        Adopt(whenTrue);
        Adopt(colonToken);
        Adopt(whenFalse);
    }

    public Expression Condition { get; }

    public TokenNode QuestionToken { get; }

    public Expression WhenTrue { get; }

    public TokenNode ColonToken { get; }

    public Expression WhenFalse { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitConditionalExpression(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Condition);
        children.Add(QuestionToken);
        children.Add(WhenTrue);
        children.Add(ColonToken);
        children.Add(WhenFalse);
    }
}

public sealed partial class YieldExpression : Expression
{
    internal YieldExpression(TextSpan span, TokenNode? asteriskToken, Expression? expression)
        : base(SyntaxKind.YieldExpression, span)
    {
        AsteriskToken = asteriskToken;
        Expression = expression;
        Adopt(asteriskToken);
        Adopt(expression);
    }

    public TokenNode? AsteriskToken { get; }

    public Expression? Expression { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitYieldExpression(this);

    internal override void AddChildren(List<Node> children)
    {
        AddIfPresent(children, AsteriskToken);
        AddIfPresent(children, Expression);
    }
}

public sealed partial class SpreadElement : Expression
{
    internal SpreadElement(TextSpan span, Expression expression)
        : base(SyntaxKind.SpreadElement, span)
    {
        Expression = expression;
        Adopt(expression);
    }

    public Expression Expression { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitSpreadElement(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Expression);
    }
}

public sealed partial class ClassExpression : Expression
{
    internal ClassExpression(TextSpan span, ModifierList modifiers, Identifier? name, NodeList<TypeParameter>? typeParameters, NodeList<HeritageClause> heritageClauses, NodeList<ClassElement> members)
        : base(SyntaxKind.ClassExpression, span)
    {
        ModifierList = modifiers;
        Name = name;
        TypeParameters = typeParameters;
        HeritageClauses = heritageClauses;
        Members = members;
        AdoptAll(modifiers);
        Adopt(name);
        AdoptAll(typeParameters);
        AdoptAll(heritageClauses);
        AdoptAll(members);
    }

    /// <summary>Decorators and modifiers in source order.</summary>
    public ModifierList ModifierList { get; }

    public NodeList<Decorator> Decorators => ModifierList.Decorators;

    public NodeList<Modifier> Modifiers => ModifierList.Modifiers;

    public ModifierFlags ModifierFlags => ModifierList.Flags;

    public Identifier? Name { get; }

    public NodeList<TypeParameter>? TypeParameters { get; }

    public NodeList<HeritageClause> HeritageClauses { get; }

    public NodeList<ClassElement> Members { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitClassExpression(this);

    internal override void AddChildren(List<Node> children)
    {
        ModifierList.AddTo(children);
        AddIfPresent(children, Name);
        TypeParameters?.AddTo(children);
        HeritageClauses.AddTo(children);
        Members.AddTo(children);
    }
}

public sealed partial class OmittedExpression : Expression
{
    internal OmittedExpression(TextSpan span)
        : base(SyntaxKind.OmittedExpression, span)
    {
    }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitOmittedExpression(this);
}

public sealed partial class ExpressionWithTypeArguments : Expression
{
    internal ExpressionWithTypeArguments(TextSpan span, Expression expression, NodeList<TypeNode>? typeArguments)
        : base(SyntaxKind.ExpressionWithTypeArguments, span)
    {
        Expression = expression;
        TypeArguments = typeArguments;
        Adopt(expression);
        AdoptAll(typeArguments);
    }

    public Expression Expression { get; }

    public NodeList<TypeNode>? TypeArguments { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitExpressionWithTypeArguments(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Expression);
        TypeArguments?.AddTo(children);
    }
}

public sealed partial class AsExpression : Expression
{
    internal AsExpression(TextSpan span, Expression expression, TypeNode type)
        : base(SyntaxKind.AsExpression, span)
    {
        Expression = expression;
        Type = type;
        Adopt(expression);
        Adopt(type);
    }

    public Expression Expression { get; }

    public TypeNode Type { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitAsExpression(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Expression);
        children.Add(Type);
    }
}

public sealed partial class SatisfiesExpression : Expression
{
    internal SatisfiesExpression(TextSpan span, Expression expression, TypeNode type)
        : base(SyntaxKind.SatisfiesExpression, span)
    {
        Expression = expression;
        Type = type;
        Adopt(expression);
        Adopt(type);
    }

    public Expression Expression { get; }

    public TypeNode Type { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitSatisfiesExpression(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Expression);
        children.Add(Type);
    }
}

public sealed partial class NonNullExpression : Expression
{
    internal NonNullExpression(TextSpan span, Expression expression)
        : base(SyntaxKind.NonNullExpression, span)
    {
        Expression = expression;
        Adopt(expression);
    }

    public Expression Expression { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitNonNullExpression(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Expression);
    }
}

public sealed partial class MetaProperty : Expression
{
    internal MetaProperty(TextSpan span, SyntaxKind keywordToken, Identifier name)
        : base(SyntaxKind.MetaProperty, span)
    {
        KeywordToken = keywordToken;
        Name = name;
        Adopt(name);
    }

    public SyntaxKind KeywordToken { get; }

    public Identifier Name { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitMetaProperty(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Name);
    }
}
