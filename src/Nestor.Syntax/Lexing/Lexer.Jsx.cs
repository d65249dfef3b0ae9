namespace Nestor.Syntax.Lexing;

internal sealed partial class Lexer
{
    /// <summary>Scans JSX children: text up to the next '{' or '&lt;', or one of those tokens.</summary>
    public SyntaxKind ScanJsxToken(bool allowMultilineJsxText = true)
    {
        _fullStart = _tokenStart = _pos;
        _flags = TokenFlags.None;
        if (_pos >= _end)
        {
            return _token = SyntaxKind.EndOfFileToken;
        }

        var c = _text[_pos];
        if (c == '<')
        {
            return CharAt(_pos + 1) == '/' ? Finish(2, SyntaxKind.LessThanSlashToken) : Finish(1, SyntaxKind.LessThanToken);
        }

        if (c == '{')
        {
            return Finish(1, SyntaxKind.OpenBraceToken);
        }

        // 0: only whitespace so far; -1: only whitespace and a line break; otherwise real text seen.
        var state = 0;
        while (_pos < _end)
        {
            c = _text[_pos];
            if (c == '{')
            {
                break;
            }

            if (c == '<')
            {
                if (IsConflictMarker(_pos))
                {
                    ScanConflictMarker();
                    return _token = SyntaxKind.ConflictMarkerTrivia;
                }

                break;
            }

            if (c == '>')
            {
                Error(SyntaxErrors.JsxGreaterThanInText, _pos, 1);
            }
            else if (c == '}')
            {
                Error(SyntaxErrors.JsxCloseBraceInText, _pos, 1);
            }

            if (CharacterInfo.IsLineBreak(c) && state == 0)
            {
                state = -1;
            }
            else if (!allowMultilineJsxText && CharacterInfo.IsLineBreak(c) && state > 0)
            {
                break;
            }
            else if (!CharacterInfo.IsLineBreak(c) && !CharacterInfo.IsWhiteSpaceSingleLine(c))
            {
                state = 1;
            }

            _pos++;
        }

        return _token = state == -1 ? SyntaxKind.JsxTextAllWhiteSpaces : SyntaxKind.JsxText;
    }

    public SyntaxKind ReScanJsxToken(bool allowMultilineJsxText = true)
    {
        _pos = _tokenStart;
        return ScanJsxToken(allowMultilineJsxText);
    }

    /// <summary>Extends an identifier or keyword with '-' and name parts (<c>data-id</c>, <c>aria-label</c>).</summary>
    public SyntaxKind ScanJsxIdentifier()
    {
        if (!_token.IsIdentifierOrKeyword())
        {
            return _token;
        }

        var extended = false;
        while (_pos < _end)
        {
            var c = _text[_pos];
            if (c == '-')
            {
                _pos++;
                extended = true;
                continue;
            }

            var before = _pos;
            ScanIdentifierParts();
            if (_pos == before)
            {
                break;
            }

            extended = true;
        }

        if (extended)
        {
            _token = Keywords.Find(TokenText);
        }

        return _token;
    }

    /// <summary>JSX attribute strings have no escapes and may span lines.</summary>
    public SyntaxKind ScanJsxAttributeValue()
    {
        _fullStart = _pos;
        var c = CharAt(_pos);
        if (c == '"' || c == '\'')
        {
            var save = _flags & TokenFlags.PrecedingLineBreak;
            _tokenStart = _pos;
            _flags = save;
            _pos++;
            while (_pos < _end && _text[_pos] != c)
            {
                _pos++;
            }

            if (_pos >= _end)
            {
                _flags |= TokenFlags.Unterminated;
                Error(SyntaxErrors.UnterminatedStringLiteral, _pos, 0);
            }
            else
            {
                _pos++;
            }

            return _token = SyntaxKind.StringLiteral;
        }

        return Scan();
    }

    public SyntaxKind ReScanJsxAttributeValue()
    {
        _pos = _tokenStart;
        return ScanJsxAttributeValue();
    }
}
