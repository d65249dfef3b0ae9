using Nestor.Text;

namespace Nestor.Syntax.Lexing;

/// <summary>
/// Tokens of a text without the grammar's rescans: '/' stays a slash, '>' never joins '>>', and
/// templates are split only at their first piece. Good for token-level tools and tests; the
/// parser itself pulls tokens on demand and rescans by context.
/// </summary>
public static class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(string text, LanguageVariant variant = LanguageVariant.Standard) => Tokenize(text, variant, out _, out _);

    public static IReadOnlyList<Token> Tokenize(string text, LanguageVariant variant, out IReadOnlyList<Diagnostic> errors, out IReadOnlyList<Comment> comments)
    {
        var found = new List<Diagnostic>();
        var commentList = new List<Comment>();
        var lexer = new Lexer(text, variant, new NamePool(), commentList, (error, start, length, argument) =>
            found.Add(new Diagnostic(error.Code, DiagnosticSeverity.Error, error.Format(argument), string.Empty, new TextSpan(start, length))));
        var tokens = new List<Token>();
        while (true)
        {
            var kind = lexer.Scan();
            tokens.Add(new Token(kind, lexer.TokenStart, lexer.TokenEnd - lexer.TokenStart, lexer.Flags));
            if (kind == SyntaxKind.EndOfFileToken)
            {
                break;
            }
        }

        errors = found;
        comments = commentList;
        return tokens;
    }
}
