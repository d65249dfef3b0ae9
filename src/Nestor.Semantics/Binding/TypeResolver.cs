using Nestor.Syntax;

namespace Nestor.Semantics;

/// <summary>Turns a type annotation into a <see cref="DeclaredType"/>: the named type, its arguments, and what the name resolves to.</summary>
internal static class TypeResolver
{
    private const int MaxDepth = 32;

    public static DeclaredType Resolve(SemanticModel model, FileModel file, TypeNode type) => Resolve(model, file, type, 0);

    private static DeclaredType Resolve(SemanticModel model, FileModel file, TypeNode type, int depth)
    {
        var text = file.Text.ToString(type.Span);
        switch (type)
        {
            case ParenthesizedType parenthesized when depth < MaxDepth:
                return Resolve(model, file, parenthesized.Type, depth + 1) with { Text = text, Syntax = type };
            case ArrayType array when depth < MaxDepth:
                var element = Resolve(model, file, array.ElementType, depth + 1);
                return element with { Text = text, IsArray = true, Syntax = type };
            case TypeReference reference:
                var arguments = depth < MaxDepth && reference.TypeArguments is { } list
                    ? list.Select(argument => Resolve(model, file, argument, depth + 1)).ToList()
                    : [];
                var (name, target, typeOnly) = ResolveTypeName(model, file, reference.TypeName);
                return new DeclaredType(text, name, target, false, typeOnly, arguments, type);
            default:
                return new DeclaredType(text, null, null, false, false, [], type);
        }
    }

    private static (string? Name, Symbol? Target, bool TypeOnly) ResolveTypeName(SemanticModel model, FileModel file, Node typeName)
    {
        switch (typeName)
        {
            case Identifier identifier when LocalScopes.Find(file, identifier, identifier.Text, typeMeaning: true) is { } local:
                return (identifier.Text, local, false);
            case Identifier identifier:
                var typeOnly = file.GetImport(identifier.Text)?.IsTypeOnly == true;
                return (identifier.Text, model.ResolveName(file, identifier.Text), typeOnly);
            case QualifiedName qualified:
                var leftName = file.Text.ToString(qualified.Left.Span);
                var name = leftName + "." + qualified.Right.Text;
                var leftIdentifier = qualified.Left as Identifier;
                var left = leftIdentifier is null || LocalScopes.Find(file, leftIdentifier, leftIdentifier.Text, typeMeaning: false) is not null
                    ? null
                    : model.ResolveName(file, leftIdentifier.Text);
                var isTypeOnly = leftIdentifier is not null && file.GetImport(leftIdentifier.Text)?.IsTypeOnly == true;
                Symbol? target = left switch
                {
                    ModuleSymbol module => model.ResolveExport(module.Path, qualified.Right.Text),
                    ExternalSymbol { ExportName: "*" } external => model.External(external.PackageName, external.Specifier, qualified.Right.Text),
                    _ => null,
                };
                return (name, target, isTypeOnly);
            default:
                return (null, null, false);
        }
    }
}
