namespace Nestor.Syntax;

/// <summary>TypeScript's lookahead decisions: each reads ahead and is always rewound by <c>LookAhead</c>.</summary>
internal sealed partial class Parser
{
    private enum Tristate
    {
        False,
        True,
        Unknown,
    }

    private bool NextTokenCanFollowModifier()
    {
        switch (_token)
        {
            case SyntaxKind.ConstKeyword:
                // 'const' is a modifier only in 'const enum'.
                return NextToken() == SyntaxKind.EnumKeyword;
            case SyntaxKind.ExportKeyword:
                NextToken();
                if (_token == SyntaxKind.DefaultKeyword)
                {
                    return LookAhead(static p => p.NextTokenCanFollowDefaultKeyword());
                }

                if (_token == SyntaxKind.TypeKeyword)
                {
                    return LookAhead(static p => p.NextTokenCanFollowExportModifier());
                }

                return CanFollowExportModifier();
            case SyntaxKind.DefaultKeyword:
                return NextTokenCanFollowDefaultKeyword();
            case SyntaxKind.StaticKeyword:
                NextToken();
                return CanFollowModifier();
            case SyntaxKind.GetKeyword:
            case SyntaxKind.SetKeyword:
                NextToken();
                return CanFollowGetOrSetKeyword();
            default:
                return NextTokenIsOnSameLineAndCanFollowModifier();
        }
    }

    private bool CanFollowExportModifier() =>
        _token == SyntaxKind.AtToken
        || (_token != SyntaxKind.AsteriskToken && _token != SyntaxKind.AsKeyword && _token != SyntaxKind.OpenBraceToken && CanFollowModifier());

    private bool NextTokenCanFollowExportModifier()
    {
        NextToken();
        return CanFollowExportModifier();
    }

    private bool NextTokenIsOnSameLineAndCanFollowModifier()
    {
        NextToken();
        return !HasPrecedingLineBreak && CanFollowModifier();
    }

    private bool CanFollowModifier() =>
        _token is SyntaxKind.OpenBracketToken or SyntaxKind.OpenBraceToken or SyntaxKind.AsteriskToken or SyntaxKind.DotDotDotToken
        || IsLiteralPropertyName();

    private bool CanFollowGetOrSetKeyword() => _token == SyntaxKind.OpenBracketToken || IsLiteralPropertyName();

    private bool NextTokenCanFollowDefaultKeyword()
    {
        NextToken();
        return _token is SyntaxKind.ClassKeyword or SyntaxKind.FunctionKeyword or SyntaxKind.InterfaceKeyword or SyntaxKind.AtToken
            || (_token == SyntaxKind.AbstractKeyword && LookAhead(static p => p.NextTokenIsClassKeywordOnSameLine()))
            || (_token == SyntaxKind.AsyncKeyword && LookAhead(static p => p.NextTokenIsFunctionKeywordOnSameLine()));
    }

    private bool NextTokenIsClassKeywordOnSameLine() => NextToken() == SyntaxKind.ClassKeyword && !HasPrecedingLineBreak;

    private bool NextTokenIsFunctionKeywordOnSameLine() => NextToken() == SyntaxKind.FunctionKeyword && !HasPrecedingLineBreak;

    private bool NextTokenIsIdentifierOrKeywordOnSameLine()
    {
        NextToken();
        return IsIdentifierOrKeywordToken(_token) && !HasPrecedingLineBreak;
    }

    private bool NextTokenIsIdentifierOrKeywordOrLiteralOnSameLine()
    {
        NextToken();
        return (IsIdentifierOrKeywordToken(_token) || _token is SyntaxKind.NumericLiteral or SyntaxKind.BigIntLiteral or SyntaxKind.StringLiteral)
            && !HasPrecedingLineBreak;
    }

    private bool NextTokenIsIdentifierOnSameLine()
    {
        NextToken();
        return !HasPrecedingLineBreak && IsIdentifier();
    }

    private bool NextTokenIsIdentifierOrStringLiteralOnSameLine()
    {
        NextToken();
        return !HasPrecedingLineBreak && (IsIdentifier() || _token == SyntaxKind.StringLiteral);
    }

    private bool NextTokenIsIdentifier()
    {
        NextToken();
        return IsIdentifier();
    }

    private bool NextTokenIsIdentifierOrKeyword()
    {
        NextToken();
        return IsIdentifierOrKeywordToken(_token);
    }

    private bool NextTokenIsOpenParenOrLessThan()
    {
        var next = NextToken();
        return next is SyntaxKind.OpenParenToken or SyntaxKind.LessThanToken;
    }

    private bool NextTokenIsOpenParenOrLessThanOrDot()
    {
        var next = NextToken();
        return next is SyntaxKind.OpenParenToken or SyntaxKind.LessThanToken or SyntaxKind.DotToken;
    }

    private bool NextTokenIsStartOfExpression()
    {
        NextToken();
        return IsStartOfExpression();
    }

    private bool NextTokenIsStartOfType()
    {
        NextToken();
        return IsStartOfType();
    }

    private bool NextTokenIsNumericOrBigIntLiteral()
    {
        var next = NextToken();
        return next is SyntaxKind.NumericLiteral or SyntaxKind.BigIntLiteral;
    }

    private bool NextTokenIsBindingIdentifierOrStartOfDestructuring()
    {
        NextToken();
        return IsBindingIdentifier() || _token is SyntaxKind.OpenBraceToken or SyntaxKind.OpenBracketToken;
    }

    private bool NextTokenIsBindingIdentifierOrStartOfDestructuringOnSameLine(bool disallowOf)
    {
        NextToken();
        if (disallowOf && _token == SyntaxKind.OfKeyword)
        {
            return false;
        }

        return (IsBindingIdentifier() || _token == SyntaxKind.OpenBraceToken) && !HasPrecedingLineBreak;
    }

    private bool NextTokenIsUsingKeywordThenBindingIdentifierOnSameLine(bool disallowOf)
    {
        if (NextToken() == SyntaxKind.UsingKeyword)
        {
            return NextTokenIsBindingIdentifierOrStartOfDestructuringOnSameLine(disallowOf);
        }

        return false;
    }

    private bool IsLetDeclaration() => LookAhead(static p => p.NextTokenIsBindingIdentifierOrStartOfDestructuring());

    private bool IsUsingDeclaration() => LookAhead(static p => p.NextTokenIsBindingIdentifierOrStartOfDestructuringOnSameLine(disallowOf: false));

    private bool IsAwaitUsingDeclaration() => LookAhead(static p => p.NextTokenIsUsingKeywordThenBindingIdentifierOnSameLine(disallowOf: false));

    private bool IsStartOfDeclaration() => LookAhead(static p => p.IsDeclaration());

    private bool IsDeclaration()
    {
        while (true)
        {
            switch (_token)
            {
                case SyntaxKind.VarKeyword:
                case SyntaxKind.LetKeyword:
                case SyntaxKind.ConstKeyword:
                case SyntaxKind.FunctionKeyword:
                case SyntaxKind.ClassKeyword:
                case SyntaxKind.EnumKeyword:
                    return true;
                case SyntaxKind.UsingKeyword:
                    return IsUsingDeclaration();
                case SyntaxKind.AwaitKeyword:
                    return IsAwaitUsingDeclaration();
                case SyntaxKind.InterfaceKeyword:
                case SyntaxKind.TypeKeyword:
                    return NextTokenIsIdentifierOnSameLine();
                case SyntaxKind.ModuleKeyword:
                case SyntaxKind.NamespaceKeyword:
                    return NextTokenIsIdentifierOrStringLiteralOnSameLine();
                case SyntaxKind.AbstractKeyword:
                case SyntaxKind.AccessorKeyword:
                case SyntaxKind.AsyncKeyword:
                case SyntaxKind.DeclareKeyword:
                case SyntaxKind.PrivateKeyword:
                case SyntaxKind.ProtectedKeyword:
                case SyntaxKind.PublicKeyword:
                case SyntaxKind.ReadonlyKeyword:
                    {
                        var previous = _token;
                        NextToken();
                        if (HasPrecedingLineBreak)
                        {
                            // ASI applies after these words: they are names on their own line.
                            return false;
                        }

                        if (previous == SyntaxKind.DeclareKeyword && _token == SyntaxKind.TypeKeyword)
                        {
                            return true;
                        }

                        continue;
                    }

                case SyntaxKind.GlobalKeyword:
                    NextToken();
                    return _token is SyntaxKind.OpenBraceToken or SyntaxKind.Identifier or SyntaxKind.ExportKeyword;
                case SyntaxKind.ImportKeyword:
                    NextToken();
                    return _token is SyntaxKind.StringLiteral or SyntaxKind.AsteriskToken or SyntaxKind.OpenBraceToken || IsIdentifierOrKeywordToken(_token);
                case SyntaxKind.ExportKeyword:
                    {
                        var current = NextToken();
                        if (current == SyntaxKind.TypeKeyword)
                        {
                            current = LookAhead(static p => p.NextToken());
                        }

                        if (current is SyntaxKind.EqualsToken or SyntaxKind.AsteriskToken or SyntaxKind.OpenBraceToken or SyntaxKind.DefaultKeyword
                            or SyntaxKind.AsKeyword or SyntaxKind.AtToken)
                        {
                            return true;
                        }

                        continue;
                    }

                case SyntaxKind.StaticKeyword:
                    NextToken();
                    continue;
                default:
                    return false;
            }
        }
    }

    private bool IsStartOfStatement()
    {
        switch (_token)
        {
            case SyntaxKind.AtToken:
            case SyntaxKind.SemicolonToken:
            case SyntaxKind.OpenBraceToken:
            case SyntaxKind.VarKeyword:
            case SyntaxKind.LetKeyword:
            case SyntaxKind.FunctionKeyword:
            case SyntaxKind.ClassKeyword:
            case SyntaxKind.EnumKeyword:
            case SyntaxKind.IfKeyword:
            case SyntaxKind.DoKeyword:
            case SyntaxKind.WhileKeyword:
            case SyntaxKind.ForKeyword:
            case SyntaxKind.ContinueKeyword:
            case SyntaxKind.BreakKeyword:
            case SyntaxKind.ReturnKeyword:
            case SyntaxKind.WithKeyword:
            case SyntaxKind.SwitchKeyword:
            case SyntaxKind.ThrowKeyword:
            case SyntaxKind.TryKeyword:
            case SyntaxKind.DebuggerKeyword:
            case SyntaxKind.CatchKeyword:
            case SyntaxKind.FinallyKeyword:
                return true;
            case SyntaxKind.ImportKeyword:
                return IsStartOfDeclaration() || LookAhead(static p => p.NextTokenIsOpenParenOrLessThanOrDot());
            case SyntaxKind.ConstKeyword:
            case SyntaxKind.ExportKeyword:
                return IsStartOfDeclaration();
            case SyntaxKind.AsyncKeyword:
            case SyntaxKind.DeclareKeyword:
            case SyntaxKind.InterfaceKeyword:
            case SyntaxKind.ModuleKeyword:
            case SyntaxKind.NamespaceKeyword:
            case SyntaxKind.TypeKeyword:
            case SyntaxKind.GlobalKeyword:
                return true;
            case SyntaxKind.AccessorKeyword:
            case SyntaxKind.PublicKeyword:
            case SyntaxKind.PrivateKeyword:
            case SyntaxKind.ProtectedKeyword:
            case SyntaxKind.StaticKeyword:
            case SyntaxKind.ReadonlyKeyword:
                return IsStartOfDeclaration() || !LookAhead(static p => p.NextTokenIsIdentifierOrKeywordOnSameLine());
            default:
                return IsStartOfExpression();
        }
    }

    private bool IsStartOfLeftHandSideExpression()
    {
        switch (_token)
        {
            case SyntaxKind.ThisKeyword:
            case SyntaxKind.SuperKeyword:
            case SyntaxKind.NullKeyword:
            case SyntaxKind.TrueKeyword:
            case SyntaxKind.FalseKeyword:
            case SyntaxKind.NumericLiteral:
            case SyntaxKind.BigIntLiteral:
            case SyntaxKind.StringLiteral:
            case SyntaxKind.NoSubstitutionTemplateLiteral:
            case SyntaxKind.TemplateHead:
            case SyntaxKind.OpenParenToken:
            case SyntaxKind.OpenBracketToken:
            case SyntaxKind.OpenBraceToken:
            case SyntaxKind.FunctionKeyword:
            case SyntaxKind.ClassKeyword:
            case SyntaxKind.NewKeyword:
            case SyntaxKind.SlashToken:
            case SyntaxKind.SlashEqualsToken:
            case SyntaxKind.Identifier:
                return true;
            case SyntaxKind.ImportKeyword:
                return LookAhead(static p => p.NextTokenIsOpenParenOrLessThanOrDot());
            default:
                return IsIdentifier();
        }
    }

    private bool IsStartOfExpression()
    {
        if (IsStartOfLeftHandSideExpression())
        {
            return true;
        }

        switch (_token)
        {
            case SyntaxKind.PlusToken:
            case SyntaxKind.MinusToken:
            case SyntaxKind.TildeToken:
            case SyntaxKind.ExclamationToken:
            case SyntaxKind.DeleteKeyword:
            case SyntaxKind.TypeOfKeyword:
            case SyntaxKind.VoidKeyword:
            case SyntaxKind.PlusPlusToken:
            case SyntaxKind.MinusMinusToken:
            case SyntaxKind.LessThanToken:
            case SyntaxKind.AwaitKeyword:
            case SyntaxKind.YieldKeyword:
            case SyntaxKind.PrivateIdentifier:
            case SyntaxKind.AtToken:
                return true;
            default:
                // A binary operator where an expression should start: parse a missing operand and go on.
                return IsBinaryOperator() || IsIdentifier();
        }
    }

    private bool IsStartOfExpressionStatement() =>
        _token is not (SyntaxKind.OpenBraceToken or SyntaxKind.FunctionKeyword or SyntaxKind.ClassKeyword or SyntaxKind.AtToken) && IsStartOfExpression();

    private bool IsBinaryOperator()
    {
        if (InContext(ContextFlags.DisallowIn) && _token == SyntaxKind.InKeyword)
        {
            return false;
        }

        return GetBinaryOperatorPrecedence(_token) > 0;
    }

    private bool IsStartOfType(bool inStartOfParameter = false)
    {
        switch (_token)
        {
            case SyntaxKind.AnyKeyword:
            case SyntaxKind.UnknownKeyword:
            case SyntaxKind.StringKeyword:
            case SyntaxKind.NumberKeyword:
            case SyntaxKind.BigIntKeyword:
            case SyntaxKind.BooleanKeyword:
            case SyntaxKind.ReadonlyKeyword:
            case SyntaxKind.SymbolKeyword:
            case SyntaxKind.UniqueKeyword:
            case SyntaxKind.VoidKeyword:
            case SyntaxKind.UndefinedKeyword:
            case SyntaxKind.NullKeyword:
            case SyntaxKind.ThisKeyword:
            case SyntaxKind.TypeOfKeyword:
            case SyntaxKind.NeverKeyword:
            case SyntaxKind.OpenBraceToken:
            case SyntaxKind.OpenBracketToken:
            case SyntaxKind.LessThanToken:
            case SyntaxKind.BarToken:
            case SyntaxKind.AmpersandToken:
            case SyntaxKind.NewKeyword:
            case SyntaxKind.StringLiteral:
            case SyntaxKind.NumericLiteral:
            case SyntaxKind.BigIntLiteral:
            case SyntaxKind.TrueKeyword:
            case SyntaxKind.FalseKeyword:
            case SyntaxKind.ObjectKeyword:
            case SyntaxKind.AsteriskToken:
            case SyntaxKind.QuestionToken:
            case SyntaxKind.ExclamationToken:
            case SyntaxKind.DotDotDotToken:
            case SyntaxKind.InferKeyword:
            case SyntaxKind.ImportKeyword:
            case SyntaxKind.AssertsKeyword:
            case SyntaxKind.NoSubstitutionTemplateLiteral:
            case SyntaxKind.TemplateHead:
                return true;
            case SyntaxKind.FunctionKeyword:
                return !inStartOfParameter;
            case SyntaxKind.MinusToken:
                return !inStartOfParameter && LookAhead(static p => p.NextTokenIsNumericOrBigIntLiteral());
            case SyntaxKind.OpenParenToken:
                // '(' starts a type only when followed by ')', '...', a parameter or another type.
                return !inStartOfParameter && LookAhead(static p => p.IsStartOfParenthesizedOrFunctionType());
            default:
                return IsIdentifier();
        }
    }

    private bool IsStartOfParenthesizedOrFunctionType()
    {
        NextToken();
        return _token == SyntaxKind.CloseParenToken || IsStartOfParameter() || IsStartOfType();
    }

    private bool IsTypeMemberStart()
    {
        if (_token is SyntaxKind.OpenParenToken or SyntaxKind.LessThanToken or SyntaxKind.GetKeyword or SyntaxKind.SetKeyword)
        {
            return true;
        }

        var idToken = false;
        while (IsModifierKind(_token))
        {
            idToken = true;
            NextToken();
        }

        if (_token == SyntaxKind.OpenBracketToken)
        {
            return true;
        }

        if (IsLiteralPropertyName())
        {
            idToken = true;
            NextToken();
        }

        if (idToken)
        {
            return _token is SyntaxKind.OpenParenToken or SyntaxKind.LessThanToken or SyntaxKind.QuestionToken or SyntaxKind.ColonToken or SyntaxKind.CommaToken
                || CanParseSemicolon();
        }

        return false;
    }

    private bool IsClassMemberStart()
    {
        var idToken = SyntaxKind.Unknown;
        if (_token == SyntaxKind.AtToken)
        {
            return true;
        }

        while (IsModifierKind(_token))
        {
            idToken = _token;
            if (IsClassMemberModifier(idToken))
            {
                return true;
            }

            NextToken();
        }

        if (_token == SyntaxKind.AsteriskToken)
        {
            return true;
        }

        if (IsLiteralPropertyName())
        {
            idToken = _token;
            NextToken();
        }

        if (_token == SyntaxKind.OpenBracketToken)
        {
            return true;
        }

        if (idToken != SyntaxKind.Unknown)
        {
            if (!idToken.IsKeyword() || idToken is SyntaxKind.SetKeyword or SyntaxKind.GetKeyword)
            {
                return true;
            }

            return _token switch
            {
                SyntaxKind.OpenParenToken or SyntaxKind.LessThanToken or SyntaxKind.ExclamationToken or SyntaxKind.ColonToken
                    or SyntaxKind.EqualsToken or SyntaxKind.QuestionToken => true,
                _ => CanParseSemicolon(),
            };
        }

        return false;
    }

    private bool IsIndexSignature() => _token == SyntaxKind.OpenBracketToken && LookAhead(static p => p.IsUnambiguouslyIndexSignature());

    private bool IsUnambiguouslyIndexSignature()
    {
        NextToken();
        if (_token is SyntaxKind.DotDotDotToken or SyntaxKind.CloseBracketToken)
        {
            return true;
        }

        if (IsModifierKind(_token))
        {
            NextToken();
            if (IsIdentifier())
            {
                return true;
            }
        }
        else if (!IsIdentifier())
        {
            return false;
        }
        else
        {
            NextToken();
        }

        if (_token is SyntaxKind.ColonToken or SyntaxKind.CommaToken)
        {
            return true;
        }

        if (_token != SyntaxKind.QuestionToken)
        {
            return false;
        }

        NextToken();
        return _token is SyntaxKind.ColonToken or SyntaxKind.CommaToken or SyntaxKind.CloseBracketToken;
    }

    private bool IsStartOfFunctionTypeOrConstructorType()
    {
        if (_token == SyntaxKind.LessThanToken)
        {
            return true;
        }

        if (_token == SyntaxKind.OpenParenToken && LookAhead(static p => p.IsUnambiguouslyStartOfFunctionType()))
        {
            return true;
        }

        return _token == SyntaxKind.NewKeyword || (_token == SyntaxKind.AbstractKeyword && LookAhead(static p => p.NextToken() == SyntaxKind.NewKeyword));
    }

    private bool IsUnambiguouslyStartOfFunctionType()
    {
        NextToken();
        if (_token is SyntaxKind.CloseParenToken or SyntaxKind.DotDotDotToken)
        {
            return true;
        }

        if (SkipParameterStart())
        {
            if (_token is SyntaxKind.ColonToken or SyntaxKind.CommaToken or SyntaxKind.QuestionToken or SyntaxKind.EqualsToken)
            {
                return true;
            }

            if (_token == SyntaxKind.CloseParenToken)
            {
                NextToken();
                if (_token == SyntaxKind.EqualsGreaterThanToken)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool SkipParameterStart()
    {
        if (IsModifierKind(_token))
        {
            ParseModifiers(allowDecorators: false);
        }

        if (IsIdentifier() || _token == SyntaxKind.ThisKeyword)
        {
            NextToken();
            return true;
        }

        if (_token is SyntaxKind.OpenBracketToken or SyntaxKind.OpenBraceToken)
        {
            // A binding pattern counts only if it parses without errors.
            var errors = _diagnostics.Count;
            ParseIdentifierOrPattern();
            return errors == _diagnostics.Count;
        }

        return false;
    }

    /// <summary>
    /// Arrow-function detection after '(' or '&lt;' or 'async': True and False are certain; Unknown
    /// means only a full speculative parse can tell.
    /// </summary>
    private Tristate IsParenthesizedArrowFunctionExpression()
    {
        if (_token is SyntaxKind.OpenParenToken or SyntaxKind.LessThanToken or SyntaxKind.AsyncKeyword)
        {
            return LookAhead(static p => p.IsParenthesizedArrowFunctionExpressionWorker());
        }

        if (_token == SyntaxKind.EqualsGreaterThanToken)
        {
            // '=>' with no parameters at all: parse an arrow function and report what is missing.
            return Tristate.True;
        }

        return Tristate.False;
    }

    private Tristate IsParenthesizedArrowFunctionExpressionWorker()
    {
        if (_token == SyntaxKind.AsyncKeyword)
        {
            NextToken();
            if (HasPrecedingLineBreak)
            {
                return Tristate.False;
            }

            if (_token is not (SyntaxKind.OpenParenToken or SyntaxKind.LessThanToken))
            {
                return Tristate.False;
            }
        }

        var first = _token;
        var second = NextToken();
        if (first == SyntaxKind.OpenParenToken)
        {
            if (second == SyntaxKind.CloseParenToken)
            {
                var third = NextToken();
                return third is SyntaxKind.EqualsGreaterThanToken or SyntaxKind.ColonToken or SyntaxKind.OpenBraceToken ? Tristate.True : Tristate.False;
            }

            if (second is SyntaxKind.OpenBracketToken or SyntaxKind.OpenBraceToken)
            {
                return Tristate.Unknown;
            }

            if (second == SyntaxKind.DotDotDotToken)
            {
                return Tristate.True;
            }

            if (IsModifierKind(second) && second != SyntaxKind.AsyncKeyword && LookAhead(static p => p.NextTokenIsIdentifier()))
            {
                return NextToken() == SyntaxKind.AsKeyword ? Tristate.False : Tristate.True;
            }

            if (!IsIdentifier() && second != SyntaxKind.ThisKeyword)
            {
                return Tristate.False;
            }

            switch (NextToken())
            {
                case SyntaxKind.ColonToken:
                    return Tristate.True;
                case SyntaxKind.QuestionToken:
                    NextToken();
                    return _token is SyntaxKind.ColonToken or SyntaxKind.CommaToken or SyntaxKind.EqualsToken or SyntaxKind.CloseParenToken
                        ? Tristate.True
                        : Tristate.False;
                case SyntaxKind.CommaToken:
                case SyntaxKind.EqualsToken:
                case SyntaxKind.CloseParenToken:
                    return Tristate.Unknown;
                default:
                    return Tristate.False;
            }
        }

        if (!IsIdentifier() && _token != SyntaxKind.ConstKeyword)
        {
            return Tristate.False;
        }

        if (_options.LanguageVariant == LanguageVariant.Jsx)
        {
            // In JSX '<T,>' and '<T extends X>' are generic arrows; '<T>' opens an element.
            var isArrowInJsx = LookAhead(static p =>
            {
                p.ParseOptional(SyntaxKind.ConstKeyword);
                var third = p.NextToken();
                if (third == SyntaxKind.ExtendsKeyword)
                {
                    var fourth = p.NextToken();
                    return fourth is not (SyntaxKind.EqualsToken or SyntaxKind.GreaterThanToken or SyntaxKind.SlashToken);
                }

                return third is SyntaxKind.CommaToken or SyntaxKind.EqualsToken;
            });
            return isArrowInJsx ? Tristate.True : Tristate.False;
        }

        return Tristate.Unknown;
    }

    private Tristate IsUnParenthesizedAsyncArrowFunctionWorker()
    {
        if (_token == SyntaxKind.AsyncKeyword)
        {
            NextToken();
            if (HasPrecedingLineBreak || _token == SyntaxKind.EqualsGreaterThanToken)
            {
                return Tristate.False;
            }

            var expression = ParseBinaryExpressionOrHigher(Precedence.Lowest);
            if (!HasPrecedingLineBreak && expression is Identifier && _token == SyntaxKind.EqualsGreaterThanToken)
            {
                return Tristate.True;
            }
        }

        return Tristate.False;
    }

    private bool IsStartOfMappedType()
    {
        NextToken();
        if (_token is SyntaxKind.PlusToken or SyntaxKind.MinusToken)
        {
            return NextToken() == SyntaxKind.ReadonlyKeyword;
        }

        if (_token == SyntaxKind.ReadonlyKeyword)
        {
            NextToken();
        }

        return _token == SyntaxKind.OpenBracketToken && NextTokenIsIdentifier() && NextToken() == SyntaxKind.InKeyword;
    }

    private bool IsTupleElementName()
    {
        if (_token == SyntaxKind.DotDotDotToken)
        {
            return IsIdentifierOrKeywordToken(NextToken()) && IsNextTokenColonOrQuestionColon();
        }

        return IsIdentifierOrKeywordToken(_token) && IsNextTokenColonOrQuestionColon();
    }

    private bool IsNextTokenColonOrQuestionColon() =>
        NextToken() == SyntaxKind.ColonToken || (_token == SyntaxKind.QuestionToken && NextToken() == SyntaxKind.ColonToken);
}
