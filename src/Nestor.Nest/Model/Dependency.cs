namespace Nestor.Nest.Model;

/// <summary>Why a constructor parameter's type gives Nest nothing to inject.</summary>
public enum ErasedTypeReason
{
    None,

    /// <summary>An interface: erased at run time, Nest sees <c>Object</c>.</summary>
    Interface,

    /// <summary>A type alias, union, literal or other type with no run-time value.</summary>
    TypeAlias,

    /// <summary>A class imported with <c>import type</c>: erased, Nest sees <c>Object</c>.</summary>
    TypeOnlyImport,

    /// <summary>No type annotation and no <c>@Inject()</c> token.</summary>
    NoType,

    /// <summary>A primitive such as <c>string</c> or <c>number</c>: Nest sees <c>String</c> or <c>Number</c>.</summary>
    Primitive,
}

/// <summary>One constructor parameter (or factory <c>inject</c> entry) of an injectable.</summary>
public sealed record Dependency(int Index, ProviderToken Token, SourceLocation Location)
{
    /// <summary>The parameter's name, when it has one.</summary>
    public string? ParameterName { get; init; }

    /// <summary>Marked <c>@Optional()</c> (or <c>{ token, optional: true }</c> in a factory's inject).</summary>
    public bool IsOptional { get; init; }

    /// <summary>The parameter is optional in TypeScript (<c>x?: T</c> or a default value): constructing the class without it is intended.</summary>
    public bool IsOptionalParameter { get; init; }

    /// <summary>Given by <c>@Inject(token)</c> or a decorator that wraps it, rather than by the parameter's type.</summary>
    public bool IsExplicit { get; init; }

    /// <summary>Set when the parameter's type does not survive compilation and no token was given.</summary>
    public ErasedTypeReason Erased { get; init; }

    /// <summary>The property of a property injection (<c>@Inject(TOKEN) private sink</c>); null for constructor parameters.</summary>
    public string? Property { get; init; }

    /// <summary>Given through <c>forwardRef(() =&gt; X)</c>, which lets Nest break a cycle between providers.</summary>
    public bool IsForwardRef { get; init; }

    /// <summary>
    /// The name Nest prints for this argument: <c>Function</c> for a class imported with <c>import type</c>,
    /// <c>String</c>/<c>Number</c>/<c>Boolean</c> for primitives, nothing for interfaces and type aliases.
    /// </summary>
    public string DisplayName => Erased switch
    {
        ErasedTypeReason.None => Token.DisplayName,
        ErasedTypeReason.Primitive => Token.Value,
        ErasedTypeReason.TypeOnlyImport => "Function",
        _ => "",
    };

    /// <summary>What reports show for the argument: Nest's name, else the type as written.</summary>
    public string ShownName => DisplayName is { Length: > 0 } shown ? shown : Token.Name;
}
