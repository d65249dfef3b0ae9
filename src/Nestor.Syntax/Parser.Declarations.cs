using Nestor.Text;

namespace Nestor.Syntax;

internal sealed partial class Parser
{
    private Statement ParseDeclaration()
    {
        var start = TokenStart;
        var modifiers = ParseModifiers(allowDecorators: true);
        if (modifiers.Has(ModifierFlags.Ambient))
        {
            var saved = _context;
            _context |= ContextFlags.Ambient;
            var declaration = ParseDeclarationWorker(start, modifiers);
            _context = saved;
            return declaration;
        }

        return ParseDeclarationWorker(start, modifiers);
    }

    private Statement ParseDeclarationWorker(int start, ModifierList modifiers)
    {
        switch (_token)
        {
            case SyntaxKind.VarKeyword:
            case SyntaxKind.LetKeyword:
            case SyntaxKind.ConstKeyword:
            case SyntaxKind.UsingKeyword:
            case SyntaxKind.AwaitKeyword:
                return ParseVariableStatement(start, modifiers);
            case SyntaxKind.FunctionKeyword:
                return ParseFunctionDeclaration(start, modifiers);
            case SyntaxKind.ClassKeyword:
                return ParseClassDeclaration(start, modifiers);
            case SyntaxKind.InterfaceKeyword:
                return ParseInterfaceDeclaration(start, modifiers);
            case SyntaxKind.TypeKeyword:
                return ParseTypeAliasDeclaration(start, modifiers);
            case SyntaxKind.EnumKeyword:
                return ParseEnumDeclaration(start, modifiers);
            case SyntaxKind.GlobalKeyword:
            case SyntaxKind.ModuleKeyword:
            case SyntaxKind.NamespaceKeyword:
                return ParseModuleDeclaration(start, modifiers);
            case SyntaxKind.ImportKeyword:
                return ParseImportDeclarationOrImportEquals(start, modifiers);
            case SyntaxKind.ExportKeyword:
                NextToken();
                return _token switch
                {
                    SyntaxKind.DefaultKeyword or SyntaxKind.EqualsToken => ParseExportAssignment(start, modifiers),
                    SyntaxKind.AsKeyword => ParseNamespaceExportDeclaration(start, modifiers),
                    _ => ParseExportDeclaration(start, modifiers),
                };
            default:
                // Decorators or modifiers with nothing to apply to.
                ErrorAt(_lexer.FullStart, _lexer.FullStart, SyntaxErrors.DeclarationExpected);
                return new MissingDeclaration(SpanFrom(start), modifiers);
        }
    }

    private VariableStatement ParseVariableStatement(int start, ModifierList modifiers)
    {
        var list = ParseVariableDeclarationList(inForStatementInitializer: false);
        ParseSemicolon();
        return new VariableStatement(SpanFrom(start), modifiers, list);
    }

    private VariableDeclarationList ParseVariableDeclarationList(bool inForStatementInitializer)
    {
        var start = TokenStart;
        var kind = VariableDeclarationKind.Var;
        switch (_token)
        {
            case SyntaxKind.LetKeyword:
                kind = VariableDeclarationKind.Let;
                break;
            case SyntaxKind.ConstKeyword:
                kind = VariableDeclarationKind.Const;
                break;
            case SyntaxKind.UsingKeyword:
                kind = VariableDeclarationKind.Using;
                break;
            case SyntaxKind.AwaitKeyword:
                kind = VariableDeclarationKind.AwaitUsing;
                NextToken();
                break;
        }

        NextToken();
        NodeList<VariableDeclaration> declarations;

        // 'for (let of x)' declares nothing: 'of' is the keyword here, not a name.
        if (_token == SyntaxKind.OfKeyword && LookAhead(static p => p.NextTokenIsIdentifier() && p.NextToken() == SyntaxKind.CloseParenToken))
        {
            declarations = NodeList<VariableDeclaration>.Empty;
        }
        else
        {
            var saved = _context;
            _context = inForStatementInitializer ? _context | ContextFlags.DisallowIn : _context & ~ContextFlags.DisallowIn;
            declarations = inForStatementInitializer
                ? ParseDelimitedList(ParsingContext.VariableDeclarations, static p => p.ParseVariableDeclaration(allowExclamation: false))
                : ParseDelimitedList(ParsingContext.VariableDeclarations, static p => p.ParseVariableDeclaration(allowExclamation: true));
            _context = saved;
        }

        return new VariableDeclarationList(SpanFrom(start), kind, declarations);
    }

    private VariableDeclaration ParseVariableDeclaration(bool allowExclamation)
    {
        var start = TokenStart;
        var name = ParseIdentifierOrPattern();
        TokenNode? exclamation = null;
        if (allowExclamation && name is Identifier && _token == SyntaxKind.ExclamationToken && !HasPrecedingLineBreak)
        {
            exclamation = ParseTokenNode();
        }

        var type = ParseTypeAnnotation();
        var initializer = _token is SyntaxKind.InKeyword or SyntaxKind.OfKeyword ? null : ParseInitializer();
        return new VariableDeclaration(SpanFrom(start), name, exclamation, type, initializer);
    }

    private Node ParseIdentifierOrPattern()
    {
        if (_token == SyntaxKind.OpenBracketToken)
        {
            return ParseArrayBindingPattern();
        }

        if (_token == SyntaxKind.OpenBraceToken)
        {
            return ParseObjectBindingPattern();
        }

        return ParseBindingIdentifier();
    }

    private ObjectBindingPattern ParseObjectBindingPattern()
    {
        var start = TokenStart;
        if (!TryEnter())
        {
            NextToken();
            return new ObjectBindingPattern(SpanFrom(start), NodeList<BindingElement>.Empty);
        }

        ParseExpected(SyntaxKind.OpenBraceToken);
        var elements = AllowInAnd(static p => p.ParseDelimitedList(ParsingContext.ObjectBindingElements, static q => q.ParseObjectBindingElement()));
        ParseExpected(SyntaxKind.CloseBraceToken);
        Leave();
        return new ObjectBindingPattern(SpanFrom(start), elements);
    }

    private BindingElement ParseObjectBindingElement()
    {
        var start = TokenStart;
        var dotDotDot = ParseOptionalToken(SyntaxKind.DotDotDotToken);
        var tokenIsIdentifier = IsBindingIdentifier();
        Node? propertyName = ParsePropertyName();
        Node name;
        if (tokenIsIdentifier && _token != SyntaxKind.ColonToken)
        {
            name = propertyName is Identifier identifier ? WithRole(identifier, IdentifierRole.Binding) : propertyName;
            propertyName = null;
        }
        else
        {
            ParseExpected(SyntaxKind.ColonToken);
            name = ParseIdentifierOrPattern();
        }

        var initializer = ParseInitializer();
        return new BindingElement(SpanFrom(start), dotDotDot, propertyName, name, initializer);
    }

    private ArrayBindingPattern ParseArrayBindingPattern()
    {
        var start = TokenStart;
        if (!TryEnter())
        {
            NextToken();
            return new ArrayBindingPattern(SpanFrom(start), NodeList<Node>.Empty);
        }

        ParseExpected(SyntaxKind.OpenBracketToken);
        var elements = AllowInAnd(static p => p.ParseDelimitedList(ParsingContext.ArrayBindingElements, static q => q.ParseArrayBindingElement()));
        ParseExpected(SyntaxKind.CloseBracketToken);
        Leave();
        return new ArrayBindingPattern(SpanFrom(start), elements);
    }

    private Node ParseArrayBindingElement()
    {
        var start = TokenStart;
        if (_token == SyntaxKind.CommaToken)
        {
            return new OmittedExpression(new TextSpan(start, 0));
        }

        var dotDotDot = ParseOptionalToken(SyntaxKind.DotDotDotToken);
        var name = ParseIdentifierOrPattern();
        var initializer = ParseInitializer();
        return new BindingElement(SpanFrom(start), dotDotDot, null, name, initializer);
    }

    private TypeNode? ParseTypeAnnotation() => ParseOptional(SyntaxKind.ColonToken) ? ParseType() : null;

    private Expression? ParseInitializer() => ParseOptional(SyntaxKind.EqualsToken) ? ParseAssignmentExpressionOrHigher(allowReturnTypeInArrowFunction: true) : null;

    private FunctionDeclaration ParseFunctionDeclaration(int start, ModifierList modifiers)
    {
        var savedContext = _context;
        ParseExpected(SyntaxKind.FunctionKeyword);
        var asterisk = ParseOptionalToken(SyntaxKind.AsteriskToken);
        var name = modifiers.Has(ModifierFlags.Default) ? ParseOptionalBindingIdentifier() : ParseBindingIdentifier();
        var isGenerator = asterisk is not null;
        var isAsync = modifiers.Has(ModifierFlags.Async);
        var typeParameters = ParseTypeParameters();
        if (modifiers.Has(ModifierFlags.Export))
        {
            _context |= ContextFlags.Await;
        }

        var parameters = ParseParameters(isGenerator, isAsync);
        var type = ParseReturnType(SyntaxKind.ColonToken, isType: false);
        var body = ParseFunctionBlockOrSemicolon(isGenerator, isAsync, error: SyntaxErrors.BraceOrSemicolonExpected);
        _context = savedContext;
        return new FunctionDeclaration(SpanFrom(start), modifiers, asterisk, name, typeParameters, parameters, type, body);
    }

    private NodeList<TypeParameter>? ParseTypeParameters()
    {
        if (_token == SyntaxKind.LessThanToken)
        {
            return ParseBracketedList(ParsingContext.TypeParameters, static p => p.ParseTypeParameter(), SyntaxKind.LessThanToken, SyntaxKind.GreaterThanToken);
        }

        return null;
    }

    private TypeParameter ParseTypeParameter()
    {
        var start = TokenStart;
        var modifiers = ParseModifiers(allowDecorators: false, permitConstAsModifier: true);
        var name = ParseIdentifier(IdentifierRole.Binding);
        TypeNode? constraint = null;
        if (ParseOptional(SyntaxKind.ExtendsKeyword))
        {
            // An expression where a constraint should be is parsed (and dropped) so that recovery is good.
            if (IsStartOfType() || !IsStartOfExpression())
            {
                constraint = ParseType();
            }
            else
            {
                var expressionStart = TokenStart;
                ParseUnaryExpressionOrHigher();
                ErrorAt(expressionStart, _prevTokenEnd, SyntaxErrors.TypeExpected);
            }
        }

        var defaultType = ParseOptional(SyntaxKind.EqualsToken) ? ParseType() : null;
        return new TypeParameter(SpanFrom(start), modifiers, name, constraint, defaultType);
    }

    private NodeList<Parameter> ParseParameters(bool isGenerator, bool isAsync)
    {
        if (!ParseExpected(SyntaxKind.OpenParenToken))
        {
            return NodeList<Parameter>.Empty;
        }

        var parameters = ParseParametersWorker(isGenerator, isAsync, allowAmbiguity: true)!;
        ParseExpected(SyntaxKind.CloseParenToken);
        return parameters;
    }

    private NodeList<Parameter>? ParseParametersWorker(bool isGenerator, bool isAsync, bool allowAmbiguity)
    {
        var saved = _context;
        var outerAwait = InContext(ContextFlags.Await);
        _context = isGenerator ? _context | ContextFlags.Yield : _context & ~ContextFlags.Yield;
        _context = isAsync ? _context | ContextFlags.Await : _context & ~ContextFlags.Await;
        var parameters = allowAmbiguity
            ? (outerAwait
                ? ParseDelimitedListOrNull(ParsingContext.Parameters, static p => p.ParseParameterWorker(inOuterAwaitContext: true, allowAmbiguity: true))
                : ParseDelimitedListOrNull(ParsingContext.Parameters, static p => p.ParseParameterWorker(inOuterAwaitContext: false, allowAmbiguity: true)))
            : (outerAwait
                ? ParseDelimitedListOrNull(ParsingContext.Parameters, static p => p.ParseParameterWorker(inOuterAwaitContext: true, allowAmbiguity: false))
                : ParseDelimitedListOrNull(ParsingContext.Parameters, static p => p.ParseParameterWorker(inOuterAwaitContext: false, allowAmbiguity: false)));
        _context = saved;
        return parameters;
    }

    private Parameter? ParseParameterWorker(bool inOuterAwaitContext, bool allowAmbiguity)
    {
        var start = TokenStart;

        // Decorators are parsed in the outer await context, the rest in the function's own.
        var saved = _context;
        _context = inOuterAwaitContext ? _context | ContextFlags.Await : _context & ~ContextFlags.Await;
        var modifiers = ParseModifiers(allowDecorators: true);
        _context = saved;
        if (_token == SyntaxKind.ThisKeyword)
        {
            var thisName = CreateIdentifier(true, IdentifierRole.Binding);
            var thisType = ParseTypeAnnotation();
            if (!modifiers.IsEmpty)
            {
                ErrorAt(modifiers.Items[0].Span.Start, modifiers.Items[0].Span.End, SyntaxErrors.ModifiersOnThisParameter);
            }

            return new Parameter(SpanFrom(start), modifiers, null, thisName, null, thisType, null);
        }

        var dotDotDot = ParseOptionalToken(SyntaxKind.DotDotDotToken);
        if (!allowAmbiguity && !IsParameterNameStart())
        {
            return null;
        }

        var name = ParseNameOfParameter(modifiers);
        var question = ParseOptionalToken(SyntaxKind.QuestionToken);
        var type = ParseTypeAnnotation();
        var initializer = ParseInitializer();
        return new Parameter(SpanFrom(start), modifiers, dotDotDot, name, question, type, initializer);
    }

    private bool IsParameterNameStart() => IsBindingIdentifier() || _token is SyntaxKind.OpenBracketToken or SyntaxKind.OpenBraceToken;

    private Node ParseNameOfParameter(ModifierList modifiers)
    {
        var name = ParseIdentifierOrPattern();
        if (name.Span.Length == 0 && modifiers.IsEmpty && IsModifierKind(_token))
        {
            // 'function f(static)': the modifier word is not a name in strict code; skip it so that the list moves on.
            NextToken();
        }

        return name;
    }

    private TypeNode? ParseReturnType(SyntaxKind returnToken, bool isType)
    {
        if (ShouldParseReturnType(returnToken, isType))
        {
            var saved = _context;
            _context &= ~ContextFlags.DisallowConditionalTypes;
            var type = ParseTypeOrTypePredicate();
            _context = saved;
            return type;
        }

        return null;
    }

    private bool ShouldParseReturnType(SyntaxKind returnToken, bool isType)
    {
        if (returnToken == SyntaxKind.EqualsGreaterThanToken)
        {
            ParseExpected(returnToken);
            return true;
        }

        if (ParseOptional(SyntaxKind.ColonToken))
        {
            return true;
        }

        if (isType && _token == SyntaxKind.EqualsGreaterThanToken)
        {
            // 'new () => T' written where ':' belongs: report, and parse the type anyway.
            ErrorAtCurrentToken(SyntaxErrors.TokenExpected, ":");
            NextToken();
            return true;
        }

        return false;
    }

    private InterfaceDeclaration ParseInterfaceDeclaration(int start, ModifierList modifiers)
    {
        ParseExpected(SyntaxKind.InterfaceKeyword);
        var name = ParseIdentifier(IdentifierRole.Binding);
        var typeParameters = ParseTypeParameters();
        var heritage = ParseHeritageClauses();
        var members = ParseObjectTypeMembers();
        return new InterfaceDeclaration(SpanFrom(start), modifiers, name, typeParameters, heritage, members);
    }

    private TypeAliasDeclaration ParseTypeAliasDeclaration(int start, ModifierList modifiers)
    {
        ParseExpected(SyntaxKind.TypeKeyword);
        if (HasPrecedingLineBreak)
        {
            ErrorAtCurrentToken(SyntaxErrors.LineBreakNotPermitted);
        }

        var name = ParseIdentifier(IdentifierRole.Binding);
        var typeParameters = ParseTypeParameters();
        ParseExpected(SyntaxKind.EqualsToken);
        TypeNode? type = null;
        if (_token == SyntaxKind.IntrinsicKeyword)
        {
            type = TryParse(static p => p.ParseKeywordAndNoDot());
        }

        type ??= ParseType();
        ParseSemicolon();
        return new TypeAliasDeclaration(SpanFrom(start), modifiers, name, typeParameters, type);
    }

    private EnumDeclaration ParseEnumDeclaration(int start, ModifierList modifiers)
    {
        ParseExpected(SyntaxKind.EnumKeyword);
        var name = ParseIdentifier(IdentifierRole.Binding);
        NodeList<EnumMember> members;
        if (ParseExpected(SyntaxKind.OpenBraceToken))
        {
            var saved = _context;
            _context &= ~(ContextFlags.Yield | ContextFlags.Await);
            members = ParseDelimitedList(ParsingContext.EnumMembers, static p => p.ParseEnumMember());
            _context = saved;
            ParseExpected(SyntaxKind.CloseBraceToken);
        }
        else
        {
            members = NodeList<EnumMember>.Empty;
        }

        return new EnumDeclaration(SpanFrom(start), modifiers, name, members);
    }

    private EnumMember ParseEnumMember()
    {
        var start = TokenStart;
        var name = ParsePropertyName();
        var initializer = AllowInAnd(static p => p.ParseInitializer());
        return new EnumMember(SpanFrom(start), name, initializer);
    }
}
