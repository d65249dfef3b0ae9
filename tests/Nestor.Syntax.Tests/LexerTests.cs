using Nestor.Syntax.Lexing;

namespace Nestor.Syntax.Tests;

public sealed class LexerTests
{
    private static string Render(string text, LanguageVariant variant = LanguageVariant.Standard) =>
        string.Join(" ", Tokenizer.Tokenize(text, variant).Select(t => $"{t.Kind.GetName()}@{t.Start}+{t.Length}"));

    [Theory]
    [InlineData("a >>>= b", "Identifier@0+1 GreaterThanToken@2+1 GreaterThanToken@3+1 GreaterThanToken@4+1 EqualsToken@5+1 Identifier@7+1 EndOfFileToken@8+0")]
    [InlineData("x?.y ?? z?.5:1", "Identifier@0+1 QuestionDotToken@1+2 Identifier@3+1 QuestionQuestionToken@5+2 Identifier@8+1 QuestionToken@9+1 NumericLiteral@10+2 ColonToken@12+1 NumericLiteral@13+1 EndOfFileToken@14+0")]
    [InlineData("...a **= b", "DotDotDotToken@0+3 Identifier@3+1 AsteriskAsteriskEqualsToken@5+3 Identifier@9+1 EndOfFileToken@10+0")]
    [InlineData("a &&= b ||= c ??= d", "Identifier@0+1 AmpersandAmpersandEqualsToken@2+3 Identifier@6+1 BarBarEqualsToken@8+3 Identifier@12+1 QuestionQuestionEqualsToken@14+3 Identifier@18+1 EndOfFileToken@19+0")]
    [InlineData("#priv @dec", "PrivateIdentifier@0+5 AtToken@6+1 Identifier@7+3 EndOfFileToken@10+0")]
    [InlineData("class constructor type of", "ClassKeyword@0+5 ConstructorKeyword@6+11 TypeKeyword@18+4 OfKeyword@23+2 EndOfFileToken@25+0")]
    [InlineData("\u00e9t\u00e9 \U0001D49C x\u0301", "Identifier@0+3 Identifier@4+2 Identifier@7+2 EndOfFileToken@9+0")]
    [InlineData("\\u0061b \\u{62}c", "Identifier@0+7 Identifier@8+7 EndOfFileToken@15+0")]
    [InlineData("0x1F 0b101 0o17 1_000 .5 1e-3 10n 0xFFn", "NumericLiteral@0+4 NumericLiteral@5+5 NumericLiteral@11+4 NumericLiteral@16+5 NumericLiteral@22+2 NumericLiteral@25+4 BigIntLiteral@30+3 BigIntLiteral@34+5 EndOfFileToken@39+0")]
    [InlineData("'a\\'b' \"c\\\nd\"", "StringLiteral@0+6 StringLiteral@7+6 EndOfFileToken@13+0")]
    [InlineData("`a${", "TemplateHead@0+4 EndOfFileToken@4+0")]
    [InlineData("#!/usr/bin/env node\nx", "Identifier@20+1 EndOfFileToken@21+0")]
    [InlineData("\uFEFFa\u00A0b", "Identifier@1+1 Identifier@3+1 EndOfFileToken@4+0")]
    public void Tokens_have_exact_kinds_and_spans(string text, string expected)
    {
        Assert.Equal(expected, Render(text));
    }

    [Fact]
    public void Line_breaks_include_unicode_separators()
    {
        var tokens = Tokenizer.Tokenize("a\u2028b\u2029c d");

        Assert.Equal([false, true, true, false], tokens.Take(4).Select(t => t.HasPrecedingLineBreak));
    }

    [Fact]
    public void Less_than_slash_is_one_token_only_in_jsx()
    {
        Assert.Equal("LessThanSlashToken@0+2 Identifier@2+1 EndOfFileToken@3+0", Render("</a", LanguageVariant.Jsx));
        Assert.Equal("LessThanToken@0+1 SlashToken@1+1 Identifier@2+1 EndOfFileToken@3+0", Render("</a"));
    }

    [Fact]
    public void Comments_are_recorded_with_kind_and_trailing_flag()
    {
        Tokenizer.Tokenize("a; // one\n/** doc */ b /* c */\n/**/", LanguageVariant.Standard, out var errors, out var comments);

        Assert.Empty(errors);
        Assert.Equal(
            ["Line [3..9) True", "JsDoc [10..20) False", "Block [23..30) True", "Block [31..35) False"],
            comments.Select(c => $"{c.Kind} {c.Span} {c.IsTrailing}"));
    }

    [Theory]
    [InlineData("1__0", "NST1016", 2, 1, "Multiple consecutive numeric separators are not permitted.")]
    [InlineData("1_", "NST1015", 1, 1, "Numeric separators are not allowed here.")]
    [InlineData("0x", "NST1008", 2, 0, "Hexadecimal digit expected.")]
    [InlineData("0b2", "NST1011", 2, 0, "Binary digit expected.")]
    [InlineData("017", "NST1018", 0, 3, "Octal literals are not allowed. Use the syntax '0o17'.")]
    [InlineData("08", "NST1019", 0, 2, "Decimals with leading zeros are not allowed.")]
    [InlineData("3in", "NST1017", 1, 2, "An identifier or keyword cannot immediately follow a numeric literal.")]
    [InlineData("'abc\nx", "NST1003", 4, 0, "Unterminated string literal.")]
    [InlineData("`abc", "NST1004", 0, 4, "Unterminated template literal.")]
    [InlineData("/* abc", "NST1006", 6, 0, "'*/' expected.")]
    [InlineData("'\\x4'", "NST1008", 4, 0, "Hexadecimal digit expected.")]
    [InlineData("'\\u{110000}'", "NST1012", 4, 6, "An extended Unicode escape value must be between 0x0 and 0x10FFFF, inclusive.")]
    [InlineData("'\\01'", "NST1020", 1, 3, "Octal escape sequences are not allowed. Use the syntax '\\x01'.")]
    [InlineData("a \0 b", "NST1007", 2, 1, "Invalid character.")]
    [InlineData("x # y", "NST1007", 2, 1, "Invalid character.")]
    [InlineData("<<<<<<< HEAD\na", "NST1022", 0, 7, "Merge conflict marker encountered.")]
    public void Lexical_errors_have_code_span_and_message(string text, string code, int start, int length, string message)
    {
        Tokenizer.Tokenize(text, LanguageVariant.Standard, out var errors, out _);

        var error = errors[0];
        Assert.Equal((code, start, length, message), (error.Code, error.Span.Start, error.Span.Length, error.Message));
    }

    [Fact]
    public void Garbage_characters_are_skipped_one_token_each()
    {
        var tokens = Tokenizer.Tokenize("a\u0001\u0002b", LanguageVariant.Standard, out var errors, out _);

        Assert.Equal([SyntaxKind.Identifier, SyntaxKind.Unknown, SyntaxKind.Unknown, SyntaxKind.Identifier, SyntaxKind.EndOfFileToken], tokens.Select(t => t.Kind));
        Assert.Equal(2, errors.Count);
    }

    [Fact]
    public void Every_keyword_spelling_maps_back_to_its_kind()
    {
        for (var kind = SyntaxKind.FirstKeyword; kind <= SyntaxKind.LastKeyword; kind++)
        {
            var text = Keywords.GetText(kind);
            Assert.NotNull(text);
            Assert.Equal(kind, Keywords.Find(text));
        }

        Assert.Equal(SyntaxKind.Identifier, Keywords.Find("Yield"));
    }

    [Theory]
    [InlineData("'a\\nb\\x41\\u0042\\u{1F600}\\\nc'", "a\nbAB\U0001F600c")]
    [InlineData("\"tab\\tq\\\"\"", "tab\tq\"")]
    public void String_values_are_cooked_on_demand(string source, string expected)
    {
        var tree = TestSource.Parse("x = " + source + ";");

        Assert.Equal(expected, TestSource.Single<StringLiteral>(tree).Value);
    }

    [Fact]
    public void Numeric_values_read_every_radix()
    {
        var tree = TestSource.Parse("[0x1F, 0b101, 0o17, 1_000, .5, 1e3]");

        Assert.Equal([31.0, 5.0, 15.0, 1000.0, 0.5, 1000.0], tree.DescendantNodes().OfType<NumericLiteral>().Select(n => n.Value));
    }
}
