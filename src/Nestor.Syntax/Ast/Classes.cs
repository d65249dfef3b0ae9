using Nestor.Text;

namespace Nestor.Syntax;

public sealed partial class PropertyDeclaration : ClassElement
{
    internal PropertyDeclaration(TextSpan span, ModifierList modifiers, Node name, TokenNode? questionToken, TokenNode? exclamationToken, TypeNode? type, Expression? initializer)
        : base(SyntaxKind.PropertyDeclaration, span)
    {
        ModifierList = modifiers;
        Name = name;
        QuestionToken = questionToken;
        ExclamationToken = exclamationToken;
        Type = type;
        Initializer = initializer;
        AdoptAll(modifiers);
        Adopt(name);
        Adopt(questionToken);
        Adopt(exclamationToken);
        Adopt(type);
        Adopt(initializer);
    }

    /// <summary>Decorators and modifiers in source order.</summary>
    public ModifierList ModifierList { get; }

    public NodeList<Decorator> Decorators => ModifierList.Decorators;

    public NodeList<Modifier> Modifiers => ModifierList.Modifiers;

    public ModifierFlags ModifierFlags => ModifierList.Flags;

    public Node Name { get; }

    public TokenNode? QuestionToken { get; }

    public TokenNode? ExclamationToken { get; }

    public TypeNode? Type { get; }

    public Expression? Initializer { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitPropertyDeclaration(this);

    internal override void AddChildren(List<Node> children)
    {
        ModifierList.AddTo(children);
        children.Add(Name);
        AddIfPresent(children, QuestionToken);
        AddIfPresent(children, ExclamationToken);
        AddIfPresent(children, Type);
        AddIfPresent(children, Initializer);
    }
}

public sealed partial class MethodDeclaration : ClassElement
{
    internal MethodDeclaration(TextSpan span, ModifierList modifiers, TokenNode? asteriskToken, Node name, TokenNode? questionToken, NodeList<TypeParameter>? typeParameters, NodeList<Parameter> parameters, TypeNode? type, Block? body)
        : base(SyntaxKind.MethodDeclaration, span)
    {
        ModifierList = modifiers;
        AsteriskToken = asteriskToken;
        Name = name;
        QuestionToken = questionToken;
        TypeParameters = typeParameters;
        Parameters = parameters;
        Type = type;
        Body = body;
        AdoptAll(modifiers);
        Adopt(asteriskToken);
        Adopt(name);
        Adopt(questionToken);
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

    public Node Name { get; }

    public TokenNode? QuestionToken { get; }

    public NodeList<TypeParameter>? TypeParameters { get; }

    public NodeList<Parameter> Parameters { get; }

    public TypeNode? Type { get; }

    public Block? Body { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitMethodDeclaration(this);

    internal override void AddChildren(List<Node> children)
    {
        ModifierList.AddTo(children);
        AddIfPresent(children, AsteriskToken);
        children.Add(Name);
        AddIfPresent(children, QuestionToken);
        TypeParameters?.AddTo(children);
        Parameters.AddTo(children);
        AddIfPresent(children, Type);
        AddIfPresent(children, Body);
    }
}

public sealed partial class Constructor : ClassElement
{
    internal Constructor(TextSpan span, ModifierList modifiers, NodeList<TypeParameter>? typeParameters, NodeList<Parameter> parameters, TypeNode? type, Block? body)
        : base(SyntaxKind.Constructor, span)
    {
        ModifierList = modifiers;
        TypeParameters = typeParameters;
        Parameters = parameters;
        Type = type;
        Body = body;
        AdoptAll(modifiers);
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

    public NodeList<TypeParameter>? TypeParameters { get; }

    public NodeList<Parameter> Parameters { get; }

    public TypeNode? Type { get; }

    public Block? Body { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitConstructor(this);

    internal override void AddChildren(List<Node> children)
    {
        ModifierList.AddTo(children);
        TypeParameters?.AddTo(children);
        Parameters.AddTo(children);
        AddIfPresent(children, Type);
        AddIfPresent(children, Body);
    }
}

public sealed partial class GetAccessor : TypeElement
{
    internal GetAccessor(TextSpan span, ModifierList modifiers, Node name, NodeList<TypeParameter>? typeParameters, NodeList<Parameter> parameters, TypeNode? type, Block? body)
        : base(SyntaxKind.GetAccessor, span)
    {
        ModifierList = modifiers;
        Name = name;
        TypeParameters = typeParameters;
        Parameters = parameters;
        Type = type;
        Body = body;
        AdoptAll(modifiers);
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

    public Node Name { get; }

    public NodeList<TypeParameter>? TypeParameters { get; }

    public NodeList<Parameter> Parameters { get; }

    public TypeNode? Type { get; }

    public Block? Body { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitGetAccessor(this);

    internal override void AddChildren(List<Node> children)
    {
        ModifierList.AddTo(children);
        children.Add(Name);
        TypeParameters?.AddTo(children);
        Parameters.AddTo(children);
        AddIfPresent(children, Type);
        AddIfPresent(children, Body);
    }
}

public sealed partial class SetAccessor : TypeElement
{
    internal SetAccessor(TextSpan span, ModifierList modifiers, Node name, NodeList<TypeParameter>? typeParameters, NodeList<Parameter> parameters, TypeNode? type, Block? body)
        : base(SyntaxKind.SetAccessor, span)
    {
        ModifierList = modifiers;
        Name = name;
        TypeParameters = typeParameters;
        Parameters = parameters;
        Type = type;
        Body = body;
        AdoptAll(modifiers);
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

    public Node Name { get; }

    public NodeList<TypeParameter>? TypeParameters { get; }

    public NodeList<Parameter> Parameters { get; }

    public TypeNode? Type { get; }

    public Block? Body { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitSetAccessor(this);

    internal override void AddChildren(List<Node> children)
    {
        ModifierList.AddTo(children);
        children.Add(Name);
        TypeParameters?.AddTo(children);
        Parameters.AddTo(children);
        AddIfPresent(children, Type);
        AddIfPresent(children, Body);
    }
}

public sealed partial class IndexSignature : TypeElement
{
    internal IndexSignature(TextSpan span, ModifierList modifiers, NodeList<Parameter> parameters, TypeNode? type)
        : base(SyntaxKind.IndexSignature, span)
    {
        ModifierList = modifiers;
        Parameters = parameters;
        Type = type;
        AdoptAll(modifiers);
        AdoptAll(parameters);
        Adopt(type);
    }

    /// <summary>Decorators and modifiers in source order.</summary>
    public ModifierList ModifierList { get; }

    public NodeList<Decorator> Decorators => ModifierList.Decorators;

    public NodeList<Modifier> Modifiers => ModifierList.Modifiers;

    public ModifierFlags ModifierFlags => ModifierList.Flags;

    public NodeList<Parameter> Parameters { get; }

    public TypeNode? Type { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitIndexSignature(this);

    internal override void AddChildren(List<Node> children)
    {
        ModifierList.AddTo(children);
        Parameters.AddTo(children);
        AddIfPresent(children, Type);
    }
}

public sealed partial class ClassStaticBlockDeclaration : ClassElement
{
    internal ClassStaticBlockDeclaration(TextSpan span, ModifierList modifiers, Block body)
        : base(SyntaxKind.ClassStaticBlockDeclaration, span)
    {
        ModifierList = modifiers;
        Body = body;
        AdoptAll(modifiers);
        Adopt(body);
    }

    /// <summary>Decorators and modifiers in source order.</summary>
    public ModifierList ModifierList { get; }

    public NodeList<Decorator> Decorators => ModifierList.Decorators;

    public NodeList<Modifier> Modifiers => ModifierList.Modifiers;

    public ModifierFlags ModifierFlags => ModifierList.Flags;

    public Block Body { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitClassStaticBlockDeclaration(this);

    internal override void AddChildren(List<Node> children)
    {
        ModifierList.AddTo(children);
        children.Add(Body);
    }
}

public sealed partial class SemicolonClassElement : ClassElement
{
    internal SemicolonClassElement(TextSpan span)
        : base(SyntaxKind.SemicolonClassElement, span)
    {
    }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitSemicolonClassElement(this);
}

public sealed partial class HeritageClause : Node
{
    internal HeritageClause(TextSpan span, SyntaxKind token, NodeList<ExpressionWithTypeArguments> types)
        : base(SyntaxKind.HeritageClause, span)
    {
        Token = token;
        Types = types;
        AdoptAll(types);
    }

    public SyntaxKind Token { get; }

    public NodeList<ExpressionWithTypeArguments> Types { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitHeritageClause(this);

    internal override void AddChildren(List<Node> children)
    {
        Types.AddTo(children);
    }
}

public sealed partial class PropertySignature : TypeElement
{
    internal PropertySignature(TextSpan span, ModifierList modifiers, Node name, TokenNode? questionToken, TypeNode? type, Expression? initializer)
        : base(SyntaxKind.PropertySignature, span)
    {
        ModifierList = modifiers;
        Name = name;
        QuestionToken = questionToken;
        Type = type;
        Initializer = initializer;
        AdoptAll(modifiers);
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

    public Node Name { get; }

    public TokenNode? QuestionToken { get; }

    public TypeNode? Type { get; }

    public Expression? Initializer { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitPropertySignature(this);

    internal override void AddChildren(List<Node> children)
    {
        ModifierList.AddTo(children);
        children.Add(Name);
        AddIfPresent(children, QuestionToken);
        AddIfPresent(children, Type);
        AddIfPresent(children, Initializer);
    }
}

public sealed partial class MethodSignature : TypeElement
{
    internal MethodSignature(TextSpan span, ModifierList modifiers, Node name, TokenNode? questionToken, NodeList<TypeParameter>? typeParameters, NodeList<Parameter> parameters, TypeNode? type)
        : base(SyntaxKind.MethodSignature, span)
    {
        ModifierList = modifiers;
        Name = name;
        QuestionToken = questionToken;
        TypeParameters = typeParameters;
        Parameters = parameters;
        Type = type;
        AdoptAll(modifiers);
        Adopt(name);
        Adopt(questionToken);
        AdoptAll(typeParameters);
        AdoptAll(parameters);
        Adopt(type);
    }

    /// <summary>Decorators and modifiers in source order.</summary>
    public ModifierList ModifierList { get; }

    public NodeList<Decorator> Decorators => ModifierList.Decorators;

    public NodeList<Modifier> Modifiers => ModifierList.Modifiers;

    public ModifierFlags ModifierFlags => ModifierList.Flags;

    public Node Name { get; }

    public TokenNode? QuestionToken { get; }

    public NodeList<TypeParameter>? TypeParameters { get; }

    public NodeList<Parameter> Parameters { get; }

    public TypeNode? Type { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitMethodSignature(this);

    internal override void AddChildren(List<Node> children)
    {
        ModifierList.AddTo(children);
        children.Add(Name);
        AddIfPresent(children, QuestionToken);
        TypeParameters?.AddTo(children);
        Parameters.AddTo(children);
        AddIfPresent(children, Type);
    }
}

public sealed partial class CallSignature : TypeElement
{
    internal CallSignature(TextSpan span, NodeList<TypeParameter>? typeParameters, NodeList<Parameter> parameters, TypeNode? type)
        : base(SyntaxKind.CallSignature, span)
    {
        TypeParameters = typeParameters;
        Parameters = parameters;
        Type = type;
        AdoptAll(typeParameters);
        AdoptAll(parameters);
        Adopt(type);
    }

    public NodeList<TypeParameter>? TypeParameters { get; }

    public NodeList<Parameter> Parameters { get; }

    public TypeNode? Type { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitCallSignature(this);

    internal override void AddChildren(List<Node> children)
    {
        TypeParameters?.AddTo(children);
        Parameters.AddTo(children);
        AddIfPresent(children, Type);
    }
}

public sealed partial class ConstructSignature : TypeElement
{
    internal ConstructSignature(TextSpan span, NodeList<TypeParameter>? typeParameters, NodeList<Parameter> parameters, TypeNode? type)
        : base(SyntaxKind.ConstructSignature, span)
    {
        TypeParameters = typeParameters;
        Parameters = parameters;
        Type = type;
        AdoptAll(typeParameters);
        AdoptAll(parameters);
        Adopt(type);
    }

    public NodeList<TypeParameter>? TypeParameters { get; }

    public NodeList<Parameter> Parameters { get; }

    public TypeNode? Type { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitConstructSignature(this);

    internal override void AddChildren(List<Node> children)
    {
        TypeParameters?.AddTo(children);
        Parameters.AddTo(children);
        AddIfPresent(children, Type);
    }
}
