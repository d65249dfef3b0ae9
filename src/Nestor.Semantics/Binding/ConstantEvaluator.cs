using Nestor.Syntax;
using Nestor.Text;

namespace Nestor.Semantics;

/// <summary>
/// Computes <see cref="ConstantValue"/>s of expressions in one file, following names into other
/// files through the model. Depth-limited and cycle-safe: a constant defined through itself, or
/// nested deeper than <see cref="MaxDepth"/>, is unknown rather than a hang.
/// </summary>
internal sealed class ConstantEvaluator
{
    private const int MaxDepth = 64;

    private readonly SemanticModel _model;
    private readonly HashSet<VariableSymbol> _inProgress = [];
    private readonly HashSet<Node> _localsInProgress = [];
    private readonly Dictionary<EnumSymbol, Dictionary<string, ConstantValue>> _enumsInProgress = [];
    private int _depth;

    public ConstantEvaluator(SemanticModel model) => _model = model;

    public ConstantValue Evaluate(FileModel file, Expression expression)
    {
        if (_depth >= MaxDepth)
        {
            return new UnknownValue(expression, expression.Span);
        }

        _depth++;
        try
        {
            return EvaluateCore(file, expression);
        }
        finally
        {
            _depth--;
        }
    }

    private ConstantValue EvaluateCore(FileModel file, Expression expression)
    {
        var span = expression.Span;
        switch (expression)
        {
            case StringLiteral literal:
                return new StringValue(literal.Value, span);
            case NoSubstitutionTemplateLiteral template:
                return new StringValue(template.Value, span);
            case NumericLiteral number:
                return new NumberValue(number.Value, span);
            case KeywordExpression { Kind: SyntaxKind.TrueKeyword }:
                return new BooleanValue(true, span);
            case KeywordExpression { Kind: SyntaxKind.FalseKeyword }:
                return new BooleanValue(false, span);
            case KeywordExpression { Kind: SyntaxKind.NullKeyword }:
                return new NullValue(span);
            case ParenthesizedExpression parenthesized:
                return Evaluate(file, parenthesized.Expression);
            case AsExpression asExpression:
                return Evaluate(file, asExpression.Expression);
            case SatisfiesExpression satisfies:
                return Evaluate(file, satisfies.Expression);
            case NonNullExpression nonNull:
                return Evaluate(file, nonNull.Expression);
            case TypeAssertionExpression assertion:
                return Evaluate(file, assertion.Expression);
            case TemplateExpression template:
                return EvaluateTemplate(file, template);
            case PrefixUnaryExpression unary:
                return EvaluateUnary(file, unary);
            case BinaryExpression binary:
                return EvaluateBinary(file, binary);
            case ArrayLiteralExpression array:
                return EvaluateArray(file, array);
            case ObjectLiteralExpression objectLiteral:
                return EvaluateObject(file, objectLiteral);
            case Identifier identifier:
                return EvaluateIdentifier(file, identifier);
            case PropertyAccessExpression access:
                return EvaluatePropertyAccess(file, access);
            case CallExpression call:
                return new CallValue(Evaluate(file, call.Expression), call.Arguments.Select(argument => Evaluate(file, argument)).ToList(), call, span);
            case ArrowFunction arrow:
                return new ArrowFunctionValue(arrow.Body is Expression body ? Evaluate(file, body) : null, arrow, span);
            default:
                return new UnknownValue(expression, span);
        }
    }

    private ConstantValue EvaluateTemplate(FileModel file, TemplateExpression template)
    {
        var builder = new System.Text.StringBuilder(template.Head.Value);
        foreach (var part in template.TemplateSpans)
        {
            var value = Evaluate(file, part.Expression);
            if (AsText(value) is not { } text)
            {
                return new UnknownValue(template, template.Span);
            }

            builder.Append(text).Append(part.Literal.Value);
        }

        return new StringValue(builder.ToString(), template.Span);
    }

    private ConstantValue EvaluateUnary(FileModel file, PrefixUnaryExpression unary)
    {
        var operand = Evaluate(file, unary.Operand);
        return (unary.Operator, operand) switch
        {
            (SyntaxKind.MinusToken, NumberValue number) => new NumberValue(-number.Value, unary.Span),
            (SyntaxKind.PlusToken, NumberValue number) => new NumberValue(number.Value, unary.Span),
            (SyntaxKind.ExclamationToken, BooleanValue boolean) => new BooleanValue(!boolean.Value, unary.Span),
            _ => new UnknownValue(unary, unary.Span),
        };
    }

    private ConstantValue EvaluateBinary(FileModel file, BinaryExpression binary)
    {
        if (binary.OperatorToken.Kind != SyntaxKind.PlusToken)
        {
            return new UnknownValue(binary, binary.Span);
        }

        var left = Evaluate(file, binary.Left);
        var right = Evaluate(file, binary.Right);
        if (left is NumberValue leftNumber && right is NumberValue rightNumber)
        {
            return new NumberValue(leftNumber.Value + rightNumber.Value, binary.Span);
        }

        return (left is StringValue || right is StringValue) && AsText(left) is { } leftText && AsText(right) is { } rightText
            ? new StringValue(leftText + rightText, binary.Span)
            : new UnknownValue(binary, binary.Span);
    }

    private ArrayValue EvaluateArray(FileModel file, ArrayLiteralExpression array)
    {
        var items = new List<ConstantValue>(array.Elements.Count);
        foreach (var element in array.Elements)
        {
            if (element is SpreadElement spread)
            {
                if (Evaluate(file, spread.Expression) is ArrayValue spreadArray)
                {
                    items.AddRange(spreadArray.Items);
                }
                else
                {
                    items.Add(new UnknownValue(spread, spread.Span));
                }

                continue;
            }

            if (element is OmittedExpression)
            {
                items.Add(new UndefinedValue(element.Span));
                continue;
            }

            items.Add(Evaluate(file, element));
        }

        return new ArrayValue(items, array.Span);
    }

    private ObjectValue EvaluateObject(FileModel file, ObjectLiteralExpression objectLiteral)
    {
        var properties = new List<ObjectProperty>(objectLiteral.Properties.Count);
        foreach (var property in objectLiteral.Properties)
        {
            switch (property)
            {
                case PropertyAssignment assignment:
                    properties.Add(new ObjectProperty(PropertyKey(file, assignment.Name), Evaluate(file, assignment.Initializer), assignment.Span));
                    break;
                case ShorthandPropertyAssignment shorthand:
                    properties.Add(new ObjectProperty(shorthand.Name.Text, Evaluate(file, shorthand.Name), shorthand.Span));
                    break;
                case SpreadAssignment spread when Evaluate(file, spread.Expression) is ObjectValue spreadObject:
                    properties.AddRange(spreadObject.Properties);
                    break;
                case SpreadAssignment spread:
                    properties.Add(new ObjectProperty(null, new UnknownValue(spread, spread.Span), spread.Span));
                    break;
                case MethodDeclaration method:
                    properties.Add(new ObjectProperty(PropertyKey(file, method.Name), new UnknownValue(method, method.Span), method.Span));
                    break;
                default:
                    properties.Add(new ObjectProperty(null, new UnknownValue(property, property.Span), property.Span));
                    break;
            }
        }

        return new ObjectValue(properties, objectLiteral.Span);
    }

    private string? PropertyKey(FileModel file, Node name) => name switch
    {
        ComputedPropertyName computed => AsText(Evaluate(file, computed.Expression)),
        _ => DeclarationCollector.NameText(name),
    };

    private ConstantValue EvaluateIdentifier(FileModel file, Identifier identifier)
    {
        if (identifier.Text == "undefined" && file.GetDeclaration("undefined") is null && file.GetImport("undefined") is null)
        {
            return new UndefinedValue(identifier.Span);
        }

        if (LocalScopes.Find(file, identifier, identifier.Text, typeMeaning: false) is { } local)
        {
            return ValueOfLocal(file, local, identifier);
        }

        var symbol = _model.ResolveName(file, identifier.Text);
        return ValueOfSymbol(symbol, identifier.Text, identifier.Span);
    }

    /// <summary>A local <c>const</c> is its initializer's value (<c>const providers = [...]; return { providers }</c>); any other local is just a reference.</summary>
    private ConstantValue ValueOfLocal(FileModel file, LocalSymbol local, Identifier identifier)
    {
        if (local is { IsConst: true, Initializer: { } initializer } && _localsInProgress.Add(local.Declaration))
        {
            try
            {
                var value = Evaluate(file, initializer);
                if (value is not UnknownValue && (value is not (ArrayValue or ObjectValue) || !LocalScopes.IsMutated(file, local)))
                {
                    return value with { Span = identifier.Span };
                }
            }
            finally
            {
                _localsInProgress.Remove(local.Declaration);
            }
        }

        return new SymbolReferenceValue(identifier.Text, local, identifier.Span);
    }

    /// <summary>A constant's value (read through its initializer), or a reference to any other symbol.</summary>
    private ConstantValue ValueOfSymbol(Symbol? symbol, string text, TextSpan span)
    {
        if (symbol is VariableSymbol { IsConst: true, Initializer: { } initializer } variable && _inProgress.Add(variable))
        {
            try
            {
                var declaringFile = _model.GetFile(variable.Path);
                if (declaringFile is not null)
                {
                    var value = Evaluate(declaringFile, initializer);
                    if (IsPlainConstant(value))
                    {
                        return value with { Span = span, Source = variable };
                    }
                }
            }
            finally
            {
                _inProgress.Remove(variable);
            }
        }

        return new SymbolReferenceValue(text, symbol, span);
    }

    private ConstantValue EvaluatePropertyAccess(FileModel file, PropertyAccessExpression access)
    {
        var member = DeclarationCollector.NameText(access.Name) ?? string.Empty;
        var text = file.Text.ToString(access.Span);
        var target = Evaluate(file, access.Expression);
        if (target is SymbolReferenceValue { Symbol: { } symbol })
        {
            switch (symbol)
            {
                case EnumSymbol enumeration:
                    return EnumValues(enumeration).TryGetValue(member, out var enumValue)
                        ? enumValue with { Span = access.Span, Source = enumeration }
                        : new UnknownValue(access, access.Span);
                case ClassSymbol or ExternalSymbol or DeclarationSymbol { Kind: SymbolKind.Function } when member == "name" && symbol is not ExternalSymbol { ExportName: "*" }:
                    return new StringValue(symbol is ExternalSymbol external && external.ExportName == "default" ? text[..text.LastIndexOf('.')] : symbol.Name, access.Span) { Source = symbol };
                case ModuleSymbol module:
                    return ValueOfSymbol(_model.ResolveExport(module.Path, member), text, access.Span);
                case ExternalSymbol { ExportName: "*" } externalModule:
                    return new SymbolReferenceValue(text, _model.External(externalModule.PackageName, externalModule.Specifier, member), access.Span);
            }
        }

        if (target is ObjectValue objectValue && objectValue[member] is { } propertyValue)
        {
            return propertyValue with { Span = access.Span };
        }

        if (target is StringValue stringValue && member == "length")
        {
            return new NumberValue(stringValue.Value.Length, access.Span);
        }

        return new MemberAccessValue(target, member, text, access.Span);
    }

    /// <summary>
    /// Computes an enum's member values once: numbers count up from the previous member, strings are
    /// as written. No lock is held while computing (two threads may compute the same equal values),
    /// so enums that refer to each other across threads cannot deadlock; a member that refers to its
    /// own enum sees the members computed so far, so self-reference cannot recurse.
    /// </summary>
    internal void EnsureEnumValues(EnumSymbol enumeration)
    {
        if (enumeration.ValuesComputed || _enumsInProgress.ContainsKey(enumeration))
        {
            return;
        }

        var file = _model.GetFile(enumeration.Path);
        var values = new Dictionary<string, ConstantValue>(StringComparer.Ordinal);
        _enumsInProgress[enumeration] = values;
        try
        {
            double? next = 0;
            foreach (var member in ((EnumDeclaration)enumeration.Declaration).Members)
            {
                if (DeclarationCollector.NameText(member.Name) is not { } name)
                {
                    continue;
                }

                ConstantValue? value = null;
                if (member.Initializer is Identifier sibling && values.TryGetValue(sibling.Text, out var siblingValue))
                {
                    value = siblingValue with { Span = member.Initializer.Span };
                }
                else if (member.Initializer is { } initializer && file is not null)
                {
                    value = Evaluate(file, initializer);
                }
                else if (next is { } number)
                {
                    value = new NumberValue(number, member.Span);
                }

                if (value is StringValue or NumberValue)
                {
                    values[name] = value;
                }

                next = value is NumberValue numeric ? numeric.Value + 1 : null;
            }
        }
        finally
        {
            _enumsInProgress.Remove(enumeration);
        }

        enumeration.Members = values;
        enumeration.ValuesComputed = true;
    }

    private IReadOnlyDictionary<string, ConstantValue> EnumValues(EnumSymbol enumeration)
    {
        EnsureEnumValues(enumeration);
        return _enumsInProgress.TryGetValue(enumeration, out var partial) ? partial : enumeration.Members;
    }

    private static bool IsPlainConstant(ConstantValue value) => value switch
    {
        StringValue or NumberValue or BooleanValue or NullValue or UndefinedValue => true,
        ArrayValue array => array.IsConstant,
        ObjectValue objectValue => objectValue.IsConstant,
        _ => false,
    };

    private static string? AsText(ConstantValue value) => value switch
    {
        StringValue text => text.Value,
        NumberValue number => number.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        BooleanValue boolean => boolean.Value ? "true" : "false",
        NullValue => "null",
        UndefinedValue => "undefined",
        _ => null,
    };
}
