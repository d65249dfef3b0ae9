namespace Nestor.Syntax;

internal sealed partial class Parser
{
    private Statement ParseStatement()
    {
        if (!TryEnter())
        {
            return MissingStatement();
        }

        var statement = ParseStatementCore();
        Leave();
        return statement;
    }

    private EmptyStatement MissingStatement() => new(new Nestor.Text.TextSpan(_prevTokenEnd, 0));

    private Statement ParseStatementCore()
    {
        switch (_token)
        {
            case SyntaxKind.SemicolonToken:
                return ParseEmptyStatement();
            case SyntaxKind.OpenBraceToken:
                return ParseBlock(ignoreMissingOpenBrace: false);
            case SyntaxKind.VarKeyword:
                return ParseVariableStatement(TokenStart, ModifierList.Empty);
            case SyntaxKind.LetKeyword:
                if (IsLetDeclaration())
                {
                    return ParseVariableStatement(TokenStart, ModifierList.Empty);
                }

                break;
            case SyntaxKind.AwaitKeyword:
                if (IsAwaitUsingDeclaration())
                {
                    return ParseVariableStatement(TokenStart, ModifierList.Empty);
                }

                break;
            case SyntaxKind.UsingKeyword:
                if (IsUsingDeclaration())
                {
                    return ParseVariableStatement(TokenStart, ModifierList.Empty);
                }

                break;
            case SyntaxKind.FunctionKeyword:
                return ParseFunctionDeclaration(TokenStart, ModifierList.Empty);
            case SyntaxKind.ClassKeyword:
                return ParseClassDeclaration(TokenStart, ModifierList.Empty);
            case SyntaxKind.IfKeyword:
                return ParseIfStatement();
            case SyntaxKind.DoKeyword:
                return ParseDoStatement();
            case SyntaxKind.WhileKeyword:
                return ParseWhileStatement();
            case SyntaxKind.ForKeyword:
                return ParseForStatement();
            case SyntaxKind.ContinueKeyword:
            case SyntaxKind.BreakKeyword:
                return ParseBreakOrContinueStatement();
            case SyntaxKind.ReturnKeyword:
                return ParseReturnStatement();
            case SyntaxKind.WithKeyword:
                return ParseWithStatement();
            case SyntaxKind.SwitchKeyword:
                return ParseSwitchStatement();
            case SyntaxKind.ThrowKeyword:
                return ParseThrowStatement();
            case SyntaxKind.TryKeyword:
            case SyntaxKind.CatchKeyword:
            case SyntaxKind.FinallyKeyword:
                return ParseTryStatement();
            case SyntaxKind.DebuggerKeyword:
                return ParseDebuggerStatement();
            case SyntaxKind.AtToken:
                return ParseDeclaration();
            case SyntaxKind.AsyncKeyword:
            case SyntaxKind.InterfaceKeyword:
            case SyntaxKind.TypeKeyword:
            case SyntaxKind.ModuleKeyword:
            case SyntaxKind.NamespaceKeyword:
            case SyntaxKind.DeclareKeyword:
            case SyntaxKind.ConstKeyword:
            case SyntaxKind.EnumKeyword:
            case SyntaxKind.ExportKeyword:
            case SyntaxKind.ImportKeyword:
            case SyntaxKind.PrivateKeyword:
            case SyntaxKind.ProtectedKeyword:
            case SyntaxKind.PublicKeyword:
            case SyntaxKind.AbstractKeyword:
            case SyntaxKind.AccessorKeyword:
            case SyntaxKind.StaticKeyword:
            case SyntaxKind.ReadonlyKeyword:
            case SyntaxKind.GlobalKeyword:
                if (IsStartOfDeclaration())
                {
                    return ParseDeclaration();
                }

                break;
        }

        return ParseExpressionOrLabeledStatement();
    }

    private EmptyStatement ParseEmptyStatement()
    {
        var start = TokenStart;
        ParseExpected(SyntaxKind.SemicolonToken);
        return new EmptyStatement(SpanFrom(start));
    }

    private Block ParseBlock(bool ignoreMissingOpenBrace, SyntaxErrorDescriptor? error = null)
    {
        var start = TokenStart;
        var openParsed = ParseExpected(SyntaxKind.OpenBraceToken, error);
        if (openParsed || ignoreMissingOpenBrace)
        {
            var statements = ParseList(ParsingContext.BlockStatements, static p => p.ParseStatement());
            ParseExpected(SyntaxKind.CloseBraceToken);
            var block = new Block(SpanFrom(start), statements);
            if (_token == SyntaxKind.EqualsToken)
            {
                ErrorAtCurrentToken(SyntaxErrors.BlockFollowedByEquals);
                NextToken();
            }

            return block;
        }

        return new Block(SpanFrom(start), NodeList<Statement>.Empty);
    }

    private Block ParseFunctionBlock(bool isGenerator, bool isAsync, bool ignoreMissingOpenBrace = false, SyntaxErrorDescriptor? error = null)
    {
        var saved = _context;
        _context = isGenerator ? _context | ContextFlags.Yield : _context & ~ContextFlags.Yield;
        _context = isAsync ? _context | ContextFlags.Await : _context & ~ContextFlags.Await;
        _context &= ~ContextFlags.Decorator;
        var block = ParseBlock(ignoreMissingOpenBrace, error);
        _context = saved;
        return block;
    }

    private Block? ParseFunctionBlockOrSemicolon(bool isGenerator, bool isAsync, bool isType = false, SyntaxErrorDescriptor? error = null)
    {
        if (_token != SyntaxKind.OpenBraceToken)
        {
            if (isType)
            {
                ParseTypeMemberSemicolon();
                return null;
            }

            if (CanParseSemicolon())
            {
                ParseSemicolon();
                return null;
            }
        }

        return ParseFunctionBlock(isGenerator, isAsync, error: error);
    }

    private IfStatement ParseIfStatement()
    {
        var start = TokenStart;
        ParseExpected(SyntaxKind.IfKeyword);
        ParseExpected(SyntaxKind.OpenParenToken);
        var expression = AllowInAnd(static p => p.ParseExpression());
        ParseExpected(SyntaxKind.CloseParenToken);
        var then = ParseStatement();
        var otherwise = ParseOptional(SyntaxKind.ElseKeyword) ? ParseStatement() : null;
        return new IfStatement(SpanFrom(start), expression, then, otherwise);
    }

    private DoStatement ParseDoStatement()
    {
        var start = TokenStart;
        ParseExpected(SyntaxKind.DoKeyword);
        var statement = ParseStatement();
        ParseExpected(SyntaxKind.WhileKeyword);
        ParseExpected(SyntaxKind.OpenParenToken);
        var expression = AllowInAnd(static p => p.ParseExpression());
        ParseExpected(SyntaxKind.CloseParenToken);

        // ES2015 inserts the semicolon after do-while even without a line break: 'do;while(0)x' is fine.
        ParseOptional(SyntaxKind.SemicolonToken);
        return new DoStatement(SpanFrom(start), statement, expression);
    }

    private WhileStatement ParseWhileStatement()
    {
        var start = TokenStart;
        ParseExpected(SyntaxKind.WhileKeyword);
        ParseExpected(SyntaxKind.OpenParenToken);
        var expression = AllowInAnd(static p => p.ParseExpression());
        ParseExpected(SyntaxKind.CloseParenToken);
        var statement = ParseStatement();
        return new WhileStatement(SpanFrom(start), expression, statement);
    }

    private Statement ParseForStatement()
    {
        var start = TokenStart;
        ParseExpected(SyntaxKind.ForKeyword);
        var awaitToken = ParseOptionalToken(SyntaxKind.AwaitKeyword);
        ParseExpected(SyntaxKind.OpenParenToken);
        Node? initializer = null;
        if (_token != SyntaxKind.SemicolonToken)
        {
            if (_token is SyntaxKind.VarKeyword or SyntaxKind.LetKeyword or SyntaxKind.ConstKeyword
                || (_token == SyntaxKind.UsingKeyword && LookAhead(static p => p.NextTokenIsBindingIdentifierOrStartOfDestructuringOnSameLine(disallowOf: true)))
                || (_token == SyntaxKind.AwaitKeyword && LookAhead(static p => p.NextTokenIsUsingKeywordThenBindingIdentifierOnSameLine(disallowOf: true))))
            {
                initializer = ParseVariableDeclarationList(inForStatementInitializer: true);
            }
            else
            {
                initializer = DisallowInAnd(static p => p.ParseExpression());
            }
        }

        if (awaitToken is not null ? ParseExpected(SyntaxKind.OfKeyword) : ParseOptional(SyntaxKind.OfKeyword))
        {
            var expression = AllowInAnd(static p => p.ParseAssignmentExpressionOrHigher(allowReturnTypeInArrowFunction: true));
            ParseExpected(SyntaxKind.CloseParenToken);
            var body = ParseStatement();
            return new ForOfStatement(SpanFrom(start), awaitToken, initializer ?? MissingExpression(), expression, body);
        }

        if (ParseOptional(SyntaxKind.InKeyword))
        {
            var expression = AllowInAnd(static p => p.ParseExpression());
            ParseExpected(SyntaxKind.CloseParenToken);
            var body = ParseStatement();
            return new ForInStatement(SpanFrom(start), initializer ?? MissingExpression(), expression, body);
        }

        ParseExpected(SyntaxKind.SemicolonToken);
        var condition = _token is not (SyntaxKind.SemicolonToken or SyntaxKind.CloseParenToken) ? AllowInAnd(static p => p.ParseExpression()) : null;
        ParseExpected(SyntaxKind.SemicolonToken);
        var incrementor = _token != SyntaxKind.CloseParenToken ? AllowInAnd(static p => p.ParseExpression()) : null;
        ParseExpected(SyntaxKind.CloseParenToken);
        var statement = ParseStatement();
        return new ForStatement(SpanFrom(start), initializer, condition, incrementor, statement);
    }

    private Statement ParseBreakOrContinueStatement()
    {
        var start = TokenStart;
        var isBreak = _token == SyntaxKind.BreakKeyword;
        NextToken();
        var label = CanParseSemicolon() ? null : ParseIdentifier(IdentifierRole.Label);
        ParseSemicolon();
        return isBreak ? new BreakStatement(SpanFrom(start), label) : new ContinueStatement(SpanFrom(start), label);
    }

    private ReturnStatement ParseReturnStatement()
    {
        var start = TokenStart;
        ParseExpected(SyntaxKind.ReturnKeyword);
        var expression = CanParseSemicolon() ? null : AllowInAnd(static p => p.ParseExpression());
        ParseSemicolon();
        return new ReturnStatement(SpanFrom(start), expression);
    }

    private WithStatement ParseWithStatement()
    {
        var start = TokenStart;
        ParseExpected(SyntaxKind.WithKeyword);
        ParseExpected(SyntaxKind.OpenParenToken);
        var expression = AllowInAnd(static p => p.ParseExpression());
        ParseExpected(SyntaxKind.CloseParenToken);
        var statement = ParseStatement();
        return new WithStatement(SpanFrom(start), expression, statement);
    }

    private SwitchStatement ParseSwitchStatement()
    {
        var start = TokenStart;
        ParseExpected(SyntaxKind.SwitchKeyword);
        ParseExpected(SyntaxKind.OpenParenToken);
        var expression = AllowInAnd(static p => p.ParseExpression());
        ParseExpected(SyntaxKind.CloseParenToken);
        var blockStart = TokenStart;
        ParseExpected(SyntaxKind.OpenBraceToken);
        var clauses = ParseList(ParsingContext.SwitchClauses, static p => p.ParseCaseOrDefaultClause());
        ParseExpected(SyntaxKind.CloseBraceToken);
        var caseBlock = new CaseBlock(SpanFrom(blockStart), clauses);
        return new SwitchStatement(SpanFrom(start), expression, caseBlock);
    }

    private Node ParseCaseOrDefaultClause()
    {
        var start = TokenStart;
        if (ParseOptional(SyntaxKind.CaseKeyword))
        {
            var expression = AllowInAnd(static p => p.ParseExpression());
            ParseExpected(SyntaxKind.ColonToken);
            var statements = ParseList(ParsingContext.SwitchClauseStatements, static p => p.ParseStatement());
            return new CaseClause(SpanFrom(start), expression, statements);
        }

        ParseExpected(SyntaxKind.DefaultKeyword);
        ParseExpected(SyntaxKind.ColonToken);
        var body = ParseList(ParsingContext.SwitchClauseStatements, static p => p.ParseStatement());
        return new DefaultClause(SpanFrom(start), body);
    }

    private ThrowStatement ParseThrowStatement()
    {
        var start = TokenStart;
        ParseExpected(SyntaxKind.ThrowKeyword);

        // 'throw' followed by a line break throws nothing; TypeScript's checker reports it, not its parser.
        var expression = HasPrecedingLineBreak ? null : AllowInAnd(static p => p.ParseExpression());
        expression ??= new Identifier(new Nestor.Text.TextSpan(_prevTokenEnd, 0), string.Empty, IdentifierRole.Reference);
        if (!TryParseSemicolon())
        {
            ReportMissingSemicolonAfter(expression);
        }

        return new ThrowStatement(SpanFrom(start), expression);
    }

    private TryStatement ParseTryStatement()
    {
        var start = TokenStart;
        ParseExpected(SyntaxKind.TryKeyword);
        var tryBlock = ParseBlock(ignoreMissingOpenBrace: false);
        CatchClause? catchClause = null;
        if (_token == SyntaxKind.CatchKeyword)
        {
            var catchStart = TokenStart;
            NextToken();
            VariableDeclaration? variable = null;
            if (ParseOptional(SyntaxKind.OpenParenToken))
            {
                variable = ParseVariableDeclaration(allowExclamation: false);
                ParseExpected(SyntaxKind.CloseParenToken);
            }

            var block = ParseBlock(ignoreMissingOpenBrace: false);
            catchClause = new CatchClause(SpanFrom(catchStart), variable, block);
        }

        Block? finallyBlock = null;
        if (catchClause is null || _token == SyntaxKind.FinallyKeyword)
        {
            ParseExpected(SyntaxKind.FinallyKeyword, SyntaxErrors.CatchOrFinallyExpected);
            finallyBlock = ParseBlock(ignoreMissingOpenBrace: false);
        }

        return new TryStatement(SpanFrom(start), tryBlock, catchClause, finallyBlock);
    }

    private DebuggerStatement ParseDebuggerStatement()
    {
        var start = TokenStart;
        ParseExpected(SyntaxKind.DebuggerKeyword);
        ParseSemicolon();
        return new DebuggerStatement(SpanFrom(start));
    }

    private Statement ParseExpressionOrLabeledStatement()
    {
        var start = TokenStart;
        var expression = AllowInAnd(static p => p.ParseExpression());
        if (expression is Identifier identifier && ParseOptional(SyntaxKind.ColonToken))
        {
            var statement = ParseStatement();
            return new LabeledStatement(SpanFrom(start), WithRole(identifier, IdentifierRole.Label), statement);
        }

        if (!TryParseSemicolon())
        {
            ReportMissingSemicolonAfter(expression);
        }

        return new ExpressionStatement(SpanFrom(start), expression);
    }

    /// <summary>TypeScript's wording for a missing ';': a stray word gets "Unexpected keyword or identifier."</summary>
    private void ReportMissingSemicolonAfter(Node node)
    {
        if (node is TaggedTemplateExpression tagged)
        {
            ErrorAt(tagged.Template.Span.Start, tagged.Template.Span.End, SyntaxErrors.ModuleNameTemplate);
            return;
        }

        if (node is not Identifier { IsMissing: false } identifier)
        {
            ErrorAtCurrentToken(SyntaxErrors.TokenExpected, ";");
            return;
        }

        switch (identifier.Text)
        {
            case "const":
            case "let":
            case "var":
                ErrorAt(node.Span.Start, node.Span.End, SyntaxErrors.VariableDeclarationNotAllowedHere);
                return;
            case "declare":
                return;
            case "is":
                ErrorAt(node.Span.Start, TokenStart, SyntaxErrors.TypePredicateOutsideReturnType);
                return;
        }

        if (_token == SyntaxKind.Unknown)
        {
            return;
        }

        ErrorAt(node.Span.Start, node.Span.End, SyntaxErrors.UnexpectedKeywordOrIdentifier);
    }

    private T AllowInAnd<T>(Func<Parser, T> parse)
    {
        var saved = _context;
        _context &= ~ContextFlags.DisallowIn;
        var result = parse(this);
        _context = saved;
        return result;
    }

    private T DisallowInAnd<T>(Func<Parser, T> parse)
    {
        var saved = _context;
        _context |= ContextFlags.DisallowIn;
        var result = parse(this);
        _context = saved;
        return result;
    }
}
