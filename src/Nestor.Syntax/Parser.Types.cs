using Nestor.Text;

namespace Nestor.Syntax;

internal sealed partial class Parser
{
    private TypeNode ParseType()
    {
        if (!TryEnter())
        {
            return new TypeReference(new TextSpan(_prevTokenEnd, 0), CreateMissingIdentifier(false, null, role: IdentifierRole.Type), null);
        }

        // Types are never in a yield or await context.
        var saved = _context;
        _context &= ~(ContextFlags.Yield | ContextFlags.Await);
        var type = ParseTypeCore();
        _context = saved;
        Leave();
        return type;
    }

    private TypeNode ParseTypeCore()
    {
        if (IsStartOfFunctionTypeOrConstructorType())
        {
            return ParseFunctionOrConstructorType();
        }

        var start = TokenStart;
        var type = ParseUnionTypeOrHigher();
        if (!InContext(ContextFlags.DisallowConditionalTypes) && !HasPrecedingLineBreak && ParseOptional(SyntaxKind.ExtendsKeyword))
        {
            // The extends type may not itself be a conditional type.
            var saved = _context;
            _context |= ContextFlags.DisallowConditionalTypes;
            var extendsType = ParseType();
            _context = saved & ~ContextFlags.DisallowConditionalTypes;
            ParseExpected(SyntaxKind.QuestionToken);
            var trueType = ParseType();
            ParseExpected(SyntaxKind.ColonToken);
            var falseType = ParseType();
            _context = saved;
            return new ConditionalType(SpanFrom(start), type, extendsType, trueType, falseType);
        }

        return type;
    }

    private TypeNode ParseTypeOrTypePredicate()
    {
        var start = TokenStart;
        var predicateName = IsIdentifier() ? TryParse(static p => p.ParseTypePredicatePrefix()) : null;
        var type = ParseType();
        if (predicateName is not null)
        {
            return new TypePredicate(SpanFrom(start), null, predicateName, type);
        }

        return type;
    }

    private Identifier? ParseTypePredicatePrefix()
    {
        var id = ParseIdentifier(IdentifierRole.Reference);
        if (_token == SyntaxKind.IsKeyword && !HasPrecedingLineBreak)
        {
            NextToken();
            return id;
        }

        return null;
    }

    private TypeNode ParseFunctionOrConstructorType()
    {
        var start = TokenStart;
        var modifiers = _token == SyntaxKind.AbstractKeyword ? SingleModifier(SyntaxKind.AbstractKeyword) : ModifierList.Empty;
        var isConstructor = ParseOptional(SyntaxKind.NewKeyword);
        var typeParameters = ParseTypeParameters();
        var parameters = ParseParameters(isGenerator: false, isAsync: false);
        var type = ParseReturnType(SyntaxKind.EqualsGreaterThanToken, isType: false)!;
        return isConstructor
            ? new ConstructorType(SpanFrom(start), modifiers, typeParameters, parameters, type)
            : new FunctionType(SpanFrom(start), modifiers, typeParameters, parameters, type);
    }

    private TypeNode ParseUnionTypeOrHigher() => ParseUnionOrIntersectionType(SyntaxKind.BarToken);

    private TypeNode ParseIntersectionTypeOrHigher() => ParseUnionOrIntersectionType(SyntaxKind.AmpersandToken);

    private TypeNode ParseUnionOrIntersectionType(SyntaxKind operatorKind)
    {
        var start = TokenStart;
        var isUnion = operatorKind == SyntaxKind.BarToken;
        var hasLeadingOperator = ParseOptional(operatorKind);
        var type = (hasLeadingOperator ? ParseFunctionOrConstructorTypeToError(isUnion) : null) ?? ParseConstituentType(isUnion);
        if (_token == operatorKind || hasLeadingOperator)
        {
            var types = new List<TypeNode> { type };
            while (ParseOptional(operatorKind))
            {
                types.Add(ParseFunctionOrConstructorTypeToError(isUnion) ?? ParseConstituentType(isUnion));
            }

            var list = new NodeList<TypeNode>(types.ToArray());
            type = isUnion ? new UnionType(SpanFrom(start), list) : new IntersectionType(SpanFrom(start), list);
        }

        return type;
    }

    private TypeNode ParseConstituentType(bool isUnion) => isUnion ? ParseIntersectionTypeOrHigher() : ParseTypeOperatorOrHigher();

    private TypeNode? ParseFunctionOrConstructorTypeToError(bool isInUnionType)
    {
        if (IsStartOfFunctionTypeOrConstructorType())
        {
            var type = ParseFunctionOrConstructorType();
            ErrorAt(type.Span.Start, type.Span.End, isInUnionType ? SyntaxErrors.FunctionTypeInUnion : SyntaxErrors.FunctionTypeInIntersection);
            return type;
        }

        return null;
    }

    private TypeNode ParseTypeOperatorOrHigher()
    {
        var start = TokenStart;
        switch (_token)
        {
            case SyntaxKind.KeyOfKeyword:
            case SyntaxKind.UniqueKeyword:
            case SyntaxKind.ReadonlyKeyword:
                {
                    if (!TryEnter())
                    {
                        NextToken();
                        return new TypeReference(SpanFrom(start), CreateMissingIdentifier(false, null, role: IdentifierRole.Type), null);
                    }

                    var op = _token;
                    NextToken();
                    var operand = ParseTypeOperatorOrHigher();
                    Leave();
                    return new TypeOperator(SpanFrom(start), op, operand);
                }

            case SyntaxKind.InferKeyword:
                {
                    NextToken();
                    var parameterStart = TokenStart;
                    var name = ParseIdentifier(IdentifierRole.Binding);
                    var constraint = TryParse(static p => p.TryParseConstraintOfInferType());
                    var parameter = new TypeParameter(SpanFrom(parameterStart), ModifierList.Empty, name, constraint, null);
                    return new InferType(SpanFrom(start), parameter);
                }
        }

        var saved = _context;
        _context &= ~ContextFlags.DisallowConditionalTypes;
        var type = ParsePostfixTypeOrHigher();
        _context = saved;
        return type;
    }

    private TypeNode? TryParseConstraintOfInferType()
    {
        if (ParseOptional(SyntaxKind.ExtendsKeyword))
        {
            var saved = _context;
            _context |= ContextFlags.DisallowConditionalTypes;
            var constraint = ParseType();
            _context = saved;

            // 'infer U extends X ? ...' reads the extends as the conditional's unless conditionals are disallowed here.
            if (InContext(ContextFlags.DisallowConditionalTypes) || _token != SyntaxKind.QuestionToken)
            {
                return constraint;
            }
        }

        return null;
    }

    private TypeNode ParsePostfixTypeOrHigher()
    {
        var start = TokenStart;
        var type = ParseNonArrayType();
        while (!HasPrecedingLineBreak)
        {
            switch (_token)
            {
                case SyntaxKind.ExclamationToken:
                    // JSDoc 'T!' is a checker error in TypeScript files, not a syntax error.
                    NextToken();
                    type = new ParenthesizedType(SpanFrom(start), type);
                    break;
                case SyntaxKind.QuestionToken:
                    if (LookAhead(static p => p.NextTokenIsStartOfType()))
                    {
                        return type;
                    }

                    NextToken();
                    type = new OptionalType(SpanFrom(start), type);
                    break;
                case SyntaxKind.OpenBracketToken:
                    ParseExpected(SyntaxKind.OpenBracketToken);
                    if (IsStartOfType())
                    {
                        var index = ParseType();
                        ParseExpected(SyntaxKind.CloseBracketToken);
                        type = new IndexedAccessType(SpanFrom(start), type, index);
                    }
                    else
                    {
                        ParseExpected(SyntaxKind.CloseBracketToken);
                        type = new ArrayType(SpanFrom(start), type);
                    }

                    break;
                default:
                    return type;
            }
        }

        return type;
    }

    private KeywordType? ParseKeywordAndNoDot()
    {
        var node = new KeywordType(_token, new TextSpan(TokenStart, TokenEnd - TokenStart));
        NextToken();
        return _token == SyntaxKind.DotToken ? null : node;
    }

    private TypeNode ParseNonArrayType()
    {
        var start = TokenStart;
        switch (_token)
        {
            case SyntaxKind.AnyKeyword:
            case SyntaxKind.UnknownKeyword:
            case SyntaxKind.StringKeyword:
            case SyntaxKind.NumberKeyword:
            case SyntaxKind.BigIntKeyword:
            case SyntaxKind.SymbolKeyword:
            case SyntaxKind.BooleanKeyword:
            case SyntaxKind.UndefinedKeyword:
            case SyntaxKind.NeverKeyword:
            case SyntaxKind.ObjectKeyword:
                return (TypeNode?)TryParse(static p => p.ParseKeywordAndNoDot()) ?? ParseTypeReference();
            case SyntaxKind.NoSubstitutionTemplateLiteral:
            case SyntaxKind.StringLiteral:
            case SyntaxKind.NumericLiteral:
            case SyntaxKind.BigIntLiteral:
            case SyntaxKind.TrueKeyword:
            case SyntaxKind.FalseKeyword:
            case SyntaxKind.NullKeyword:
                return ParseLiteralTypeNode(negative: false);
            case SyntaxKind.MinusToken:
                return LookAhead(static p => p.NextTokenIsNumericOrBigIntLiteral()) ? ParseLiteralTypeNode(negative: true) : ParseTypeReference();
            case SyntaxKind.VoidKeyword:
                {
                    var node = new KeywordType(SyntaxKind.VoidKeyword, new TextSpan(TokenStart, TokenEnd - TokenStart));
                    NextToken();
                    return node;
                }

            case SyntaxKind.ThisKeyword:
                {
                    NextToken();
                    var thisType = new ThisType(SpanFrom(start));
                    if (_token == SyntaxKind.IsKeyword && !HasPrecedingLineBreak)
                    {
                        NextToken();
                        var predicateType = ParseType();
                        return new TypePredicate(SpanFrom(start), null, thisType, predicateType);
                    }

                    return thisType;
                }

            case SyntaxKind.TypeOfKeyword:
                return LookAhead(static p => p.NextToken() == SyntaxKind.ImportKeyword) ? ParseImportType() : ParseTypeQuery();
            case SyntaxKind.OpenBraceToken:
                return LookAhead(static p => p.IsStartOfMappedType()) ? ParseMappedType() : ParseTypeLiteral();
            case SyntaxKind.OpenBracketToken:
                {
                    var elements = ParseBracketedList(ParsingContext.TupleElementTypes, static p => p.ParseTupleElementNameOrTupleElementType(), SyntaxKind.OpenBracketToken, SyntaxKind.CloseBracketToken);
                    return new TupleType(SpanFrom(start), elements);
                }

            case SyntaxKind.OpenParenToken:
                {
                    NextToken();
                    var inner = ParseType();
                    ParseExpected(SyntaxKind.CloseParenToken);
                    return new ParenthesizedType(SpanFrom(start), inner);
                }

            case SyntaxKind.ImportKeyword:
                return ParseImportType();
            case SyntaxKind.AssertsKeyword:
                return LookAhead(static p => p.NextTokenIsIdentifierOrKeywordOnSameLine()) ? ParseAssertsTypePredicate() : ParseTypeReference();
            case SyntaxKind.TemplateHead:
                return ParseTemplateType();
            default:
                return ParseTypeReference();
        }
    }

    private TypePredicate ParseAssertsTypePredicate()
    {
        var start = TokenStart;
        var asserts = ParseExpectedToken(SyntaxKind.AssertsKeyword);
        Node parameterName;
        if (_token == SyntaxKind.ThisKeyword)
        {
            var thisStart = TokenStart;
            NextToken();
            parameterName = new ThisType(SpanFrom(thisStart));
        }
        else
        {
            parameterName = ParseIdentifier(IdentifierRole.Reference);
        }

        var type = ParseOptional(SyntaxKind.IsKeyword) ? ParseType() : null;
        return new TypePredicate(SpanFrom(start), asserts, parameterName, type);
    }

    private LiteralType ParseLiteralTypeNode(bool negative)
    {
        var start = TokenStart;
        if (negative)
        {
            NextToken();
        }

        Expression expression;
        if (_token is SyntaxKind.TrueKeyword or SyntaxKind.FalseKeyword or SyntaxKind.NullKeyword)
        {
            expression = new KeywordExpression(_token, new TextSpan(TokenStart, TokenEnd - TokenStart));
            NextToken();
        }
        else
        {
            expression = ParseLiteralNode();
        }

        if (negative)
        {
            expression = new PrefixUnaryExpression(SpanFrom(start), SyntaxKind.MinusToken, expression);
        }

        return new LiteralType(SpanFrom(start), expression);
    }

    private TypeReference ParseTypeReference()
    {
        var start = TokenStart;
        var name = ParseEntityName(allowReservedWords: true, role: IdentifierRole.Type, error: SyntaxErrors.TypeExpected);
        var typeArguments = ParseTypeArgumentsOfTypeReference();
        return new TypeReference(SpanFrom(start), name, typeArguments);
    }

    private NodeList<TypeNode>? ParseTypeArgumentsOfTypeReference()
    {
        if (!HasPrecedingLineBreak && ReScanLessThanToken() == SyntaxKind.LessThanToken)
        {
            return ParseBracketedList(ParsingContext.TypeArguments, static p => p.ParseType(), SyntaxKind.LessThanToken, SyntaxKind.GreaterThanToken);
        }

        return null;
    }

    private NodeList<TypeNode>? TryParseTypeArguments()
    {
        return _token == SyntaxKind.LessThanToken
            ? ParseBracketedList(ParsingContext.TypeArguments, static p => p.ParseType(), SyntaxKind.LessThanToken, SyntaxKind.GreaterThanToken)
            : null;
    }

    private Node ParseEntityName(bool allowReservedWords, IdentifierRole role, SyntaxErrorDescriptor? error = null)
    {
        var start = TokenStart;
        Node entity = allowReservedWords ? ParseIdentifierName(role, error) : ParseIdentifier(role, error);
        while (ParseOptional(SyntaxKind.DotToken))
        {
            if (_token == SyntaxKind.LessThanToken)
            {
                // 'A.<T>' is JSDoc-style; TypeScript leaves the complaint to its checker.
                break;
            }

            var right = (Identifier)ParseRightSideOfDotName(allowReservedWords);
            entity = new QualifiedName(SpanFrom(start), entity, right);
        }

        return entity;
    }

    private Identifier ParseRightSideOfDotName(bool allowIdentifierNames)
    {
        var result = ParseRightSideOfDot(allowIdentifierNames, allowPrivateIdentifiers: false);
        return result as Identifier ?? CreateMissingIdentifier(false, null, role: IdentifierRole.Property);
    }

    private TypeQuery ParseTypeQuery()
    {
        var start = TokenStart;
        ParseExpected(SyntaxKind.TypeOfKeyword);
        var name = ParseEntityName(allowReservedWords: true, role: IdentifierRole.Reference);
        var typeArguments = !HasPrecedingLineBreak ? TryParseTypeArguments() : null;
        return new TypeQuery(SpanFrom(start), name, typeArguments);
    }

    private ImportType ParseImportType()
    {
        var start = TokenStart;
        var isTypeOf = ParseOptional(SyntaxKind.TypeOfKeyword);
        ParseExpected(SyntaxKind.ImportKeyword);
        ParseExpected(SyntaxKind.OpenParenToken);
        var argument = ParseType();
        ImportAttributes? attributes = null;
        if (ParseOptional(SyntaxKind.CommaToken))
        {
            ParseExpected(SyntaxKind.OpenBraceToken);
            var keyword = _token;
            if (keyword is SyntaxKind.WithKeyword or SyntaxKind.AssertKeyword)
            {
                NextToken();
            }
            else
            {
                ErrorAtCurrentToken(SyntaxErrors.TokenExpected, "with");
            }

            ParseExpected(SyntaxKind.ColonToken);
            attributes = ParseImportAttributes(keyword is SyntaxKind.AssertKeyword ? keyword : SyntaxKind.WithKeyword, skipKeyword: true);
            ParseOptional(SyntaxKind.CommaToken);
            ParseExpected(SyntaxKind.CloseBraceToken);
        }

        ParseExpected(SyntaxKind.CloseParenToken);
        var qualifier = ParseOptional(SyntaxKind.DotToken) ? ParseEntityName(allowReservedWords: true, role: IdentifierRole.Type, error: SyntaxErrors.TypeExpected) : null;
        var typeArguments = ParseTypeArgumentsOfTypeReference();
        return new ImportType(SpanFrom(start), isTypeOf, argument, attributes, qualifier, typeArguments);
    }

    private MappedType ParseMappedType()
    {
        var start = TokenStart;
        ParseExpected(SyntaxKind.OpenBraceToken);
        TokenNode? readonlyToken = null;
        if (_token is SyntaxKind.ReadonlyKeyword or SyntaxKind.PlusToken or SyntaxKind.MinusToken)
        {
            readonlyToken = ParseTokenNode();
            if (readonlyToken.Kind != SyntaxKind.ReadonlyKeyword)
            {
                ParseExpected(SyntaxKind.ReadonlyKeyword);
            }
        }

        ParseExpected(SyntaxKind.OpenBracketToken);
        var parameterStart = TokenStart;
        var name = ParseIdentifierName(IdentifierRole.Binding);
        ParseExpected(SyntaxKind.InKeyword);
        var constraint = ParseType();
        var parameter = new TypeParameter(SpanFrom(parameterStart), ModifierList.Empty, name, constraint, null);
        var nameType = ParseOptional(SyntaxKind.AsKeyword) ? ParseType() : null;
        ParseExpected(SyntaxKind.CloseBracketToken);
        TokenNode? questionToken = null;
        if (_token is SyntaxKind.QuestionToken or SyntaxKind.PlusToken or SyntaxKind.MinusToken)
        {
            questionToken = ParseTokenNode();
            if (questionToken.Kind != SyntaxKind.QuestionToken)
            {
                ParseExpected(SyntaxKind.QuestionToken);
            }
        }

        var type = ParseTypeAnnotation();
        ParseSemicolon();
        var members = ParseList(ParsingContext.TypeMembers, static p => p.ParseTypeMember());
        ParseExpected(SyntaxKind.CloseBraceToken);
        return new MappedType(SpanFrom(start), readonlyToken, parameter, nameType, questionToken, type, members);
    }

    private TypeNode ParseTupleElementNameOrTupleElementType()
    {
        if (LookAhead(static p => p.IsTupleElementName()))
        {
            var start = TokenStart;
            var dotDotDot = ParseOptionalToken(SyntaxKind.DotDotDotToken);
            var name = ParseIdentifierName(IdentifierRole.Binding);
            var question = ParseOptionalToken(SyntaxKind.QuestionToken);
            ParseExpected(SyntaxKind.ColonToken);
            var type = ParseTupleElementType();
            return new NamedTupleMember(SpanFrom(start), dotDotDot, name, question, type);
        }

        return ParseTupleElementType();
    }

    private TypeNode ParseTupleElementType()
    {
        var start = TokenStart;
        if (ParseOptional(SyntaxKind.DotDotDotToken))
        {
            var rest = ParseType();
            return new RestType(SpanFrom(start), rest);
        }

        return ParseType();
    }

    private TypeLiteral ParseTypeLiteral()
    {
        var start = TokenStart;
        var members = ParseObjectTypeMembers();
        return new TypeLiteral(SpanFrom(start), members);
    }

    private NodeList<TypeElement> ParseObjectTypeMembers()
    {
        if (ParseExpected(SyntaxKind.OpenBraceToken))
        {
            var members = ParseList(ParsingContext.TypeMembers, static p => p.ParseTypeMember());
            ParseExpected(SyntaxKind.CloseBraceToken);
            return members;
        }

        return NodeList<TypeElement>.Empty;
    }

    private TypeElement ParseTypeMember()
    {
        var start = TokenStart;
        if (_token is SyntaxKind.OpenParenToken or SyntaxKind.LessThanToken)
        {
            return ParseSignatureMember(isConstruct: false);
        }

        if (_token == SyntaxKind.NewKeyword && LookAhead(static p => p.NextTokenIsOpenParenOrLessThan()))
        {
            return ParseSignatureMember(isConstruct: true);
        }

        var modifiers = ParseModifiers(allowDecorators: false);
        if (ParseContextualModifier(SyntaxKind.GetKeyword))
        {
            return ParseAccessorDeclaration(start, modifiers, isGet: true, isType: true);
        }

        if (ParseContextualModifier(SyntaxKind.SetKeyword))
        {
            return ParseAccessorDeclaration(start, modifiers, isGet: false, isType: true);
        }

        if (IsIndexSignature())
        {
            return ParseIndexSignatureDeclaration(start, modifiers);
        }

        return ParsePropertyOrMethodSignature(start, modifiers);
    }

    private TypeElement ParseSignatureMember(bool isConstruct)
    {
        var start = TokenStart;
        if (isConstruct)
        {
            ParseExpected(SyntaxKind.NewKeyword);
        }

        var typeParameters = ParseTypeParameters();
        var parameters = ParseParameters(isGenerator: false, isAsync: false);
        var type = ParseReturnType(SyntaxKind.ColonToken, isType: true);
        ParseTypeMemberSemicolon();
        return isConstruct
            ? new ConstructSignature(SpanFrom(start), typeParameters, parameters, type)
            : new CallSignature(SpanFrom(start), typeParameters, parameters, type);
    }

    private void ParseTypeMemberSemicolon()
    {
        // Members of a type are separated by commas or (possibly inserted) semicolons.
        if (ParseOptional(SyntaxKind.CommaToken))
        {
            return;
        }

        ParseSemicolon();
    }

    private TypeElement ParsePropertyOrMethodSignature(int start, ModifierList modifiers)
    {
        var name = ParsePropertyName();
        var question = ParseOptionalToken(SyntaxKind.QuestionToken);
        TypeElement node;
        if (_token is SyntaxKind.OpenParenToken or SyntaxKind.LessThanToken)
        {
            var typeParameters = ParseTypeParameters();
            var parameters = ParseParameters(isGenerator: false, isAsync: false);
            var returnType = ParseReturnType(SyntaxKind.ColonToken, isType: true);
            ParseTypeMemberSemicolon();
            node = new MethodSignature(SpanFrom(start), modifiers, name, question, typeParameters, parameters, returnType);
        }
        else
        {
            var type = ParseTypeAnnotation();

            // An initializer is not allowed here; TypeScript parses it and complains in its checker.
            var initializer = _token == SyntaxKind.EqualsToken ? ParseInitializer() : null;
            ParseTypeMemberSemicolon();
            node = new PropertySignature(SpanFrom(start), modifiers, name, question, type, initializer);
        }

        return node;
    }

    private TemplateLiteralType ParseTemplateType()
    {
        var start = TokenStart;
        var head = (TemplateLiteralPiece)ParseLiteralNode();
        var spans = new List<TemplateLiteralTypeSpan>();
        TemplateLiteralTypeSpan span;
        do
        {
            var spanStart = TokenStart;
            var type = ParseType();
            var literal = ParseLiteralOfTemplateSpan(isTaggedTemplate: false);
            span = new TemplateLiteralTypeSpan(SpanFrom(spanStart), type, literal);
            spans.Add(span);
        }
        while (span.Literal.Kind == SyntaxKind.TemplateMiddle);

        return new TemplateLiteralType(SpanFrom(start), head, new NodeList<TemplateLiteralTypeSpan>(spans.ToArray()));
    }
}
