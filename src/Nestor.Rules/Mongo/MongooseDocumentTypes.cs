using Nestor.Semantics;
using Nestor.Syntax;

namespace Nestor.Rules.Mongo;

/// <summary>Types that are Mongoose documents by declaration: mongoose's own, and interfaces that extend them.</summary>
internal static class MongooseDocumentTypes
{
    // Interfaces extending interfaces: deep chains are not followed further than this.
    private const int MaxDepth = 8;

    /// <summary><c>Document</c> or <c>HydratedDocument&lt;T&gt;</c> imported from mongoose.</summary>
    public static bool IsDocument(SemanticModel semantics, FileModel file, TypeNode type) =>
        type is TypeReference reference
        && semantics.ResolveType(file, reference).Target is ExternalSymbol { PackageName: "mongoose", ExportName: "Document" or "HydratedDocument" };

    /// <summary>An interface that extends mongoose's <c>Document</c>, directly or through interfaces of the project.</summary>
    public static bool ExtendsDocument(SemanticModel semantics, FileModel file, InterfaceDeclaration declaration, int depth = 0) =>
        depth <= MaxDepth
        && declaration.HeritageClauses.Where(clause => clause.Token == SyntaxKind.ExtendsKeyword).SelectMany(clause => clause.Types)
            .Any(heritage => heritage.Expression is Identifier name && semantics.ResolveName(file, name.Text) switch
            {
                ExternalSymbol { PackageName: "mongoose", ExportName: "Document" } => true,
                DeclarationSymbol { Kind: SymbolKind.Interface, Declaration: InterfaceDeclaration parent } symbol when semantics.GetFile(symbol.Path) is { } declaring =>
                    ExtendsDocument(semantics, declaring, parent, depth + 1),
                _ => false,
            });
}
