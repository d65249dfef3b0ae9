using Nestor.Nest.Model;
using Nestor.Semantics;
using Nestor.Syntax;

namespace Nestor.Nest.Extraction;

/// <summary>Turns the value of a <c>provide:</c> or <c>@Inject()</c> argument into a DI token.</summary>
internal static class TokenReader
{
    // Constants exported by Nest packages whose run-time value is a string of the same name.
    private static readonly HashSet<string> StringConstants = new(StringComparer.Ordinal)
    {
        "APP_GUARD", "APP_PIPE", "APP_INTERCEPTOR", "APP_FILTER", "REQUEST", "INQUIRER", "CACHE_MANAGER",
    };

    public static ProviderToken Read(ConstantValue? value, FileModel file)
    {
        switch (value)
        {
            case StringValue text:
                return ProviderToken.ForString(text.Value);
            case SymbolReferenceValue reference:
                return FromReference(reference);
            case CallValue call:
                return FromCall(call, file);
            case null:
                return ProviderToken.ForUnknown("");
            default:
                return ProviderToken.ForUnknown(value.ToString());
        }
    }

    private static ProviderToken FromReference(SymbolReferenceValue reference)
    {
        var name = Values.ReferenceName(reference) ?? reference.Text;
        return reference.Symbol switch
        {
            ClassSymbol declared => ProviderToken.ForClass(name, declared.Path),
            ExternalSymbol when StringConstants.Contains(name) => ProviderToken.ForString(name),
            ExternalSymbol external when LooksLikeClass(name) => ProviderToken.ForPackageClass(name, external.PackageName),
            // `Symbol('x')` makes a new symbol in each constant; `Symbol.for('x')` is one symbol wherever it is written.
            VariableSymbol { Initializer: { } initializer } variable when SymbolDescription(initializer) is { } symbol =>
                ProviderToken.ForSymbol(symbol.Description, symbol.IsRegistered ? null : variable.Path),
            DeclarationSymbol declaration when declaration.Kind == SymbolKind.Variable => ProviderToken.ForUnknown($"{declaration.Path}#{name}"),
            _ => ProviderToken.ForUnknown(name),
        };
    }

    private static ProviderToken FromCall(CallValue call, FileModel file)
    {
        var (_, method) = Values.Callee(call.Syntax);
        switch (method)
        {
            case "forwardRef" when call.Arguments.Count > 0 && call.Arguments[0] is ArrowFunctionValue arrow:
                return Read(arrow.Body, file);
            case "getModelToken":
                var model = Values.String(call.Arguments.ElementAtOrDefault(0));
                return model is null ? ProviderToken.ForUnknown(call.ToString()) : ProviderToken.ForModel(model, Values.String(call.Arguments.ElementAtOrDefault(1)));
            case "getConnectionToken":
                return ProviderToken.ForConnection(Values.String(call.Arguments.ElementAtOrDefault(0)));
            case "Symbol" or "for" when call.Syntax.Expression is Identifier or PropertyAccessExpression { Expression: Identifier { Text: "Symbol" } }:
                var description = Values.String(call.Arguments.ElementAtOrDefault(0));
                return description is null ? ProviderToken.ForUnknown(call.ToString()) : ProviderToken.ForSymbol(description);
            default:
                return ProviderToken.ForUnknown(call.ToString());
        }
    }

    /// <summary>The description of <c>Symbol('x')</c> or <c>Symbol.for('x')</c>, which Nest prints as <c>Symbol(x)</c>.</summary>
    private static (string Description, bool IsRegistered)? SymbolDescription(Expression initializer) => ExpressionWrappers.StripWithAwait(initializer) switch
    {
        CallExpression { Expression: Identifier { Text: "Symbol" } } call when call.Arguments.Count > 0 && call.Arguments[0] is StringLiteral text => (text.Value, false),
        CallExpression { Expression: PropertyAccessExpression { Expression: Identifier { Text: "Symbol" }, Name: Identifier { Text: "for" } } } call
            when call.Arguments.Count > 0 && call.Arguments[0] is StringLiteral text => (text.Value, true),
        _ => null,
    };

    // Package exports named in PascalCase with a lower-case letter are classes (ConfigService); ALL_CAPS are constants.
    private static bool LooksLikeClass(string name) =>
        name.Length > 1 && char.IsUpper(name[0]) && name.Any(char.IsLower);
}
