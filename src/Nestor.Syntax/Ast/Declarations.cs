using Nestor.Text;

namespace Nestor.Syntax;

public sealed partial class FunctionDeclaration : Statement
{
    internal FunctionDeclaration(TextSpan span, ModifierList modifiers, TokenNode? asteriskToken, Identifier? name, NodeList<TypeParameter>? typeParameters, NodeList<Parameter> parameters, TypeNode? type, Block? body)
        : base(SyntaxKind.FunctionDeclaration, span)
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

    public Block? Body { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitFunctionDeclaration(this);

    internal override void AddChildren(List<Node> children)
    {
        ModifierList.AddTo(children);
        AddIfPresent(children, AsteriskToken);
        AddIfPresent(children, Name);
        TypeParameters?.AddTo(children);
        Parameters.AddTo(children);
        AddIfPresent(children, Type);
        AddIfPresent(children, Body);
    }
}

public sealed partial class ClassDeclaration : Statement
{
    internal ClassDeclaration(TextSpan span, ModifierList modifiers, Identifier? name, NodeList<TypeParameter>? typeParameters, NodeList<HeritageClause> heritageClauses, NodeList<ClassElement> members)
        : base(SyntaxKind.ClassDeclaration, span)
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

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitClassDeclaration(this);

    internal override void AddChildren(List<Node> children)
    {
        ModifierList.AddTo(children);
        AddIfPresent(children, Name);
        TypeParameters?.AddTo(children);
        HeritageClauses.AddTo(children);
        Members.AddTo(children);
    }
}

public sealed partial class InterfaceDeclaration : Statement
{
    internal InterfaceDeclaration(TextSpan span, ModifierList modifiers, Identifier name, NodeList<TypeParameter>? typeParameters, NodeList<HeritageClause> heritageClauses, NodeList<TypeElement> members)
        : base(SyntaxKind.InterfaceDeclaration, span)
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

    public Identifier Name { get; }

    public NodeList<TypeParameter>? TypeParameters { get; }

    public NodeList<HeritageClause> HeritageClauses { get; }

    public NodeList<TypeElement> Members { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitInterfaceDeclaration(this);

    internal override void AddChildren(List<Node> children)
    {
        ModifierList.AddTo(children);
        children.Add(Name);
        TypeParameters?.AddTo(children);
        HeritageClauses.AddTo(children);
        Members.AddTo(children);
    }
}

public sealed partial class TypeAliasDeclaration : Statement
{
    internal TypeAliasDeclaration(TextSpan span, ModifierList modifiers, Identifier name, NodeList<TypeParameter>? typeParameters, TypeNode type)
        : base(SyntaxKind.TypeAliasDeclaration, span)
    {
        ModifierList = modifiers;
        Name = name;
        TypeParameters = typeParameters;
        Type = type;
        AdoptAll(modifiers);
        Adopt(name);
        AdoptAll(typeParameters);
        Adopt(type);
    }

    /// <summary>Decorators and modifiers in source order.</summary>
    public ModifierList ModifierList { get; }

    public NodeList<Decorator> Decorators => ModifierList.Decorators;

    public NodeList<Modifier> Modifiers => ModifierList.Modifiers;

    public ModifierFlags ModifierFlags => ModifierList.Flags;

    public Identifier Name { get; }

    public NodeList<TypeParameter>? TypeParameters { get; }

    public TypeNode Type { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitTypeAliasDeclaration(this);

    internal override void AddChildren(List<Node> children)
    {
        ModifierList.AddTo(children);
        children.Add(Name);
        TypeParameters?.AddTo(children);
        children.Add(Type);
    }
}

public sealed partial class EnumDeclaration : Statement
{
    internal EnumDeclaration(TextSpan span, ModifierList modifiers, Identifier name, NodeList<EnumMember> members)
        : base(SyntaxKind.EnumDeclaration, span)
    {
        ModifierList = modifiers;
        Name = name;
        Members = members;
        AdoptAll(modifiers);
        Adopt(name);
        AdoptAll(members);
    }

    /// <summary>Decorators and modifiers in source order.</summary>
    public ModifierList ModifierList { get; }

    public NodeList<Decorator> Decorators => ModifierList.Decorators;

    public NodeList<Modifier> Modifiers => ModifierList.Modifiers;

    public ModifierFlags ModifierFlags => ModifierList.Flags;

    public Identifier Name { get; }

    public NodeList<EnumMember> Members { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitEnumDeclaration(this);

    internal override void AddChildren(List<Node> children)
    {
        ModifierList.AddTo(children);
        children.Add(Name);
        Members.AddTo(children);
    }
}

public sealed partial class EnumMember : Node
{
    internal EnumMember(TextSpan span, Node name, Expression? initializer)
        : base(SyntaxKind.EnumMember, span)
    {
        Name = name;
        Initializer = initializer;
        Adopt(name);
        Adopt(initializer);
    }

    public Node Name { get; }

    public Expression? Initializer { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitEnumMember(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Name);
        AddIfPresent(children, Initializer);
    }
}

public sealed partial class ModuleDeclaration : Statement
{
    internal ModuleDeclaration(TextSpan span, ModifierList modifiers, SyntaxKind keyword, Node name, Node? body)
        : base(SyntaxKind.ModuleDeclaration, span)
    {
        ModifierList = modifiers;
        Keyword = keyword;
        Name = name;
        Body = body;
        AdoptAll(modifiers);
        Adopt(name);
        Adopt(body);
    }

    /// <summary>Decorators and modifiers in source order.</summary>
    public ModifierList ModifierList { get; }

    public NodeList<Decorator> Decorators => ModifierList.Decorators;

    public NodeList<Modifier> Modifiers => ModifierList.Modifiers;

    public ModifierFlags ModifierFlags => ModifierList.Flags;

    public SyntaxKind Keyword { get; }

    public Node Name { get; }

    public Node? Body { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitModuleDeclaration(this);

    internal override void AddChildren(List<Node> children)
    {
        ModifierList.AddTo(children);
        children.Add(Name);
        AddIfPresent(children, Body);
    }
}

public sealed partial class ModuleBlock : Node
{
    internal ModuleBlock(TextSpan span, NodeList<Statement> statements)
        : base(SyntaxKind.ModuleBlock, span)
    {
        Statements = statements;
        AdoptAll(statements);
    }

    public NodeList<Statement> Statements { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitModuleBlock(this);

    internal override void AddChildren(List<Node> children)
    {
        Statements.AddTo(children);
    }
}
