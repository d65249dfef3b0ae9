using System.Runtime.CompilerServices;
using System.Text;

namespace Nestor.Syntax.Lexing;

/// <summary>
/// The TypeScript scanner. It pulls one token at a time on demand; the parser rescans a token
/// when only the grammar can decide what it is (<c>&gt;</c>, <c>/</c>, template continuations,
/// JSX text). The lexer never allocates except for interned names and recorded comments.
/// </summary>
internal sealed partial class Lexer
{
    private readonly string _text;
    private readonly int _end;
    private readonly LanguageVariant _variant;
    private readonly NamePool _names;
    private readonly Action<SyntaxErrorDescriptor, int, int, string?> _error;
    private readonly List<Comment> _comments;

    private int _pos;
    private int _fullStart;
    private int _tokenStart;
    private SyntaxKind _token;
    private TokenFlags _flags;
    private int _lastTokenEnd = -1;

    private static readonly System.Buffers.SearchValues<char> LineBreaks = System.Buffers.SearchValues.Create("\n\r\u2028\u2029");

    public Lexer(string text, LanguageVariant variant, NamePool names, List<Comment> comments, Action<SyntaxErrorDescriptor, int, int, string?> error)
    {
        _text = text;
        _end = text.Length;
        _variant = variant;
        _names = names;
        _comments = comments;
        _error = error;
    }

    public SyntaxKind Token => _token;

    public int TokenStart => _tokenStart;

    public int TokenEnd => _pos;

    public int FullStart => _fullStart;

    public TokenFlags Flags => _flags;

    public bool HasPrecedingLineBreak => (_flags & TokenFlags.PrecedingLineBreak) != 0;

    public bool IsUnterminated => (_flags & TokenFlags.Unterminated) != 0;

    public string Text => _text;

    public ReadOnlySpan<char> TokenText => _text.AsSpan(_tokenStart, _pos - _tokenStart);

    public bool IsIdentifier => _token == SyntaxKind.Identifier || _token >= SyntaxKind.FirstFutureReservedWord;

    public bool IsReservedWord => _token >= SyntaxKind.FirstReservedWord && _token <= SyntaxKind.LastReservedWord;

    /// <summary>The name of the current identifier, keyword or private identifier, interned.</summary>
    public string GetIdentifierText()
    {
        if ((_flags & TokenFlags.ContainsEscape) == 0)
        {
            return _names.Intern(TokenText);
        }

        return _names.Intern(LiteralCooker.CookIdentifier(TokenText));
    }

    public LexerState Save() => new(_pos, _fullStart, _tokenStart, _token, _flags, _lastTokenEnd, _comments.Count);

    public void Restore(in LexerState state)
    {
        _pos = state.Pos;
        _fullStart = state.FullStart;
        _tokenStart = state.TokenStart;
        _token = state.Token;
        _flags = state.Flags;
        _lastTokenEnd = state.LastTokenEnd;
        if (_comments.Count > state.CommentCount)
        {
            _comments.RemoveRange(state.CommentCount, _comments.Count - state.CommentCount);
        }
    }

    /// <summary>Moves back to <paramref name="position"/> so that the next scan starts there.</summary>
    public void ResetTo(int position)
    {
        _pos = position;
        _tokenStart = position;
        _fullStart = position;
    }

    private void Error(SyntaxErrorDescriptor descriptor, int start, int length, string? argument = null) => _error(descriptor, start, length, argument);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int CharAt(int position) => position < _end ? _text[position] : -1;

    private int CodePointAt(int position)
    {
        if (position >= _end)
        {
            return -1;
        }

        var c = _text[position];
        if (char.IsHighSurrogate(c) && position + 1 < _end && char.IsLowSurrogate(_text[position + 1]))
        {
            return char.ConvertToUtf32(c, _text[position + 1]);
        }

        return c;
    }

    private static int CharSize(int codePoint) => codePoint >= 0x10000 ? 2 : 1;

    public SyntaxKind Scan()
    {
        _lastTokenEnd = _token == SyntaxKind.Unknown && _lastTokenEnd < 0 ? -1 : _pos;
        _fullStart = _pos;
        _flags = TokenFlags.None;
        while (true)
        {
            _tokenStart = _pos;
            if (_pos >= _end)
            {
                return _token = SyntaxKind.EndOfFileToken;
            }

            int c = _text[_pos];
            switch (c)
            {
                case '\n':
                case '\r':
                    _flags |= TokenFlags.PrecedingLineBreak;
                    _pos++;
                    continue;
                case ' ':
                case '\t':
                case '\v':
                case '\f':
                    _pos++;
                    continue;
                case '!':
                    if (CharAt(_pos + 1) == '=')
                    {
                        return CharAt(_pos + 2) == '=' ? Finish(3, SyntaxKind.ExclamationEqualsEqualsToken) : Finish(2, SyntaxKind.ExclamationEqualsToken);
                    }

                    return Finish(1, SyntaxKind.ExclamationToken);
                case '"':
                case '\'':
                    return ScanString(c);
                case '`':
                    return _token = ScanTemplate(reportErrors: false);
                case '%':
                    return CharAt(_pos + 1) == '=' ? Finish(2, SyntaxKind.PercentEqualsToken) : Finish(1, SyntaxKind.PercentToken);
                case '&':
                    if (CharAt(_pos + 1) == '&')
                    {
                        return CharAt(_pos + 2) == '=' ? Finish(3, SyntaxKind.AmpersandAmpersandEqualsToken) : Finish(2, SyntaxKind.AmpersandAmpersandToken);
                    }

                    return CharAt(_pos + 1) == '=' ? Finish(2, SyntaxKind.AmpersandEqualsToken) : Finish(1, SyntaxKind.AmpersandToken);
                case '(':
                    return Finish(1, SyntaxKind.OpenParenToken);
                case ')':
                    return Finish(1, SyntaxKind.CloseParenToken);
                case '*':
                    if (CharAt(_pos + 1) == '=')
                    {
                        return Finish(2, SyntaxKind.AsteriskEqualsToken);
                    }

                    if (CharAt(_pos + 1) == '*')
                    {
                        return CharAt(_pos + 2) == '=' ? Finish(3, SyntaxKind.AsteriskAsteriskEqualsToken) : Finish(2, SyntaxKind.AsteriskAsteriskToken);
                    }

                    return Finish(1, SyntaxKind.AsteriskToken);
                case '+':
                    if (CharAt(_pos + 1) == '+')
                    {
                        return Finish(2, SyntaxKind.PlusPlusToken);
                    }

                    return CharAt(_pos + 1) == '=' ? Finish(2, SyntaxKind.PlusEqualsToken) : Finish(1, SyntaxKind.PlusToken);
                case ',':
                    return Finish(1, SyntaxKind.CommaToken);
                case '-':
                    if (CharAt(_pos + 1) == '-')
                    {
                        return Finish(2, SyntaxKind.MinusMinusToken);
                    }

                    return CharAt(_pos + 1) == '=' ? Finish(2, SyntaxKind.MinusEqualsToken) : Finish(1, SyntaxKind.MinusToken);
                case '.':
                    if (CharacterInfo.IsDigit(CharAt(_pos + 1)))
                    {
                        return ScanNumber();
                    }

                    if (CharAt(_pos + 1) == '.' && CharAt(_pos + 2) == '.')
                    {
                        return Finish(3, SyntaxKind.DotDotDotToken);
                    }

                    return Finish(1, SyntaxKind.DotToken);
                case '/':
                    if (CharAt(_pos + 1) == '/')
                    {
                        ScanLineComment();
                        continue;
                    }

                    if (CharAt(_pos + 1) == '*')
                    {
                        ScanBlockComment();
                        continue;
                    }

                    return CharAt(_pos + 1) == '=' ? Finish(2, SyntaxKind.SlashEqualsToken) : Finish(1, SyntaxKind.SlashToken);
                case >= '0' and <= '9':
                    return ScanNumber();
                case ':':
                    return Finish(1, SyntaxKind.ColonToken);
                case ';':
                    return Finish(1, SyntaxKind.SemicolonToken);
                case '<':
                    if (IsConflictMarker(_pos))
                    {
                        ScanConflictMarker();
                        continue;
                    }

                    if (CharAt(_pos + 1) == '<')
                    {
                        return CharAt(_pos + 2) == '=' ? Finish(3, SyntaxKind.LessThanLessThanEqualsToken) : Finish(2, SyntaxKind.LessThanLessThanToken);
                    }

                    if (CharAt(_pos + 1) == '=')
                    {
                        return Finish(2, SyntaxKind.LessThanEqualsToken);
                    }

                    if (_variant == LanguageVariant.Jsx && CharAt(_pos + 1) == '/' && CharAt(_pos + 2) != '*')
                    {
                        return Finish(2, SyntaxKind.LessThanSlashToken);
                    }

                    return Finish(1, SyntaxKind.LessThanToken);
                case '=':
                    if (IsConflictMarker(_pos))
                    {
                        ScanConflictMarker();
                        continue;
                    }

                    if (CharAt(_pos + 1) == '=')
                    {
                        return CharAt(_pos + 2) == '=' ? Finish(3, SyntaxKind.EqualsEqualsEqualsToken) : Finish(2, SyntaxKind.EqualsEqualsToken);
                    }

                    return CharAt(_pos + 1) == '>' ? Finish(2, SyntaxKind.EqualsGreaterThanToken) : Finish(1, SyntaxKind.EqualsToken);
                case '>':
                    if (IsConflictMarker(_pos))
                    {
                        ScanConflictMarker();
                        continue;
                    }

                    // '>>', '>=' and friends are assembled by ReScanGreaterToken when the grammar wants them.
                    return Finish(1, SyntaxKind.GreaterThanToken);
                case '?':
                    if (CharAt(_pos + 1) == '.' && !CharacterInfo.IsDigit(CharAt(_pos + 2)))
                    {
                        return Finish(2, SyntaxKind.QuestionDotToken);
                    }

                    if (CharAt(_pos + 1) == '?')
                    {
                        return CharAt(_pos + 2) == '=' ? Finish(3, SyntaxKind.QuestionQuestionEqualsToken) : Finish(2, SyntaxKind.QuestionQuestionToken);
                    }

                    return Finish(1, SyntaxKind.QuestionToken);
                case '[':
                    return Finish(1, SyntaxKind.OpenBracketToken);
                case ']':
                    return Finish(1, SyntaxKind.CloseBracketToken);
                case '^':
                    return CharAt(_pos + 1) == '=' ? Finish(2, SyntaxKind.CaretEqualsToken) : Finish(1, SyntaxKind.CaretToken);
                case '{':
                    return Finish(1, SyntaxKind.OpenBraceToken);
                case '|':
                    if (IsConflictMarker(_pos))
                    {
                        ScanConflictMarker();
                        continue;
                    }

                    if (CharAt(_pos + 1) == '|')
                    {
                        return CharAt(_pos + 2) == '=' ? Finish(3, SyntaxKind.BarBarEqualsToken) : Finish(2, SyntaxKind.BarBarToken);
                    }

                    return CharAt(_pos + 1) == '=' ? Finish(2, SyntaxKind.BarEqualsToken) : Finish(1, SyntaxKind.BarToken);
                case '}':
                    return Finish(1, SyntaxKind.CloseBraceToken);
                case '~':
                    return Finish(1, SyntaxKind.TildeToken);
                case '@':
                    return Finish(1, SyntaxKind.AtToken);
                case '#':
                    if (_pos == 0 && CharAt(1) == '!')
                    {
                        SkipToLineEnd();
                        continue;
                    }

                    return ScanHash();
                case '\\':
                    {
                        var escaped = PeekIdentifierEscape(_pos);
                        if (escaped >= 0 && CharacterInfo.IsIdentifierStart(escaped))
                        {
                            return ScanIdentifier();
                        }

                        Error(SyntaxErrors.InvalidCharacter, _pos, 1);
                        return Finish(1, SyntaxKind.Unknown);
                    }

                default:
                    if (c < 0x80)
                    {
                        if (CharacterInfo.IsAsciiIdentifierStart(c))
                        {
                            return ScanIdentifier();
                        }

                        Error(SyntaxErrors.InvalidCharacter, _pos, 1);
                        return Finish(1, SyntaxKind.Unknown);
                    }

                    var codePoint = CodePointAt(_pos);
                    if (CharacterInfo.IsIdentifierStart(codePoint))
                    {
                        return ScanIdentifier();
                    }

                    if (CharacterInfo.IsWhiteSpaceSingleLine(codePoint))
                    {
                        _pos++;
                        continue;
                    }

                    if (CharacterInfo.IsLineBreak(codePoint))
                    {
                        _flags |= TokenFlags.PrecedingLineBreak;
                        _pos++;
                        continue;
                    }

                    Error(SyntaxErrors.InvalidCharacter, _pos, CharSize(codePoint));
                    return Finish(CharSize(codePoint), SyntaxKind.Unknown);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private SyntaxKind Finish(int length, SyntaxKind kind)
    {
        _pos += length;
        return _token = kind;
    }

    private SyntaxKind ScanHash()
    {
        if (CharAt(_pos + 1) == '!')
        {
            Error(SyntaxErrors.ShebangNotAtStart, _pos, 2);
            return Finish(1, SyntaxKind.Unknown);
        }

        var next = CodePointAt(_pos + 1);
        var escaped = next == '\\' ? PeekIdentifierEscape(_pos + 1) : -1;
        if (CharacterInfo.IsIdentifierStart(next) || (escaped >= 0 && CharacterInfo.IsIdentifierStart(escaped)))
        {
            _pos++;
            ScanIdentifierParts();
            return _token = SyntaxKind.PrivateIdentifier;
        }

        Error(SyntaxErrors.InvalidCharacter, _pos, 1);
        return Finish(1, SyntaxKind.Unknown);
    }

    private void SkipToLineEnd()
    {
        while (_pos < _end && !CharacterInfo.IsLineBreak(_text[_pos]))
        {
            _pos++;
        }
    }

    private void ScanLineComment()
    {
        var start = _pos;
        _pos += 2;
        SkipToLineEnd();
        AddComment(CommentKind.Line, start);
    }

    private void ScanBlockComment()
    {
        var start = _pos;
        var isJsDoc = CharAt(_pos + 2) == '*' && CharAt(_pos + 3) != '/';
        _pos += 2;
        var index = _text.IndexOf("*/", _pos, StringComparison.Ordinal);
        var closed = index >= 0;
        var stop = closed ? index : _end;
        if (_text.AsSpan(_pos, stop - _pos).IndexOfAny(LineBreaks) >= 0)
        {
            _flags |= TokenFlags.PrecedingLineBreak;
        }

        _pos = closed ? index + 2 : _end;
        if (!closed)
        {
            Error(SyntaxErrors.UnterminatedComment, _end, 0);
        }

        if (isJsDoc)
        {
            _flags |= TokenFlags.PrecedingJsDocComment;
        }

        AddComment(isJsDoc ? CommentKind.JsDoc : CommentKind.Block, start);
    }

    private void AddComment(CommentKind kind, int start)
    {
        // A comment is trailing when it shares a line with the token before it.
        var trailing = _lastTokenEnd >= 0 && (_flags & TokenFlags.PrecedingLineBreak) == 0 && !HasLineBreakBetween(_lastTokenEnd, start);
        _comments.Add(new Comment(kind, new Nestor.Text.TextSpan(start, _pos - start), trailing));
    }

    private bool HasLineBreakBetween(int start, int end)
    {
        return start < end && _text.AsSpan(start, end - start).IndexOfAny(LineBreaks) >= 0;
    }

    private bool IsConflictMarker(int position)
    {
        // Markers are seven identical characters at the start of a line, then a space (or, for '=', the end of the line).
        if (position != 0 && !CharacterInfo.IsLineBreak(_text[position - 1]))
        {
            return false;
        }

        if (position + 7 > _end)
        {
            return false;
        }

        var c = _text[position];
        for (var i = 1; i < 7; i++)
        {
            if (_text[position + i] != c)
            {
                return false;
            }
        }

        return c == '=' || position + 7 == _end || _text[position + 7] == ' ';
    }

    private void ScanConflictMarker()
    {
        Error(SyntaxErrors.MergeConflictMarker, _pos, 7);
        var c = _text[_pos];
        if (c == '<' || c == '>')
        {
            SkipToLineEnd();
            return;
        }

        // '=======' and '|||||||' start the other side: skip it up to the closing '>>>>>>>' marker.
        while (_pos < _end && !(_text[_pos] == '>' && IsConflictMarker(_pos)))
        {
            _pos++;
        }
    }

    private SyntaxKind ScanIdentifier()
    {
        var first = _text[_pos];
        if (first < 0x80 && first != '\\')
        {
            // Fast path: plain ASCII names, the overwhelmingly common case.
            var p = _pos + 1;
            while (p < _end)
            {
                var ch = _text[p];
                if (ch < 0x80 && (CharacterInfo.IsAsciiIdentifierStart(ch) || CharacterInfo.IsDigit(ch)))
                {
                    p++;
                    continue;
                }

                if (ch >= 0x80 || ch == '\\')
                {
                    _pos = p;
                    ScanIdentifierParts();
                    return _token = KeywordOrIdentifier();
                }

                break;
            }

            _pos = p;
            return _token = Keywords.Find(TokenText);
        }

        ScanIdentifierParts();
        return _token = KeywordOrIdentifier();
    }

    private SyntaxKind KeywordOrIdentifier()
    {
        // An escaped keyword is a name here; the parser never sees it as the keyword.
        return (_flags & TokenFlags.ContainsEscape) != 0 ? SyntaxKind.Identifier : Keywords.Find(TokenText);
    }

    private void ScanIdentifierParts()
    {
        var first = true;
        while (_pos < _end)
        {
            var cp = CodePointAt(_pos);
            if (cp == '\\')
            {
                var escapeStart = _pos;
                var value = ScanIdentifierEscape();
                if (value < 0 || !(first && _pos == escapeStart ? CharacterInfo.IsIdentifierStart(value) : CharacterInfo.IsIdentifierPart(value)))
                {
                    if (value >= 0)
                    {
                        Error(SyntaxErrors.InvalidCharacter, escapeStart, _pos - escapeStart);
                    }
                }

                first = false;
                continue;
            }

            if (!CharacterInfo.IsIdentifierPart(cp))
            {
                break;
            }

            _pos += CharSize(cp);
            first = false;
        }
    }

    /// <summary>The code point of a well-formed <c>\uXXXX</c> or <c>\u{...}</c> escape at <paramref name="position"/>, or -1.</summary>
    private int PeekIdentifierEscape(int position)
    {
        if (CharAt(position) != '\\' || CharAt(position + 1) != 'u')
        {
            return -1;
        }

        var p = position + 2;
        if (CharAt(p) == '{')
        {
            p++;
            var value = 0;
            var digits = 0;
            while (CharacterInfo.IsHexDigit(CharAt(p)))
            {
                value = Math.Min(value * 16 + CharacterInfo.HexValue(CharAt(p)), 0x110000);
                p++;
                digits++;
            }

            return digits > 0 && CharAt(p) == '}' && value <= 0x10FFFF ? value : -1;
        }

        var result = 0;
        for (var i = 0; i < 4; i++)
        {
            var c = CharAt(p + i);
            if (!CharacterInfo.IsHexDigit(c))
            {
                return -1;
            }

            result = result * 16 + CharacterInfo.HexValue(c);
        }

        return result;
    }

    private int ScanIdentifierEscape()
    {
        var start = _pos;
        var value = PeekIdentifierEscape(_pos);
        if (value < 0)
        {
            Error(SyntaxErrors.InvalidEscapeInIdentifier, start, Math.Min(2, _end - start));
            _pos += Math.Min(2, _end - start);
            return -1;
        }

        if (CharAt(_pos + 2) == '{')
        {
            _flags |= TokenFlags.ExtendedUnicodeEscape;
            _pos = _text.IndexOf('}', _pos) + 1;
        }
        else
        {
            _flags |= TokenFlags.UnicodeEscape;
            _pos += 6;
        }

        return value;
    }
}

/// <summary>Everything needed to rewind the lexer after a speculative parse.</summary>
internal readonly record struct LexerState(int Pos, int FullStart, int TokenStart, SyntaxKind Token, TokenFlags Flags, int LastTokenEnd, int CommentCount);
