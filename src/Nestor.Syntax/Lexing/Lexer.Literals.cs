using System.Text;

namespace Nestor.Syntax.Lexing;

internal sealed partial class Lexer
{
    private SyntaxKind ScanNumber()
    {
        var start = _pos;
        if (_text[_pos] == '0' && _pos + 1 < _end)
        {
            var marker = _text[_pos + 1] | 0x20;
            if (marker == 'x')
            {
                _pos += 2;
                _flags |= TokenFlags.HexSpecifier;
                return ScanRadixDigits(CharacterInfo.IsHexDigit, SyntaxErrors.HexadecimalDigitExpected);
            }

            if (marker == 'b')
            {
                _pos += 2;
                _flags |= TokenFlags.BinarySpecifier;
                return ScanRadixDigits(static c => c == '0' || c == '1', SyntaxErrors.BinaryDigitExpected);
            }

            if (marker == 'o')
            {
                _pos += 2;
                _flags |= TokenFlags.OctalSpecifier;
                return ScanRadixDigits(CharacterInfo.IsOctalDigit, SyntaxErrors.OctalDigitExpected);
            }

            if (CharacterInfo.IsDigit(_text[_pos + 1]))
            {
                return ScanLeadingZeroNumber(start);
            }
        }

        if (_text[_pos] != '.')
        {
            ScanDecimalDigits();
        }

        if (CharAt(_pos) == '.')
        {
            _pos++;
            if (CharAt(_pos) == '_')
            {
                Error(SyntaxErrors.NumericSeparatorNotAllowed, _pos, 1);
            }

            ScanDecimalDigits();
        }

        var isBigInt = false;
        if ((CharAt(_pos) | 0x20) == 'e')
        {
            _pos++;
            _flags |= TokenFlags.Scientific;
            if (CharAt(_pos) == '+' || CharAt(_pos) == '-')
            {
                _pos++;
            }

            if (!CharacterInfo.IsDigit(CharAt(_pos)))
            {
                Error(SyntaxErrors.DigitExpected, _pos, 0);
            }
            else
            {
                ScanDecimalDigits();
            }
        }
        else if (CharAt(_pos) == 'n' && !_text.AsSpan(start, _pos - start).Contains('.'))
        {
            _pos++;
            isBigInt = true;
        }

        CheckIdentifierAfterNumber();
        return _token = isBigInt ? SyntaxKind.BigIntLiteral : SyntaxKind.NumericLiteral;
    }

    private SyntaxKind ScanLeadingZeroNumber(int start)
    {
        // 017 is a legacy octal literal; 08 and 09 are decimals with a leading zero. Both are errors in TypeScript.
        var p = _pos + 1;
        var allOctal = true;
        while (p < _end && CharacterInfo.IsDigit(_text[p]))
        {
            allOctal &= CharacterInfo.IsOctalDigit(_text[p]);
            p++;
        }

        if (allOctal)
        {
            _pos = p;
            _flags |= TokenFlags.Octal;
            var digits = _text.AsSpan(start + 1, p - start - 1).TrimStart('0');
            Error(SyntaxErrors.OctalLiteralNotAllowed, start, p - start, "0o" + (digits.IsEmpty ? "0" : digits.ToString()));
            CheckIdentifierAfterNumber();
            return _token = SyntaxKind.NumericLiteral;
        }

        _flags |= TokenFlags.ContainsLeadingZero;
        ScanDecimalDigits();
        if (CharAt(_pos) == '.')
        {
            _pos++;
            ScanDecimalDigits();
        }

        if ((CharAt(_pos) | 0x20) == 'e')
        {
            _pos++;
            if (CharAt(_pos) == '+' || CharAt(_pos) == '-')
            {
                _pos++;
            }

            ScanDecimalDigits();
        }

        Error(SyntaxErrors.LeadingZeroDecimal, start, _pos - start);
        CheckIdentifierAfterNumber();
        return _token = SyntaxKind.NumericLiteral;
    }

    private void ScanDecimalDigits() => ScanDigitsWithSeparators(CharacterInfo.IsDigit);

    private bool ScanDigitsWithSeparators(Func<int, bool> isDigit)
    {
        var any = false;
        var previousWasSeparator = false;
        var allowSeparator = false;
        while (_pos < _end)
        {
            int c = _text[_pos];
            if (c == '_')
            {
                _flags |= TokenFlags.ContainsSeparator;
                if (allowSeparator)
                {
                    allowSeparator = false;
                    previousWasSeparator = true;
                }
                else if (previousWasSeparator)
                {
                    Error(SyntaxErrors.MultipleNumericSeparators, _pos, 1);
                }
                else
                {
                    Error(SyntaxErrors.NumericSeparatorNotAllowed, _pos, 1);
                }

                _pos++;
                continue;
            }

            if (!isDigit(c))
            {
                break;
            }

            any = true;
            allowSeparator = true;
            previousWasSeparator = false;
            _pos++;
        }

        if (previousWasSeparator)
        {
            Error(SyntaxErrors.NumericSeparatorNotAllowed, _pos - 1, 1);
        }

        return any;
    }

    private SyntaxKind ScanRadixDigits(Func<int, bool> isDigit, SyntaxErrorDescriptor missing)
    {
        if (!ScanDigitsWithSeparators(isDigit))
        {
            Error(missing, _pos, 0);
        }

        var kind = SyntaxKind.NumericLiteral;
        if (CharAt(_pos) == 'n')
        {
            _pos++;
            kind = SyntaxKind.BigIntLiteral;
        }

        CheckIdentifierAfterNumber();
        return _token = kind;
    }

    private void CheckIdentifierAfterNumber()
    {
        var cp = CodePointAt(_pos);
        if (cp >= 0 && (CharacterInfo.IsIdentifierStart(cp) || cp == '\\'))
        {
            var start = _pos;
            var saved = _flags;
            ScanIdentifierParts();
            _flags = saved;
            if (_pos == start)
            {
                _pos += CharSize(cp);
            }

            Error(SyntaxErrors.IdentifierAfterNumericLiteral, start, _pos - start);
        }
    }

    private SyntaxKind ScanString(int quote)
    {
        _pos++;
        while (true)
        {
            if (_pos >= _end)
            {
                _flags |= TokenFlags.Unterminated;
                Error(SyntaxErrors.UnterminatedStringLiteral, _pos, 0);
                break;
            }

            var c = _text[_pos];
            if (c == quote)
            {
                _pos++;
                break;
            }

            if (c == '\\')
            {
                ScanEscapeSequence(reportErrors: true, isTemplate: false);
                continue;
            }

            if (c == '\n' || c == '\r')
            {
                _flags |= TokenFlags.Unterminated;
                Error(SyntaxErrors.UnterminatedStringLiteral, _pos, 0);
                break;
            }

            _pos++;
        }

        return _token = SyntaxKind.StringLiteral;
    }

    /// <summary>Scans one escape sequence starting at the backslash; returns false when it is invalid.</summary>
    private bool ScanEscapeSequence(bool reportErrors, bool isTemplate)
    {
        var start = _pos;
        _pos++;
        if (_pos >= _end)
        {
            if (reportErrors)
            {
                Error(SyntaxErrors.UnexpectedEndOfText, _pos, 0);
            }

            return false;
        }

        var c = _text[_pos];
        _pos++;
        switch (c)
        {
            case '0':
                if (!CharacterInfo.IsDigit(CharAt(_pos)))
                {
                    return true;
                }

                goto case '1';
            case '1':
            case '2':
            case '3':
            case '4':
            case '5':
            case '6':
            case '7':
                {
                    // Legacy octal escapes: up to three digits with a value below 256.
                    if (CharacterInfo.IsOctalDigit(CharAt(_pos)))
                    {
                        _pos++;
                        if (c <= '3' && CharacterInfo.IsOctalDigit(CharAt(_pos)))
                        {
                            _pos++;
                        }
                    }

                    _flags |= TokenFlags.ContainsInvalidEscape;
                    if (reportErrors || isTemplate)
                    {
                        if (reportErrors)
                        {
                            var code = Convert.ToInt32(_text.Substring(start + 1, _pos - start - 1), 8);
                            Error(SyntaxErrors.OctalEscapeNotAllowed, start, _pos - start, "\\x" + code.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
                        }
                    }

                    return false;
                }

            case '8':
            case '9':
                _flags |= TokenFlags.ContainsInvalidEscape;
                if (reportErrors)
                {
                    Error(SyntaxErrors.EscapeSequenceNotAllowed, start, _pos - start, "\\" + c);
                }

                return false;
            case 'x':
                for (var i = 0; i < 2; i++)
                {
                    if (!CharacterInfo.IsHexDigit(CharAt(_pos)))
                    {
                        _flags |= TokenFlags.ContainsInvalidEscape;
                        if (reportErrors)
                        {
                            Error(SyntaxErrors.HexadecimalDigitExpected, _pos, 0);
                        }

                        return false;
                    }

                    _pos++;
                }

                return true;
            case 'u':
                return ScanUnicodeEscapeInLiteral(reportErrors);
            case '\r':
                if (CharAt(_pos) == '\n')
                {
                    _pos++;
                }

                return true;
            default:
                if (char.IsHighSurrogate(c) && char.IsLowSurrogate((char)CharAt(_pos)))
                {
                    _pos++;
                }

                return true;
        }
    }

    private bool ScanUnicodeEscapeInLiteral(bool reportErrors)
    {
        if (CharAt(_pos) == '{')
        {
            _pos++;
            var digitsStart = _pos;
            var value = 0L;
            while (CharacterInfo.IsHexDigit(CharAt(_pos)))
            {
                value = Math.Min(value * 16 + CharacterInfo.HexValue(CharAt(_pos)), 0x110000);
                _pos++;
            }

            if (_pos == digitsStart)
            {
                _flags |= TokenFlags.ContainsInvalidEscape;
                if (reportErrors)
                {
                    Error(SyntaxErrors.HexadecimalDigitExpected, _pos, 0);
                }

                return false;
            }

            if (value > 0x10FFFF)
            {
                _flags |= TokenFlags.ContainsInvalidEscape;
                if (reportErrors)
                {
                    Error(SyntaxErrors.ExtendedEscapeOutOfRange, digitsStart, _pos - digitsStart);
                }

                return false;
            }

            if (CharAt(_pos) != '}')
            {
                _flags |= TokenFlags.ContainsInvalidEscape;
                if (reportErrors)
                {
                    Error(SyntaxErrors.UnterminatedUnicodeEscape, _pos, 0);
                }

                return false;
            }

            _pos++;
            _flags |= TokenFlags.ExtendedUnicodeEscape;
            return true;
        }

        for (var i = 0; i < 4; i++)
        {
            if (!CharacterInfo.IsHexDigit(CharAt(_pos)))
            {
                _flags |= TokenFlags.ContainsInvalidEscape;
                if (reportErrors)
                {
                    Error(SyntaxErrors.HexadecimalDigitExpected, _pos, 0);
                }

                return false;
            }

            _pos++;
        }

        _flags |= TokenFlags.UnicodeEscape;
        return true;
    }

    /// <summary>Scans from a backtick or a closing brace to the next backtick or <c>${</c>.</summary>
    private SyntaxKind ScanTemplate(bool reportErrors)
    {
        var startedWithBacktick = _text[_pos] == '`';
        _pos++;
        while (true)
        {
            if (_pos >= _end)
            {
                _flags |= TokenFlags.Unterminated;
                Error(SyntaxErrors.UnterminatedTemplateLiteral, _tokenStart, _end - _tokenStart);
                return startedWithBacktick ? SyntaxKind.NoSubstitutionTemplateLiteral : SyntaxKind.TemplateTail;
            }

            var c = _text[_pos];
            if (c == '`')
            {
                _pos++;
                return startedWithBacktick ? SyntaxKind.NoSubstitutionTemplateLiteral : SyntaxKind.TemplateTail;
            }

            if (c == '$' && CharAt(_pos + 1) == '{')
            {
                _pos += 2;
                return startedWithBacktick ? SyntaxKind.TemplateHead : SyntaxKind.TemplateMiddle;
            }

            if (c == '\\')
            {
                ScanEscapeSequence(reportErrors, isTemplate: true);
                continue;
            }

            _pos++;
        }
    }

    /// <summary>Called on a '}' when the parser expects a template middle or tail.</summary>
    public SyntaxKind ReScanTemplateToken(bool isTaggedTemplate)
    {
        _pos = _tokenStart;
        _flags &= TokenFlags.PrecedingLineBreak;
        return _token = ScanTemplate(reportErrors: !isTaggedTemplate);
    }

    /// <summary>Rescans a template piece so that invalid escapes are reported (untagged templates).</summary>
    public void ReportTemplateEscapeErrors()
    {
        if ((_flags & TokenFlags.ContainsInvalidEscape) == 0)
        {
            return;
        }

        var saved = _pos;
        var flags = _flags;
        _pos = _tokenStart;
        ScanTemplate(reportErrors: true);
        _pos = saved;
        _flags = flags;
    }

    public SyntaxKind ReScanSlashToken()
    {
        if (_token != SyntaxKind.SlashToken && _token != SyntaxKind.SlashEqualsToken)
        {
            return _token;
        }

        var p = _tokenStart + 1;
        var inClass = false;
        while (true)
        {
            if (p >= _end || CharacterInfo.IsLineBreak(_text[p]))
            {
                _flags |= TokenFlags.Unterminated;
                _pos = EndOfUnterminatedRegex(_tokenStart + 1, p);
                Error(SyntaxErrors.UnterminatedRegularExpression, _tokenStart, _pos - _tokenStart);
                return _token = SyntaxKind.RegularExpressionLiteral;
            }

            var c = _text[p];
            if (c == '\\')
            {
                p += p + 1 < _end && !CharacterInfo.IsLineBreak(_text[p + 1]) ? 2 : 1;
                continue;
            }

            if (c == '/' && !inClass)
            {
                p++;
                break;
            }

            if (c == '[')
            {
                inClass = true;
            }
            else if (c == ']')
            {
                inClass = false;
            }

            p++;
        }

        _pos = p;
        ScanRegexFlags();
        return _token = SyntaxKind.RegularExpressionLiteral;
    }

    /// <summary>
    /// Where an unterminated regular expression most likely ends: at the first bracket it does not
    /// open itself (as TypeScript guesses), without trailing blanks and semicolons.
    /// </summary>
    private int EndOfUnterminatedRegex(int bodyStart, int bodyEnd)
    {
        var p = bodyStart;
        var inEscape = false;
        var classDepth = 0;
        var inQuantifier = false;
        var groupDepth = 0;
        for (; p < bodyEnd; p++)
        {
            var c = _text[p];
            if (inEscape)
            {
                inEscape = false;
            }
            else if (c == '\\')
            {
                inEscape = true;
            }
            else if (c == '[')
            {
                classDepth++;
            }
            else if (c == ']' && classDepth > 0)
            {
                classDepth--;
            }
            else if (classDepth == 0)
            {
                if (c == '{')
                {
                    inQuantifier = true;
                }
                else if (c == '}' && inQuantifier)
                {
                    inQuantifier = false;
                }
                else if (!inQuantifier)
                {
                    if (c == '(')
                    {
                        groupDepth++;
                    }
                    else if (c == ')' && groupDepth > 0)
                    {
                        groupDepth--;
                    }
                    else if (c is ')' or ']' or '}')
                    {
                        break;
                    }
                }
            }
        }

        while (p > bodyStart && (CharacterInfo.IsWhiteSpaceSingleLine(_text[p - 1]) || _text[p - 1] == ';'))
        {
            p--;
        }

        return p;
    }

    private void ScanRegexFlags()
    {
        var seen = 0;
        while (_pos < _end)
        {
            var cp = CodePointAt(_pos);
            if (!CharacterInfo.IsIdentifierPart(cp))
            {
                break;
            }

            var bit = cp switch
            {
                'd' => 1,
                'g' => 2,
                'i' => 4,
                'm' => 8,
                's' => 16,
                'u' => 32,
                'v' => 64,
                'y' => 128,
                _ => 0,
            };
            if (bit == 0)
            {
                Error(SyntaxErrors.UnknownRegexFlag, _pos, CharSize(cp));
            }
            else if ((seen & bit) != 0)
            {
                Error(SyntaxErrors.DuplicateRegexFlag, _pos, 1);
            }

            seen |= bit;
            _pos += CharSize(cp);
        }
    }

    /// <summary>Builds '>>', '>>>', '>=', '>>=' and '>>>=' after a '>' where the grammar allows them.</summary>
    public SyntaxKind ReScanGreaterToken()
    {
        if (_token != SyntaxKind.GreaterThanToken)
        {
            return _token;
        }

        if (CharAt(_pos) == '>')
        {
            if (CharAt(_pos + 1) == '>')
            {
                return CharAt(_pos + 2) == '=' ? Finish(3, SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken) : Finish(2, SyntaxKind.GreaterThanGreaterThanGreaterThanToken);
            }

            return CharAt(_pos + 1) == '=' ? Finish(2, SyntaxKind.GreaterThanGreaterThanEqualsToken) : Finish(1, SyntaxKind.GreaterThanGreaterThanToken);
        }

        return CharAt(_pos) == '=' ? Finish(1, SyntaxKind.GreaterThanEqualsToken) : _token;
    }

    /// <summary>Splits '&lt;&lt;' back into '&lt;' when it opens type arguments (<c>f&lt;&lt;T&gt;() =&gt; T&gt;()</c>).</summary>
    public SyntaxKind ReScanLessThanToken()
    {
        if (_token == SyntaxKind.LessThanLessThanToken)
        {
            _pos = _tokenStart + 1;
            return _token = SyntaxKind.LessThanToken;
        }

        return _token;
    }

    /// <summary>Splits '?.' or '??' back into '?' where the grammar wants a question mark.</summary>
    public SyntaxKind ReScanQuestionToken()
    {
        _pos = _tokenStart + 1;
        return _token = SyntaxKind.QuestionToken;
    }

    /// <summary>Splits '*=' back into '*' (<c>yield*=</c>-like corners and generator members).</summary>
    public SyntaxKind ReScanAsteriskEqualsToken()
    {
        _pos = _tokenStart + 1;
        return _token = SyntaxKind.AsteriskToken;
    }
}
