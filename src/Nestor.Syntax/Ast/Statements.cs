using Nestor.Text;

namespace Nestor.Syntax;

public sealed partial class Block : Statement
{
    internal Block(TextSpan span, NodeList<Statement> statements)
        : base(SyntaxKind.Block, span)
    {
        Statements = statements;
        AdoptAll(statements);
    }

    public NodeList<Statement> Statements { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitBlock(this);

    internal override void AddChildren(List<Node> children)
    {
        Statements.AddTo(children);
    }
}

public sealed partial class EmptyStatement : Statement
{
    internal EmptyStatement(TextSpan span)
        : base(SyntaxKind.EmptyStatement, span)
    {
    }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitEmptyStatement(this);
}

public sealed partial class VariableStatement : Statement
{
    internal VariableStatement(TextSpan span, ModifierList modifiers, VariableDeclarationList declarationList)
        : base(SyntaxKind.VariableStatement, span)
    {
        ModifierList = modifiers;
        DeclarationList = declarationList;
        AdoptAll(modifiers);
        Adopt(declarationList);
    }

    /// <summary>Decorators and modifiers in source order.</summary>
    public ModifierList ModifierList { get; }

    public NodeList<Decorator> Decorators => ModifierList.Decorators;

    public NodeList<Modifier> Modifiers => ModifierList.Modifiers;

    public ModifierFlags ModifierFlags => ModifierList.Flags;

    public VariableDeclarationList DeclarationList { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitVariableStatement(this);

    internal override void AddChildren(List<Node> children)
    {
        ModifierList.AddTo(children);
        children.Add(DeclarationList);
    }
}

public sealed partial class VariableDeclarationList : Node
{
    internal VariableDeclarationList(TextSpan span, VariableDeclarationKind declarationKind, NodeList<VariableDeclaration> declarations)
        : base(SyntaxKind.VariableDeclarationList, span)
    {
        DeclarationKind = declarationKind;
        Declarations = declarations;
        AdoptAll(declarations);
    }

    public VariableDeclarationKind DeclarationKind { get; }

    public NodeList<VariableDeclaration> Declarations { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitVariableDeclarationList(this);

    internal override void AddChildren(List<Node> children)
    {
        Declarations.AddTo(children);
    }
}

public sealed partial class VariableDeclaration : Node
{
    internal VariableDeclaration(TextSpan span, Node name, TokenNode? exclamationToken, TypeNode? type, Expression? initializer)
        : base(SyntaxKind.VariableDeclaration, span)
    {
        Name = name;
        ExclamationToken = exclamationToken;
        Type = type;
        Initializer = initializer;
        Adopt(name);
        Adopt(exclamationToken);
        Adopt(type);
        Adopt(initializer);
    }

    public Node Name { get; }

    public TokenNode? ExclamationToken { get; }

    public TypeNode? Type { get; }

    public Expression? Initializer { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitVariableDeclaration(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Name);
        AddIfPresent(children, ExclamationToken);
        AddIfPresent(children, Type);
        AddIfPresent(children, Initializer);
    }
}

public sealed partial class ExpressionStatement : Statement
{
    internal ExpressionStatement(TextSpan span, Expression expression)
        : base(SyntaxKind.ExpressionStatement, span)
    {
        Expression = expression;
        Adopt(expression);
    }

    public Expression Expression { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitExpressionStatement(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Expression);
    }
}

public sealed partial class IfStatement : Statement
{
    internal IfStatement(TextSpan span, Expression expression, Statement thenStatement, Statement? elseStatement)
        : base(SyntaxKind.IfStatement, span)
    {
        Expression = expression;
        ThenStatement = thenStatement;
        ElseStatement = elseStatement;
        Adopt(expression);
        Adopt(thenStatement);
        Adopt(elseStatement);
    }

    public Expression Expression { get; }

    public Statement ThenStatement { get; }

    public Statement? ElseStatement { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitIfStatement(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Expression);
        children.Add(ThenStatement);
        AddIfPresent(children, ElseStatement);
    }
}

public sealed partial class DoStatement : Statement
{
    internal DoStatement(TextSpan span, Statement statement, Expression expression)
        : base(SyntaxKind.DoStatement, span)
    {
        Statement = statement;
        Expression = expression;
        Adopt(statement);
        Adopt(expression);
    }

    public Statement Statement { get; }

    public Expression Expression { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitDoStatement(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Statement);
        children.Add(Expression);
    }
}

public sealed partial class WhileStatement : Statement
{
    internal WhileStatement(TextSpan span, Expression expression, Statement statement)
        : base(SyntaxKind.WhileStatement, span)
    {
        Expression = expression;
        Statement = statement;
        Adopt(expression);
        Adopt(statement);
    }

    public Expression Expression { get; }

    public Statement Statement { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitWhileStatement(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Expression);
        children.Add(Statement);
    }
}

public sealed partial class ForStatement : Statement
{
    internal ForStatement(TextSpan span, Node? initializer, Expression? condition, Expression? incrementor, Statement statement)
        : base(SyntaxKind.ForStatement, span)
    {
        Initializer = initializer;
        Condition = condition;
        Incrementor = incrementor;
        Statement = statement;
        Adopt(initializer);
        Adopt(condition);
        Adopt(incrementor);
        Adopt(statement);
    }

    public Node? Initializer { get; }

    public Expression? Condition { get; }

    public Expression? Incrementor { get; }

    public Statement Statement { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitForStatement(this);

    internal override void AddChildren(List<Node> children)
    {
        AddIfPresent(children, Initializer);
        AddIfPresent(children, Condition);
        AddIfPresent(children, Incrementor);
        children.Add(Statement);
    }
}

public sealed partial class ForInStatement : Statement
{
    internal ForInStatement(TextSpan span, Node initializer, Expression expression, Statement statement)
        : base(SyntaxKind.ForInStatement, span)
    {
        Initializer = initializer;
        Expression = expression;
        Statement = statement;
        Adopt(initializer);
        Adopt(expression);
        Adopt(statement);
    }

    public Node Initializer { get; }

    public Expression Expression { get; }

    public Statement Statement { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitForInStatement(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Initializer);
        children.Add(Expression);
        children.Add(Statement);
    }
}

public sealed partial class ForOfStatement : Statement
{
    internal ForOfStatement(TextSpan span, TokenNode? awaitModifier, Node initializer, Expression expression, Statement statement)
        : base(SyntaxKind.ForOfStatement, span)
    {
        AwaitModifier = awaitModifier;
        Initializer = initializer;
        Expression = expression;
        Statement = statement;
        Adopt(awaitModifier);
        Adopt(initializer);
        Adopt(expression);
        Adopt(statement);
    }

    public TokenNode? AwaitModifier { get; }

    public Node Initializer { get; }

    public Expression Expression { get; }

    public Statement Statement { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitForOfStatement(this);

    internal override void AddChildren(List<Node> children)
    {
        AddIfPresent(children, AwaitModifier);
        children.Add(Initializer);
        children.Add(Expression);
        children.Add(Statement);
    }
}

public sealed partial class ContinueStatement : Statement
{
    internal ContinueStatement(TextSpan span, Identifier? label)
        : base(SyntaxKind.ContinueStatement, span)
    {
        Label = label;
        Adopt(label);
    }

    public Identifier? Label { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitContinueStatement(this);

    internal override void AddChildren(List<Node> children)
    {
        AddIfPresent(children, Label);
    }
}

public sealed partial class BreakStatement : Statement
{
    internal BreakStatement(TextSpan span, Identifier? label)
        : base(SyntaxKind.BreakStatement, span)
    {
        Label = label;
        Adopt(label);
    }

    public Identifier? Label { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitBreakStatement(this);

    internal override void AddChildren(List<Node> children)
    {
        AddIfPresent(children, Label);
    }
}

public sealed partial class ReturnStatement : Statement
{
    internal ReturnStatement(TextSpan span, Expression? expression)
        : base(SyntaxKind.ReturnStatement, span)
    {
        Expression = expression;
        Adopt(expression);
    }

    public Expression? Expression { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitReturnStatement(this);

    internal override void AddChildren(List<Node> children)
    {
        AddIfPresent(children, Expression);
    }
}

public sealed partial class WithStatement : Statement
{
    internal WithStatement(TextSpan span, Expression expression, Statement statement)
        : base(SyntaxKind.WithStatement, span)
    {
        Expression = expression;
        Statement = statement;
        Adopt(expression);
        Adopt(statement);
    }

    public Expression Expression { get; }

    public Statement Statement { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitWithStatement(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Expression);
        children.Add(Statement);
    }
}

public sealed partial class SwitchStatement : Statement
{
    internal SwitchStatement(TextSpan span, Expression expression, CaseBlock caseBlock)
        : base(SyntaxKind.SwitchStatement, span)
    {
        Expression = expression;
        CaseBlock = caseBlock;
        Adopt(expression);
        Adopt(caseBlock);
    }

    public Expression Expression { get; }

    public CaseBlock CaseBlock { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitSwitchStatement(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Expression);
        children.Add(CaseBlock);
    }
}

public sealed partial class CaseBlock : Node
{
    internal CaseBlock(TextSpan span, NodeList<Node> clauses)
        : base(SyntaxKind.CaseBlock, span)
    {
        Clauses = clauses;
        AdoptAll(clauses);
    }

    public NodeList<Node> Clauses { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitCaseBlock(this);

    internal override void AddChildren(List<Node> children)
    {
        Clauses.AddTo(children);
    }
}

public sealed partial class CaseClause : Node
{
    internal CaseClause(TextSpan span, Expression expression, NodeList<Statement> statements)
        : base(SyntaxKind.CaseClause, span)
    {
        Expression = expression;
        Statements = statements;
        Adopt(expression);
        AdoptAll(statements);
    }

    public Expression Expression { get; }

    public NodeList<Statement> Statements { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitCaseClause(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Expression);
        Statements.AddTo(children);
    }
}

public sealed partial class DefaultClause : Node
{
    internal DefaultClause(TextSpan span, NodeList<Statement> statements)
        : base(SyntaxKind.DefaultClause, span)
    {
        Statements = statements;
        AdoptAll(statements);
    }

    public NodeList<Statement> Statements { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitDefaultClause(this);

    internal override void AddChildren(List<Node> children)
    {
        Statements.AddTo(children);
    }
}

public sealed partial class LabeledStatement : Statement
{
    internal LabeledStatement(TextSpan span, Identifier label, Statement statement)
        : base(SyntaxKind.LabeledStatement, span)
    {
        Label = label;
        Statement = statement;
        Adopt(label);
        Adopt(statement);
    }

    public Identifier Label { get; }

    public Statement Statement { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitLabeledStatement(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Label);
        children.Add(Statement);
    }
}

public sealed partial class ThrowStatement : Statement
{
    internal ThrowStatement(TextSpan span, Expression expression)
        : base(SyntaxKind.ThrowStatement, span)
    {
        Expression = expression;
        Adopt(expression);
    }

    public Expression Expression { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitThrowStatement(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(Expression);
    }
}

public sealed partial class TryStatement : Statement
{
    internal TryStatement(TextSpan span, Block tryBlock, CatchClause? catchClause, Block? finallyBlock)
        : base(SyntaxKind.TryStatement, span)
    {
        TryBlock = tryBlock;
        CatchClause = catchClause;
        FinallyBlock = finallyBlock;
        Adopt(tryBlock);
        Adopt(catchClause);
        Adopt(finallyBlock);
    }

    public Block TryBlock { get; }

    public CatchClause? CatchClause { get; }

    public Block? FinallyBlock { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitTryStatement(this);

    internal override void AddChildren(List<Node> children)
    {
        children.Add(TryBlock);
        AddIfPresent(children, CatchClause);
        AddIfPresent(children, FinallyBlock);
    }
}

public sealed partial class CatchClause : Node
{
    internal CatchClause(TextSpan span, VariableDeclaration? variableDeclaration, Block block)
        : base(SyntaxKind.CatchClause, span)
    {
        VariableDeclaration = variableDeclaration;
        Block = block;
        Adopt(variableDeclaration);
        Adopt(block);
    }

    public VariableDeclaration? VariableDeclaration { get; }

    public Block Block { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitCatchClause(this);

    internal override void AddChildren(List<Node> children)
    {
        AddIfPresent(children, VariableDeclaration);
        children.Add(Block);
    }
}

public sealed partial class DebuggerStatement : Statement
{
    internal DebuggerStatement(TextSpan span)
        : base(SyntaxKind.DebuggerStatement, span)
    {
    }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitDebuggerStatement(this);
}

public sealed partial class MissingDeclaration : Statement
{
    internal MissingDeclaration(TextSpan span, ModifierList modifiers)
        : base(SyntaxKind.MissingDeclaration, span)
    {
        ModifierList = modifiers;
        AdoptAll(modifiers);
    }

    /// <summary>Decorators and modifiers in source order.</summary>
    public ModifierList ModifierList { get; }

    public NodeList<Decorator> Decorators => ModifierList.Decorators;

    public NodeList<Modifier> Modifiers => ModifierList.Modifiers;

    public ModifierFlags ModifierFlags => ModifierList.Flags;

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitMissingDeclaration(this);

    internal override void AddChildren(List<Node> children)
    {
        ModifierList.AddTo(children);
    }
}
