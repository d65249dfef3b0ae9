namespace Nestor.Syntax;

public enum ScriptKind
{
    Ts,
    Tsx,
    Dts,
    Js,
    Jsx,
}

public enum LanguageVariant
{
    Standard,
    Jsx,
}

/// <summary>How to parse one file: its script kind (from its extension) and the nesting limit.</summary>
public sealed record ParseOptions(ScriptKind ScriptKind, int MaxDepth = 1000)
{
    public static ParseOptions Default { get; } = new(ScriptKind.Ts);

    public LanguageVariant LanguageVariant => ScriptKind is ScriptKind.Tsx or ScriptKind.Jsx or ScriptKind.Js ? LanguageVariant.Jsx : LanguageVariant.Standard;

    public bool IsDeclarationFile => ScriptKind == ScriptKind.Dts;

    public bool IsJavaScript => ScriptKind is ScriptKind.Js or ScriptKind.Jsx;

    /// <summary>
    /// The options for a file name: .ts .mts .cts are TypeScript, .d.ts .d.mts .d.cts declarations
    /// (also <c>.d.css.ts</c>-style arbitrary extensions), .tsx TSX, .js .mjs .cjs JavaScript, .jsx JSX.
    /// </summary>
    public static ParseOptions ForPath(string path)
    {
        var name = Path.GetFileName(path).ToLowerInvariant();
        if (name.EndsWith(".tsx", StringComparison.Ordinal))
        {
            return new(ScriptKind.Tsx);
        }

        if (name.EndsWith(".jsx", StringComparison.Ordinal))
        {
            return new(ScriptKind.Jsx);
        }

        if (name.EndsWith(".js", StringComparison.Ordinal) || name.EndsWith(".mjs", StringComparison.Ordinal) || name.EndsWith(".cjs", StringComparison.Ordinal))
        {
            return new(ScriptKind.Js);
        }

        if (name.EndsWith(".d.ts", StringComparison.Ordinal) || name.EndsWith(".d.mts", StringComparison.Ordinal) || name.EndsWith(".d.cts", StringComparison.Ordinal)
            || (name.EndsWith(".ts", StringComparison.Ordinal) && name.Contains(".d.", StringComparison.Ordinal)))
        {
            return new(ScriptKind.Dts);
        }

        return new(ScriptKind.Ts);
    }
}
