using System.Globalization;
using System.Runtime.CompilerServices;

namespace Nestor.Syntax.Lexing;

/// <summary>Character classes of the ECMAScript lexical grammar.</summary>
internal static class CharacterInfo
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLineBreak(int c) => c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029;

    public static bool IsWhiteSpaceSingleLine(int c) =>
        c == ' ' || c == '\t' || c == 0x0B || c == 0x0C || c == 0xA0 || c == 0x85 || c == 0x1680
        || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000 || c == 0xFEFF;

    public static bool IsDigit(int c) => c >= '0' && c <= '9';

    public static bool IsOctalDigit(int c) => c >= '0' && c <= '7';

    public static bool IsHexDigit(int c) => IsDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');

    public static int HexValue(int c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiIdentifierStart(int c) => (c | 0x20) is >= 'a' and <= 'z' || c == '$' || c == '_';

    public static bool IsIdentifierStart(int codePoint)
    {
        if (codePoint < 0x80)
        {
            return IsAsciiIdentifierStart(codePoint);
        }

        return IsUnicodeIdStart(codePoint);
    }

    public static bool IsIdentifierPart(int codePoint)
    {
        if (codePoint < 0x80)
        {
            return IsAsciiIdentifierStart(codePoint) || IsDigit(codePoint);
        }

        // ZWNJ and ZWJ are ID_Continue by the ECMAScript grammar even though they are format characters.
        return codePoint == 0x200C || codePoint == 0x200D || IsUnicodeIdStart(codePoint) || IsUnicodeIdContinueOnly(codePoint);
    }

    private static bool IsUnicodeIdStart(int codePoint)
    {
        if (codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        {
            return false;
        }

        switch (CharUnicodeInfo.GetUnicodeCategory(codePoint))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.LetterNumber:
                return true;
            default:
                // Other_ID_Start: the few symbols Unicode keeps in identifiers for stability.
                return codePoint is 0x1885 or 0x1886 or 0x2118 or 0x212E or 0x309B or 0x309C;
        }
    }

    private static bool IsUnicodeIdContinueOnly(int codePoint)
    {
        if (codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
        {
            return false;
        }

        switch (CharUnicodeInfo.GetUnicodeCategory(codePoint))
        {
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.ConnectorPunctuation:
                return true;
            default:
                // Other_ID_Continue.
                return codePoint is 0x00B7 or 0x0387 or (>= 0x1369 and <= 0x1371) or 0x19DA;
        }
    }
}
