namespace Nestor.Syntax.Lexing;

/// <summary>Keyword spelling to kind, and the spelling of every fixed token for messages.</summary>
public static class Keywords
{
    private static readonly Dictionary<string, SyntaxKind> ByText = BuildKeywords();
    private static readonly Dictionary<string, SyntaxKind>.AlternateLookup<ReadOnlySpan<char>> Lookup = ByText.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly string?[] TextByKind = BuildTexts();

    /// <summary>The keyword spelled by <paramref name="text"/>, or <see cref="SyntaxKind.Identifier"/>.</summary>
    public static SyntaxKind Find(ReadOnlySpan<char> text)
    {
        // Every keyword is 2 to 11 lower-case ASCII letters: reject the rest without hashing.
        if (text.Length < 2 || text.Length > 11 || text[0] < 'a' || text[0] > 'z')
        {
            return SyntaxKind.Identifier;
        }

        return Lookup.TryGetValue(text, out var kind) ? kind : SyntaxKind.Identifier;
    }

    /// <summary>The fixed spelling of a punctuation or keyword kind; null for kinds without one.</summary>
    public static string? GetText(SyntaxKind kind) => (int)kind < TextByKind.Length ? TextByKind[(int)kind] : null;

    private static Dictionary<string, SyntaxKind> BuildKeywords()
    {
        var map = new Dictionary<string, SyntaxKind>(StringComparer.Ordinal);
        foreach (var name in Enum.GetNames<SyntaxKind>())
        {
            var kind = Enum.Parse<SyntaxKind>(name);

            // Range markers share values with real members; only real "...Keyword" names spell keywords.
            if (kind.IsKeyword() && name.EndsWith("Keyword", StringComparison.Ordinal) && !name.StartsWith("First", StringComparison.Ordinal) && !name.StartsWith("Last", StringComparison.Ordinal))
            {
                map[name[..^"Keyword".Length].ToLowerInvariant()] = kind;
            }
        }

        return map;
    }

    private static string?[] BuildTexts()
    {
        var texts = new string?[(int)SyntaxKind.LastKeyword + 1];
        foreach (var (text, kind) in ByText)
        {
            texts[(int)kind] = text;
        }

        (SyntaxKind Kind, string Text)[] punctuation =
        [
            (SyntaxKind.OpenBraceToken, "{"), (SyntaxKind.CloseBraceToken, "}"), (SyntaxKind.OpenParenToken, "("),
            (SyntaxKind.CloseParenToken, ")"), (SyntaxKind.OpenBracketToken, "["), (SyntaxKind.CloseBracketToken, "]"),
            (SyntaxKind.DotToken, "."), (SyntaxKind.DotDotDotToken, "..."), (SyntaxKind.SemicolonToken, ";"),
            (SyntaxKind.CommaToken, ","), (SyntaxKind.QuestionDotToken, "?."), (SyntaxKind.LessThanToken, "<"),
            (SyntaxKind.LessThanSlashToken, "</"), (SyntaxKind.GreaterThanToken, ">"), (SyntaxKind.LessThanEqualsToken, "<="),
            (SyntaxKind.GreaterThanEqualsToken, ">="), (SyntaxKind.EqualsEqualsToken, "=="), (SyntaxKind.ExclamationEqualsToken, "!="),
            (SyntaxKind.EqualsEqualsEqualsToken, "==="), (SyntaxKind.ExclamationEqualsEqualsToken, "!=="), (SyntaxKind.EqualsGreaterThanToken, "=>"),
            (SyntaxKind.PlusToken, "+"), (SyntaxKind.MinusToken, "-"), (SyntaxKind.AsteriskToken, "*"),
            (SyntaxKind.AsteriskAsteriskToken, "**"), (SyntaxKind.SlashToken, "/"), (SyntaxKind.PercentToken, "%"),
            (SyntaxKind.PlusPlusToken, "++"), (SyntaxKind.MinusMinusToken, "--"), (SyntaxKind.LessThanLessThanToken, "<<"),
            (SyntaxKind.GreaterThanGreaterThanToken, ">>"), (SyntaxKind.GreaterThanGreaterThanGreaterThanToken, ">>>"), (SyntaxKind.AmpersandToken, "&"),
            (SyntaxKind.BarToken, "|"), (SyntaxKind.CaretToken, "^"), (SyntaxKind.ExclamationToken, "!"),
            (SyntaxKind.TildeToken, "~"), (SyntaxKind.AmpersandAmpersandToken, "&&"), (SyntaxKind.BarBarToken, "||"),
            (SyntaxKind.QuestionToken, "?"), (SyntaxKind.ColonToken, ":"), (SyntaxKind.AtToken, "@"),
            (SyntaxKind.QuestionQuestionToken, "??"), (SyntaxKind.BacktickToken, "`"), (SyntaxKind.HashToken, "#"),
            (SyntaxKind.EqualsToken, "="), (SyntaxKind.PlusEqualsToken, "+="), (SyntaxKind.MinusEqualsToken, "-="),
            (SyntaxKind.AsteriskEqualsToken, "*="), (SyntaxKind.AsteriskAsteriskEqualsToken, "**="), (SyntaxKind.SlashEqualsToken, "/="),
            (SyntaxKind.PercentEqualsToken, "%="), (SyntaxKind.LessThanLessThanEqualsToken, "<<="), (SyntaxKind.GreaterThanGreaterThanEqualsToken, ">>="),
            (SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken, ">>>="), (SyntaxKind.AmpersandEqualsToken, "&="), (SyntaxKind.BarEqualsToken, "|="),
            (SyntaxKind.BarBarEqualsToken, "||="), (SyntaxKind.AmpersandAmpersandEqualsToken, "&&="), (SyntaxKind.QuestionQuestionEqualsToken, "??="),
            (SyntaxKind.CaretEqualsToken, "^="),
        ];
        foreach (var (kind, text) in punctuation)
        {
            texts[(int)kind] = text;
        }

        return texts;
    }
}
