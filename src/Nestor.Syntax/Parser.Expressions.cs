using Nestor.Text;

namespace Nestor.Syntax;

internal sealed partial class Parser
{
    private enum Precedence
    {
        Invalid = -1,
        Comma = 0,
        Lowest = Comma,
        Assignment = 3,
        Conditional = 4,
        Coalesce = Conditional,
        LogicalOr = 5,
        LogicalAnd = 6,
        BitwiseOr = 7,
        BitwiseXor = 8,
        BitwiseAnd = 9,
        Equality = 10,
        Relational = 11,
        Shift = 12,
        Additive = 13,
        Multiplicative = 14,
        Exponentiation = 15,
    }

    private static Precedence GetBinaryOperatorPrecedence(SyntaxKind kind) => kind switch
    {
        SyntaxKind.QuestionQuestionToken => Precedence.Coalesce,
        SyntaxKind.BarBarToken => Precedence.LogicalOr,
        SyntaxKind.AmpersandAmpersandToken => Precedence.LogicalAnd,
        SyntaxKind.BarToken => Precedence.BitwiseOr,
        SyntaxKind.CaretToken => Precedence.BitwiseXor,
        SyntaxKind.AmpersandToken => Precedence.BitwiseAnd,
        SyntaxKind.EqualsEqualsToken or SyntaxKind.ExclamationEqualsToken or SyntaxKind.EqualsEqualsEqualsToken or SyntaxKind.ExclamationEqualsEqualsToken => Precedence.Equality,
        SyntaxKind.LessThanToken or SyntaxKind.GreaterThanToken or SyntaxKind.LessThanEqualsToken or SyntaxKind.GreaterThanEqualsToken
            or SyntaxKind.InstanceOfKeyword or SyntaxKind.InKeyword or SyntaxKind.AsKeyword or SyntaxKind.SatisfiesKeyword => Precedence.Relational,
        SyntaxKind.LessThanLessThanToken or SyntaxKind.GreaterThanGreaterThanToken or SyntaxKind.GreaterThanGreaterThanGreaterThanToken => Precedence.Shift,
        SyntaxKind.PlusToken or SyntaxKind.MinusToken => Precedence.Additive,
        SyntaxKind.AsteriskToken or SyntaxKind.SlashToken or SyntaxKind.PercentToken => Precedence.Multiplicative,
        SyntaxKind.AsteriskAsteriskToken => Precedence.Exponentiation,
        _ => Precedence.Invalid,
    };

    private Identifier MissingExpression() => CreateMissingIdentifier(false, SyntaxErrors.ExpressionExpected);

    private Expression ParseExpression()
    {
        var saved = _context;
        _context &= ~ContextFlags.Decorator;
        var start = TokenStart;
        var expression = ParseAssignmentExpressionOrHigher(allowReturnTypeInArrowFunction: true);
        while (_token == SyntaxKind.CommaToken)
        {
            var comma = ParseTokenNode();
            var right = ParseAssignmentExpressionOrHigher(allowReturnTypeInArrowFunction: true);
            expression = new BinaryExpression(SpanFrom(start), expression, comma, right);
        }

        _context = saved;
        return expression;
    }

    private Expression ParseAssignmentExpressionOrHigher(bool allowReturnTypeInArrowFunction)
    {
        if (!TryEnter())
        {
            return CreateMissingIdentifier(false, null);
        }

        var result = ParseAssignmentExpressionCore(allowReturnTypeInArrowFunction);
        Leave();
        return result;
    }

    private Expression ParseAssignmentExpressionCore(bool allowReturnTypeInArrowFunction)
    {
        if (IsYieldExpression())
        {
            return ParseYieldExpression();
        }

        var arrow = TryParseParenthesizedArrowFunctionExpression(allowReturnTypeInArrowFunction)
            ?? TryParseAsyncSimpleArrowFunctionExpression(allowReturnTypeInArrowFunction);
        if (arrow is not null)
        {
            return arrow;
        }

        var start = TokenStart;
        var expression = ParseBinaryExpressionOrHigher(Precedence.Lowest);
        if (expression is Identifier identifier && _token == SyntaxKind.EqualsGreaterThanToken)
        {
            return ParseSimpleArrowFunctionExpression(start, identifier, allowReturnTypeInArrowFunction, ModifierList.Empty);
        }

        if (IsLeftHandSideExpression(expression) && ReScanGreaterToken().IsAssignmentOperator())
        {
            var op = ParseTokenNode();
            var right = ParseAssignmentExpressionOrHigher(allowReturnTypeInArrowFunction);
            return new BinaryExpression(SpanFrom(start), expression, op, right);
        }

        return ParseConditionalExpressionRest(expression, start, allowReturnTypeInArrowFunction);
    }

    private static bool IsLeftHandSideExpression(Expression expression) => expression.Kind switch
    {
        SyntaxKind.PropertyAccessExpression or SyntaxKind.ElementAccessExpression or SyntaxKind.NewExpression or SyntaxKind.CallExpression
            or SyntaxKind.JsxElement or SyntaxKind.JsxSelfClosingElement or SyntaxKind.JsxFragment or SyntaxKind.TaggedTemplateExpression
            or SyntaxKind.ArrayLiteralExpression or SyntaxKind.ParenthesizedExpression or SyntaxKind.ObjectLiteralExpression
            or SyntaxKind.ClassExpression or SyntaxKind.FunctionExpression or SyntaxKind.Identifier or SyntaxKind.PrivateIdentifier
            or SyntaxKind.RegularExpressionLiteral or SyntaxKind.NumericLiteral or SyntaxKind.BigIntLiteral or SyntaxKind.StringLiteral
            or SyntaxKind.NoSubstitutionTemplateLiteral or SyntaxKind.TemplateExpression or SyntaxKind.FalseKeyword or SyntaxKind.NullKeyword
            or SyntaxKind.ThisKeyword or SyntaxKind.TrueKeyword or SyntaxKind.SuperKeyword or SyntaxKind.NonNullExpression
            or SyntaxKind.ExpressionWithTypeArguments or SyntaxKind.MetaProperty or SyntaxKind.ImportKeyword => true,
        _ => false,
    };

    private Expression ParseConditionalExpressionRest(Expression condition, int start, bool allowReturnTypeInArrowFunction)
    {
        var question = ParseOptionalToken(SyntaxKind.QuestionToken);
        if (question is null)
        {
            return condition;
        }

        var saved = _context;
        _context &= ~(ContextFlags.DisallowIn | ContextFlags.Decorator);
        var whenTrue = ParseAssignmentExpressionOrHigher(allowReturnTypeInArrowFunction: false);
        _context = saved;
        var colon = ParseExpectedToken(SyntaxKind.ColonToken);
        var whenFalse = colon.Span.Length > 0
            ? ParseAssignmentExpressionOrHigher(allowReturnTypeInArrowFunction)
            : CreateMissingIdentifier(false, SyntaxErrors.TokenExpected, ":");
        return new ConditionalExpression(SpanFrom(start), condition, question, whenTrue, colon, whenFalse);
    }

    private bool IsYieldExpression()
    {
        if (_token == SyntaxKind.YieldKeyword)
        {
            if (InContext(ContextFlags.Yield))
            {
                return true;
            }

            return LookAhead(static p => p.NextTokenIsIdentifierOrKeywordOrLiteralOnSameLine());
        }

        return false;
    }

    private YieldExpression ParseYieldExpression()
    {
        var start = TokenStart;
        NextToken();
        if (!HasPrecedingLineBreak && (_token == SyntaxKind.AsteriskToken || IsStartOfExpression()))
        {
            var asterisk = ParseOptionalToken(SyntaxKind.AsteriskToken);
            var operand = ParseAssignmentExpressionOrHigher(allowReturnTypeInArrowFunction: true);
            return new YieldExpression(SpanFrom(start), asterisk, operand);
        }

        return new YieldExpression(SpanFrom(start), null, null);
    }

    private Expression ParseBinaryExpressionOrHigher(Precedence precedence)
    {
        if (!TryEnter())
        {
            return CreateMissingIdentifier(false, null);
        }

        var start = TokenStart;
        var left = ParseUnaryExpressionOrHigher();
        var result = ParseBinaryExpressionRest(precedence, left, start);
        Leave();
        return result;
    }

    private Expression ParseBinaryExpressionRest(Precedence precedence, Expression left, int start)
    {
        while (true)
        {
            ReScanGreaterToken();
            var newPrecedence = GetBinaryOperatorPrecedence(_token);

            // '**' is right-associative; everything else is left-associative.
            var consume = _token == SyntaxKind.AsteriskAsteriskToken ? newPrecedence >= precedence : newPrecedence > precedence;
            if (!consume)
            {
                break;
            }

            if (_token == SyntaxKind.InKeyword && InContext(ContextFlags.DisallowIn))
            {
                break;
            }

            if (_token is SyntaxKind.AsKeyword or SyntaxKind.SatisfiesKeyword)
            {
                // 'as' and 'satisfies' after a line break start a new statement (ASI).
                if (HasPrecedingLineBreak)
                {
                    break;
                }

                var keyword = _token;
                NextToken();
                var type = ParseType();
                left = keyword == SyntaxKind.SatisfiesKeyword
                    ? new SatisfiesExpression(SpanFrom(start), left, type)
                    : new AsExpression(SpanFrom(start), left, type);
            }
            else
            {
                var op = ParseTokenNode();
                var right = ParseBinaryExpressionOrHigher(newPrecedence);
                left = new BinaryExpression(SpanFrom(start), left, op, right);
            }
        }

        return left;
    }

    private Expression ParseUnaryExpressionOrHigher()
    {
        if (IsUpdateExpression())
        {
            var start = TokenStart;
            var update = ParseUpdateExpression();
            return _token == SyntaxKind.AsteriskAsteriskToken
                ? ParseBinaryExpressionRest(GetBinaryOperatorPrecedence(_token), update, start)
                : update;
        }

        var unaryOperator = _token;
        var operatorStart = TokenStart;
        var simple = ParseSimpleUnaryExpression();
        if (_token == SyntaxKind.AsteriskAsteriskToken)
        {
            if (simple is TypeAssertionExpression)
            {
                ErrorAt(operatorStart, simple.Span.End, SyntaxErrors.UnaryInExponentiation, "<type>");
            }
            else
            {
                ErrorAt(operatorStart, simple.Span.End, SyntaxErrors.UnaryInExponentiation, Lexing.Keywords.GetText(unaryOperator));
            }
        }

        return simple;
    }

    private bool IsUpdateExpression()
    {
        switch (_token)
        {
            case SyntaxKind.PlusToken:
            case SyntaxKind.MinusToken:
            case SyntaxKind.TildeToken:
            case SyntaxKind.ExclamationToken:
            case SyntaxKind.DeleteKeyword:
            case SyntaxKind.TypeOfKeyword:
            case SyntaxKind.VoidKeyword:
            case SyntaxKind.AwaitKeyword:
                return false;
            case SyntaxKind.LessThanToken:
                // In JSX '<' starts an element, which is a primary expression.
                return _options.LanguageVariant == LanguageVariant.Jsx;
            default:
                return true;
        }
    }

    private Expression ParseSimpleUnaryExpression()
    {
        if (!TryEnter())
        {
            return CreateMissingIdentifier(false, null);
        }

        var result = ParseSimpleUnaryExpressionCore();
        Leave();
        return result;
    }

    private Expression ParseSimpleUnaryExpressionCore()
    {
        var start = TokenStart;
        switch (_token)
        {
            case SyntaxKind.PlusToken:
            case SyntaxKind.MinusToken:
            case SyntaxKind.TildeToken:
            case SyntaxKind.ExclamationToken:
                {
                    var op = _token;
                    NextToken();
                    var operand = ParseSimpleUnaryExpression();
                    return new PrefixUnaryExpression(SpanFrom(start), op, operand);
                }

            case SyntaxKind.DeleteKeyword:
                {
                    NextToken();
                    var operand = ParseSimpleUnaryExpression();
                    return new DeleteExpression(SpanFrom(start), operand);
                }
            case SyntaxKind.TypeOfKeyword:
                {
                    NextToken();
                    var operand = ParseSimpleUnaryExpression();
                    return new TypeOfExpression(SpanFrom(start), operand);
                }
            case SyntaxKind.VoidKeyword:
                {
                    NextToken();
                    var operand = ParseSimpleUnaryExpression();
                    return new VoidExpression(SpanFrom(start), operand);
                }
            case SyntaxKind.LessThanToken:
                if (_options.LanguageVariant == LanguageVariant.Jsx)
                {
                    return ParseJsxElementOrSelfClosingElementOrFragment(inExpressionContext: true, mustBeUnary: true);
                }

                return ParseTypeAssertion();
            case SyntaxKind.AwaitKeyword:
                if (IsAwaitExpression())
                {
                    NextToken();
                    var operand = ParseSimpleUnaryExpression();
                    return new AwaitExpression(SpanFrom(start), operand);
                }

                break;
        }

        return ParseUpdateExpression();
    }

    private bool IsAwaitExpression()
    {
        if (_token == SyntaxKind.AwaitKeyword)
        {
            if (InContext(ContextFlags.Await))
            {
                return true;
            }

            // Top-level and script 'await x' is an await expression when an operand follows on the same line.
            return LookAhead(static p => p.NextTokenIsIdentifierOrKeywordOrLiteralOnSameLine());
        }

        return false;
    }

    private TypeAssertionExpression ParseTypeAssertion()
    {
        var start = TokenStart;
        ParseExpected(SyntaxKind.LessThanToken);
        var type = ParseType();
        ParseExpected(SyntaxKind.GreaterThanToken);
        var expression = ParseSimpleUnaryExpression();
        return new TypeAssertionExpression(SpanFrom(start), type, expression);
    }

    private Expression ParseUpdateExpression()
    {
        var start = TokenStart;
        if (_token is SyntaxKind.PlusPlusToken or SyntaxKind.MinusMinusToken)
        {
            var op = _token;
            NextToken();
            var operand = ParseLeftHandSideExpressionOrHigher();
            return new PrefixUnaryExpression(SpanFrom(start), op, operand);
        }

        if (_options.LanguageVariant == LanguageVariant.Jsx && _token == SyntaxKind.LessThanToken
            && LookAhead(static p => p.NextToken() is var next && (IsIdentifierOrKeywordToken(next) || next == SyntaxKind.GreaterThanToken)))
        {
            return ParseJsxElementOrSelfClosingElementOrFragment(inExpressionContext: true);
        }

        var expression = ParseLeftHandSideExpressionOrHigher();
        if (_token is SyntaxKind.PlusPlusToken or SyntaxKind.MinusMinusToken && !HasPrecedingLineBreak)
        {
            var op = _token;
            NextToken();
            return new PostfixUnaryExpression(SpanFrom(start), expression, op);
        }

        return expression;
    }

    private Expression ParseLeftHandSideExpressionOrHigher()
    {
        var start = TokenStart;
        Expression expression;
        if (_token == SyntaxKind.ImportKeyword)
        {
            if (LookAhead(static p => p.NextTokenIsOpenParenOrLessThan()))
            {
                // import(...) : the keyword is the callee of a call.
                expression = new KeywordExpression(SyntaxKind.ImportKeyword, new TextSpan(TokenStart, TokenEnd - TokenStart));
                NextToken();
            }
            else if (LookAhead(static p => p.NextToken() == SyntaxKind.DotToken))
            {
                NextToken();
                NextToken();
                var name = ParseIdentifierName(IdentifierRole.Property);
                expression = new MetaProperty(SpanFrom(start), SyntaxKind.ImportKeyword, name);
            }
            else
            {
                expression = ParseMemberExpressionOrHigher();
            }
        }
        else if (_token == SyntaxKind.SuperKeyword)
        {
            expression = ParseSuperExpression();
        }
        else
        {
            expression = ParseMemberExpressionOrHigher();
        }

        return ParseCallExpressionRest(start, expression);
    }

    private Expression ParseSuperExpression()
    {
        var start = TokenStart;
        Expression expression = new KeywordExpression(SyntaxKind.SuperKeyword, new TextSpan(TokenStart, TokenEnd - TokenStart));
        NextToken();
        if (_token == SyntaxKind.LessThanToken)
        {
            var typeArgumentsStart = TokenStart;
            var typeArguments = TryParseTypeArgumentsInExpressionWithBacktracking();
            if (typeArguments is not null)
            {
                ErrorAt(typeArgumentsStart, _prevTokenEnd, SyntaxErrors.TypeArgumentsOnSuper);
                if (!IsTemplateStartOfTaggedTemplate())
                {
                    expression = new ExpressionWithTypeArguments(SpanFrom(start), expression, typeArguments);
                }
            }
        }

        if (_token is SyntaxKind.OpenParenToken or SyntaxKind.DotToken or SyntaxKind.OpenBracketToken)
        {
            return expression;
        }

        ParseExpectedToken(SyntaxKind.DotToken, SyntaxErrors.SuperMustBeFollowed);
        var name = ParseRightSideOfDot(allowIdentifierNames: true, allowPrivateIdentifiers: true);
        return new PropertyAccessExpression(SpanFrom(start), expression, null, name, false);
    }

    private Expression ParseMemberExpressionOrHigher()
    {
        var start = TokenStart;
        var expression = ParsePrimaryExpression();
        return ParseMemberExpressionRest(start, expression, allowOptionalChain: true);
    }

    private bool IsTemplateStartOfTaggedTemplate() => _token is SyntaxKind.NoSubstitutionTemplateLiteral or SyntaxKind.TemplateHead;

    private static bool IsOptionalChain(Expression expression) => expression switch
    {
        PropertyAccessExpression access => access.IsOptionalChain,
        ElementAccessExpression element => element.IsOptionalChain,
        CallExpression call => call.IsOptionalChain,
        NonNullExpression nonNull => IsOptionalChain(nonNull.Expression),
        _ => false,
    };

    private Expression ParseMemberExpressionRest(int start, Expression expression, bool allowOptionalChain)
    {
        while (true)
        {
            TokenNode? questionDot = null;
            bool isPropertyAccess;
            if (allowOptionalChain && _token == SyntaxKind.QuestionDotToken
                && LookAhead(static p => p.NextToken() is var next && (IsIdentifierOrKeywordToken(next) || next is SyntaxKind.OpenBracketToken || next.IsTemplateToken() || next == SyntaxKind.TemplateHead)))
            {
                questionDot = ParseExpectedToken(SyntaxKind.QuestionDotToken);
                isPropertyAccess = IsIdentifierOrKeywordToken(_token);
            }
            else
            {
                isPropertyAccess = ParseOptional(SyntaxKind.DotToken);
            }

            if (isPropertyAccess)
            {
                var name = ParseRightSideOfDot(allowIdentifierNames: true, allowPrivateIdentifiers: true);
                var isChain = questionDot is not null || IsOptionalChain(expression);
                expression = new PropertyAccessExpression(SpanFrom(start), expression, questionDot, name, isChain);
                continue;
            }

            // In a decorator '[' belongs to a computed member name that follows it.
            if ((questionDot is not null || !InContext(ContextFlags.Decorator)) && ParseOptional(SyntaxKind.OpenBracketToken))
            {
                Expression argument;
                if (_token == SyntaxKind.CloseBracketToken)
                {
                    argument = CreateMissingIdentifier(false, SyntaxErrors.ElementAccessNeedsArgument);
                }
                else
                {
                    argument = AllowInAnd(static p => p.ParseExpression());
                }

                ParseExpected(SyntaxKind.CloseBracketToken);
                var isChain = questionDot is not null || IsOptionalChain(expression);
                expression = new ElementAccessExpression(SpanFrom(start), expression, questionDot, argument, isChain);
                continue;
            }

            if (IsTemplateStartOfTaggedTemplate())
            {
                expression = questionDot is null && expression is ExpressionWithTypeArguments withArguments
                    ? ParseTaggedTemplateRest(start, withArguments.Expression, withArguments.TypeArguments)
                    : ParseTaggedTemplateRest(start, expression, null);
                continue;
            }

            if (questionDot is null)
            {
                if (_token == SyntaxKind.ExclamationToken && !HasPrecedingLineBreak)
                {
                    NextToken();
                    expression = new NonNullExpression(SpanFrom(start), expression);
                    continue;
                }

                var typeArguments = TryParseTypeArgumentsInExpressionWithBacktracking();
                if (typeArguments is not null)
                {
                    expression = new ExpressionWithTypeArguments(SpanFrom(start), expression, typeArguments);
                    continue;
                }
            }

            return expression;
        }
    }

    private Expression ParseRightSideOfDot(bool allowIdentifierNames, bool allowPrivateIdentifiers)
    {
        // 'a.\n var x': the dot lost its name; do not swallow the keyword of the next statement.
        if (HasPrecedingLineBreak && IsIdentifierOrKeywordToken(_token) && LookAhead(static p => p.NextTokenIsIdentifierOrKeywordOnSameLine()))
        {
            return CreateMissingIdentifier(true, SyntaxErrors.IdentifierExpected, role: IdentifierRole.Property);
        }

        if (_token == SyntaxKind.PrivateIdentifier)
        {
            var node = ParsePrivateIdentifier();
            return allowPrivateIdentifiers ? node : CreateMissingIdentifier(true, SyntaxErrors.IdentifierExpected, role: IdentifierRole.Property);
        }

        return allowIdentifierNames ? ParseIdentifierName(IdentifierRole.Property) : ParseIdentifier(IdentifierRole.Property);
    }

    private TaggedTemplateExpression ParseTaggedTemplateRest(int start, Expression tag, NodeList<TypeNode>? typeArguments)
    {
        Expression template;
        if (_token == SyntaxKind.NoSubstitutionTemplateLiteral)
        {
            ReScanTemplateToken(isTaggedTemplate: true);
            template = ParseLiteralNode();
        }
        else
        {
            template = ParseTemplateExpression(isTaggedTemplate: true);
        }

        return new TaggedTemplateExpression(SpanFrom(start), tag, typeArguments, template);
    }

    private Expression ParseCallExpressionRest(int start, Expression expression)
    {
        while (true)
        {
            expression = ParseMemberExpressionRest(start, expression, allowOptionalChain: true);
            NodeList<TypeNode>? typeArguments = null;
            var questionDot = ParseOptionalToken(SyntaxKind.QuestionDotToken);
            if (questionDot is not null)
            {
                typeArguments = TryParseTypeArgumentsInExpressionWithBacktracking();
                if (IsTemplateStartOfTaggedTemplate())
                {
                    expression = ParseTaggedTemplateRest(start, expression, typeArguments);
                    continue;
                }
            }

            if (typeArguments is not null || _token == SyntaxKind.OpenParenToken)
            {
                if (questionDot is null && expression is ExpressionWithTypeArguments withArguments)
                {
                    typeArguments = withArguments.TypeArguments;
                    expression = withArguments.Expression;
                }

                var arguments = ParseArgumentList();
                var isChain = questionDot is not null || IsOptionalChain(expression);
                expression = new CallExpression(SpanFrom(start), expression, questionDot, typeArguments, arguments, isChain);
                continue;
            }

            if (questionDot is not null)
            {
                // '?.' with nothing after it: a property access with a missing name.
                var name = CreateMissingIdentifier(false, SyntaxErrors.IdentifierExpected, role: IdentifierRole.Property);
                expression = new PropertyAccessExpression(SpanFrom(start), expression, questionDot, name, true);
            }

            break;
        }

        return expression;
    }

    private NodeList<Expression> ParseArgumentList()
    {
        ParseExpected(SyntaxKind.OpenParenToken);
        var arguments = ParseDelimitedList(ParsingContext.ArgumentExpressions, static p => p.ParseArgumentExpression());
        ParseExpected(SyntaxKind.CloseParenToken);
        return arguments;
    }

    private Expression ParseArgumentExpression()
    {
        var saved = _context;
        _context &= ~(ContextFlags.DisallowIn | ContextFlags.Decorator);
        var result = ParseArgumentOrArrayLiteralElement();
        _context = saved;
        return result;
    }

    private Expression ParseArgumentOrArrayLiteralElement()
    {
        if (_token == SyntaxKind.DotDotDotToken)
        {
            var start = TokenStart;
            NextToken();
            var expression = ParseAssignmentExpressionOrHigher(allowReturnTypeInArrowFunction: true);
            return new SpreadElement(SpanFrom(start), expression);
        }

        if (_token == SyntaxKind.CommaToken)
        {
            return new OmittedExpression(new TextSpan(TokenStart, 0));
        }

        return ParseAssignmentExpressionOrHigher(allowReturnTypeInArrowFunction: true);
    }

    /// <summary>An arbitrary-lookahead path: a whole type argument list is parsed before it is known to be one.</summary>
    private NodeList<TypeNode>? TryParseTypeArgumentsInExpressionWithBacktracking() => TryParse(static p => p.ParseTypeArgumentsInExpression());

    /// <summary>
    /// '&lt;T&gt;' after an expression: type arguments only if the list closes and what follows can
    /// follow type arguments (TypeScript's canFollowTypeArgumentsInExpression). Speculative.
    /// </summary>
    private NodeList<TypeNode>? ParseTypeArgumentsInExpression()
    {
        if (InContext(ContextFlags.JavaScript))
        {
            return null;
        }

        if (ReScanLessThanToken() != SyntaxKind.LessThanToken)
        {
            return null;
        }

        NextToken();
        var typeArguments = ParseDelimitedList(ParsingContext.TypeArguments, static p => p.ParseType());
        if (ReScanGreaterToken() != SyntaxKind.GreaterThanToken)
        {
            return null;
        }

        NextToken();
        return CanFollowTypeArgumentsInExpression() ? typeArguments : null;
    }

    private bool CanFollowTypeArgumentsInExpression()
    {
        switch (_token)
        {
            case SyntaxKind.OpenParenToken:
            case SyntaxKind.NoSubstitutionTemplateLiteral:
            case SyntaxKind.TemplateHead:
                return true;
            case SyntaxKind.LessThanToken:
            case SyntaxKind.GreaterThanToken:
            case SyntaxKind.PlusToken:
            case SyntaxKind.MinusToken:
                return false;
        }

        return HasPrecedingLineBreak || IsBinaryOperator() || !IsStartOfExpression();
    }

    private Expression ParsePrimaryExpression()
    {
        var start = TokenStart;
        switch (_token)
        {
            case SyntaxKind.NoSubstitutionTemplateLiteral:
                _lexer.ReportTemplateEscapeErrors();
                return ParseLiteralNode();
            case SyntaxKind.NumericLiteral:
            case SyntaxKind.BigIntLiteral:
            case SyntaxKind.StringLiteral:
                return ParseLiteralNode();
            case SyntaxKind.ThisKeyword:
            case SyntaxKind.SuperKeyword:
            case SyntaxKind.NullKeyword:
            case SyntaxKind.TrueKeyword:
            case SyntaxKind.FalseKeyword:
                {
                    var node = new KeywordExpression(_token, new TextSpan(TokenStart, TokenEnd - TokenStart));
                    NextToken();
                    return node;
                }

            case SyntaxKind.OpenParenToken:
                {
                    NextToken();
                    var expression = AllowInAnd(static p => p.ParseExpression());
                    ParseExpected(SyntaxKind.CloseParenToken);
                    return new ParenthesizedExpression(SpanFrom(start), expression);
                }

            case SyntaxKind.OpenBracketToken:
                {
                    NextToken();
                    var elements = ParseDelimitedList(ParsingContext.ArrayLiteralMembers, static p => p.ParseArgumentOrArrayLiteralElement());
                    ParseExpected(SyntaxKind.CloseBracketToken);
                    return new ArrayLiteralExpression(SpanFrom(start), elements);
                }

            case SyntaxKind.OpenBraceToken:
                return ParseObjectLiteralExpression();
            case SyntaxKind.AsyncKeyword:
                if (!LookAhead(static p => p.NextTokenIsFunctionKeywordOnSameLine()))
                {
                    break;
                }

                return ParseFunctionExpression();
            case SyntaxKind.AtToken:
                {
                    var modifiers = ParseModifiers(allowDecorators: true);
                    if (_token == SyntaxKind.ClassKeyword)
                    {
                        return ParseClassExpression(start, modifiers);
                    }

                    CreateMissingIdentifier(true, SyntaxErrors.ExpressionExpected);
                    return new MissingDeclarationExpression(SpanFrom(start), modifiers);
                }

            case SyntaxKind.ClassKeyword:
                return ParseClassExpression(start, ModifierList.Empty);
            case SyntaxKind.FunctionKeyword:
                return ParseFunctionExpression();
            case SyntaxKind.NewKeyword:
                return ParseNewExpressionOrNewDotTarget();
            case SyntaxKind.SlashToken:
            case SyntaxKind.SlashEqualsToken:
                if (ReScanSlashToken() == SyntaxKind.RegularExpressionLiteral)
                {
                    return ParseLiteralNode();
                }

                break;
            case SyntaxKind.TemplateHead:
                return ParseTemplateExpression(isTaggedTemplate: false);
            case SyntaxKind.PrivateIdentifier:
                return ParsePrivateIdentifier();
        }

        return ParseIdentifier(IdentifierRole.Reference, SyntaxErrors.ExpressionExpected);
    }

    private LiteralExpression ParseLiteralNode()
    {
        var span = new TextSpan(TokenStart, TokenEnd - TokenStart);
        var flags = _lexer.Flags;
        LiteralExpression node = _token switch
        {
            SyntaxKind.StringLiteral => new StringLiteral(span, _text, flags),
            SyntaxKind.NumericLiteral => new NumericLiteral(span, _text, flags),
            SyntaxKind.BigIntLiteral => new BigIntLiteral(span, _text, flags),
            SyntaxKind.RegularExpressionLiteral => new RegularExpressionLiteral(span, _text, flags),
            SyntaxKind.NoSubstitutionTemplateLiteral => new NoSubstitutionTemplateLiteral(span, _text, flags),
            _ => new TemplateLiteralPiece(_token, span, _text, flags),
        };
        NextToken();
        return node;
    }

    private ObjectLiteralExpression ParseObjectLiteralExpression()
    {
        var start = TokenStart;
        if (!TryEnter())
        {
            NextToken();
            return new ObjectLiteralExpression(SpanFrom(start), NodeList<Node>.Empty);
        }

        ParseExpected(SyntaxKind.OpenBraceToken);
        var properties = ParseDelimitedList(ParsingContext.ObjectLiteralMembers, static p => p.ParseObjectLiteralElement(), considerSemicolonAsDelimiter: true);
        ParseExpected(SyntaxKind.CloseBraceToken);
        Leave();
        return new ObjectLiteralExpression(SpanFrom(start), properties);
    }

    private Node ParseObjectLiteralElement()
    {
        var start = TokenStart;
        if (ParseOptional(SyntaxKind.DotDotDotToken))
        {
            var expression = ParseAssignmentExpressionOrHigher(allowReturnTypeInArrowFunction: true);
            return new SpreadAssignment(SpanFrom(start), expression);
        }

        var modifiers = ParseModifiers(allowDecorators: true);
        if (ParseContextualModifier(SyntaxKind.GetKeyword))
        {
            return ParseAccessorDeclaration(start, modifiers, isGet: true, isType: false);
        }

        if (ParseContextualModifier(SyntaxKind.SetKeyword))
        {
            return ParseAccessorDeclaration(start, modifiers, isGet: false, isType: false);
        }

        var asterisk = ParseOptionalToken(SyntaxKind.AsteriskToken);
        var tokenIsIdentifier = IsIdentifier();
        var name = ParsePropertyName();
        var question = ParseOptionalToken(SyntaxKind.QuestionToken);
        var exclamation = ParseOptionalToken(SyntaxKind.ExclamationToken);
        if (asterisk is not null || _token is SyntaxKind.OpenParenToken or SyntaxKind.LessThanToken)
        {
            return ParseMethodDeclaration(start, modifiers, asterisk, name, question, null);
        }

        if (tokenIsIdentifier && _token != SyntaxKind.ColonToken && name is Identifier shorthand)
        {
            var equals = ParseOptionalToken(SyntaxKind.EqualsToken);
            var initializer = equals is not null ? AllowInAnd(static p => p.ParseAssignmentExpressionOrHigher(allowReturnTypeInArrowFunction: true)) : null;
            return new ShorthandPropertyAssignment(SpanFrom(start), WithRole(shorthand, IdentifierRole.Reference), question ?? exclamation, equals, initializer);
        }

        ParseExpected(SyntaxKind.ColonToken);
        var value = AllowInAnd(static p => p.ParseAssignmentExpressionOrHigher(allowReturnTypeInArrowFunction: true));
        return new PropertyAssignment(SpanFrom(start), name, question ?? exclamation, value);
    }

    private FunctionExpression ParseFunctionExpression()
    {
        var saved = _context;
        _context &= ~ContextFlags.Decorator;
        var start = TokenStart;
        var modifiers = ParseModifiers(allowDecorators: false);
        ParseExpected(SyntaxKind.FunctionKeyword);
        var asterisk = ParseOptionalToken(SyntaxKind.AsteriskToken);
        var isGenerator = asterisk is not null;
        var isAsync = modifiers.Has(ModifierFlags.Async);
        var nameContext = _context;
        _context = isGenerator ? _context | ContextFlags.Yield : _context & ~ContextFlags.Yield;
        _context = isAsync ? _context | ContextFlags.Await : _context & ~ContextFlags.Await;
        var name = ParseOptionalBindingIdentifier();
        _context = nameContext;
        var typeParameters = ParseTypeParameters();
        var parameters = ParseParameters(isGenerator, isAsync);
        var type = ParseReturnType(SyntaxKind.ColonToken, isType: false);
        var body = ParseFunctionBlock(isGenerator, isAsync);
        _context = saved;
        return new FunctionExpression(SpanFrom(start), modifiers, asterisk, name, typeParameters, parameters, type, body);
    }

    private Expression ParseNewExpressionOrNewDotTarget()
    {
        var start = TokenStart;
        ParseExpected(SyntaxKind.NewKeyword);
        if (ParseOptional(SyntaxKind.DotToken))
        {
            var name = ParseIdentifierName(IdentifierRole.Property);
            return new MetaProperty(SpanFrom(start), SyntaxKind.NewKeyword, name);
        }

        var expressionStart = TokenStart;
        var expression = ParseMemberExpressionRest(expressionStart, ParsePrimaryExpressionGuarded(), allowOptionalChain: false);
        NodeList<TypeNode>? typeArguments = null;
        if (expression is ExpressionWithTypeArguments withArguments)
        {
            typeArguments = withArguments.TypeArguments;
            expression = withArguments.Expression;
        }

        if (_token == SyntaxKind.QuestionDotToken)
        {
            ErrorAtCurrentToken(SyntaxErrors.InvalidOptionalChainFromNew, _source.ToString(expression.Span));
        }

        var arguments = _token == SyntaxKind.OpenParenToken ? ParseArgumentList() : null;
        return new NewExpression(SpanFrom(start), expression, typeArguments, arguments);
    }

    private Expression ParsePrimaryExpressionGuarded()
    {
        // 'new new new ...' recurses through the primary expression only.
        if (!TryEnter())
        {
            return CreateMissingIdentifier(false, null);
        }

        var result = ParsePrimaryExpression();
        Leave();
        return result;
    }

    private TemplateExpression ParseTemplateExpression(bool isTaggedTemplate)
    {
        var start = TokenStart;
        if (!isTaggedTemplate)
        {
            _lexer.ReportTemplateEscapeErrors();
        }

        var head = (TemplateLiteralPiece)ParseLiteralNode();
        var spans = new List<TemplateSpan>();
        TemplateSpan span;
        do
        {
            span = ParseTemplateSpan(isTaggedTemplate);
            spans.Add(span);
        }
        while (span.Literal.Kind == SyntaxKind.TemplateMiddle);

        return new TemplateExpression(SpanFrom(start), head, new NodeList<TemplateSpan>(spans.ToArray()));
    }

    private TemplateSpan ParseTemplateSpan(bool isTaggedTemplate)
    {
        var start = TokenStart;
        var expression = AllowInAnd(static p => p.ParseExpression());
        var literal = ParseLiteralOfTemplateSpan(isTaggedTemplate);
        return new TemplateSpan(SpanFrom(start), expression, literal);
    }

    private TemplateLiteralPiece ParseLiteralOfTemplateSpan(bool isTaggedTemplate)
    {
        if (_token == SyntaxKind.CloseBraceToken)
        {
            ReScanTemplateToken(isTaggedTemplate);
            return (TemplateLiteralPiece)ParseLiteralNode();
        }

        ErrorAtCurrentToken(SyntaxErrors.TokenExpected, "}");
        return new TemplateLiteralPiece(SyntaxKind.TemplateTail, new TextSpan(_prevTokenEnd, 0), _text, Lexing.TokenFlags.Unterminated);
    }

    // ----- arrow functions --------------------------------------------------------------------

    private ArrowFunction? TryParseParenthesizedArrowFunctionExpression(bool allowReturnTypeInArrowFunction)
    {
        var state = IsParenthesizedArrowFunctionExpression();
        if (state == Tristate.False)
        {
            return null;
        }

        return state == Tristate.True
            ? ParseParenthesizedArrowFunctionExpression(allowAmbiguity: true, allowReturnTypeInArrowFunction)
            : TryParsePossibleParenthesizedArrowFunctionWithBacktracking(allowReturnTypeInArrowFunction);
    }

    /// <summary>An arbitrary-lookahead path: parses a whole signature to learn whether '(' opens an arrow function.</summary>
    private ArrowFunction? TryParsePossibleParenthesizedArrowFunctionWithBacktracking(bool allowReturnTypeInArrowFunction)
    {
        var tokenStart = TokenStart;
        if (_notParenthesizedArrow.Contains(tokenStart))
        {
            return null;
        }

        var result = allowReturnTypeInArrowFunction
            ? TryParse(static p => p.ParseParenthesizedArrowFunctionExpression(allowAmbiguity: false, allowReturnTypeInArrowFunction: true))
            : TryParse(static p => p.ParseParenthesizedArrowFunctionExpression(allowAmbiguity: false, allowReturnTypeInArrowFunction: false));
        if (result is null)
        {
            _notParenthesizedArrow.Add(tokenStart);
        }

        return result;
    }

    private ArrowFunction? TryParseAsyncSimpleArrowFunctionExpression(bool allowReturnTypeInArrowFunction)
    {
        if (_token == SyntaxKind.AsyncKeyword && TryParseAsyncSimpleArrowFunctionWithBacktracking())
        {
            var start = TokenStart;
            var modifiers = SingleModifier(SyntaxKind.AsyncKeyword);
            var expression = ParseBinaryExpressionOrHigher(Precedence.Lowest);
            if (expression is Identifier identifier)
            {
                return ParseSimpleArrowFunctionExpression(start, identifier, allowReturnTypeInArrowFunction, modifiers);
            }
        }

        return null;
    }

    /// <summary>An arbitrary-lookahead path: 'async x =>' needs a whole binary expression to be recognised.</summary>
    private bool TryParseAsyncSimpleArrowFunctionWithBacktracking()
    {
        if (SpeculationExhausted)
        {
            return false;
        }

        return LookAhead(static p => p.IsUnParenthesizedAsyncArrowFunctionWorker()) == Tristate.True;
    }

    private ArrowFunction ParseSimpleArrowFunctionExpression(int start, Identifier identifier, bool allowReturnTypeInArrowFunction, ModifierList modifiers)
    {
        var name = WithRole(identifier, IdentifierRole.Binding);
        var parameter = new Parameter(identifier.Span, ModifierList.Empty, null, name, null, null, null);
        var arrow = ParseExpectedToken(SyntaxKind.EqualsGreaterThanToken);
        var body = ParseArrowFunctionExpressionBody(modifiers.Has(ModifierFlags.Async), allowReturnTypeInArrowFunction);
        return new ArrowFunction(SpanFrom(start), modifiers, null, new NodeList<Parameter>([parameter]), null, arrow, body);
    }

    private ArrowFunction? ParseParenthesizedArrowFunctionExpression(bool allowAmbiguity, bool allowReturnTypeInArrowFunction)
    {
        var start = TokenStart;
        var modifiers = _token == SyntaxKind.AsyncKeyword ? SingleModifier(SyntaxKind.AsyncKeyword) : ModifierList.Empty;
        var isAsync = modifiers.Has(ModifierFlags.Async);
        var typeParameters = ParseTypeParameters();
        NodeList<Parameter> parameters;
        if (!ParseExpected(SyntaxKind.OpenParenToken))
        {
            if (!allowAmbiguity)
            {
                return null;
            }

            parameters = NodeList<Parameter>.Empty;
        }
        else
        {
            var parsed = ParseParametersWorker(isGenerator: false, isAsync, allowAmbiguity);
            if (parsed is null)
            {
                return null;
            }

            parameters = parsed;
            if (!ParseExpected(SyntaxKind.CloseParenToken) && !allowAmbiguity)
            {
                return null;
            }
        }

        var hasReturnColon = _token == SyntaxKind.ColonToken;
        var type = ParseReturnType(SyntaxKind.ColonToken, isType: false);
        if (type is not null && !allowAmbiguity && TypeHasArrowFunctionBlockingParseError(type))
        {
            return null;
        }

        // A signature alone is ambiguous ('(x = 10)', '(x, y)', 'a ? (b) : c'): require '=>' or '{'.
        if (!allowAmbiguity && _token != SyntaxKind.EqualsGreaterThanToken && _token != SyntaxKind.OpenBraceToken)
        {
            return null;
        }

        var lastToken = _token;
        var arrow = ParseExpectedToken(SyntaxKind.EqualsGreaterThanToken);
        Node body = lastToken is SyntaxKind.EqualsGreaterThanToken or SyntaxKind.OpenBraceToken
            ? ParseArrowFunctionExpressionBody(isAsync, allowReturnTypeInArrowFunction)
            : ParseIdentifier();

        // 'x ? (y): z => ...': if the arrow has a return type it must be followed by ':' to be valid here.
        if (!allowReturnTypeInArrowFunction && hasReturnColon && _token != SyntaxKind.ColonToken)
        {
            return null;
        }

        return new ArrowFunction(SpanFrom(start), modifiers, typeParameters, parameters, type, arrow, body);
    }

    private static bool TypeHasArrowFunctionBlockingParseError(TypeNode type) => type switch
    {
        TypeReference reference => reference.TypeName is Identifier { IsMissing: true },
        FunctionType function => TypeHasArrowFunctionBlockingParseError(function.Type),
        ConstructorType constructor => TypeHasArrowFunctionBlockingParseError(constructor.Type),
        ParenthesizedType parenthesized => TypeHasArrowFunctionBlockingParseError(parenthesized.Type),
        _ => false,
    };

    private Node ParseArrowFunctionExpressionBody(bool isAsync, bool allowReturnTypeInArrowFunction)
    {
        if (_token == SyntaxKind.OpenBraceToken)
        {
            return ParseFunctionBlock(isGenerator: false, isAsync);
        }

        if (_token is not (SyntaxKind.SemicolonToken or SyntaxKind.FunctionKeyword or SyntaxKind.ClassKeyword)
            && IsStartOfStatement() && !IsStartOfExpressionStatement())
        {
            // 'a => let v = 0; }': a block without its '{'.
            return ParseFunctionBlock(isGenerator: false, isAsync, ignoreMissingOpenBrace: true);
        }

        var saved = _context;
        _context = isAsync ? _context | ContextFlags.Await : _context & ~ContextFlags.Await;
        var body = ParseAssignmentExpressionOrHigher(allowReturnTypeInArrowFunction);
        _context = saved;
        return body;
    }
}
