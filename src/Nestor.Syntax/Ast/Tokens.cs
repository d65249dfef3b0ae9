using Nestor.Syntax.Lexing;
using Nestor.Text;

namespace Nestor.Syntax;

/// <summary>What an identifier does where it stands: later layers resolve only references.</summary>
public enum IdentifierRole
{
    /// <summary>A use of a value or namespace: <c>foo</c> in <c>foo()</c>.</summary>
    Reference,

    /// <summary>A name being declared: variables, parameters, functions, classes, imports.</summary>
    Binding,

    /// <summary>A member name: <c>b</c> in <c>a.b</c>, property and method names, object keys.</summary>
    Property,

    /// <summary>A statement label.</summary>
    Label,

    /// <summary>A name in type position: <c>T</c> in <c>x: T</c>.</summary>
    Type,

    /// <summary>A JSX tag or attribute name.</summary>
    Jsx,
}

public sealed class Identifier : Expression
{
    internal Identifier(TextSpan span, string text, IdentifierRole role, SyntaxKind originalKeyword = SyntaxKind.Identifier)
        : base(SyntaxKind.Identifier, span)
    {
        Text = text;
        Role = role;
        OriginalKeyword = originalKeyword;
    }

    /// <summary>The name, escapes resolved, interned per file. Empty for a missing identifier.</summary>
    public string Text { get; }

    public IdentifierRole Role { get; }

    /// <summary>The contextual keyword this name is spelled as (<c>type</c>, <c>from</c>...), or Identifier.</summary>
    public SyntaxKind OriginalKeyword { get; }

    /// <summary>True for the zero-width identifier the parser inserts where one was expected.</summary>
    public bool IsMissing => Text.Length == 0;

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitIdentifier(this);

    public override string ToString() => Text;
}

public sealed class PrivateIdentifier : Expression
{
    internal PrivateIdentifier(TextSpan span, string text)
        : base(SyntaxKind.PrivateIdentifier, span)
    {
        Text = text;
    }

    /// <summary>The name with its '#'.</summary>
    public string Text { get; }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitPrivateIdentifier(this);

    public override string ToString() => Text;
}

/// <summary>A punctuation token kept in the tree: <c>?</c>, <c>!</c>, <c>...</c>, <c>*</c>, <c>?.</c>, operators.</summary>
public sealed class TokenNode : Node
{
    internal TokenNode(SyntaxKind kind, TextSpan span)
        : base(kind, span)
    {
    }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitTokenNode(this);
}

/// <summary>A modifier keyword (<c>export</c>, <c>public</c>, <c>readonly</c>...); its kind is the keyword's kind.</summary>
public sealed class Modifier : Node
{
    internal Modifier(SyntaxKind kind, TextSpan span)
        : base(kind, span)
    {
    }

    public ModifierFlags Flag => ModifierList.FlagOf(Kind);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitModifier(this);
}

/// <summary>A keyword type (<c>string</c>, <c>number</c>, <c>any</c>, <c>void</c>...); its kind is the keyword's kind.</summary>
public sealed class KeywordType : TypeNode
{
    internal KeywordType(SyntaxKind kind, TextSpan span)
        : base(kind, span)
    {
    }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitKeywordType(this);
}

/// <summary><c>this</c>, <c>super</c>, <c>null</c>, <c>true</c>, <c>false</c> as expressions; the kind is the keyword's kind.</summary>
public sealed class KeywordExpression : Expression
{
    internal KeywordExpression(SyntaxKind kind, TextSpan span)
        : base(kind, span)
    {
    }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitKeywordExpression(this);
}

/// <summary>
/// Decorators where an expression was expected and no class follows (<c>x = @dec;</c>): kept, as
/// TypeScript keeps them, in a zero-content declaration of kind <see cref="SyntaxKind.MissingDeclaration"/>.
/// </summary>
public sealed class MissingDeclarationExpression : Expression
{
    internal MissingDeclarationExpression(TextSpan span, ModifierList modifiers)
        : base(SyntaxKind.MissingDeclaration, span)
    {
        ModifierList = modifiers;
        AdoptAll(modifiers);
    }

    public ModifierList ModifierList { get; }

    public NodeList<Decorator> Decorators => ModifierList.Decorators;

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitMissingDeclarationExpression(this);

    internal override void AddChildren(List<Node> children) => ModifierList.AddTo(children);
}

/// <summary>A literal token as an expression. The raw text and the cooked value are computed on demand.</summary>
public abstract class LiteralExpression : Expression
{
    private readonly string _source;

    private protected LiteralExpression(SyntaxKind kind, TextSpan span, string source, TokenFlags flags)
        : base(kind, span)
    {
        _source = source;
        Flags = flags;
    }

    public TokenFlags Flags { get; }

    public bool IsUnterminated => (Flags & TokenFlags.Unterminated) != 0;

    /// <summary>The literal exactly as written.</summary>
    public string RawText => _source.Substring(Span.Start, Span.Length);

    private protected ReadOnlySpan<char> Raw => _source.AsSpan(Span.Start, Span.Length);
}

public sealed class StringLiteral : LiteralExpression
{
    private string? _value;

    internal StringLiteral(TextSpan span, string source, TokenFlags flags)
        : base(SyntaxKind.StringLiteral, span, source, flags)
    {
    }

    /// <summary>The string's value, escapes resolved, quotes removed.</summary>
    public string Value => _value ??= LiteralCooker.CookString(Raw);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitStringLiteral(this);
}

public sealed class NumericLiteral : LiteralExpression
{
    internal NumericLiteral(TextSpan span, string source, TokenFlags flags)
        : base(SyntaxKind.NumericLiteral, span, source, flags)
    {
    }

    /// <summary>The number's value as a double (NaN when the literal is malformed).</summary>
    public double Value => NumericValue.Parse(Raw, Flags);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitNumericLiteral(this);
}

public sealed class BigIntLiteral : LiteralExpression
{
    internal BigIntLiteral(TextSpan span, string source, TokenFlags flags)
        : base(SyntaxKind.BigIntLiteral, span, source, flags)
    {
    }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitBigIntLiteral(this);
}

public sealed class RegularExpressionLiteral : LiteralExpression
{
    internal RegularExpressionLiteral(TextSpan span, string source, TokenFlags flags)
        : base(SyntaxKind.RegularExpressionLiteral, span, source, flags)
    {
    }

    /// <summary>The pattern between the slashes.</summary>
    public string Pattern => RawText[1..Math.Max(1, RawText.LastIndexOf('/'))];

    /// <summary>The flags after the closing slash.</summary>
    public string RegexFlags => RawText[(RawText.LastIndexOf('/') + 1)..];

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitRegularExpressionLiteral(this);
}

public sealed class NoSubstitutionTemplateLiteral : LiteralExpression
{
    private string? _value;

    internal NoSubstitutionTemplateLiteral(TextSpan span, string source, TokenFlags flags)
        : base(SyntaxKind.NoSubstitutionTemplateLiteral, span, source, flags)
    {
    }

    /// <summary>The cooked value without backticks.</summary>
    public string Value => _value ??= LiteralCooker.CookTemplate(Raw.Length >= 2 && !IsUnterminated ? Raw[1..^1] : Raw[1..]);

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitNoSubstitutionTemplateLiteral(this);
}

/// <summary>A template head (<c>`a${</c>), middle (<c>}b${</c>) or tail (<c>}c`</c>); the kind says which.</summary>
public sealed class TemplateLiteralPiece : LiteralExpression
{
    private string? _value;

    internal TemplateLiteralPiece(SyntaxKind kind, TextSpan span, string source, TokenFlags flags)
        : base(kind, span, source, flags)
    {
    }

    /// <summary>The cooked text between the delimiters.</summary>
    public string Value => _value ??= LiteralCooker.CookTemplate(Body());

    private ReadOnlySpan<char> Body()
    {
        var raw = Raw;
        var start = 1;
        var end = raw.Length;
        if (Kind != SyntaxKind.TemplateTail && raw.EndsWith("${"))
        {
            end -= 2;
        }
        else if (Kind == SyntaxKind.TemplateTail && !IsUnterminated && raw.Length >= 2)
        {
            end -= 1;
        }

        return raw[Math.Min(start, end)..end];
    }

    public override void Accept(SyntaxVisitor visitor) => visitor.VisitTemplateLiteralPiece(this);
}

/// <summary>Number literal values, computed only when asked.</summary>
internal static class NumericValue
{
    public static double Parse(ReadOnlySpan<char> raw, TokenFlags flags)
    {
        Span<char> buffer = raw.Length <= 256 ? stackalloc char[raw.Length] : new char[raw.Length];
        var length = 0;
        foreach (var c in raw)
        {
            if (c != '_')
            {
                buffer[length++] = c;
            }
        }

        var text = buffer[..length];
        if ((flags & (TokenFlags.HexSpecifier | TokenFlags.BinarySpecifier | TokenFlags.OctalSpecifier)) != 0)
        {
            var radix = (flags & TokenFlags.HexSpecifier) != 0 ? 16 : (flags & TokenFlags.BinarySpecifier) != 0 ? 2 : 8;
            return ParseRadix(text[2..], radix);
        }

        if ((flags & TokenFlags.Octal) != 0)
        {
            return ParseRadix(text[1..], 8);
        }

        return double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : double.NaN;
    }

    private static double ParseRadix(ReadOnlySpan<char> digits, int radix)
    {
        if (digits.IsEmpty)
        {
            return double.NaN;
        }

        var value = 0.0;
        foreach (var c in digits)
        {
            if (!CharacterInfo.IsHexDigit(c) || CharacterInfo.HexValue(c) >= radix)
            {
                return double.NaN;
            }

            value = (value * radix) + CharacterInfo.HexValue(c);
        }

        return value;
    }
}
