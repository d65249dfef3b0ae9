using Nestor.Rules.Engine;
using Nestor.Semantics;
using Nestor.Syntax;

namespace Nestor.Rules.Security;

/// <summary>How far the declared type of a request value is checked at run time.</summary>
internal enum RequestType
{
    /// <summary>A class: the <c>ValidationPipe</c> validates it.</summary>
    Validated,

    /// <summary>A primitive, a literal or an enum, as declared.</summary>
    Primitive,

    /// <summary><c>any</c>, <c>object</c>, <c>Record</c>, an interface, an inline type, no type: nothing checks its shape.</summary>
    Unvalidated,

    /// <summary>Something this cannot judge (a type parameter, a package's type): treated as checked.</summary>
    Unknown,
}

/// <summary>A handler parameter that hands the client's data over unchecked, and how it is tainted.</summary>
internal sealed record RequestSource(ParameterInfo Parameter, string Decorator, string? Key, Taint Taint)
{
    /// <summary>For a DTO class: the fields nothing checks the type of.</summary>
    public IReadOnlyList<string> UncheckedFields { get; init; } = [];

    public string Describe()
    {
        var decorator = Key is null ? $"@{Decorator}()" : $"@{Decorator}('{Key}')";
        var typed = Parameter.Type is { } type ? $"{decorator}, typed {type.Text}" : $"{decorator}, untyped";
        return UncheckedFields.Count == 0 ? typed : $"{typed}, whose {string.Join(", ", UncheckedFields.Select(f => $"'{f}'"))} no validator checks";
    }
}

/// <summary>
/// Which parameters of a route handler carry request values nothing validates: a whole or keyed
/// <c>@Body()</c>, <c>@Query()</c> or GraphQL <c>@Args()</c> whose type is not a class, and the
/// <c>body</c> and <c>query</c> of <c>@Req()</c>. A pipe on the parameter (other than
/// <c>ValidationPipe</c>, which skips such types, and <c>DefaultValuePipe</c>) counts as a check.
/// </summary>
internal sealed class RequestFacts(SemanticModel semantics)
{
    private const int MaxAliasDepth = 8;

    private static readonly HashSet<string> ValueDecorators = new(StringComparer.Ordinal) { "Body", "Query", "Args" };

    private static readonly HashSet<string> RequestDecorators = new(StringComparer.Ordinal) { "Req", "Request" };

    // Pipes that let a non-class value through as it came.
    private static readonly HashSet<string> PassThroughPipes = new(StringComparer.Ordinal) { "ValidationPipe", "DefaultValuePipe" };

    private static readonly HashSet<string> ObjectTypeNames = new(StringComparer.Ordinal)
    {
        "Record", "Partial", "Required", "Readonly", "Pick", "Omit", "Object", "Dictionary", "ParsedQs", "FilterQuery", "QueryFilter",
        "RootFilterQuery", "Filter", "JsonObject", "JSONObject", "JsonValue", "AnyObject", "PlainObject", "UnknownRecord", "Map",
    };

    private static readonly HashSet<string> PrimitiveTypeNames = new(StringComparer.Ordinal) { "String", "Number", "Boolean", "Date", "BigInt" };

    public IEnumerable<RequestSource> Sources(ClassMember handler, FileModel file)
    {
        foreach (var parameter in handler.Parameters)
        {
            if (parameter.Decorators.FirstOrDefault(d => RequestDecorators.Contains(d.Name) || ValueDecorators.Contains(d.Name)) is not { } decorator)
            {
                continue;
            }

            if (RequestDecorators.Contains(decorator.Name))
            {
                yield return new RequestSource(parameter, decorator.Name, null, Taint.RequestObject);
                continue;
            }

            if (decorator.Syntax.Expression is not CallExpression call)
            {
                continue;
            }

            var key = call.Arguments.Count > 0 ? SyntaxFacts.StringValue(call.Arguments[0]) : null;
            if (call.Arguments.Skip(key is null ? 0 : 1).Any(IsCheckingPipe))
            {
                continue;
            }

            switch (Classify(parameter.Type, file, 0))
            {
                case RequestType.Unvalidated:
                    yield return new RequestSource(parameter, decorator.Name, key, Taint.Whole);
                    break;
                case RequestType.Validated when parameter.Type?.Target is ClassSymbol dto && UncheckedFields(dto) is { Count: > 0 } fields:
                    var taint = new ObjectTaint(fields.Aggregate(ObjectTaint.NoFields, (all, field) => all.SetItem(field, Taint.Whole)), null);
                    yield return new RequestSource(parameter, decorator.Name, key, taint) { UncheckedFields = fields };
                    break;
            }
        }
    }

    /// <summary>
    /// Fields of a DTO class (and the classes it extends) that the ValidationPipe keeps but does
    /// not check the type of: a validator that only says the field may be there
    /// (<c>@IsOptional()</c>, <c>@IsObject()</c>, <c>@IsNotEmpty()</c>...) on a field typed
    /// <c>any</c>, <c>object</c>, <c>Record</c>, an interface or an inline type.
    /// </summary>
    private List<string> UncheckedFields(ClassSymbol dto)
    {
        var fields = new List<string>();
        var current = dto;
        for (var depth = 0; depth < MaxAliasDepth && current is not null; depth++)
        {
            if (semantics.GetFile(current.Path) is not { } file)
            {
                break;
            }

            foreach (var member in current.Members.Where(m => m.Kind == ClassMemberKind.Property && !m.IsStatic))
            {
                var validators = member.Decorators.Where(d => PresenceValidators.Contains(d.Name) || ValidatorName(d.Name)).ToList();
                if (validators.Count > 0 && validators.All(d => PresenceValidators.Contains(d.Name))
                    && Classify(member.Type, file, 0) == RequestType.Unvalidated && !fields.Contains(member.Name))
                {
                    fields.Add(member.Name);
                }
            }

            current = current.BaseClass is SymbolReferenceValue { Symbol: ClassSymbol baseClass } ? baseClass : null;
        }

        return fields;
    }

    // class-validator decorators that check presence or shape but not the type of a value.
    private static readonly HashSet<string> PresenceValidators = new(StringComparer.Ordinal)
    {
        "IsOptional", "IsObject", "IsNotEmpty", "IsDefined", "IsNotEmptyObject", "IsEmpty", "Allow", "ValidateIf",
    };

    private static bool ValidatorName(string name) =>
        (name.StartsWith("Is", StringComparison.Ordinal) && name.Length > 2 && char.IsUpper(name[2]))
        || name is "Matches" or "Length" or "MinLength" or "MaxLength" or "Min" or "Max" or "Contains" or "NotContains" or "ValidateNested" or "Equals" or "NotEquals"
            or "ArrayMinSize" or "ArrayMaxSize" or "ArrayContains" or "ArrayNotEmpty" or "ArrayUnique" or "Validate";

    /// <summary>A pipe argument that checks or converts the value (any pipe but the pass-through ones; options objects are not pipes).</summary>
    private static bool IsCheckingPipe(Expression argument) => argument switch
    {
        Identifier name => !PassThroughPipes.Contains(name.Text),
        NewExpression created => SyntaxFacts.LastName(created.Expression) is not { } name || !PassThroughPipes.Contains(name),
        CallExpression => true,
        _ => false,
    };

    public RequestType Classify(DeclaredType? type, FileModel file, int depth)
    {
        if (type is null)
        {
            return RequestType.Unvalidated;
        }

        if (depth > MaxAliasDepth)
        {
            return RequestType.Unknown;
        }

        switch (type.Syntax)
        {
            case KeywordType keyword:
                return keyword.Kind is SyntaxKind.AnyKeyword or SyntaxKind.UnknownKeyword or SyntaxKind.ObjectKeyword ? RequestType.Unvalidated : RequestType.Primitive;
            case LiteralType:
            case TemplateLiteralType:
                return RequestType.Primitive;
            case TypeLiteral or MappedType or IntersectionType or TupleType:
                return RequestType.Unvalidated;
            case ParenthesizedType parenthesized:
                return Classify(semantics.ResolveType(file, parenthesized.Type), file, depth + 1);
            case ArrayType array:
                // Nest's ValidationPipe does not look into arrays, even of DTO classes.
                return Classify(semantics.ResolveType(file, array.ElementType), file, depth + 1) switch
                {
                    RequestType.Primitive => RequestType.Primitive,
                    RequestType.Unknown => RequestType.Unknown,
                    _ => RequestType.Unvalidated,
                };
            case UnionType union:
                return Union(union, file, depth);
            case TypeReference:
                return Reference(type, file, depth);
            default:
                return RequestType.Unknown;
        }
    }

    private RequestType Union(UnionType union, FileModel file, int depth)
    {
        var members = union.Types.AsEnumerable()
            .Where(member => member is not KeywordType { Kind: SyntaxKind.NullKeyword or SyntaxKind.UndefinedKeyword } && member is not LiteralType { Literal: KeywordExpression { Kind: SyntaxKind.NullKeyword } })
            .Select(member => Classify(semantics.ResolveType(file, member), file, depth + 1))
            .ToList();
        if (members.Count == 0 || members.All(kind => kind == RequestType.Primitive))
        {
            return RequestType.Primitive;
        }

        // `Dto | null` is emitted as Object and skipped by the ValidationPipe, but a union is rare
        // enough at a parameter that only a plainly unchecked member decides.
        return members.Contains(RequestType.Unvalidated) ? RequestType.Unvalidated : RequestType.Unknown;
    }

    private RequestType Reference(DeclaredType type, FileModel file, int depth)
    {
        var name = type.Name is { } written ? written[(written.LastIndexOf('.') + 1)..] : null;
        if (name is "Array" or "ReadonlyArray" && type.TypeArguments.Count == 1)
        {
            return Classify(type.TypeArguments[0], file, depth + 1) == RequestType.Primitive ? RequestType.Primitive : RequestType.Unvalidated;
        }

        switch (type.Target)
        {
            case ClassSymbol:
                return RequestType.Validated;
            case DeclarationSymbol { Kind: SymbolKind.Enum }:
                return RequestType.Primitive;
            case DeclarationSymbol { Kind: SymbolKind.Interface }:
                return RequestType.Unvalidated;
            case DeclarationSymbol { Kind: SymbolKind.TypeAlias, Declaration: TypeAliasDeclaration alias } declaration when semantics.GetFile(declaration.Path) is { } aliasFile:
                return Classify(semantics.ResolveType(aliasFile, alias.Type), aliasFile, depth + 1);
        }

        if (name is not null && PrimitiveTypeNames.Contains(name))
        {
            return RequestType.Primitive;
        }

        return name is not null && ObjectTypeNames.Contains(name) ? RequestType.Unvalidated : RequestType.Unknown;
    }
}
