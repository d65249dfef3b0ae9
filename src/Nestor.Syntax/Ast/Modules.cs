using Nestor.Text;

namespace Nestor.Syntax;

public sealed partial class NamespaceExportDeclaration : Statement
{
    internal NamespaceExportDeclaration(TextSpan span, ModifierList modifiers, Identifier name)
        : base(SyntaxKind.NamespaceExportDeclaration, span)
    {
        ModifierList = modifiers;
        Name = name;
        AdoptAll(modifiers);
        Adopt(name);
    }

    /// <summary>Decorators and modifiers in source order.</summary>
    public ModifierList ModifierList { get; }

    public NodeList<Decorator> Decorators => ModifierList.Decorators;

    public NodeList<Modifier> Modifiers => ModifierList.Modifiers;

    public ModifierFlags ModifierFlags => ModifierList.Flags;

    public Identifier Name { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitNamespaceExportDeclaration(this);

    internal override void AddChildren(List<Node> children)
    {
        ModifierList.AddTo(children);
        children.Add(Name);
    }
}

public sealed partial class ImportEqualsDeclaration : Statement
{
    internal ImportEqualsDeclaration(TextSpan span, ModifierList modifiers, bool isTypeOnly, Identifier name, Node moduleReference)
        : base(SyntaxKind.ImportEqualsDeclaration, span)
    {
        ModifierList = modifiers;
        IsTypeOnly = isTypeOnly;
        Name = name;
        ModuleReference = moduleReference;
        AdoptAll(modifiers);
        Adopt(name);
        Adopt(moduleReference);
    }

    /// <summary>Decorators and modifiers in source order.</summary>
    public ModifierList ModifierList { get; }

    public NodeList<Decorator> Decorators => ModifierList.Decorators;

    public NodeList<Modifier> Modifiers => ModifierList.Modifiers;

    public ModifierFlags ModifierFlags => ModifierList.Flags;

    public bool IsTypeOnly { get; }

    public Identifier Name { get; }

    public Node ModuleReference { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitImportEqualsDeclaration(this);

    internal override void AddChildren(List<Node> children)
    {
        ModifierList.AddTo(children);
        children.Add(Name);
        children.Add(ModuleReference);
    }
}

public sealed partial class ExternalModuleReference : Node
{
    internal ExternalModuleReference(TextSpan span, Expression expression)
        : base(SyntaxKind.ExternalModuleReference, span)
    {
        Expression = expression;
        Adopt(expression);
    }

    public Expression Expression { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitExternalModuleReference(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Expression);
    }
}

public sealed partial class ImportDeclaration : Statement
{
    internal ImportDeclaration(TextSpan span, ModifierList modifiers, ImportClause? importClause, Expression moduleSpecifier, ImportAttributes? attributes)
        : base(SyntaxKind.ImportDeclaration, span)
    {
        ModifierList = modifiers;
        ImportClause = importClause;
        ModuleSpecifier = moduleSpecifier;
        Attributes = attributes;
        AdoptAll(modifiers);
        Adopt(importClause);
        Adopt(moduleSpecifier);
        Adopt(attributes);
    }

    /// <summary>Decorators and modifiers in source order.</summary>
    public ModifierList ModifierList { get; }

    public NodeList<Decorator> Decorators => ModifierList.Decorators;

    public NodeList<Modifier> Modifiers => ModifierList.Modifiers;

    public ModifierFlags ModifierFlags => ModifierList.Flags;

    public ImportClause? ImportClause { get; }

    public Expression ModuleSpecifier { get; }

    public ImportAttributes? Attributes { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitImportDeclaration(this);

    internal override void AddChildren(List<Node> children)
    {
        ModifierList.AddTo(children);
        AddIfPresent(children, ImportClause);
        children.Add(ModuleSpecifier);
        AddIfPresent(children, Attributes);
    }
}

public sealed partial class ImportClause : Node
{
    internal ImportClause(TextSpan span, bool isTypeOnly, bool isDeferred, Identifier? name, Node? namedBindings)
        : base(SyntaxKind.ImportClause, span)
    {
        IsTypeOnly = isTypeOnly;
        IsDeferred = isDeferred;
        Name = name;
        NamedBindings = namedBindings;
        Adopt(name);
        Adopt(namedBindings);
    }

    public bool IsTypeOnly { get; }

    public bool IsDeferred { get; }

    public Identifier? Name { get; }

    public Node? NamedBindings { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitImportClause(this);

    internal override void AddChildren(List<Node> children)
    {
        AddIfPresent(children, Name);
        AddIfPresent(children, NamedBindings);
    }
}

public sealed partial class NamespaceImport : Node
{
    internal NamespaceImport(TextSpan span, Identifier name)
        : base(SyntaxKind.NamespaceImport, span)
    {
        Name = name;
        Adopt(name);
    }

    public Identifier Name { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitNamespaceImport(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Name);
    }
}

public sealed partial class NamedImports : Node
{
    internal NamedImports(TextSpan span, NodeList<ImportSpecifier> elements)
        : base(SyntaxKind.NamedImports, span)
    {
        Elements = elements;
        AdoptAll(elements);
    }

    public NodeList<ImportSpecifier> Elements { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitNamedImports(this);

    internal override void AddChildren(List<Node> children)
    {
        Elements.AddTo(children);
    }
}

public sealed partial class ImportSpecifier : Node
{
    internal ImportSpecifier(TextSpan span, bool isTypeOnly, Node? propertyName, Node name)
        : base(SyntaxKind.ImportSpecifier, span)
    {
        IsTypeOnly = isTypeOnly;
        PropertyName = propertyName;
        Name = name;
        Adopt(propertyName);
        Adopt(name);
    }

    public bool IsTypeOnly { get; }

    public Node? PropertyName { get; }

    public Node Name { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitImportSpecifier(this);

    internal override void AddChildren(List<Node> children)
    {
        AddIfPresent(children, PropertyName);
        children.Add(Name);
    }
}

public sealed partial class ExportAssignment : Statement
{
    internal ExportAssignment(TextSpan span, ModifierList modifiers, bool isExportEquals, Expression expression)
        : base(SyntaxKind.ExportAssignment, span)
    {
        ModifierList = modifiers;
        IsExportEquals = isExportEquals;
        Expression = expression;
        AdoptAll(modifiers);
        Adopt(expression);
    }

    /// <summary>Decorators and modifiers in source order.</summary>
    public ModifierList ModifierList { get; }

    public NodeList<Decorator> Decorators => ModifierList.Decorators;

    public NodeList<Modifier> Modifiers => ModifierList.Modifiers;

    public ModifierFlags ModifierFlags => ModifierList.Flags;

    public bool IsExportEquals { get; }

    public Expression Expression { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitExportAssignment(this);

    internal override void AddChildren(List<Node> children)
    {
        ModifierList.AddTo(children);
        children.Add(Expression);
    }
}

public sealed partial class ExportDeclaration : Statement
{
    internal ExportDeclaration(TextSpan span, ModifierList modifiers, bool isTypeOnly, Node? exportClause, Expression? moduleSpecifier, ImportAttributes? attributes)
        : base(SyntaxKind.ExportDeclaration, span)
    {
        ModifierList = modifiers;
        IsTypeOnly = isTypeOnly;
        ExportClause = exportClause;
        ModuleSpecifier = moduleSpecifier;
        Attributes = attributes;
        AdoptAll(modifiers);
        Adopt(exportClause);
        Adopt(moduleSpecifier);
        Adopt(attributes);
    }

    /// <summary>Decorators and modifiers in source order.</summary>
    public ModifierList ModifierList { get; }

    public NodeList<Decorator> Decorators => ModifierList.Decorators;

    public NodeList<Modifier> Modifiers => ModifierList.Modifiers;

    public ModifierFlags ModifierFlags => ModifierList.Flags;

    public bool IsTypeOnly { get; }

    public Node? ExportClause { get; }

    public Expression? ModuleSpecifier { get; }

    public ImportAttributes? Attributes { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitExportDeclaration(this);

    internal override void AddChildren(List<Node> children)
    {
        ModifierList.AddTo(children);
        AddIfPresent(children, ExportClause);
        AddIfPresent(children, ModuleSpecifier);
        AddIfPresent(children, Attributes);
    }
}

public sealed partial class NamedExports : Node
{
    internal NamedExports(TextSpan span, NodeList<ExportSpecifier> elements)
        : base(SyntaxKind.NamedExports, span)
    {
        Elements = elements;
        AdoptAll(elements);
    }

    public NodeList<ExportSpecifier> Elements { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitNamedExports(this);

    internal override void AddChildren(List<Node> children)
    {
        Elements.AddTo(children);
    }
}

public sealed partial class NamespaceExport : Node
{
    internal NamespaceExport(TextSpan span, Node name)
        : base(SyntaxKind.NamespaceExport, span)
    {
        Name = name;
        Adopt(name);
    }

    public Node Name { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitNamespaceExport(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Name);
    }
}

public sealed partial class ExportSpecifier : Node
{
    internal ExportSpecifier(TextSpan span, bool isTypeOnly, Node? propertyName, Node name)
        : base(SyntaxKind.ExportSpecifier, span)
    {
        IsTypeOnly = isTypeOnly;
        PropertyName = propertyName;
        Name = name;
        Adopt(propertyName);
        Adopt(name);
    }

    public bool IsTypeOnly { get; }

    public Node? PropertyName { get; }

    public Node Name { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitExportSpecifier(this);

    internal override void AddChildren(List<Node> children)
    {
        AddIfPresent(children, PropertyName);
        children.Add(Name);
    }
}

public sealed partial class ImportAttributes : Node
{
    internal ImportAttributes(TextSpan span, SyntaxKind token, NodeList<ImportAttribute> elements)
        : base(SyntaxKind.ImportAttributes, span)
    {
        Token = token;
        Elements = elements;
        AdoptAll(elements);
    }

    public SyntaxKind Token { get; }

    public NodeList<ImportAttribute> Elements { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitImportAttributes(this);

    internal override void AddChildren(List<Node> children)
    {
        Elements.AddTo(children);
    }
}

public sealed partial class ImportAttribute : Node
{
    internal ImportAttribute(TextSpan span, Node name, Expression value)
        : base(SyntaxKind.ImportAttribute, span)
    {
        Name = name;
        Value = value;
        Adopt(name);
        Adopt(value);
    }

    public Node Name { get; }

    public Expression Value { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitImportAttribute(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Name);
        children.Add(Value);
    }
}

public sealed partial class SourceFile : Node
{
    internal SourceFile(TextSpan span, NodeList<Statement> statements, TokenNode endOfFileToken)
        : base(SyntaxKind.SourceFile, span)
    {
        Statements = statements;
        EndOfFileToken = endOfFileToken;
        AdoptAll(statements);
        Adopt(endOfFileToken);
    }

    public NodeList<Statement> Statements { get; }

    public TokenNode EndOfFileToken { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitSourceFile(this);

    internal override void AddChildren(List<Node> children)
    {
        Statements.AddTo(children);
        children.Add(EndOfFileToken);
    }
}
