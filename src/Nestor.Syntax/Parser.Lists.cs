namespace Nestor.Syntax;

internal sealed partial class Parser
{
    /// <summary>The lists being parsed, outermost first; recovery asks every open list whether it wants a token.</summary>
    [Flags]
    private enum ParsingContext
    {
        None = 0,
        SourceElements = 1 << 0,
        BlockStatements = 1 << 1,
        SwitchClauses = 1 << 2,
        SwitchClauseStatements = 1 << 3,
        TypeMembers = 1 << 4,
        ClassMembers = 1 << 5,
        EnumMembers = 1 << 6,
        HeritageClauseElement = 1 << 7,
        VariableDeclarations = 1 << 8,
        ObjectBindingElements = 1 << 9,
        ArrayBindingElements = 1 << 10,
        ArgumentExpressions = 1 << 11,
        ObjectLiteralMembers = 1 << 12,
        JsxAttributes = 1 << 13,
        JsxChildren = 1 << 14,
        ArrayLiteralMembers = 1 << 15,
        Parameters = 1 << 16,
        TypeParameters = 1 << 17,
        TypeArguments = 1 << 18,
        TupleElementTypes = 1 << 19,
        HeritageClauses = 1 << 20,
        ImportOrExportSpecifiers = 1 << 21,
        ImportAttributes = 1 << 22,
        Last = ImportAttributes,
    }

    private readonly Stack<List<Node>> _scratchLists = new();

    private List<Node> RentList() => _scratchLists.Count > 0 ? _scratchLists.Pop() : new List<Node>(16);

    private NodeList<T> ReturnList<T>(List<Node> list, bool hasTrailingComma = false)
        where T : Node
    {
        NodeList<T> result;
        if (list.Count == 0)
        {
            result = hasTrailingComma ? new NodeList<T>([], hasTrailingComma) : NodeList<T>.Empty;
        }
        else
        {
            var items = new T[list.Count];
            for (var i = 0; i < items.Length; i++)
            {
                items[i] = (T)list[i];
            }

            result = new NodeList<T>(items, hasTrailingComma);
        }

        list.Clear();
        _scratchLists.Push(list);
        return result;
    }

    private NodeList<T> ParseList<T>(ParsingContext kind, Func<Parser, T> parseElement)
        where T : Node
    {
        var saved = _parsingContext;
        _parsingContext |= kind;
        var list = RentList();
        while (!IsListTerminator(kind))
        {
            if (IsListElement(kind, inErrorRecovery: false))
            {
                var before = TokenStart;
                list.Add(parseElement(this));
                if (TokenStart == before && _token != SyntaxKind.EndOfFileToken)
                {
                    // Only a depth cut-off can leave an element empty-handed; skip a token to make progress.
                    NextToken();
                }

                continue;
            }

            if (AbortParsingListOrMoveToNextToken(kind))
            {
                break;
            }
        }

        _parsingContext = saved;
        return ReturnList<T>(list);
    }

    private NodeList<T> ParseDelimitedList<T>(ParsingContext kind, Func<Parser, T> parseElement, bool considerSemicolonAsDelimiter = false)
        where T : Node
    {
        return ParseDelimitedListOrNull(kind, parseElement, considerSemicolonAsDelimiter)!;
    }

    /// <summary>A comma-separated list; null as soon as <paramref name="parseElement"/> returns null (speculative lists).</summary>
    private NodeList<T>? ParseDelimitedListOrNull<T>(ParsingContext kind, Func<Parser, T?> parseElement, bool considerSemicolonAsDelimiter = false)
        where T : Node
    {
        var saved = _parsingContext;
        _parsingContext |= kind;
        var list = RentList();
        var trailingComma = false;
        while (true)
        {
            if (IsListElement(kind, inErrorRecovery: false))
            {
                var before = TokenStart;
                var element = parseElement(this);
                if (element is null)
                {
                    _parsingContext = saved;
                    ReturnList<T>(list);
                    return null;
                }

                list.Add(element);
                trailingComma = false;
                if (ParseOptional(SyntaxKind.CommaToken))
                {
                    trailingComma = true;
                    continue;
                }

                if (IsListTerminator(kind))
                {
                    break;
                }

                ParseExpected(SyntaxKind.CommaToken, kind == ParsingContext.EnumMembers ? SyntaxErrors.EnumMemberSeparatorExpected : null);
                if (considerSemicolonAsDelimiter && _token == SyntaxKind.SemicolonToken && !HasPrecedingLineBreak)
                {
                    NextToken();
                }

                if (before == TokenStart && _token != SyntaxKind.EndOfFileToken)
                {
                    // No progress: skip the token so that the list cannot loop.
                    NextToken();
                }

                continue;
            }

            if (IsListTerminator(kind))
            {
                break;
            }

            if (AbortParsingListOrMoveToNextToken(kind))
            {
                break;
            }
        }

        _parsingContext = saved;
        return ReturnList<T>(list, trailingComma);
    }

    private NodeList<T> ParseBracketedList<T>(ParsingContext kind, Func<Parser, T> parseElement, SyntaxKind open, SyntaxKind close)
        where T : Node
    {
        if (ParseExpected(open))
        {
            var result = ParseDelimitedList(kind, parseElement);
            ParseExpected(close);
            return result;
        }

        return NodeList<T>.Empty;
    }

    private bool AbortParsingListOrMoveToNextToken(ParsingContext kind)
    {
        ReportListError(kind);
        if (IsInSomeParsingContext())
        {
            return true;
        }

        NextToken();
        return false;
    }

    private bool IsInSomeParsingContext()
    {
        // An enclosing list that can use this token takes over; otherwise the token is skipped.
        for (var kind = ParsingContext.SourceElements; kind <= ParsingContext.Last; kind = (ParsingContext)((int)kind << 1))
        {
            if ((_parsingContext & kind) != 0 && (IsListElement(kind, inErrorRecovery: true) || IsListTerminator(kind)))
            {
                return true;
            }
        }

        return false;
    }

    private void ReportListError(ParsingContext kind)
    {
        switch (kind)
        {
            case ParsingContext.SourceElements:
            case ParsingContext.BlockStatements:
                if (_token == SyntaxKind.DefaultKeyword)
                {
                    ErrorAtCurrentToken(SyntaxErrors.TokenExpected, "export");
                }
                else
                {
                    ErrorAtCurrentToken(SyntaxErrors.DeclarationOrStatementExpected);
                }

                break;
            case ParsingContext.SwitchClauses: ErrorAtCurrentToken(SyntaxErrors.CaseOrDefaultExpected); break;
            case ParsingContext.SwitchClauseStatements: ErrorAtCurrentToken(SyntaxErrors.StatementExpected); break;
            case ParsingContext.TypeMembers: ErrorAtCurrentToken(SyntaxErrors.PropertyOrSignatureExpected); break;
            case ParsingContext.ClassMembers: ErrorAtCurrentToken(SyntaxErrors.ClassMemberExpected); break;
            case ParsingContext.EnumMembers: ErrorAtCurrentToken(SyntaxErrors.EnumMemberExpected); break;
            case ParsingContext.HeritageClauseElement: ErrorAtCurrentToken(SyntaxErrors.ExpressionExpected); break;
            case ParsingContext.VariableDeclarations:
                if (_token.IsKeyword())
                {
                    ErrorAtCurrentToken(SyntaxErrors.KeywordAsVariableName, Lexing.Keywords.GetText(_token));
                }
                else
                {
                    ErrorAtCurrentToken(SyntaxErrors.VariableDeclarationExpected);
                }

                break;
            case ParsingContext.ObjectBindingElements: ErrorAtCurrentToken(SyntaxErrors.PropertyDestructuringPatternExpected); break;
            case ParsingContext.ArrayBindingElements: ErrorAtCurrentToken(SyntaxErrors.ArrayElementDestructuringPatternExpected); break;
            case ParsingContext.ArgumentExpressions: ErrorAtCurrentToken(SyntaxErrors.ArgumentExpressionExpected); break;
            case ParsingContext.ObjectLiteralMembers: ErrorAtCurrentToken(SyntaxErrors.PropertyAssignmentExpected); break;
            case ParsingContext.ArrayLiteralMembers: ErrorAtCurrentToken(SyntaxErrors.ExpressionOrCommaExpected); break;
            case ParsingContext.Parameters:
                if (_token.IsKeyword())
                {
                    ErrorAtCurrentToken(SyntaxErrors.KeywordAsParameterName, Lexing.Keywords.GetText(_token));
                }
                else
                {
                    ErrorAtCurrentToken(SyntaxErrors.ParameterDeclarationExpected);
                }

                break;
            case ParsingContext.TypeParameters: ErrorAtCurrentToken(SyntaxErrors.TypeParameterDeclarationExpected); break;
            case ParsingContext.TypeArguments: ErrorAtCurrentToken(SyntaxErrors.TypeArgumentExpected); break;
            case ParsingContext.TupleElementTypes: ErrorAtCurrentToken(SyntaxErrors.TypeExpected); break;
            case ParsingContext.HeritageClauses: ErrorAtCurrentToken(SyntaxErrors.HeritageClauseExpected); break;
            case ParsingContext.ImportOrExportSpecifiers:
                if (_token == SyntaxKind.FromKeyword)
                {
                    ErrorAtCurrentToken(SyntaxErrors.TokenExpected, "}");
                }
                else
                {
                    ErrorAtCurrentToken(SyntaxErrors.IdentifierExpected);
                }

                break;
            case ParsingContext.JsxAttributes:
            case ParsingContext.JsxChildren:
                ErrorAtCurrentToken(SyntaxErrors.IdentifierExpected);
                break;
            case ParsingContext.ImportAttributes: ErrorAtCurrentToken(SyntaxErrors.IdentifierOrStringLiteralExpected); break;
            default: ErrorAtCurrentToken(SyntaxErrors.UnexpectedToken); break;
        }
    }

    private bool IsListTerminator(ParsingContext kind)
    {
        if (_token == SyntaxKind.EndOfFileToken)
        {
            return true;
        }

        switch (kind)
        {
            case ParsingContext.BlockStatements:
            case ParsingContext.SwitchClauses:
            case ParsingContext.TypeMembers:
            case ParsingContext.ClassMembers:
            case ParsingContext.EnumMembers:
            case ParsingContext.ObjectLiteralMembers:
            case ParsingContext.ObjectBindingElements:
            case ParsingContext.ImportOrExportSpecifiers:
            case ParsingContext.ImportAttributes:
                return _token == SyntaxKind.CloseBraceToken;
            case ParsingContext.SwitchClauseStatements:
                return _token is SyntaxKind.CloseBraceToken or SyntaxKind.CaseKeyword or SyntaxKind.DefaultKeyword;
            case ParsingContext.HeritageClauseElement:
                return _token is SyntaxKind.OpenBraceToken or SyntaxKind.ExtendsKeyword or SyntaxKind.ImplementsKeyword;
            case ParsingContext.VariableDeclarations:
                return CanParseSemicolon() || _token is SyntaxKind.InKeyword or SyntaxKind.OfKeyword or SyntaxKind.EqualsGreaterThanToken;
            case ParsingContext.TypeParameters:
                return _token is SyntaxKind.GreaterThanToken or SyntaxKind.OpenParenToken or SyntaxKind.OpenBraceToken
                    or SyntaxKind.ExtendsKeyword or SyntaxKind.ImplementsKeyword;
            case ParsingContext.ArgumentExpressions:
                return _token is SyntaxKind.CloseParenToken or SyntaxKind.SemicolonToken;
            case ParsingContext.ArrayLiteralMembers:
            case ParsingContext.TupleElementTypes:
            case ParsingContext.ArrayBindingElements:
                return _token == SyntaxKind.CloseBracketToken;
            case ParsingContext.Parameters:
                return _token is SyntaxKind.CloseParenToken or SyntaxKind.CloseBracketToken;
            case ParsingContext.TypeArguments:
                return _token != SyntaxKind.CommaToken;
            case ParsingContext.HeritageClauses:
                return _token is SyntaxKind.OpenBraceToken or SyntaxKind.CloseBraceToken;
            case ParsingContext.JsxAttributes:
                return _token is SyntaxKind.GreaterThanToken or SyntaxKind.SlashToken;
            case ParsingContext.JsxChildren:
                return _token == SyntaxKind.LessThanSlashToken;
            default:
                return false;
        }
    }

    private bool IsListElement(ParsingContext kind, bool inErrorRecovery)
    {
        switch (kind)
        {
            case ParsingContext.SourceElements:
            case ParsingContext.BlockStatements:
            case ParsingContext.SwitchClauseStatements:
                // A stray ';' in recovery is not a reason for an outer list to take over.
                return !(_token == SyntaxKind.SemicolonToken && inErrorRecovery) && IsStartOfStatement();
            case ParsingContext.SwitchClauses:
                return _token is SyntaxKind.CaseKeyword or SyntaxKind.DefaultKeyword;
            case ParsingContext.TypeMembers:
                return LookAhead(static p => p.IsTypeMemberStart());
            case ParsingContext.ClassMembers:
                return LookAhead(static p => p.IsClassMemberStart()) || (_token == SyntaxKind.SemicolonToken && !inErrorRecovery);
            case ParsingContext.EnumMembers:
                return _token == SyntaxKind.OpenBracketToken || IsLiteralPropertyName();
            case ParsingContext.ObjectLiteralMembers:
                return _token switch
                {
                    SyntaxKind.OpenBracketToken or SyntaxKind.AsteriskToken or SyntaxKind.DotDotDotToken or SyntaxKind.DotToken => true,
                    _ => IsLiteralPropertyName(),
                };
            case ParsingContext.ObjectBindingElements:
                return _token is SyntaxKind.OpenBracketToken or SyntaxKind.DotDotDotToken || IsLiteralPropertyName();
            case ParsingContext.ImportAttributes:
                return IsIdentifierOrKeywordToken(_token) || _token == SyntaxKind.StringLiteral;
            case ParsingContext.HeritageClauseElement:
                if (_token == SyntaxKind.OpenBraceToken)
                {
                    return LookAhead(static p => p.IsValidHeritageClauseObjectLiteral());
                }

                if (!inErrorRecovery)
                {
                    return IsStartOfLeftHandSideExpression() && !IsHeritageClauseExtendsOrImplementsKeyword();
                }

                return IsIdentifier() && !IsHeritageClauseExtendsOrImplementsKeyword();
            case ParsingContext.VariableDeclarations:
                return IsBindingIdentifierOrPrivateIdentifierOrPattern();
            case ParsingContext.ArrayBindingElements:
                return _token is SyntaxKind.CommaToken or SyntaxKind.DotDotDotToken || IsBindingIdentifierOrPrivateIdentifierOrPattern();
            case ParsingContext.TypeParameters:
                return _token is SyntaxKind.InKeyword or SyntaxKind.ConstKeyword || IsIdentifier();
            case ParsingContext.ArrayLiteralMembers:
                return _token is SyntaxKind.CommaToken or SyntaxKind.DotToken or SyntaxKind.DotDotDotToken || IsStartOfExpression();
            case ParsingContext.ArgumentExpressions:
                return _token == SyntaxKind.DotDotDotToken || IsStartOfExpression();
            case ParsingContext.Parameters:
                return IsStartOfParameter();
            case ParsingContext.TypeArguments:
            case ParsingContext.TupleElementTypes:
                return _token == SyntaxKind.CommaToken || IsStartOfType();
            case ParsingContext.HeritageClauses:
                return IsHeritageClause();
            case ParsingContext.ImportOrExportSpecifiers:
                if (_token == SyntaxKind.FromKeyword && LookAhead(static p => p.NextToken() == SyntaxKind.StringLiteral))
                {
                    return false;
                }

                return _token == SyntaxKind.StringLiteral || IsIdentifierOrKeywordToken(_token);
            case ParsingContext.JsxAttributes:
                return IsIdentifierOrKeywordToken(_token) || _token == SyntaxKind.OpenBraceToken;
            case ParsingContext.JsxChildren:
                return true;
            default:
                return false;
        }
    }

    private bool IsValidHeritageClauseObjectLiteral()
    {
        // 'extends {}' followed by '{' or a heritage keyword: the first braces are an object literal.
        if (NextToken() == SyntaxKind.CloseBraceToken)
        {
            var next = NextToken();
            return next is SyntaxKind.CommaToken or SyntaxKind.OpenBraceToken or SyntaxKind.ExtendsKeyword or SyntaxKind.ImplementsKeyword;
        }

        return true;
    }

    private bool IsHeritageClauseExtendsOrImplementsKeyword()
    {
        if (_token is SyntaxKind.ImplementsKeyword or SyntaxKind.ExtendsKeyword)
        {
            return LookAhead(static p => p.NextTokenIsStartOfExpression());
        }

        return false;
    }

    private bool IsHeritageClause() => _token is SyntaxKind.ExtendsKeyword or SyntaxKind.ImplementsKeyword;

    private bool IsLiteralPropertyName() => IsIdentifierOrKeywordToken(_token) || _token is SyntaxKind.StringLiteral or SyntaxKind.NumericLiteral or SyntaxKind.BigIntLiteral;

    private bool IsBindingIdentifierOrPrivateIdentifierOrPattern() =>
        _token is SyntaxKind.OpenBraceToken or SyntaxKind.OpenBracketToken or SyntaxKind.PrivateIdentifier || IsBindingIdentifier();

    private bool IsStartOfParameter() =>
        _token is SyntaxKind.DotDotDotToken or SyntaxKind.AtToken || IsBindingIdentifierOrPrivateIdentifierOrPattern()
        || IsModifierKind(_token) || IsStartOfType(inStartOfParameter: true);
}
