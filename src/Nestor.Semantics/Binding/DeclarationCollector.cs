using Nestor.Syntax;
using Nestor.Text;

namespace Nestor.Semantics;

/// <summary>
/// The first binding pass over one file: module-level declarations, imports (with their modules
/// resolved) and the export table. It reads only its own file, so files are collected in parallel.
/// </summary>
internal static class DeclarationCollector
{
    public static void Collect(FileModel file, ModuleResolver resolver)
    {
        foreach (var statement in file.Tree.Root.Statements)
        {
            switch (statement)
            {
                case ImportDeclaration import:
                    CollectImport(file, resolver, import);
                    break;
                case ImportEqualsDeclaration importEquals:
                    CollectImportEquals(file, resolver, importEquals);
                    break;
                case ExportDeclaration export:
                    CollectExport(file, resolver, export);
                    break;
                case ExportAssignment assignment:
                    CollectExportAssignment(file, assignment);
                    break;
                case ClassDeclaration declaration:
                    var className = declaration.Name?.Text is { Length: > 0 } text ? text : null;
                    var classSymbol = new ClassSymbol(className ?? "default", file.Path, declaration, declaration.Name?.Span ?? declaration.Span, declaration.ModifierList.Flags);
                    DeclareExported(file, className, classSymbol, declaration.ModifierList.Flags);
                    break;
                case FunctionDeclaration function:
                    var functionName = function.Name?.Text is { Length: > 0 } name ? name : null;
                    var functionSymbol = new DeclarationSymbol(functionName ?? "default", SymbolKind.Function, file.Path, function, function.Name?.Span ?? function.Span, function.ModifierList.Flags);
                    DeclareExported(file, functionName, functionSymbol, function.ModifierList.Flags);
                    break;
                case InterfaceDeclaration face:
                    DeclareExported(file, face.Name.Text, new DeclarationSymbol(face.Name.Text, SymbolKind.Interface, file.Path, face, face.Name.Span, face.ModifierList.Flags), face.ModifierList.Flags);
                    break;
                case TypeAliasDeclaration alias:
                    DeclareExported(file, alias.Name.Text, new DeclarationSymbol(alias.Name.Text, SymbolKind.TypeAlias, file.Path, alias, alias.Name.Span, alias.ModifierList.Flags), alias.ModifierList.Flags);
                    break;
                case EnumDeclaration enumeration:
                    DeclareExported(file, enumeration.Name.Text, new EnumSymbol(enumeration.Name.Text, file.Path, enumeration, enumeration.ModifierList.Flags), enumeration.ModifierList.Flags);
                    break;
                // `declare global { }` augments the global scope and `declare module 'x' { }` another module: neither is a namespace of this file.
                case ModuleDeclaration { Name: Identifier namespaceName } module when module.Keyword != SyntaxKind.GlobalKeyword:
                    DeclareExported(file, namespaceName.Text, new DeclarationSymbol(namespaceName.Text, SymbolKind.Namespace, file.Path, module, namespaceName.Span, module.ModifierList.Flags), module.ModifierList.Flags);
                    break;
                case VariableStatement variables:
                    CollectVariables(file, variables);
                    break;
                case ModuleDeclaration { Name: StringLiteral ambientName }:
                    // `declare module 'x' { }`: declares or augments the module 'x'; its contents are not this file's.
                    file.AddAmbientModule(ambientName.Value);
                    break;
            }
        }
    }

    /// <summary>The text of a name node: identifiers, string and numeric literals (as in <c>import { "a-b" as ab }</c>).</summary>
    public static string? NameText(Node? name) => name switch
    {
        Identifier identifier => identifier.Text,
        PrivateIdentifier privateName => privateName.Text,
        StringLiteral literal => literal.Value,
        NoSubstitutionTemplateLiteral template => template.Value,
        NumericLiteral number => number.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => null,
    };

    private static void DeclareExported(FileModel file, string? name, DeclarationSymbol symbol, ModifierFlags flags)
    {
        var key = name ?? FileModel.AnonymousDefault;
        if (key.Length == 0)
        {
            return;
        }

        file.Declare(key, symbol);
        if ((flags & ModifierFlags.Export) == 0)
        {
            return;
        }

        var exported = (flags & ModifierFlags.Default) != 0 ? "default" : key;
        file.AddExport(new ExportEntry(exported, ExportKind.Local, key, null, null, symbol.IsTypeOnly, symbol.NameSpan));
    }

    private static void CollectImport(FileModel file, ModuleResolver resolver, ImportDeclaration import)
    {
        if (import.ModuleSpecifier is not StringLiteral specifierLiteral)
        {
            return;
        }

        var specifier = specifierLiteral.Value;
        var module = resolver.Resolve(file.Path, specifier);
        var clause = import.ImportClause;
        if (clause is null)
        {
            file.AddSideEffectImport(module);
            return;
        }

        if (clause.Name is { IsMissing: false } defaultName)
        {
            file.AddImport(new ImportBinding(defaultName.Text, "default", ImportKind.Default, clause.IsTypeOnly, specifier, module, clause, defaultName.Span));
        }

        switch (clause.NamedBindings)
        {
            case NamespaceImport { Name.IsMissing: false } namespaceImport:
                file.AddImport(new ImportBinding(namespaceImport.Name.Text, "*", ImportKind.Namespace, clause.IsTypeOnly, specifier, module, namespaceImport, namespaceImport.Span));
                break;
            case NamedImports named:
                foreach (var element in named.Elements)
                {
                    var local = NameText(element.Name);
                    var imported = NameText(element.PropertyName ?? element.Name);
                    if (local is { Length: > 0 } && imported is { Length: > 0 })
                    {
                        var kind = imported == "default" ? ImportKind.Default : ImportKind.Named;
                        file.AddImport(new ImportBinding(local, imported, kind, clause.IsTypeOnly || element.IsTypeOnly, specifier, module, element, element.Span));
                    }
                }

                break;
        }
    }

    private static void CollectImportEquals(FileModel file, ModuleResolver resolver, ImportEqualsDeclaration importEquals)
    {
        if (importEquals.Name.IsMissing || importEquals.ModuleReference is not ExternalModuleReference { Expression: StringLiteral literal })
        {
            return;
        }

        var module = resolver.Resolve(file.Path, literal.Value);
        var binding = new ImportBinding(importEquals.Name.Text, "export=", ImportKind.Require, importEquals.IsTypeOnly, literal.Value, module, importEquals, importEquals.Name.Span);
        file.AddImport(binding);
        if (importEquals.ModifierList.Has(ModifierFlags.Export))
        {
            file.AddExport(new ExportEntry(binding.LocalName, ExportKind.Local, binding.LocalName, null, null, importEquals.IsTypeOnly, importEquals.Name.Span));
        }
    }

    private static void CollectExport(FileModel file, ModuleResolver resolver, ExportDeclaration export)
    {
        var specifier = (export.ModuleSpecifier as StringLiteral)?.Value;
        var module = specifier is null ? null : resolver.Resolve(file.Path, specifier);
        switch (export.ExportClause)
        {
            case null when module is not null:
                file.AddStarExport(module, export.Span);
                break;
            case NamespaceExport namespaceExport when module is not null && NameText(namespaceExport.Name) is { Length: > 0 } name:
                file.AddExport(new ExportEntry(name, ExportKind.NamespaceReExport, null, "*", module, export.IsTypeOnly, namespaceExport.Span));
                break;
            case NamedExports named:
                foreach (var element in named.Elements)
                {
                    var exported = NameText(element.Name);
                    var local = NameText(element.PropertyName ?? element.Name);
                    if (exported is not { Length: > 0 } || local is not { Length: > 0 })
                    {
                        continue;
                    }

                    var typeOnly = export.IsTypeOnly || element.IsTypeOnly;
                    file.AddExport(module is null
                        ? new ExportEntry(exported, ExportKind.Local, local, null, null, typeOnly, element.Span)
                        : new ExportEntry(exported, ExportKind.ReExport, null, local, module, typeOnly, element.Span));
                }

                break;
        }
    }

    private static void CollectExportAssignment(FileModel file, ExportAssignment assignment)
    {
        var exported = assignment.IsExportEquals ? "export=" : "default";
        if (assignment.Expression is Identifier identifier)
        {
            file.AddExport(new ExportEntry(exported, ExportKind.Local, identifier.Text, null, null, false, assignment.Span));
            return;
        }

        var local = assignment.IsExportEquals ? "*export=*" : FileModel.AnonymousDefault;
        file.Declare(local, new DeclarationSymbol(exported, SymbolKind.Variable, file.Path, assignment, assignment.Expression.Span, ModifierFlags.Export));
        file.AddExport(new ExportEntry(exported, ExportKind.Local, local, null, null, false, assignment.Span));
    }

    private static void CollectVariables(FileModel file, VariableStatement statement)
    {
        var flags = statement.ModifierList.Flags;
        var kind = statement.DeclarationList.DeclarationKind;
        foreach (var declaration in statement.DeclarationList.Declarations)
        {
            if (declaration.Name is Identifier { IsMissing: false } name)
            {
                DeclareExported(file, name.Text, new VariableSymbol(name.Text, file.Path, declaration, name.Span, flags & ~ModifierFlags.Default, kind), flags & ~ModifierFlags.Default);
                continue;
            }

            foreach (var bound in BoundNames(declaration.Name))
            {
                DeclareExported(file, bound.Text, new DeclarationSymbol(bound.Text, SymbolKind.Variable, file.Path, declaration, bound.Span, flags & ~ModifierFlags.Default), flags & ~ModifierFlags.Default);
            }
        }
    }

    private static IEnumerable<Identifier> BoundNames(Node pattern)
    {
        switch (pattern)
        {
            case Identifier { IsMissing: false } identifier:
                yield return identifier;
                break;
            case ObjectBindingPattern objectPattern:
                for (var i = 0; i < objectPattern.Elements.Count; i++)
                {
                    foreach (var name in BoundNames(objectPattern.Elements[i].Name))
                    {
                        yield return name;
                    }
                }

                break;
            case ArrayBindingPattern arrayPattern:
                for (var i = 0; i < arrayPattern.Elements.Count; i++)
                {
                    if (arrayPattern.Elements[i] is BindingElement binding)
                    {
                        foreach (var name in BoundNames(binding.Name))
                        {
                            yield return name;
                        }
                    }
                }

                break;
        }
    }
}
