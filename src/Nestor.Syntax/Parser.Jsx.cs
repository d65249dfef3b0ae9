using Nestor.Text;

namespace Nestor.Syntax;

internal sealed partial class Parser
{
    /// <summary>Consumes the current token and scans what follows as JSX children text.</summary>
    private void ScanJsxText()
    {
        _prevTokenEnd = _lexer.TokenEnd;
        _token = _lexer.ScanJsxToken();
    }

    private void ScanJsxIdentifier() => _token = _lexer.ScanJsxIdentifier();

    private Expression ParseJsxElementOrSelfClosingElementOrFragment(bool inExpressionContext, int? topInvalidNodePosition = null, Node? openingTag = null, bool mustBeUnary = false)
    {
        if (!TryEnter())
        {
            NextToken();
            return CreateMissingIdentifier(false, null);
        }

        var result = ParseJsxElementCore(inExpressionContext, openingTag);
        Leave();

        // '<a/><b/>' at the top of an expression: report, and keep both joined by a missing comma.
        if (!mustBeUnary && inExpressionContext && _token == SyntaxKind.LessThanToken)
        {
            var topBadPosition = topInvalidNodePosition ?? result.Span.Start;
            var invalid = TryParseAdjacentJsxElementWithBacktracking(topBadPosition);
            if (invalid is not null)
            {
                var comma = new TokenNode(SyntaxKind.CommaToken, new TextSpan(invalid.Span.Start, 0));
                ErrorAt(topBadPosition, invalid.Span.End, SyntaxErrors.JsxOneParent);
                return new BinaryExpression(TextSpan.FromBounds(result.Span.Start, invalid.Span.End), result, comma, invalid);
            }
        }

        return result;
    }

    /// <summary>An arbitrary-lookahead path: a second top-level element is parsed to report it, or dropped.</summary>
    private Expression? TryParseAdjacentJsxElementWithBacktracking(int topBadPosition) =>
        TryParse(p => p.ParseJsxElementOrSelfClosingElementOrFragment(inExpressionContext: true, topBadPosition));

    private Expression ParseJsxElementCore(bool inExpressionContext, Node? openingTag)
    {
        var start = TokenStart;
        var opening = ParseJsxOpeningOrSelfClosingElementOrOpeningFragment(inExpressionContext);
        switch (opening)
        {
            case JsxOpeningElement element:
                {
                    var children = ParseJsxChildren(element);
                    var closing = ParseJsxClosingElement(element, inExpressionContext);
                    if (!TagNamesAreEquivalent(element.TagName, closing.TagName))
                    {
                        if (openingTag is JsxOpeningElement parent && TagNamesAreEquivalent(closing.TagName, parent.TagName))
                        {
                            ErrorAt(element.TagName.Span.Start, element.TagName.Span.End, SyntaxErrors.JsxNoClosingTag, _source.ToString(element.TagName.Span));
                        }
                        else
                        {
                            ErrorAt(closing.TagName.Span.Start, closing.TagName.Span.End, SyntaxErrors.JsxClosingTagMismatch, _source.ToString(element.TagName.Span));
                        }
                    }

                    return new JsxElement(SpanFrom(start), element, children, closing);
                }

            case JsxOpeningFragment fragment:
                {
                    var children = ParseJsxChildren(fragment);
                    var closingStart = TokenStart;
                    ParseExpected(SyntaxKind.LessThanSlashToken);
                    if (ParseExpected(SyntaxKind.GreaterThanToken, SyntaxErrors.JsxFragmentClosingTagExpected, advance: false))
                    {
                        if (inExpressionContext)
                        {
                            NextToken();
                        }
                        else
                        {
                            ScanJsxText();
                        }
                    }

                    var closing = new JsxClosingFragment(SpanFrom(closingStart));
                    return new JsxFragment(SpanFrom(start), fragment, children, closing);
                }

            default:
                return opening;
        }
    }

    private NodeList<Node> ParseJsxChildren(Expression openingTag)
    {
        var saved = _parsingContext;
        _parsingContext |= ParsingContext.JsxChildren;
        var list = new List<Node>();
        while (true)
        {
            _token = _lexer.ReScanJsxToken();
            var child = ParseJsxChild(openingTag);
            if (child is null)
            {
                break;
            }

            list.Add(child);
            if (openingTag is JsxOpeningElement opening && child is JsxElement element
                && !TagNamesAreEquivalent(element.OpeningElement.TagName, element.ClosingElement.TagName)
                && TagNamesAreEquivalent(opening.TagName, element.ClosingElement.TagName))
            {
                // A child that took our closing tag: stop so the tag is matched here.
                break;
            }
        }

        _parsingContext = saved;
        return new NodeList<Node>(list.ToArray());
    }

    private Node? ParseJsxChild(Expression openingTag)
    {
        switch (_token)
        {
            case SyntaxKind.EndOfFileToken:
                if (openingTag is JsxOpeningFragment)
                {
                    ErrorAt(openingTag.Span.Start, openingTag.Span.End, SyntaxErrors.JsxFragmentNoClosingTag);
                }
                else if (openingTag is JsxOpeningElement opening)
                {
                    ErrorAt(opening.TagName.Span.Start, opening.TagName.Span.End, SyntaxErrors.JsxNoClosingTag, _source.ToString(opening.TagName.Span));
                }

                return null;
            case SyntaxKind.LessThanSlashToken:
            case SyntaxKind.ConflictMarkerTrivia:
                return null;
            case SyntaxKind.JsxText:
            case SyntaxKind.JsxTextAllWhiteSpaces:
                {
                    var text = new JsxText(new TextSpan(TokenStart, TokenEnd - TokenStart), _token == SyntaxKind.JsxTextAllWhiteSpaces);
                    ScanJsxText();
                    return text;
                }

            case SyntaxKind.OpenBraceToken:
                return ParseJsxExpression(inExpressionContext: false);
            case SyntaxKind.LessThanToken:
                return ParseJsxElementOrSelfClosingElementOrFragment(inExpressionContext: false, null, openingTag);
            default:
                return null;
        }
    }

    private JsxExpression? ParseJsxExpression(bool inExpressionContext)
    {
        var start = TokenStart;
        if (!ParseExpected(SyntaxKind.OpenBraceToken))
        {
            return null;
        }

        TokenNode? dotDotDot = null;
        Expression? expression = null;
        if (_token != SyntaxKind.CloseBraceToken)
        {
            if (!inExpressionContext)
            {
                dotDotDot = ParseOptionalToken(SyntaxKind.DotDotDotToken);
            }

            expression = ParseExpression();
        }

        if (inExpressionContext)
        {
            ParseExpected(SyntaxKind.CloseBraceToken);
        }
        else if (ParseExpected(SyntaxKind.CloseBraceToken, advance: false))
        {
            ScanJsxText();
        }

        return new JsxExpression(SpanFrom(start), dotDotDot, expression);
    }

    private Expression ParseJsxOpeningOrSelfClosingElementOrOpeningFragment(bool inExpressionContext)
    {
        var start = TokenStart;
        ParseExpected(SyntaxKind.LessThanToken);
        if (_token == SyntaxKind.GreaterThanToken)
        {
            ScanJsxText();
            return new JsxOpeningFragment(SpanFrom(start));
        }

        var tagName = ParseJsxElementName();
        var typeArguments = !InContext(ContextFlags.JavaScript) ? TryParseTypeArguments() : null;
        var attributesStart = TokenStart;
        var attributeList = ParseList(ParsingContext.JsxAttributes, static p => p.ParseJsxAttribute());
        var attributes = new JsxAttributes(SpanFrom(attributesStart), attributeList);
        if (_token == SyntaxKind.GreaterThanToken)
        {
            // Scan what follows '>' as JSX text right away, so that characters like '#' are text.
            ScanJsxText();
            return new JsxOpeningElement(SpanFrom(start), tagName, typeArguments, attributes);
        }

        ParseExpected(SyntaxKind.SlashToken);
        if (ParseExpected(SyntaxKind.GreaterThanToken, advance: false))
        {
            if (inExpressionContext)
            {
                NextToken();
            }
            else
            {
                ScanJsxText();
            }
        }

        return new JsxSelfClosingElement(SpanFrom(start), tagName, typeArguments, attributes);
    }

    private Expression ParseJsxElementName()
    {
        var start = TokenStart;
        var initial = ParseJsxTagName();
        if (initial is JsxNamespacedName)
        {
            return initial;
        }

        var expression = initial;
        while (ParseOptional(SyntaxKind.DotToken))
        {
            var name = ParseRightSideOfDot(allowIdentifierNames: true, allowPrivateIdentifiers: false);
            expression = new PropertyAccessExpression(SpanFrom(start), expression, null, name, false);
        }

        return expression;
    }

    private Expression ParseJsxTagName()
    {
        var start = TokenStart;
        ScanJsxIdentifier();
        var isThis = _token == SyntaxKind.ThisKeyword;
        var tagName = ParseIdentifierName(IdentifierRole.Jsx);
        if (ParseOptional(SyntaxKind.ColonToken))
        {
            ScanJsxIdentifier();
            var name = ParseIdentifierName(IdentifierRole.Jsx);
            return new JsxNamespacedName(SpanFrom(start), tagName, name);
        }

        return isThis ? new KeywordExpression(SyntaxKind.ThisKeyword, tagName.Span) : tagName;
    }

    private Node ParseJsxAttribute()
    {
        var start = TokenStart;
        if (_token == SyntaxKind.OpenBraceToken)
        {
            NextToken();
            ParseExpected(SyntaxKind.DotDotDotToken);
            var expression = ParseExpression();
            ParseExpected(SyntaxKind.CloseBraceToken);
            return new JsxSpreadAttribute(SpanFrom(start), expression);
        }

        Node name;
        ScanJsxIdentifier();
        var attributeName = ParseIdentifierName(IdentifierRole.Jsx);
        if (ParseOptional(SyntaxKind.ColonToken))
        {
            ScanJsxIdentifier();
            var local = ParseIdentifierName(IdentifierRole.Jsx);
            name = new JsxNamespacedName(SpanFrom(start), attributeName, local);
        }
        else
        {
            name = attributeName;
        }

        Node? initializer = null;
        if (_token == SyntaxKind.EqualsToken)
        {
            _prevTokenEnd = _lexer.TokenEnd;
            _token = _lexer.ScanJsxAttributeValue();
            if (_token == SyntaxKind.StringLiteral)
            {
                initializer = ParseLiteralNode();
            }
            else if (_token == SyntaxKind.OpenBraceToken)
            {
                initializer = ParseJsxExpression(inExpressionContext: true);
            }
            else if (_token == SyntaxKind.LessThanToken)
            {
                initializer = ParseJsxElementOrSelfClosingElementOrFragment(inExpressionContext: true);
            }
            else
            {
                ErrorAtCurrentToken(SyntaxErrors.JsxAttributeValueExpected);
            }
        }

        return new JsxAttribute(SpanFrom(start), name, initializer);
    }

    private JsxClosingElement ParseJsxClosingElement(JsxOpeningElement open, bool inExpressionContext)
    {
        var start = TokenStart;
        ParseExpected(SyntaxKind.LessThanSlashToken);
        var tagName = ParseJsxElementName();
        if (ParseExpected(SyntaxKind.GreaterThanToken, advance: false))
        {
            if (inExpressionContext || !TagNamesAreEquivalent(open.TagName, tagName))
            {
                NextToken();
            }
            else
            {
                ScanJsxText();
            }
        }

        return new JsxClosingElement(SpanFrom(start), tagName);
    }

    private static bool TagNamesAreEquivalent(Expression left, Expression right)
    {
        if (left.Kind != right.Kind)
        {
            return false;
        }

        return left switch
        {
            Identifier l => l.Text == ((Identifier)right).Text,
            KeywordExpression => true,
            JsxNamespacedName l => l.Namespace.Text == ((JsxNamespacedName)right).Namespace.Text && l.Name.Text == ((JsxNamespacedName)right).Name.Text,
            PropertyAccessExpression l => l.Name is Identifier ln && ((PropertyAccessExpression)right).Name is Identifier rn && ln.Text == rn.Text
                && TagNamesAreEquivalent(l.Expression, ((PropertyAccessExpression)right).Expression),
            _ => false,
        };
    }
}
