using Nestor.Text;

namespace Nestor.Syntax;

public sealed partial class TypeReference : TypeNode
{
    internal TypeReference(TextSpan span, Node typeName, NodeList<TypeNode>? typeArguments)
        : base(SyntaxKind.TypeReference, span)
    {
        TypeName = typeName;
        TypeArguments = typeArguments;
        Adopt(typeName);
        AdoptAll(typeArguments);
    }

    public Node TypeName { get; }

    public NodeList<TypeNode>? TypeArguments { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitTypeReference(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(TypeName);
        TypeArguments?.AddTo(children);
    }
}

public sealed partial class TypePredicate : TypeNode
{
    internal TypePredicate(TextSpan span, TokenNode? assertsModifier, Node parameterName, TypeNode? type)
        : base(SyntaxKind.TypePredicate, span)
    {
        AssertsModifier = assertsModifier;
        ParameterName = parameterName;
        Type = type;
        Adopt(assertsModifier);
        Adopt(parameterName);
        Adopt(type);
    }

    public TokenNode? AssertsModifier { get; }

    public Node ParameterName { get; }

    public TypeNode? Type { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitTypePredicate(this);

    internal override void AddChildren(List<Node> children)
    {
        AddIfPresent(children, AssertsModifier);
        children.Add(ParameterName);
        AddIfPresent(children, Type);
    }
}

public sealed partial class FunctionType : TypeNode
{
    internal FunctionType(TextSpan span, ModifierList modifiers, NodeList<TypeParameter>? typeParameters, NodeList<Parameter> parameters, TypeNode type)
        : base(SyntaxKind.FunctionType, span)
    {
        ModifierList = modifiers;
        TypeParameters = typeParameters;
        Parameters = parameters;
        Type = type;
        AdoptAll(modifiers);
        AdoptAll(typeParameters);
        AdoptAll(parameters);
        Adopt(type);
    }

    /// <summary>Decorators and modifiers in source order.</summary>
    public ModifierList ModifierList { get; }

    public NodeList<Decorator> Decorators => ModifierList.Decorators;

    public NodeList<Modifier> Modifiers => ModifierList.Modifiers;

    public ModifierFlags ModifierFlags => ModifierList.Flags;

    public NodeList<TypeParameter>? TypeParameters { get; }

    public NodeList<Parameter> Parameters { get; }

    public TypeNode Type { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitFunctionType(this);

    internal override void AddChildren(List<Node> children)
    {
        ModifierList.AddTo(children);
        TypeParameters?.AddTo(children);
        Parameters.AddTo(children);
        children.Add(Type);
    }
}

public sealed partial class ConstructorType : TypeNode
{
    internal ConstructorType(TextSpan span, ModifierList modifiers, NodeList<TypeParameter>? typeParameters, NodeList<Parameter> parameters, TypeNode type)
        : base(SyntaxKind.ConstructorType, span)
    {
        ModifierList = modifiers;
        TypeParameters = typeParameters;
        Parameters = parameters;
        Type = type;
        AdoptAll(modifiers);
        AdoptAll(typeParameters);
        AdoptAll(parameters);
        Adopt(type);
    }

    /// <summary>Decorators and modifiers in source order.</summary>
    public ModifierList ModifierList { get; }

    public NodeList<Decorator> Decorators => ModifierList.Decorators;

    public NodeList<Modifier> Modifiers => ModifierList.Modifiers;

    public ModifierFlags ModifierFlags => ModifierList.Flags;

    public NodeList<TypeParameter>? TypeParameters { get; }

    public NodeList<Parameter> Parameters { get; }

    public TypeNode Type { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitConstructorType(this);

    internal override void AddChildren(List<Node> children)
    {
        ModifierList.AddTo(children);
        TypeParameters?.AddTo(children);
        Parameters.AddTo(children);
        children.Add(Type);
    }
}

public sealed partial class TypeQuery : TypeNode
{
    internal TypeQuery(TextSpan span, Node exprName, NodeList<TypeNode>? typeArguments)
        : base(SyntaxKind.TypeQuery, span)
    {
        ExprName = exprName;
        TypeArguments = typeArguments;
        Adopt(exprName);
        AdoptAll(typeArguments);
    }

    public Node ExprName { get; }

    public NodeList<TypeNode>? TypeArguments { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitTypeQuery(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(ExprName);
        TypeArguments?.AddTo(children);
    }
}

public sealed partial class TypeLiteral : TypeNode
{
    internal TypeLiteral(TextSpan span, NodeList<TypeElement> members)
        : base(SyntaxKind.TypeLiteral, span)
    {
        Members = members;
        AdoptAll(members);
    }

    public NodeList<TypeElement> Members { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitTypeLiteral(this);

    internal override void AddChildren(List<Node> children)
    {
        Members.AddTo(children);
    }
}

public sealed partial class ArrayType : TypeNode
{
    internal ArrayType(TextSpan span, TypeNode elementType)
        : base(SyntaxKind.ArrayType, span)
    {
        ElementType = elementType;
        Adopt(elementType);
    }

    public TypeNode ElementType { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitArrayType(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(ElementType);
    }
}

public sealed partial class TupleType : TypeNode
{
    internal TupleType(TextSpan span, NodeList<TypeNode> elements)
        : base(SyntaxKind.TupleType, span)
    {
        Elements = elements;
        AdoptAll(elements);
    }

    public NodeList<TypeNode> Elements { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitTupleType(this);

    internal override void AddChildren(List<Node> children)
    {
        Elements.AddTo(children);
    }
}

public sealed partial class NamedTupleMember : TypeNode
{
    internal NamedTupleMember(TextSpan span, TokenNode? dotDotDotToken, Identifier name, TokenNode? questionToken, TypeNode type)
        : base(SyntaxKind.NamedTupleMember, span)
    {
        DotDotDotToken = dotDotDotToken;
        Name = name;
        QuestionToken = questionToken;
        Type = type;
        Adopt(dotDotDotToken);
        Adopt(name);
        Adopt(questionToken);
        Adopt(type);
    }

    public TokenNode? DotDotDotToken { get; }

    public Identifier Name { get; }

    public TokenNode? QuestionToken { get; }

    public TypeNode Type { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitNamedTupleMember(this);

    internal override void AddChildren(List<Node> children)
    {
        AddIfPresent(children, DotDotDotToken);
        children.Add(Name);
        AddIfPresent(children, QuestionToken);
        children.Add(Type);
    }
}

public sealed partial class OptionalType : TypeNode
{
    internal OptionalType(TextSpan span, TypeNode type)
        : base(SyntaxKind.OptionalType, span)
    {
        Type = type;
        Adopt(type);
    }

    public TypeNode Type { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitOptionalType(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Type);
    }
}

public sealed partial class RestType : TypeNode
{
    internal RestType(TextSpan span, TypeNode type)
        : base(SyntaxKind.RestType, span)
    {
        Type = type;
        Adopt(type);
    }

    public TypeNode Type { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitRestType(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Type);
    }
}

public sealed partial class UnionType : TypeNode
{
    internal UnionType(TextSpan span, NodeList<TypeNode> types)
        : base(SyntaxKind.UnionType, span)
    {
        Types = types;
        AdoptAll(types);
    }

    public NodeList<TypeNode> Types { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitUnionType(this);

    internal override void AddChildren(List<Node> children)
    {
        Types.AddTo(children);
    }
}

public sealed partial class IntersectionType : TypeNode
{
    internal IntersectionType(TextSpan span, NodeList<TypeNode> types)
        : base(SyntaxKind.IntersectionType, span)
    {
        Types = types;
        AdoptAll(types);
    }

    public NodeList<TypeNode> Types { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitIntersectionType(this);

    internal override void AddChildren(List<Node> children)
    {
        Types.AddTo(children);
    }
}

public sealed partial class ConditionalType : TypeNode
{
    internal ConditionalType(TextSpan span, TypeNode checkType, TypeNode extendsType, TypeNode trueType, TypeNode falseType)
        : base(SyntaxKind.ConditionalType, span)
    {
        CheckType = checkType;
        ExtendsType = extendsType;
        TrueType = trueType;
        FalseType = falseType;
        Adopt(checkType);
        Adopt(extendsType);
        Adopt(trueType);
        Adopt(falseType);
    }

    public TypeNode CheckType { get; }

    public TypeNode ExtendsType { get; }

    public TypeNode TrueType { get; }

    public TypeNode FalseType { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitConditionalType(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(CheckType);
        children.Add(ExtendsType);
        children.Add(TrueType);
        children.Add(FalseType);
    }
}

public sealed partial class InferType : TypeNode
{
    internal InferType(TextSpan span, TypeParameter typeParameter)
        : base(SyntaxKind.InferType, span)
    {
        TypeParameter = typeParameter;
        Adopt(typeParameter);
    }

    public TypeParameter TypeParameter { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitInferType(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(TypeParameter);
    }
}

public sealed partial class ParenthesizedType : TypeNode
{
    internal ParenthesizedType(TextSpan span, TypeNode type)
        : base(SyntaxKind.ParenthesizedType, span)
    {
        Type = type;
        Adopt(type);
    }

    public TypeNode Type { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitParenthesizedType(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Type);
    }
}

public sealed partial class ThisType : TypeNode
{
    internal ThisType(TextSpan span)
        : base(SyntaxKind.ThisType, span)
    {
    }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitThisType(this);
}

public sealed partial class TypeOperator : TypeNode
{
    internal TypeOperator(TextSpan span, SyntaxKind @operator, TypeNode type)
        : base(SyntaxKind.TypeOperator, span)
    {
        Operator = @operator;
        Type = type;
        Adopt(type);
    }

    public SyntaxKind Operator { get; }

    public TypeNode Type { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitTypeOperator(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Type);
    }
}

public sealed partial class IndexedAccessType : TypeNode
{
    internal IndexedAccessType(TextSpan span, TypeNode objectType, TypeNode indexType)
        : base(SyntaxKind.IndexedAccessType, span)
    {
        ObjectType = objectType;
        IndexType = indexType;
        Adopt(objectType);
        Adopt(indexType);
    }

    public TypeNode ObjectType { get; }

    public TypeNode IndexType { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitIndexedAccessType(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(ObjectType);
        children.Add(IndexType);
    }
}

public sealed partial class MappedType : TypeNode
{
    internal MappedType(TextSpan span, TokenNode? readonlyToken, TypeParameter typeParameter, TypeNode? nameType, TokenNode? questionToken, TypeNode? type, NodeList<TypeElement> members)
        : base(SyntaxKind.MappedType, span)
    {
        ReadonlyToken = readonlyToken;
        TypeParameter = typeParameter;
        NameType = nameType;
        QuestionToken = questionToken;
        Type = type;
        Members = members;
        Adopt(readonlyToken);
        Adopt(typeParameter);
        Adopt(nameType);
        Adopt(questionToken);
        Adopt(type);
        AdoptAll(members);
    }

    public TokenNode? ReadonlyToken { get; }

    public TypeParameter TypeParameter { get; }

    public TypeNode? NameType { get; }

    public TokenNode? QuestionToken { get; }

    public TypeNode? Type { get; }

    public NodeList<TypeElement> Members { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitMappedType(this);

    internal override void AddChildren(List<Node> children)
    {
        AddIfPresent(children, ReadonlyToken);
        children.Add(TypeParameter);
        AddIfPresent(children, NameType);
        AddIfPresent(children, QuestionToken);
        AddIfPresent(children, Type);
        Members.AddTo(children);
    }
}

public sealed partial class LiteralType : TypeNode
{
    internal LiteralType(TextSpan span, Expression literal)
        : base(SyntaxKind.LiteralType, span)
    {
        Literal = literal;
        Adopt(literal);
    }

    public Expression Literal { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitLiteralType(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Literal);
    }
}

public sealed partial class TemplateLiteralType : TypeNode
{
    internal TemplateLiteralType(TextSpan span, TemplateLiteralPiece head, NodeList<TemplateLiteralTypeSpan> templateSpans)
        : base(SyntaxKind.TemplateLiteralType, span)
    {
        Head = head;
        TemplateSpans = templateSpans;
        Adopt(head);
        AdoptAll(templateSpans);
    }

    public TemplateLiteralPiece Head { get; }

    public NodeList<TemplateLiteralTypeSpan> TemplateSpans { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitTemplateLiteralType(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Head);
        TemplateSpans.AddTo(children);
    }
}

public sealed partial class TemplateLiteralTypeSpan : TypeNode
{
    internal TemplateLiteralTypeSpan(TextSpan span, TypeNode type, TemplateLiteralPiece literal)
        : base(SyntaxKind.TemplateLiteralTypeSpan, span)
    {
        Type = type;
        Literal = literal;
        Adopt(type);
        Adopt(literal);
    }

    public TypeNode Type { get; }

    public TemplateLiteralPiece Literal { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitTemplateLiteralTypeSpan(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Type);
        children.Add(Literal);
    }
}

public sealed partial class ImportType : TypeNode
{
    internal ImportType(TextSpan span, bool isTypeOf, TypeNode argument, ImportAttributes? attributes, Node? qualifier, NodeList<TypeNode>? typeArguments)
        : base(SyntaxKind.ImportType, span)
    {
        IsTypeOf = isTypeOf;
        Argument = argument;
        Attributes = attributes;
        Qualifier = qualifier;
        TypeArguments = typeArguments;
        Adopt(argument);
        Adopt(attributes);
        Adopt(qualifier);
        AdoptAll(typeArguments);
    }

    public bool IsTypeOf { get; }

    public TypeNode Argument { get; }

    public ImportAttributes? Attributes { get; }

    public Node? Qualifier { get; }

    public NodeList<TypeNode>? TypeArguments { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitImportType(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Argument);
        AddIfPresent(children, Attributes);
        AddIfPresent(children, Qualifier);
        TypeArguments?.AddTo(children);
    }
}
