using System.Globalization;
using Nestor.Syntax;
using Nestor.Text;

namespace Nestor.Semantics;

/// <summary>
/// The value of an expression as far as it is known without running the program: literals,
/// objects, arrays, enum members, <c>X.name</c>, hole-free templates and constants imported from
/// other files are computed; references to classes and other symbols are kept as references;
/// calls keep their callee and arguments; anything else is <see cref="UnknownValue"/> with its span.
/// </summary>
public abstract record ConstantValue(TextSpan Span)
{
    /// <summary>The constant or enum this value was read through (<c>TOKEN</c> in <c>@Inject(TOKEN)</c>), if any.</summary>
    public Symbol? Source { get; init; }

    /// <summary>True when the whole value is known (no unknown parts anywhere inside).</summary>
    public abstract bool IsConstant { get; }

    /// <summary>The string, if this is one.</summary>
    public string? AsString => (this as StringValue)?.Value;
}

public sealed record StringValue(string Value, TextSpan Span) : ConstantValue(Span)
{
    public override bool IsConstant => true;

    public override string ToString() => "\"" + Value + "\"";
}

public sealed record NumberValue(double Value, TextSpan Span) : ConstantValue(Span)
{
    public override bool IsConstant => true;

    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);
}

public sealed record BooleanValue(bool Value, TextSpan Span) : ConstantValue(Span)
{
    public override bool IsConstant => true;

    public override string ToString() => Value ? "true" : "false";
}

public sealed record NullValue(TextSpan Span) : ConstantValue(Span)
{
    public override bool IsConstant => true;

    public override string ToString() => "null";
}

public sealed record UndefinedValue(TextSpan Span) : ConstantValue(Span)
{
    public override bool IsConstant => true;

    public override string ToString() => "undefined";
}

public sealed record ArrayValue(IReadOnlyList<ConstantValue> Items, TextSpan Span) : ConstantValue(Span)
{
    public override bool IsConstant => Items.All(item => item.IsConstant);

    public override string ToString() => "[" + string.Join(", ", Items) + "]";
}

/// <summary>An object literal; spreads and computed keys that are not constant make it partly unknown.</summary>
public sealed record ObjectValue(IReadOnlyList<ObjectProperty> Properties, TextSpan Span) : ConstantValue(Span)
{
    public override bool IsConstant => Properties.All(property => property.Key is not null && property.Value.IsConstant);

    /// <summary>The value of the last property named <paramref name="key"/> (later ones win, as in JavaScript).</summary>
    public ConstantValue? this[string key] => Properties.LastOrDefault(property => property.Key == key)?.Value;

    public override string ToString() => "{ " + string.Join(", ", Properties.Select(p => (p.Key ?? "[?]") + ": " + p.Value)) + " }";
}

/// <summary>One property of an object literal; <see cref="Key"/> is null for spreads and unknown computed keys.</summary>
public sealed record ObjectProperty(string? Key, ConstantValue Value, TextSpan Span);

/// <summary>A name that refers to a symbol that is not itself a constant: a class, a function, a module, an external import.</summary>
public sealed record SymbolReferenceValue(string Text, Symbol? Symbol, TextSpan Span) : ConstantValue(Span)
{
    /// <summary>A reference is known when its symbol is; an unresolved name is not.</summary>
    public override bool IsConstant => Symbol is not null;

    public override string ToString() => Text;
}

/// <summary>A member of something that is not a constant object: <c>MongooseModule.forFeature</c>, <c>this.config</c>.</summary>
public sealed record MemberAccessValue(ConstantValue Target, string Member, string Text, TextSpan Span) : ConstantValue(Span)
{
    public override bool IsConstant => false;

    public override string ToString() => Text;
}

/// <summary>A call such as <c>forwardRef(() =&gt; X)</c> or <c>MongooseModule.forFeature([...])</c>.</summary>
public sealed record CallValue(ConstantValue Callee, IReadOnlyList<ConstantValue> Arguments, CallExpression Syntax, TextSpan Span) : ConstantValue(Span)
{
    /// <summary>Calls are never constant: only the program can run them.</summary>
    public override bool IsConstant => false;

    public override string ToString() => Callee + "(" + string.Join(", ", Arguments) + ")";
}

/// <summary>An arrow function with an expression body, such as <c>() =&gt; UsersModule</c>; Body is that expression's value.</summary>
public sealed record ArrowFunctionValue(ConstantValue? Body, ArrowFunction Syntax, TextSpan Span) : ConstantValue(Span)
{
    public override bool IsConstant => false;

    public override string ToString() => "() => " + (Body?.ToString() ?? "{...}");
}

/// <summary>An expression whose value is not known statically.</summary>
public sealed record UnknownValue(Node Syntax, TextSpan Span) : ConstantValue(Span)
{
    public override bool IsConstant => false;

    public override string ToString() => "?";
}
