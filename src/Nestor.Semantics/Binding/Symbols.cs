using Nestor.Syntax;
using Nestor.Text;

namespace Nestor.Semantics;

public enum SymbolKind
{
    Class,
    Interface,
    TypeAlias,
    Enum,
    Function,
    Variable,
    Namespace,

    /// <summary>A whole module, as a namespace import or <c>export * as</c> names it.</summary>
    Module,

    /// <summary>Something exported by a package outside the workspace.</summary>
    External,

    /// <summary>A parameter or a declaration inside a function or block (<see cref="LocalSymbol"/>).</summary>
    Local,
}

/// <summary>What a name refers to, once imports and re-exports have been followed.</summary>
public abstract class Symbol
{
    private protected Symbol(string name, SymbolKind kind)
    {
        Name = name;
        Kind = kind;
    }

    public string Name { get; }

    public SymbolKind Kind { get; }

    /// <summary>True for symbols that exist only at compile time (interfaces, type aliases).</summary>
    public bool IsTypeOnly => Kind is SymbolKind.Interface or SymbolKind.TypeAlias;

    public override string ToString() => $"{Kind} {Name}";
}

/// <summary>A module-level declaration in a workspace file.</summary>
public class DeclarationSymbol : Symbol
{
    internal DeclarationSymbol(string name, SymbolKind kind, string path, Node declaration, TextSpan nameSpan, ModifierFlags modifiers)
        : base(name, kind)
    {
        Path = path;
        Declaration = declaration;
        NameSpan = nameSpan;
        Modifiers = modifiers;
    }

    /// <summary>The file that declares the symbol.</summary>
    public string Path { get; }

    /// <summary>The declaration node: a ClassDeclaration, VariableDeclaration, FunctionDeclaration, ...</summary>
    public Node Declaration { get; }

    /// <summary>The span of the declared name (of the declaration, when it has no name).</summary>
    public TextSpan NameSpan { get; }

    public ModifierFlags Modifiers { get; }

    public bool IsExported => (Modifiers & ModifierFlags.Export) != 0;

    public override string ToString() => $"{Kind} {Name} ({Path})";
}

/// <summary>A module-level <c>const</c>, <c>let</c> or <c>var</c>.</summary>
public sealed class VariableSymbol : DeclarationSymbol
{
    internal VariableSymbol(string name, string path, VariableDeclaration declaration, TextSpan nameSpan, ModifierFlags modifiers, VariableDeclarationKind declarationKind)
        : base(name, SymbolKind.Variable, path, declaration, nameSpan, modifiers)
    {
        DeclarationKind = declarationKind;
    }

    public VariableDeclarationKind DeclarationKind { get; }

    public bool IsConst => DeclarationKind == VariableDeclarationKind.Const;

    public Expression? Initializer => ((VariableDeclaration)Declaration).Initializer;

    public TypeNode? TypeSyntax => ((VariableDeclaration)Declaration).Type;
}

/// <summary>An enum with its members' constant values (numbers count up from the last one, as tsc does).</summary>
public sealed class EnumSymbol : DeclarationSymbol
{
    internal EnumSymbol(string name, string path, EnumDeclaration declaration, ModifierFlags modifiers)
        : base(name, SymbolKind.Enum, path, declaration, declaration.Name.Span, modifiers)
    {
    }

    /// <summary>Member name → value (string or number); members whose value is not constant are absent.</summary>
    public IReadOnlyDictionary<string, ConstantValue> Members { get; internal set; } = new Dictionary<string, ConstantValue>();

    internal volatile bool ValuesComputed;
}

/// <summary>A whole workspace module, named by a namespace import or <c>export * as</c>.</summary>
public sealed class ModuleSymbol : Symbol
{
    internal ModuleSymbol(string name, string path)
        : base(name, SymbolKind.Module)
    {
        Path = path;
    }

    public string Path { get; }

    public override string ToString() => $"Module {Path}";
}

/// <summary>A name exported by a package outside the workspace, e.g. <c>Injectable</c> from <c>@nestjs/common</c>.</summary>
public sealed class ExternalSymbol : Symbol
{
    internal ExternalSymbol(string packageName, string specifier, string exportName)
        : base(exportName, SymbolKind.External)
    {
        PackageName = packageName;
        Specifier = specifier;
    }

    public string PackageName { get; }

    /// <summary>The specifier as written (<c>@nestjs/mongoose</c>, <c>rxjs/operators</c>).</summary>
    public string Specifier { get; }

    /// <summary>The exported name: an identifier, <c>default</c>, or <c>*</c> for the whole module.</summary>
    public string ExportName => Name;

    public bool Is(string packageName, string exportName) =>
        string.Equals(PackageName, packageName, StringComparison.Ordinal) && string.Equals(ExportName, exportName, StringComparison.Ordinal);

    public override string ToString() => $"External {PackageName}:{Name}";
}

/// <summary>What a local name is.</summary>
public enum LocalKind
{
    Parameter,
    Variable,
    Function,
    Class,
    Enum,
    Interface,
    TypeAlias,
    CatchVariable,
}

/// <summary>
/// A name declared inside a function or block (a parameter, a local variable, a local class...),
/// which shadows any module-level declaration or import of the same name where it is in scope.
/// </summary>
public sealed class LocalSymbol : Symbol
{
    internal LocalSymbol(string name, LocalKind localKind, string path, Node declaration, Identifier nameNode, bool isConst = false, bool isDestructured = false)
        : base(name, SymbolKind.Local)
    {
        LocalKind = localKind;
        Path = path;
        Declaration = declaration;
        NameNode = nameNode;
        IsConst = isConst;
        IsDestructured = isDestructured;
    }

    public LocalKind LocalKind { get; }

    /// <summary>The file that declares it.</summary>
    public string Path { get; }

    /// <summary>The declaring node: a Parameter, VariableDeclaration, FunctionDeclaration, ClassDeclaration...</summary>
    public Node Declaration { get; }

    public Identifier NameNode { get; }

    /// <summary>Declared with <c>const</c>.</summary>
    public bool IsConst { get; }

    /// <summary>Bound by a destructuring pattern (<c>const { a } = o</c>), so the initializer is not its value.</summary>
    public bool IsDestructured { get; }

    /// <summary>The initializer of a local variable when it is the variable's whole value (not destructured).</summary>
    public Expression? Initializer => !IsDestructured && Declaration is VariableDeclaration variable ? variable.Initializer : null;

    internal LocalSymbol With(bool isConst, bool isDestructured) => new(Name, LocalKind, Path, Declaration, NameNode, isConst, isDestructured);

    public override string ToString() => $"Local {LocalKind} {Name} ({Path})";
}
