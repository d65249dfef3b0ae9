using Nestor.Rules.Engine;
using Nestor.Semantics;
using Nestor.Syntax;

namespace Nestor.Rules.Async;

/// <summary>
/// The classes of a project by name, with the methods known to return a promise (declared
/// <c>async</c> or with a <c>Promise</c>/<c>PromiseLike</c> return type). A class name declared
/// twice is ambiguous and answers nothing: a guess would be a false positive.
/// </summary>
internal sealed class PromiseIndex
{
    private readonly Dictionary<string, ClassFacts?> _classes = new(StringComparer.Ordinal);

    public static PromiseIndex Build(IEnumerable<SyntaxTree> trees)
    {
        var index = new PromiseIndex();
        foreach (var declaration in trees.SelectMany(tree => tree.DescendantNodes()).OfType<ClassDeclaration>())
        {
            if (declaration.Name is { } name)
            {
                index._classes[name.Text] = index._classes.ContainsKey(name.Text) ? null : ClassFacts.Of(declaration);
            }
        }

        return index;
    }

    public ClassFacts? Find(string className) => _classes.GetValueOrDefault(className);
}

/// <summary>
/// The promise facts of every file of a review, shared by the rules that ask whether a call is a promise: the
/// project's class index and each file's facts are built once, files in parallel.
/// </summary>
internal sealed class ProjectPromiseFacts
{
    private readonly Dictionary<string, PromiseFacts> _byPath;

    private ProjectPromiseFacts(Dictionary<string, PromiseFacts> byPath)
    {
        _byPath = byPath;
    }

    public static ProjectPromiseFacts Build(ReviewProject project)
    {
        var index = PromiseIndex.Build(project.Files.Select(file => file.Tree));
        var facts = new PromiseFacts[project.Files.Count];
        Parallel.For(0, facts.Length, i =>
        {
            var file = project.Files[i];
            facts[i] = new PromiseFacts(file.Tree, index, PromiseBinding.For(project.Semantics, project.GetFileModel(file.Path), file.Tree));
        });
        var byPath = new Dictionary<string, PromiseFacts>(StringComparer.Ordinal);
        for (var i = 0; i < facts.Length; i++)
        {
            byPath[project.Files[i].Path] = facts[i];
        }

        return new ProjectPromiseFacts(byPath);
    }

    public PromiseFacts For(ReviewFile file) => _byPath[file.Path];
}

/// <summary>What one class says about promises: its promise-returning methods and its typed fields.</summary>
internal sealed class ClassFacts
{
    private ClassFacts(HashSet<string> promiseMethods, Dictionary<string, string> fieldTypes, HashSet<string> injectedModels)
    {
        PromiseMethods = promiseMethods;
        FieldTypes = fieldTypes;
        InjectedModels = injectedModels;
    }

    public IReadOnlySet<string> PromiseMethods { get; }

    /// <summary>Field name to the name of its declared class type (constructor parameter properties and fields).</summary>
    public IReadOnlyDictionary<string, string> FieldTypes { get; }

    /// <summary>Constructor parameters decorated <c>@InjectModel</c>: Mongoose models.</summary>
    public IReadOnlySet<string> InjectedModels { get; }

    public static ClassFacts Of(ClassDeclaration declaration)
    {
        var methods = new HashSet<string>(StringComparer.Ordinal);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var models = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in declaration.Members)
        {
            switch (member)
            {
                case MethodDeclaration method when PromiseFacts.ReturnsPromise(method.ModifierList, method.Type) && !PromiseFacts.CannotReject(method.Body) && SyntaxFacts.PropertyName(method.Name) is { } name:
                    methods.Add(name);
                    break;
                case PropertyDeclaration property when SyntaxFacts.PropertyName(property.Name) is { } name && TypeName(property.Type) is { } type:
                    fields[name] = type;
                    break;
                case Constructor constructor:
                    foreach (var parameter in constructor.Parameters)
                    {
                        if (parameter.ModifierList.Modifiers.Count == 0 || parameter.Name is not Identifier name)
                        {
                            continue;
                        }

                        if (parameter.ModifierList.Decorators.Any(d => SyntaxFacts.DecoratorName(d) == "InjectModel"))
                        {
                            models.Add(name.Text);
                        }
                        else if (TypeName(parameter.Type) is { } type)
                        {
                            fields[name.Text] = type;
                        }
                    }

                    break;
            }
        }

        return new ClassFacts(methods, fields, models);
    }

    private static string? TypeName(TypeNode? type) => type is TypeReference { TypeName: Identifier name } ? name.Text : null;
}

/// <summary>
/// Whether an expression is a promise, as far as the file and the project's classes say. With a
/// <see cref="PromiseBinding"/> (a review that bound the workspace), fields and imported functions
/// are resolved by the binder; without one, classes are found by name in the <see cref="PromiseIndex"/>.
/// </summary>
internal sealed class PromiseFacts
{
    /// <summary>Model methods that return a Mongoose query, document promise or aggregate (all thenable, all lazy or async).</summary>
    private static readonly HashSet<string> ModelMethods = new(StringComparer.Ordinal)
    {
        "find", "findOne", "findById", "findOneAndUpdate", "findByIdAndUpdate", "findOneAndDelete", "findByIdAndDelete", "findOneAndReplace",
        "create", "insertMany", "updateOne", "updateMany", "deleteOne", "deleteMany", "replaceOne", "countDocuments", "estimatedDocumentCount",
        "exists", "distinct", "aggregate", "bulkWrite", "syncIndexes", "createIndexes",
    };

    /// <summary>Query methods that return the query (or its promise) again; <c>cursor</c> and the getters are left out.</summary>
    private static readonly HashSet<string> QueryMethods = new(StringComparer.Ordinal)
    {
        "exec", "lean", "sort", "limit", "skip", "select", "populate", "where", "equals", "session", "orFail", "projection", "collation",
        "hint", "setOptions", "read", "allowDiskUse", "match", "group", "project", "lookup", "unwind", "facet",
    };

    private readonly SyntaxTree _tree;
    private readonly PromiseIndex _index;
    private readonly HashSet<string> _functions;
    private readonly HashSet<string> _promiseModules;
    private readonly PromiseBinding? _binding;

    public PromiseFacts(SyntaxTree tree, PromiseIndex index, PromiseBinding? binding = null)
    {
        _tree = tree;
        _index = index;
        _binding = binding;
        _functions = PromiseFunctions(tree);
        _promiseModules = FsPromisesNamespaces(tree);
    }

    public static bool ReturnsPromise(ModifierList modifiers, TypeNode? type) =>
        modifiers.Has(ModifierFlags.Async) || type is TypeReference { TypeName: Identifier { Text: "Promise" or "PromiseLike" } };

    /// <summary>
    /// A body that is one <c>try</c> whose <c>catch</c> does not rethrow cannot reject; its
    /// promise needs no handler, so calls to it are not reported.
    /// </summary>
    public static bool CannotReject(Node? body) =>
        body is Block { Statements: [TryStatement { CatchClause: { } handler }] } && !ContainsThrow(handler.Block);

    private static bool ContainsThrow(Node node) => node is ThrowStatement || node.Children().Any(ContainsThrow);

    public static bool IsAsyncFunction(Node? node) => node switch
    {
        ArrowFunction arrow => ReturnsPromise(arrow.ModifierList, arrow.Type),
        FunctionExpression function => ReturnsPromise(function.ModifierList, function.Type),
        ParenthesizedExpression parenthesized => IsAsyncFunction(parenthesized.Expression),
        _ => false,
    };

    public ClassDeclaration? EnclosingClass(Node node)
    {
        for (var current = _tree.GetParent(node); current is not null; current = _tree.GetParent(current))
        {
            if (current is ClassDeclaration declaration)
            {
                return declaration;
            }
        }

        return null;
    }

    /// <summary>The facts of the class around <paramref name="node"/>, from the index when its name is unique there.</summary>
    public ClassFacts? ClassOf(Node node) => EnclosingClass(node) is { } declaration
        ? (declaration.Name is { } name ? _index.Find(name.Text) : null) ?? ClassFacts.Of(declaration)
        : null;

    /// <summary>True when <paramref name="expression"/> certainly evaluates to a promise or a thenable Mongoose query.</summary>
    public bool IsPromise(Expression expression) => expression switch
    {
        ParenthesizedExpression parenthesized => IsPromise(parenthesized.Expression),
        NewExpression { Expression: Identifier { Text: "Promise" } } => true,
        CallExpression call => IsPromiseCall(call),
        _ => false,
    };

    /// <summary>A rejection is handled: <c>.catch(handler)</c>, <c>.then(ok, fail)</c>, or <c>.finally</c> after either.</summary>
    public static bool IsHandled(Expression expression) => expression switch
    {
        ParenthesizedExpression parenthesized => IsHandled(parenthesized.Expression),
        CallExpression { Expression: PropertyAccessExpression { Name: Identifier { Text: "catch" } }, Arguments.Count: > 0 } => true,
        CallExpression { Expression: PropertyAccessExpression { Name: Identifier { Text: "then" } }, Arguments.Count: > 1 } => true,
        CallExpression { Expression: PropertyAccessExpression { Name: Identifier { Text: "finally" } } receiver } => IsHandled(receiver.Expression),
        _ => false,
    };

    /// <summary>The callee at the root of a chain: <c>this.users.updateOne</c> for <c>this.users.updateOne(q).exec().finally(f)</c>.</summary>
    public static string CalleeName(CallExpression call)
    {
        Expression current = call;
        while (current is CallExpression { Expression: PropertyAccessExpression { Expression: CallExpression or NewExpression } chained })
        {
            current = chained.Expression;
        }

        return current switch
        {
            NewExpression => "new Promise",
            CallExpression { Expression: ParenthesizedExpression } => "async function",
            CallExpression root => SyntaxFacts.DottedName(root.Expression) ?? SyntaxFacts.LastName(root.Expression) ?? "call",
            _ => "call",
        };
    }

    private bool IsPromiseCall(CallExpression call)
    {
        switch (call.Expression)
        {
            case Identifier { Text: var name }:
                return name == "fetch" || _functions.Contains(name) || _binding?.IsImportedPromiseFunction(name) == true;
            case ParenthesizedExpression parenthesized:
                return IsAsyncFunction(parenthesized.Expression);
            case PropertyAccessExpression { Name: Identifier { Text: "then" or "catch" or "finally" } } chained:
                return IsPromise(chained.Expression);
            case PropertyAccessExpression access when access.Name is Identifier method:
                return SyntaxFacts.DottedName(access.Expression) is { } receiver && (receiver == "fs.promises" || _promiseModules.Contains(receiver))
                    || IsThisMethod(access, method.Text)
                    || IsFieldMethod(access, method.Text)
                    || (QueryMethods.Contains(method.Text) && IsQuery(access.Expression));
            default:
                return false;
        }
    }

    private bool IsThisMethod(PropertyAccessExpression access, string method) =>
        access.Expression is KeywordExpression { Kind: SyntaxKind.ThisKeyword }
        && (BoundClassOf(access) is { } bound ? PromiseBinding.DeclaresPromiseMethod(bound, method) : ClassOf(access)?.PromiseMethods.Contains(method) == true);

    /// <summary>The bound symbol of the class around <paramref name="node"/>; null without a binding.</summary>
    private ClassSymbol? BoundClassOf(Node node) => _binding is not null && EnclosingClass(node) is { } declaration ? _binding.ClassOf(declaration) : null;

    /// <summary><c>this.field.method(...)</c> where the field's class is known, or the field is an injected model.</summary>
    private bool IsFieldMethod(PropertyAccessExpression access, string method)
    {
        if (access.Expression is not PropertyAccessExpression { Expression: KeywordExpression { Kind: SyntaxKind.ThisKeyword }, Name: Identifier field } || ClassOf(access) is not { } facts)
        {
            return false;
        }

        if (facts.InjectedModels.Contains(field.Text))
        {
            return ModelMethods.Contains(method);
        }

        if (BoundClassOf(access) is { } bound)
        {
            return PromiseBinding.FieldClass(bound, field.Text) is { } fieldClass && PromiseBinding.DeclaresPromiseMethod(fieldClass, method);
        }

        return facts.FieldTypes.TryGetValue(field.Text, out var type) && _index.Find(type)?.PromiseMethods.Contains(method) == true;
    }

    private bool IsQuery(Expression expression) => expression switch
    {
        ParenthesizedExpression parenthesized => IsQuery(parenthesized.Expression),
        CallExpression { Expression: PropertyAccessExpression { Name: Identifier method } access } =>
            (access.Expression is PropertyAccessExpression { Expression: KeywordExpression { Kind: SyntaxKind.ThisKeyword }, Name: Identifier field }
                && ClassOf(access)?.InjectedModels.Contains(field.Text) == true && ModelMethods.Contains(method.Text))
            || (QueryMethods.Contains(method.Text) && IsQuery(access.Expression)),
        _ => false,
    };

    /// <summary>Functions of this file that return a promise: declarations and <c>const f = async (...) =&gt; ...</c>.</summary>
    private static HashSet<string> PromiseFunctions(SyntaxTree tree)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in tree.DescendantNodes())
        {
            switch (node)
            {
                case FunctionDeclaration { Name: { } name } function when ReturnsPromise(function.ModifierList, function.Type):
                    names.Add(name.Text);
                    break;
                case VariableDeclaration { Name: Identifier name, Initializer: { } initializer } when IsAsyncFunction(initializer):
                    names.Add(name.Text);
                    break;
                case ImportDeclaration { ImportClause: { IsTypeOnly: false, NamedBindings: NamedImports named } } import when IsFsPromises(import):
                    names.UnionWith(named.Elements.Where(e => !e.IsTypeOnly && e.Name is Identifier { Text: not "constants" }).Select(e => ((Identifier)e.Name).Text));
                    break;
            }
        }

        return names;
    }

    /// <summary>Local names of <c>import * as fsp from 'fs/promises'</c>: every function they hold returns a promise.</summary>
    private static HashSet<string> FsPromisesNamespaces(SyntaxTree tree) =>
        tree.Root.Statements.OfType<ImportDeclaration>()
            .Where(IsFsPromises)
            .Select(import => import.ImportClause?.NamedBindings)
            .OfType<NamespaceImport>()
            .Select(namespaceImport => namespaceImport.Name.Text)
            .ToHashSet(StringComparer.Ordinal);

    private static bool IsFsPromises(ImportDeclaration import) => SyntaxFacts.StringValue(import.ModuleSpecifier) is "fs/promises" or "node:fs/promises";
}
