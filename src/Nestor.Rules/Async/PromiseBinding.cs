using Nestor.Semantics;
using Nestor.Syntax;

namespace Nestor.Rules.Async;

/// <summary>
/// What the bound workspace says about promises in one file: the class a field is declared with
/// (followed through imports and barrels to the file that declares it), the methods of that class
/// and of its base classes, and the functions imported from other files. Whatever the binder
/// cannot resolve answers "not a promise": an unresolved name is never guessed by its spelling.
/// </summary>
internal sealed class PromiseBinding
{
    /// <summary>Deep enough for any real hierarchy, and a stop for a cycle the binder did not break.</summary>
    private const int MaxBaseDepth = 16;

    private readonly SemanticModel _semantics;
    private readonly FileModel _file;

    private PromiseBinding(SemanticModel semantics, FileModel file)
    {
        _semantics = semantics;
        _file = file;
    }

    /// <summary>The binding of <paramref name="tree"/>, or null when the review has no model of that very tree.</summary>
    public static PromiseBinding? For(SemanticModel? semantics, FileModel? file, SyntaxTree tree) =>
        semantics is not null && file is not null && ReferenceEquals(file.Tree, tree) ? new PromiseBinding(semantics, file) : null;

    /// <summary>The symbol of a class declared in this file.</summary>
    public ClassSymbol? ClassOf(ClassDeclaration declaration) =>
        _file.Classes.FirstOrDefault(symbol => ReferenceEquals(symbol.Syntax, declaration));

    /// <summary>
    /// The class that <c>this.field</c> is declared with in <paramref name="owner"/> or a base class:
    /// a constructor parameter property or a typed property. Null for arrays, interfaces, unions and
    /// names the binder cannot resolve.
    /// </summary>
    public static ClassSymbol? FieldClass(ClassSymbol owner, string field)
    {
        foreach (var current in Lineage(owner))
        {
            if (current.ConstructorParameters.FirstOrDefault(parameter => parameter.IsParameterProperty && parameter.Name == field) is { } parameter)
            {
                return ClassOfType(parameter.Type);
            }

            if (current.Members.FirstOrDefault(member => member.Kind == ClassMemberKind.Property && !member.IsStatic && member.Name == field) is { } property)
            {
                return ClassOfType(property.Type);
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <c>method</c> of an instance of <paramref name="owner"/> returns a promise: the nearest
    /// class of the hierarchy that declares a member of that name decides, so a synchronous override
    /// of an async base method is synchronous.
    /// </summary>
    public static bool DeclaresPromiseMethod(ClassSymbol owner, string method)
    {
        foreach (var current in Lineage(owner))
        {
            var declared = current.Members.Where(member => !member.IsStatic && member.Name == method).ToList();
            if (declared.Count == 0)
            {
                continue;
            }

            var methods = declared.Select(member => member.Syntax).OfType<MethodDeclaration>().ToList();
            var implementation = methods.FirstOrDefault(declaration => declaration.Body is not null);
            return implementation is not null
                ? PromiseFacts.ReturnsPromise(implementation.ModifierList, implementation.Type) && !PromiseFacts.CannotReject(implementation.Body)
                : methods.Any(declaration => PromiseFacts.ReturnsPromise(declaration.ModifierList, declaration.Type));
        }

        return false;
    }

    /// <summary>Whether <paramref name="localName"/> is imported and resolves to an async function or a const bound to one.</summary>
    public bool IsImportedPromiseFunction(string localName)
    {
        if (_file.GetImport(localName) is null)
        {
            return false;
        }

        return _semantics.ResolveName(_file, localName) switch
        {
            DeclarationSymbol { Kind: SymbolKind.Function, Declaration: FunctionDeclaration function } => PromiseFacts.ReturnsPromise(function.ModifierList, function.Type),
            VariableSymbol { IsConst: true, Initializer: { } initializer } => PromiseFacts.IsAsyncFunction(initializer),
            _ => false,
        };
    }

    private static ClassSymbol? ClassOfType(DeclaredType? type) => type is { IsArray: false, Target: ClassSymbol symbol } ? symbol : null;

    /// <summary>The class and its resolved base classes, nearest first.</summary>
    private static IEnumerable<ClassSymbol> Lineage(ClassSymbol owner)
    {
        var seen = new HashSet<ClassSymbol>(ReferenceEqualityComparer.Instance);
        for (var current = owner; current is not null && seen.Count < MaxBaseDepth && seen.Add(current); current = (current.BaseClass as SymbolReferenceValue)?.Symbol as ClassSymbol)
        {
            yield return current;
        }
    }
}
