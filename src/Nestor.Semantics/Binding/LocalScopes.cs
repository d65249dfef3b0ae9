using Nestor.Syntax;

namespace Nestor.Semantics;

/// <summary>
/// Finds the local declaration (parameter, variable, function, class, enum, type) an identifier
/// refers to inside functions and blocks, walking from the identifier up to the module level.
/// Decorators are evaluated outside the function or method they decorate, so the parameters of
/// that function are not in their scope.
/// </summary>
internal static class LocalScopes
{
    // A guard against pathological nesting; beyond it the name is taken as module-level.
    private const int MaxDepth = 512;

    /// <summary>The local declaration <paramref name="name"/> has at <paramref name="at"/>, or null when it is a module-level (or global) name.</summary>
    public static LocalSymbol? Find(FileModel file, Node at, string name, bool typeMeaning)
    {
        var tree = file.Tree;
        var path = file.Path;
        Node? excluded = null;
        var child = at;
        var depth = 0;
        for (var node = tree.GetParent(at); node is not null and not SourceFile && depth < MaxDepth; child = node, node = tree.GetParent(node), depth++)
        {
            if (node is Decorator decorator)
            {
                // `@Inject(TOKEN) token: T` and `@Get(PATH) path()`: the decorated function's own names are not visible.
                var decorated = tree.GetParent(decorator);
                excluded = decorated is Parameter parameter ? tree.GetParent(parameter) : decorated;
                continue;
            }

            if (ReferenceEquals(node, excluded))
            {
                continue;
            }

            var found = node switch
            {
                Block block => InStatements(path, block.Statements, name, typeMeaning),
                ModuleBlock module => InStatements(path, module.Statements, name, typeMeaning),
                CaseClause caseClause => InStatements(path, caseClause.Statements, name, typeMeaning),
                DefaultClause defaultClause => InStatements(path, defaultClause.Statements, name, typeMeaning),
                FunctionDeclaration function when !typeMeaning => InParameters(path, function.Parameters, name) ?? SelfName(path, function, function.Name, child, function.Body, name, LocalKind.Function),
                FunctionExpression function when !typeMeaning => InParameters(path, function.Parameters, name) ?? SelfName(path, function, function.Name, child, function.Body, name, LocalKind.Function),
                ArrowFunction arrow when !typeMeaning => InParameters(path, arrow.Parameters, name),
                MethodDeclaration method when !typeMeaning => InParameters(path, method.Parameters, name),
                Constructor constructor when !typeMeaning => InParameters(path, constructor.Parameters, name),
                GetAccessor getter when !typeMeaning => InParameters(path, getter.Parameters, name),
                SetAccessor setter when !typeMeaning => InParameters(path, setter.Parameters, name),
                ClassExpression { Name: { } className } expression when className.Text == name => new LocalSymbol(name, LocalKind.Class, path, expression, className),
                ForStatement { Initializer: VariableDeclarationList list } when !typeMeaning => InVariables(path, list, name),
                ForOfStatement { Initializer: VariableDeclarationList list } when !typeMeaning => InVariables(path, list, name),
                ForInStatement { Initializer: VariableDeclarationList list } when !typeMeaning => InVariables(path, list, name),
                CatchClause { VariableDeclaration: { } variable } when !typeMeaning => InBinding(path, variable.Name, variable, name, LocalKind.CatchVariable),
                _ => null,
            };
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>
    /// True when a <c>const</c> array or object is changed after its declaration (<c>imports.push(X)</c>,
    /// <c>options.global = true</c>, <c>list[0] = Y</c>): its initializer is then not its value.
    /// Any member access on it inside the enclosing function counts, to stay on the safe side.
    /// </summary>
    public static bool IsMutated(FileModel file, LocalSymbol local)
    {
        var tree = file.Tree;
        Node? scope = tree.GetParent(local.Declaration);
        while (scope is not null and not (FunctionDeclaration or FunctionExpression or ArrowFunction or MethodDeclaration or Constructor or GetAccessor or SetAccessor or SourceFile))
        {
            scope = tree.GetParent(scope);
        }

        if (scope is null)
        {
            return true;
        }

        var pending = new Stack<Node>([scope]);
        while (pending.TryPop(out var node))
        {
            if (node is PropertyAccessExpression { Expression: Identifier target } && target.Text == local.Name
                || node is ElementAccessExpression { Expression: Identifier element } && element.Text == local.Name)
            {
                return true;
            }

            foreach (var child in node.Children())
            {
                pending.Push(child);
            }
        }

        return false;
    }

    private static LocalSymbol? SelfName(string path, Node function, Identifier? functionName, Node child, Node? body, string name, LocalKind kind) =>
        functionName is not null && functionName.Text == name && ReferenceEquals(child, body) ? new LocalSymbol(name, kind, path, function, functionName) : null;

    private static LocalSymbol? InParameters(string path, NodeList<Parameter> parameters, string name)
    {
        foreach (var parameter in parameters)
        {
            if (InBinding(path, parameter.Name, parameter, name, LocalKind.Parameter) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    private static LocalSymbol? InStatements(string path, NodeList<Statement> statements, string name, bool typeMeaning)
    {
        foreach (var statement in statements)
        {
            var found = statement switch
            {
                VariableStatement variables when !typeMeaning => InVariables(path, variables.DeclarationList, name),
                FunctionDeclaration { Name: { } functionName } function when !typeMeaning && functionName.Text == name => new LocalSymbol(name, LocalKind.Function, path, function, functionName),
                ClassDeclaration { Name: { } className } declaration when className.Text == name => new LocalSymbol(name, LocalKind.Class, path, declaration, className),
                EnumDeclaration enumeration when enumeration.Name.Text == name => new LocalSymbol(name, LocalKind.Enum, path, enumeration, enumeration.Name),
                InterfaceDeclaration face when typeMeaning && face.Name.Text == name => new LocalSymbol(name, LocalKind.Interface, path, face, face.Name),
                TypeAliasDeclaration alias when typeMeaning && alias.Name.Text == name => new LocalSymbol(name, LocalKind.TypeAlias, path, alias, alias.Name),
                _ => null,
            };
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    private static LocalSymbol? InVariables(string path, VariableDeclarationList list, string name)
    {
        foreach (var declaration in list.Declarations)
        {
            if (InBinding(path, declaration.Name, declaration, name, LocalKind.Variable) is { } found)
            {
                return found.With(list.DeclarationKind == VariableDeclarationKind.Const, found.IsDestructured);
            }
        }

        return null;
    }

    private static LocalSymbol? InBinding(string path, Node pattern, Node declaration, string name, LocalKind kind)
    {
        switch (pattern)
        {
            case Identifier identifier when identifier.Text == name:
                return new LocalSymbol(name, kind, path, declaration, identifier);
            case ObjectBindingPattern objectPattern:
                for (var i = 0; i < objectPattern.Elements.Count; i++)
                {
                    if (InBinding(path, objectPattern.Elements[i].Name, declaration, name, kind) is { } found)
                    {
                        // A destructured name is not the whole initializer: its value is not known.
                        return found.With(found.IsConst, isDestructured: true);
                    }
                }

                break;
            case ArrayBindingPattern arrayPattern:
                for (var i = 0; i < arrayPattern.Elements.Count; i++)
                {
                    if (arrayPattern.Elements[i] is BindingElement element && InBinding(path, element.Name, declaration, name, kind) is { } found)
                    {
                        return found.With(found.IsConst, isDestructured: true);
                    }
                }

                break;
        }

        return null;
    }
}
