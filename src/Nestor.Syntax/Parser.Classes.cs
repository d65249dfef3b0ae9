using Nestor.Text;

namespace Nestor.Syntax;

internal sealed partial class Parser
{
    private ClassDeclaration ParseClassDeclaration(int start, ModifierList modifiers)
    {
        var (name, typeParameters, heritage, members) = ParseClassParts(modifiers);
        return new ClassDeclaration(SpanFrom(start), modifiers, name, typeParameters, heritage, members);
    }

    private ClassExpression ParseClassExpression(int start, ModifierList modifiers)
    {
        var (name, typeParameters, heritage, members) = ParseClassParts(modifiers);
        return new ClassExpression(SpanFrom(start), modifiers, name, typeParameters, heritage, members);
    }

    private (Identifier? Name, NodeList<TypeParameter>? TypeParameters, NodeList<HeritageClause> Heritage, NodeList<ClassElement> Members) ParseClassParts(ModifierList modifiers)
    {
        var saved = _context;
        ParseExpected(SyntaxKind.ClassKeyword);
        var name = IsBindingIdentifier() && !IsImplementsClause() ? CreateIdentifier(true, IdentifierRole.Binding) : null;
        var typeParameters = ParseTypeParameters();
        if (modifiers.Has(ModifierFlags.Export))
        {
            _context |= ContextFlags.Await;
        }

        var heritage = ParseHeritageClauses();
        NodeList<ClassElement> members;
        if (ParseExpected(SyntaxKind.OpenBraceToken))
        {
            members = ParseList(ParsingContext.ClassMembers, static p => p.ParseClassElement());
            ParseExpected(SyntaxKind.CloseBraceToken);
        }
        else
        {
            members = NodeList<ClassElement>.Empty;
        }

        _context = saved;
        return (name, typeParameters, heritage, members);
    }

    private bool IsImplementsClause() => _token == SyntaxKind.ImplementsKeyword && LookAhead(static p => p.NextTokenIsIdentifierOrKeyword());

    private NodeList<HeritageClause> ParseHeritageClauses()
    {
        if (IsHeritageClause())
        {
            return ParseList(ParsingContext.HeritageClauses, static p => p.ParseHeritageClause());
        }

        return NodeList<HeritageClause>.Empty;
    }

    private HeritageClause ParseHeritageClause()
    {
        var start = TokenStart;
        var token = _token;
        NextToken();
        var types = ParseDelimitedList(ParsingContext.HeritageClauseElement, static p => p.ParseExpressionWithTypeArguments());
        return new HeritageClause(SpanFrom(start), token, types);
    }

    private ExpressionWithTypeArguments ParseExpressionWithTypeArguments()
    {
        var start = TokenStart;
        var expression = ParseLeftHandSideExpressionOrHigher();
        if (expression is ExpressionWithTypeArguments withArguments)
        {
            return withArguments;
        }

        var typeArguments = TryParseTypeArguments();
        return new ExpressionWithTypeArguments(SpanFrom(start), expression, typeArguments);
    }

    private ClassElement ParseClassElement()
    {
        var start = TokenStart;
        if (_token == SyntaxKind.SemicolonToken)
        {
            NextToken();
            return new SemicolonClassElement(SpanFrom(start));
        }

        var modifiers = ParseModifiers(allowDecorators: true, permitConstAsModifier: true, stopOnStartOfClassStaticBlock: true);
        if (_token == SyntaxKind.StaticKeyword && LookAhead(static p => p.NextToken() == SyntaxKind.OpenBraceToken))
        {
            NextToken();
            var saved = _context;
            _context = (_context | ContextFlags.Await) & ~ContextFlags.Yield;
            var body = ParseBlock(ignoreMissingOpenBrace: false);
            _context = saved;
            return new ClassStaticBlockDeclaration(SpanFrom(start), modifiers, body);
        }

        if (ParseContextualModifier(SyntaxKind.GetKeyword))
        {
            return ParseAccessorDeclaration(start, modifiers, isGet: true, isType: false);
        }

        if (ParseContextualModifier(SyntaxKind.SetKeyword))
        {
            return ParseAccessorDeclaration(start, modifiers, isGet: false, isType: false);
        }

        if (_token is SyntaxKind.ConstructorKeyword or SyntaxKind.StringLiteral && TryParseConstructorDeclaration(start, modifiers) is { } constructor)
        {
            return constructor;
        }

        if (IsIndexSignature())
        {
            return ParseIndexSignatureDeclaration(start, modifiers);
        }

        if (IsIdentifierOrKeywordToken(_token) || _token is SyntaxKind.StringLiteral or SyntaxKind.NumericLiteral or SyntaxKind.BigIntLiteral
            or SyntaxKind.AsteriskToken or SyntaxKind.OpenBracketToken)
        {
            if (modifiers.Has(ModifierFlags.Ambient))
            {
                var saved = _context;
                _context |= ContextFlags.Ambient;
                var member = ParsePropertyOrMethodDeclaration(start, modifiers);
                _context = saved;
                return member;
            }

            return ParsePropertyOrMethodDeclaration(start, modifiers);
        }

        // Modifiers with no member after them: a property with a missing name.
        var missingName = CreateMissingIdentifier(reportAtCurrentPosition: true, SyntaxErrors.DeclarationExpected, role: IdentifierRole.Property);
        return ParsePropertyDeclaration(start, modifiers, missingName, null);
    }

    private Constructor? TryParseConstructorDeclaration(int start, ModifierList modifiers)
    {
        if (_token == SyntaxKind.ConstructorKeyword)
        {
            NextToken();
        }
        else if (!(LookAhead(static p => p.NextToken() == SyntaxKind.OpenParenToken) && _lexer.TokenText.Length >= 2
                   && Lexing.LiteralCooker.CookString(_lexer.TokenText) == "constructor"))
        {
            return null;
        }
        else
        {
            NextToken();
        }

        var typeParameters = ParseTypeParameters();
        var parameters = ParseParameters(isGenerator: false, isAsync: false);
        var type = ParseReturnType(SyntaxKind.ColonToken, isType: false);
        var body = ParseFunctionBlockOrSemicolon(isGenerator: false, isAsync: false, error: SyntaxErrors.BraceOrSemicolonExpected);
        return new Constructor(SpanFrom(start), modifiers, typeParameters, parameters, type, body);
    }

    private TypeElement ParseAccessorDeclaration(int start, ModifierList modifiers, bool isGet, bool isType)
    {
        var name = ParsePropertyName();
        var typeParameters = ParseTypeParameters();
        var parameters = ParseParameters(isGenerator: false, isAsync: false);
        var type = ParseReturnType(SyntaxKind.ColonToken, isType: false);
        var body = ParseFunctionBlockOrSemicolon(isGenerator: false, isAsync: false, isType: isType);
        return isGet
            ? new GetAccessor(SpanFrom(start), modifiers, name, typeParameters, parameters, type, body)
            : new SetAccessor(SpanFrom(start), modifiers, name, typeParameters, parameters, type, body);
    }

    private IndexSignature ParseIndexSignatureDeclaration(int start, ModifierList modifiers)
    {
        var parameters = ParseBracketedList(ParsingContext.Parameters, static p => p.ParseParameterWorker(p.InContext(ContextFlags.Await), allowAmbiguity: true)!, SyntaxKind.OpenBracketToken, SyntaxKind.CloseBracketToken);
        var type = ParseTypeAnnotation();
        ParseTypeMemberSemicolon();
        return new IndexSignature(SpanFrom(start), modifiers, parameters, type);
    }

    private ClassElement ParsePropertyOrMethodDeclaration(int start, ModifierList modifiers)
    {
        var asterisk = ParseOptionalToken(SyntaxKind.AsteriskToken);
        var name = ParsePropertyName();
        var question = ParseOptionalToken(SyntaxKind.QuestionToken);
        if (asterisk is not null || _token is SyntaxKind.OpenParenToken or SyntaxKind.LessThanToken)
        {
            return ParseMethodDeclaration(start, modifiers, asterisk, name, question, SyntaxErrors.BraceOrSemicolonExpected);
        }

        return ParsePropertyDeclaration(start, modifiers, name, question);
    }

    private MethodDeclaration ParseMethodDeclaration(int start, ModifierList modifiers, TokenNode? asterisk, Node name, TokenNode? question, SyntaxErrorDescriptor? error)
    {
        var isGenerator = asterisk is not null;
        var isAsync = modifiers.Has(ModifierFlags.Async);
        var typeParameters = ParseTypeParameters();
        var parameters = ParseParameters(isGenerator, isAsync);
        var type = ParseReturnType(SyntaxKind.ColonToken, isType: false);
        var body = ParseFunctionBlockOrSemicolon(isGenerator, isAsync, error: error);
        return new MethodDeclaration(SpanFrom(start), modifiers, asterisk, name, question, typeParameters, parameters, type, body);
    }

    private PropertyDeclaration ParsePropertyDeclaration(int start, ModifierList modifiers, Node name, TokenNode? question)
    {
        var exclamation = question is null && !HasPrecedingLineBreak ? ParseOptionalToken(SyntaxKind.ExclamationToken) : null;
        var type = ParseTypeAnnotation();
        var saved = _context;
        _context &= ~(ContextFlags.Yield | ContextFlags.Await | ContextFlags.DisallowIn);
        var initializer = ParseInitializer();
        _context = saved;
        ParseSemicolonAfterPropertyName(name, type, initializer);
        return new PropertyDeclaration(SpanFrom(start), modifiers, name, question, exclamation, type, initializer);
    }

    private void ParseSemicolonAfterPropertyName(Node name, TypeNode? type, Expression? initializer)
    {
        if (_token == SyntaxKind.AtToken && !HasPrecedingLineBreak)
        {
            ErrorAtCurrentToken(SyntaxErrors.DecoratorsAfterPropertyName);
            return;
        }

        if (_token == SyntaxKind.OpenParenToken)
        {
            ErrorAtCurrentToken(SyntaxErrors.CallInTypeAnnotation);
            NextToken();
            return;
        }

        if (type is not null && !CanParseSemicolon())
        {
            ErrorAtCurrentToken(SyntaxErrors.TokenExpected, initializer is not null ? ";" : "=");
            return;
        }

        if (TryParseSemicolon())
        {
            return;
        }

        if (initializer is not null)
        {
            ErrorAtCurrentToken(SyntaxErrors.TokenExpected, ";");
            return;
        }

        ReportMissingSemicolonAfter(name);
    }

    private Node ParsePropertyName()
    {
        switch (_token)
        {
            case SyntaxKind.StringLiteral:
            case SyntaxKind.NumericLiteral:
            case SyntaxKind.BigIntLiteral:
                return ParseLiteralNode();
            case SyntaxKind.OpenBracketToken:
                {
                    var start = TokenStart;
                    NextToken();
                    var expression = AllowInAnd(static p => p.ParseExpression());
                    ParseExpected(SyntaxKind.CloseBracketToken);
                    return new ComputedPropertyName(SpanFrom(start), expression);
                }

            case SyntaxKind.PrivateIdentifier:
                return ParsePrivateIdentifier();
            default:
                return ParseIdentifierName(IdentifierRole.Property);
        }
    }
}
