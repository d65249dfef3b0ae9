using Nestor.Syntax;
using Nestor.Text;

namespace Nestor.Semantics;

/// <summary>A decorator as applied: its name, what that name resolves to, and its arguments' values.</summary>
public sealed record AppliedDecorator(
    string Name,
    Symbol? Target,
    bool IsCall,
    IReadOnlyList<ConstantValue> Arguments,
    Decorator Syntax)
{
    public TextSpan Span => Syntax.Span;

    /// <summary>True when the decorator is <paramref name="exportName"/> imported from <paramref name="packageName"/>.</summary>
    public bool Is(string packageName, string exportName) => Target is ExternalSymbol external && external.Is(packageName, exportName);

    public ConstantValue? Argument(int index) => index < Arguments.Count ? Arguments[index] : null;
}

/// <summary>
/// A type as written on a property, parameter or variable, with the symbol its name resolves to.
/// <c>Model&lt;User&gt;</c> has the name <c>Model</c> and one type argument; <c>User[]</c> is an
/// array of <c>User</c>; unions and other shapes keep their text and syntax only.
/// </summary>
public sealed record DeclaredType(
    string Text,
    string? Name,
    Symbol? Target,
    bool IsArray,
    bool IsTypeOnlyImport,
    IReadOnlyList<DeclaredType> TypeArguments,
    TypeNode Syntax)
{
    public TextSpan Span => Syntax.Span;

    public override string ToString() => Text;
}

public enum ClassMemberKind
{
    Property,
    Method,
    GetAccessor,
    SetAccessor,
}

/// <summary>A member of a class body: name, kind, modifiers, declared type and decorators.</summary>
public sealed record ClassMember(
    string Name,
    ClassMemberKind Kind,
    ModifierFlags Modifiers,
    bool IsOptional,
    DeclaredType? Type,
    IReadOnlyList<AppliedDecorator> Decorators,
    ClassElement Syntax,
    TextSpan NameSpan)
{
    public bool IsStatic => (Modifiers & ModifierFlags.Static) != 0;

    /// <summary>The initializer's value, for properties that have one.</summary>
    public ConstantValue? Initializer { get; init; }

    /// <summary>Method parameters (empty for properties).</summary>
    public IReadOnlyList<ParameterInfo> Parameters { get; init; } = [];
}

/// <summary>A constructor or method parameter: its type (what Nest injects), decorators, and whether it is a parameter property.</summary>
public sealed record ParameterInfo(
    string Name,
    int Index,
    DeclaredType? Type,
    IReadOnlyList<AppliedDecorator> Decorators,
    ModifierFlags Modifiers,
    bool IsOptional,
    bool IsRest,
    Parameter Syntax)
{
    /// <summary>True for <c>private readonly x: X</c> and other parameters that declare a field.</summary>
    public bool IsParameterProperty =>
        (Modifiers & (ModifierFlags.Public | ModifierFlags.Private | ModifierFlags.Protected | ModifierFlags.Readonly | ModifierFlags.Override)) != 0;

    public TextSpan NameSpan => Syntax.Name.Span;
}

/// <summary>A class with what the NestJS and Mongoose models read: decorators, heritage, constructor and members.</summary>
public sealed class ClassSymbol : DeclarationSymbol
{
    internal ClassSymbol(string name, string path, ClassDeclaration declaration, TextSpan nameSpan, ModifierFlags modifiers)
        : base(name, SymbolKind.Class, path, declaration, nameSpan, modifiers)
    {
    }

    public ClassDeclaration Syntax => (ClassDeclaration)Declaration;

    public bool IsAbstract => (Modifiers & ModifierFlags.Abstract) != 0;

    public bool IsDefaultExport => (Modifiers & ModifierFlags.Default) != 0;

    public IReadOnlyList<AppliedDecorator> Decorators { get; internal set; } = [];

    /// <summary>The <c>extends</c> clause's expression, e.g. <c>PartialType(CreateUserDto)</c> or <c>BaseService</c>.</summary>
    public ConstantValue? BaseClass { get; internal set; }

    /// <summary>The types named by <c>implements</c>.</summary>
    public IReadOnlyList<SymbolReferenceValue> Implements { get; internal set; } = [];

    /// <summary>The constructor's parameters, or empty when the class declares no constructor.</summary>
    public IReadOnlyList<ParameterInfo> ConstructorParameters { get; internal set; } = [];

    public bool HasConstructor { get; internal set; }

    public IReadOnlyList<ClassMember> Members { get; internal set; } = [];

    public AppliedDecorator? FindDecorator(string name) => Decorators.FirstOrDefault(decorator => decorator.Name == name);

    public ClassMember? FindMember(string name) => Members.FirstOrDefault(member => member.Name == name);

    /// <summary>The workspace class of the <c>extends</c> clause, when it names one (<c>extends BaseService</c>, across files); null for mixins and package classes.</summary>
    public ClassSymbol? BaseClassSymbol => BaseClass is SymbolReferenceValue { Symbol: ClassSymbol baseClass } && !ReferenceEquals(baseClass, this) ? baseClass : null;

    /// <summary>The chain of workspace base classes, nearest first (cycle-safe: a class that extends itself, directly or not, ends the chain).</summary>
    public IReadOnlyList<ClassSymbol> BaseClasses
    {
        get
        {
            var chain = new List<ClassSymbol>();
            var seen = new HashSet<ClassSymbol> { this };
            for (var current = BaseClassSymbol; current is not null && seen.Add(current) && chain.Count < MaxInheritanceDepth; current = current.BaseClassSymbol)
            {
                chain.Add(current);
            }

            return chain;
        }
    }

    /// <summary>
    /// The class's own members, then the members it inherits from its workspace base classes that
    /// it does not redeclare (the nearest declaration of a name wins, as at run time; a static and an
    /// instance member of one name are different members).
    /// </summary>
    public IReadOnlyList<ClassMember> AllMembers
    {
        get
        {
            var bases = BaseClasses;
            if (bases.Count == 0)
            {
                return Members;
            }

            var all = new List<ClassMember>(Members);
            var declared = Members.Select(m => (m.Name, m.IsStatic)).ToHashSet();
            foreach (var baseClass in bases)
            {
                foreach (var member in baseClass.Members)
                {
                    if (declared.Add((member.Name, member.IsStatic)))
                    {
                        all.Add(member);
                    }
                }
            }

            return all;
        }
    }

    /// <summary>The member <paramref name="name"/>, declared here or inherited from a workspace base class.</summary>
    public ClassMember? FindMemberInHierarchy(string name) => AllMembers.FirstOrDefault(member => member.Name == name);

    /// <summary>The class that declares <paramref name="member"/>: this class or one of its base classes.</summary>
    public ClassSymbol? DeclaringClassOf(ClassMember member) =>
        Members.Contains(member) ? this : BaseClasses.FirstOrDefault(baseClass => baseClass.Members.Contains(member));

    private const int MaxInheritanceDepth = 64;
}
