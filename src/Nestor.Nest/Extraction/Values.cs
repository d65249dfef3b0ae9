using Nestor.Semantics;
using Nestor.Syntax;

namespace Nestor.Nest.Extraction;

/// <summary>Small readers over the binder's constant values and over raw syntax, shared by the extractors.</summary>
internal static class Values
{
    /// <summary>The name a reference stands for: the declared name of its symbol (aliases undone), else the text as written.</summary>
    public static string? ReferenceName(ConstantValue? value) => value switch
    {
        SymbolReferenceValue reference => reference.Symbol?.Name is { Length: > 0 } name && name != "default" ? name : LastPart(reference.Text),
        _ => null,
    };

    public static string? String(ConstantValue? value) => value switch
    {
        StringValue text => text.Value,
        _ => null,
    };

    public static bool? Boolean(ConstantValue? value) => value switch
    {
        BooleanValue flag => flag.Value,
        _ => null,
    };

    public static ConstantValue? Property(ConstantValue? value, string key) => value is ObjectValue obj ? obj[key] : null;

    /// <summary>The items of an array, nested arrays flattened (Nest flattens them too).</summary>
    public static IEnumerable<ConstantValue> Items(ConstantValue? value)
    {
        if (value is not ArrayValue array)
        {
            yield break;
        }

        foreach (var item in array.Items)
        {
            if (item is ArrayValue)
            {
                foreach (var inner in Items(item))
                {
                    yield return inner;
                }
            }
            else
            {
                yield return item;
            }
        }
    }

    /// <summary><c>Name.method(...)</c> gives ("Name", "method"); <c>fn(...)</c> gives (null, "fn").</summary>
    public static (string? Object, string? Method) Callee(CallExpression call) => call.Expression switch
    {
        PropertyAccessExpression { Expression: Identifier target, Name: Identifier method } => (target.Text, method.Text),
        PropertyAccessExpression { Name: Identifier method } => (null, method.Text),
        Identifier name => (null, name.Text),
        _ => (null, null),
    };

    /// <summary>The name a local identifier was imported as (undoing <c>import { A as B }</c>).</summary>
    public static string Imported(FileModel file, string local) =>
        file.GetImport(local) is { } import && import.ImportedName is { Length: > 0 } name && name != "default" && name != "*" ? name : local;

    public static string Text(FileModel file, Node node) => file.Text.ToString(node.Span);

    public static string? NameOf(Node? node) => node switch
    {
        Identifier identifier => identifier.Text,
        PrivateIdentifier privateName => privateName.Text,
        StringLiteral literal => literal.Value,
        NoSubstitutionTemplateLiteral template => template.Value,
        NumericLiteral number => number.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>Every node under <paramref name="root"/>, depth first, without recursion.</summary>
    public static IEnumerable<Node> Descendants(Node root)
    {
        yield return root;
        foreach (var node in root.DescendantNodes())
        {
            yield return node;
        }
    }

    private static string LastPart(string text) => text[(text.LastIndexOf('.') + 1)..];
}
