using Nestor.Syntax;

namespace Nestor.Semantics;

/// <summary>
/// The second binding pass over one file, run once every file's declarations and exports are
/// known: decorators and their argument values, heritage, constructor parameters and members of
/// each class, and enum member values.
/// </summary>
internal sealed class ClassBinder(SemanticModel model, FileModel file)
{
    private readonly ConstantEvaluator _evaluator = new(model);

    public void BindAll()
    {
        foreach (var symbol in file.Declarations)
        {
            switch (symbol)
            {
                case ClassSymbol classSymbol:
                    Bind(classSymbol);
                    break;
                case EnumSymbol enumeration:
                    _evaluator.EnsureEnumValues(enumeration);
                    break;
            }
        }
    }

    private void Bind(ClassSymbol symbol)
    {
        var syntax = symbol.Syntax;
        symbol.Decorators = Decorators(syntax.ModifierList);
        foreach (var clause in syntax.HeritageClauses)
        {
            if (clause.Token == SyntaxKind.ExtendsKeyword && clause.Types.Count > 0)
            {
                symbol.BaseClass = _evaluator.Evaluate(file, clause.Types[0].Expression);
            }
            else if (clause.Token == SyntaxKind.ImplementsKeyword)
            {
                symbol.Implements = clause.Types
                    .Select(type => _evaluator.Evaluate(file, type.Expression) as SymbolReferenceValue ?? new SymbolReferenceValue(file.Text.ToString(type.Span), null, type.Span))
                    .ToList();
            }
        }

        var members = new List<ClassMember>();
        foreach (var element in syntax.Members)
        {
            switch (element)
            {
                case Constructor constructor when constructor.Body is not null || !symbol.HasConstructor:
                    symbol.HasConstructor = true;
                    symbol.ConstructorParameters = Parameters(constructor.Parameters);
                    break;
                case PropertyDeclaration property when DeclarationCollector.NameText(property.Name) is { } name:
                    members.Add(new ClassMember(
                        name,
                        ClassMemberKind.Property,
                        property.ModifierList.Flags,
                        property.QuestionToken is not null,
                        property.Type is null ? null : model.ResolveType(file, property.Type),
                        Decorators(property.ModifierList),
                        property,
                        property.Name.Span)
                    {
                        Initializer = property.Initializer is null ? null : _evaluator.Evaluate(file, property.Initializer),
                    });
                    break;
                case MethodDeclaration method when DeclarationCollector.NameText(method.Name) is { } name:
                    members.Add(Method(name, ClassMemberKind.Method, method.ModifierList, method.QuestionToken is not null, method.Type, method.Parameters, method, method.Name));
                    break;
                case GetAccessor getter when DeclarationCollector.NameText(getter.Name) is { } name:
                    members.Add(Method(name, ClassMemberKind.GetAccessor, getter.ModifierList, false, getter.Type, getter.Parameters, getter, getter.Name));
                    break;
                case SetAccessor setter when DeclarationCollector.NameText(setter.Name) is { } name:
                    members.Add(Method(name, ClassMemberKind.SetAccessor, setter.ModifierList, false, setter.Type, setter.Parameters, setter, setter.Name));
                    break;
            }
        }

        symbol.Members = members;
    }

    private ClassMember Method(string name, ClassMemberKind kind, ModifierList modifiers, bool optional, TypeNode? type, NodeList<Parameter> parameters, ClassElement syntax, Node nameNode) =>
        new(name, kind, modifiers.Flags, optional, type is null ? null : model.ResolveType(file, type), Decorators(modifiers), syntax, nameNode.Span)
        {
            Parameters = Parameters(parameters),
        };

    private List<ParameterInfo> Parameters(NodeList<Parameter> parameters)
    {
        var result = new List<ParameterInfo>(parameters.Count);
        for (var index = 0; index < parameters.Count; index++)
        {
            var parameter = parameters[index];
            var name = DeclarationCollector.NameText(parameter.Name) ?? file.Text.ToString(parameter.Name.Span);
            result.Add(new ParameterInfo(
                name,
                index,
                parameter.Type is null ? null : model.ResolveType(file, parameter.Type),
                Decorators(parameter.ModifierList),
                parameter.ModifierList.Flags,
                parameter.QuestionToken is not null || parameter.Initializer is not null,
                parameter.DotDotDotToken is not null,
                parameter));
        }

        return result;
    }

    private List<AppliedDecorator> Decorators(ModifierList modifiers)
    {
        var decorators = modifiers.Decorators;
        var result = new List<AppliedDecorator>(decorators.Count);
        foreach (var decorator in decorators)
        {
            var expression = decorator.Expression;
            var call = expression as CallExpression;
            var callee = call?.Expression ?? expression;
            var name = file.Text.ToString(callee.Span);
            var target = _evaluator.Evaluate(file, callee) switch
            {
                SymbolReferenceValue reference => reference.Symbol,
                var value => value.Source,
            };
            var arguments = call is null ? [] : call.Arguments.Select(argument => _evaluator.Evaluate(file, argument)).ToList();
            result.Add(new AppliedDecorator(name, target, call is not null, arguments, decorator));
        }

        return result;
    }
}
