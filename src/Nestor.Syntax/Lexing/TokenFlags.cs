namespace Nestor.Syntax.Lexing;

/// <summary>Facts about a token that the parser and later layers need without rescanning.</summary>
[Flags]
public enum TokenFlags : ushort
{
    None = 0,
    PrecedingLineBreak = 1 << 0,
    PrecedingJsDocComment = 1 << 1,
    Unterminated = 1 << 2,
    ExtendedUnicodeEscape = 1 << 3,
    UnicodeEscape = 1 << 4,
    Scientific = 1 << 5,
    Octal = 1 << 6,
    HexSpecifier = 1 << 7,
    BinarySpecifier = 1 << 8,
    OctalSpecifier = 1 << 9,
    ContainsSeparator = 1 << 10,
    ContainsInvalidEscape = 1 << 11,
    ContainsLeadingZero = 1 << 12,
    ContainsEscape = UnicodeEscape | ExtendedUnicodeEscape,
}

/// <summary>One token: its kind, where it is, and what the lexer learned about it.</summary>
public readonly record struct Token(SyntaxKind Kind, int Start, int Length, TokenFlags Flags)
{
    public int End => Start + Length;

    public bool HasPrecedingLineBreak => (Flags & TokenFlags.PrecedingLineBreak) != 0;
}
