using System.Text.RegularExpressions;
using Nestor.Nest.Mongoose;
using Nestor.Rules.Engine;
using Nestor.Semantics;
using Nestor.Syntax;

namespace Nestor.Rules.Api;

/// <summary>A field named like a secret, where it is declared; <see cref="Member"/> when a class declares it.</summary>
internal sealed record SecretField(string Name, string Path, Nestor.Text.TextSpan Span, ClassMember? Member);

/// <summary>What a handler returns when that is a Mongoose document: how it was seen, and its schema when known.</summary>
internal sealed record EntityReturn(string Description, Node At, MongooseSchema? Schema, ClassSymbol? SchemaClass);

/// <summary>
/// Mongoose documents at the API boundary: which types are schema classes or document types
/// (<c>UserDocument</c>, <c>HydratedDocument&lt;User&gt;</c>, <c>User &amp; Document</c>, an interface
/// extending <c>Document</c>), which calls return documents, and which schemas serialise
/// themselves (a <c>toJSON</c> transform).
/// </summary>
internal sealed partial class EntityFacts
{
    private const int MaxDepth = 16;

    // Model methods whose result is documents; aggregate, count and update results are shaped otherwise.
    private static readonly HashSet<string> DocumentMethods = new(StringComparer.Ordinal)
    {
        "find", "findOne", "findById", "findByIdAndUpdate", "findOneAndUpdate", "findByIdAndDelete", "findOneAndDelete",
        "findByIdAndRemove", "findOneAndRemove", "findOneAndReplace", "create", "insertMany",
    };

    // Calls chained on a query that keep its documents whole.
    private static readonly HashSet<string> QueryChain = new(StringComparer.Ordinal)
    {
        "exec", "populate", "sort", "skip", "limit", "lean", "where", "orFail", "session", "collation", "hint", "read", "then",
    };

    // Types that hold, or only relabel, what they wrap: a Partial<UserDocument> is still the whole document at run time.
    private static readonly HashSet<string> Wrappers = new(StringComparer.Ordinal) { "Promise", "Array", "ReadonlyArray", "Awaited", "Partial", "Required", "Readonly" };

    private static readonly HashSet<string> SecretWords = new(StringComparer.Ordinal) { "password", "passwd", "pwd", "secret", "token", "tokens", "hash", "salt", "apikey" };

    private readonly ApiFacts _api;
    private readonly Dictionary<(string Path, string Name), MongooseSchema> _classSchemas = [];
    private readonly Dictionary<string, MongooseSchema> _byModel = new(StringComparer.Ordinal);
    private readonly HashSet<MongooseSchema> _transformed = [];
    private readonly Dictionary<Symbol, MongooseSchema> _documentTypes = [];
    private bool _globalTransform;

    public EntityFacts(ApiFacts api)
    {
        _api = api;
        foreach (var schema in api.Nest.Schemas)
        {
            if (schema.Style != SchemaStyle.SchemaConstructor)
            {
                _classSchemas.TryAdd((schema.Location.Path, schema.Name), schema);
            }

            _byModel.TryAdd(schema.ModelName, schema);
        }

        FindToJsonTransforms();
    }

    /// <summary>
    /// Fields named like secrets (password, token, hash, salt, apiKey...) that queries return (no
    /// <c>select: false</c>): the schema's fields, and the properties the schema class and its base
    /// classes declare (a discriminator's class declares what its base schema stores).
    /// </summary>
    public static IReadOnlyList<SecretField> ExposedSecrets(EntityReturn entity)
    {
        var secrets = new List<SecretField>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in entity.Schema?.Fields ?? [])
        {
            if (IsSecretName(field.Name) && seen.Add(field.Name) && field.Select != false)
            {
                secrets.Add(new SecretField(field.Name, field.Location.Path, field.Location.Span, null));
            }
        }

        foreach (var (owner, member) in ClassChainProperties(entity.SchemaClass))
        {
            if (IsSecretName(member.Name) && seen.Add(member.Name) && !IsDeselected(member))
            {
                secrets.Add(new SecretField(member.Name, owner.Path, member.NameSpan, member));
            }
        }

        return secrets;
    }

    /// <summary>The properties of a class and of its base classes, most derived first.</summary>
    public static IEnumerable<(ClassSymbol Owner, ClassMember Member)> ClassChainProperties(ClassSymbol? cls)
    {
        var seen = new HashSet<ClassSymbol>();
        for (var current = cls; current is not null && seen.Add(current) && seen.Count < MaxDepth; current = (current.BaseClass as SymbolReferenceValue)?.Symbol as ClassSymbol)
        {
            foreach (var member in current.Members.Where(m => m.Kind == ClassMemberKind.Property && !m.IsStatic))
            {
                yield return (current, member);
            }
        }
    }

    private static bool IsDeselected(ClassMember member) =>
        member.Decorators.FirstOrDefault(d => d.Name is "Prop" or "prop")?.Argument(0) is ObjectValue options && options["select"] is BooleanValue { Value: false };

    public static bool IsSecretName(string name)
    {
        var words = Words().Matches(name).Select(match => match.Value.ToLowerInvariant()).ToList();
        if (words.Count == 0)
        {
            return false;
        }

        var last = words[^1];
        var pair = words.Count > 1 ? words[^2] + last : last;
        return SecretWords.Contains(last) || pair is "apikey" or "privatekey" or "secretkey" or "accesskey";
    }

    /// <summary>True when the schema's documents turn themselves into JSON through a transform (schema options, <c>set('toJSON')</c>, a <c>toJSON</c> method).</summary>
    public bool SerialisesItself(MongooseSchema schema) => _globalTransform || _transformed.Contains(schema);

    /// <summary>The document a handler returns: by its declared return type, or, without one, by what its <c>return</c> statements return.</summary>
    public EntityReturn? ReturnedEntity(RouteHandler handler)
    {
        if (handler.Method.Syntax is not MethodDeclaration method)
        {
            return null;
        }

        if (method.Type is { } declared)
        {
            return EntityOf(handler.File, declared, 0) is { } entity ? entity with { Description = handler.File.Text.ToString(declared.Span), At = declared } : null;
        }

        if (method.Body is null)
        {
            return null;
        }

        foreach (var returned in OwnReturns(method.Body))
        {
            if (returned.Expression is { } expression && Returned(handler.Controller, method.Body, expression, 0) is { } entity)
            {
                return entity;
            }
        }

        return null;
    }

    /// <summary>The schema a type stands for, through <c>Promise</c>, <c>Observable</c>, arrays, unions, generic wrappers and aliases.</summary>
    private EntityReturn? EntityOf(FileModel file, TypeNode type, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        switch (type)
        {
            case ParenthesizedType parenthesized:
                return EntityOf(file, parenthesized.Type, depth + 1);
            case ArrayType array:
                return EntityOf(file, array.ElementType, depth + 1);
            case UnionType union:
                return union.Types.AsEnumerable().Select(member => EntityOf(file, member, depth + 1)).FirstOrDefault(entity => entity is not null);
            case IntersectionType intersection:
                var members = intersection.Types.AsEnumerable().ToList();
                if (!members.Any(member => Mongo.MongooseDocumentTypes.IsDocument(_api.Semantics, file, member)))
                {
                    return null;
                }

                return members.Select(member => SchemaClassOf(file, member)).FirstOrDefault(entity => entity is not null);
            case TypeReference reference:
                return ReferenceEntity(file, reference, depth);
            default:
                return null;
        }
    }

    private EntityReturn? ReferenceEntity(FileModel file, TypeReference reference, int depth)
    {
        var declared = _api.Semantics.ResolveType(file, reference);
        var arguments = reference.TypeArguments?.AsEnumerable().ToList() ?? [];
        switch (declared.Target)
        {
            case null when declared.Name is not null && Wrappers.Contains(declared.Name):
                return arguments.Count > 0 ? EntityOf(file, arguments[0], depth + 1) : null;
            case ExternalSymbol { ExportName: "Observable" or "Query" }:
                return arguments.Count > 0 ? EntityOf(file, arguments[0], depth + 1) : null;
            case ExternalSymbol { ExportName: "HydratedDocument" or "Document" or "DocumentType" }:
                return arguments.Select(argument => SchemaClassOf(file, argument)).FirstOrDefault(entity => entity is not null);
            case ClassSymbol cls when _classSchemas.TryGetValue((cls.Path, cls.Name), out var schema):
                return new EntityReturn(cls.Name, reference, schema, cls);
            case { } typed when _documentTypes.TryGetValue(typed, out var typedSchema):
                return new EntityReturn(typed.Name, reference, typedSchema, null);
            case DeclarationSymbol { Kind: SymbolKind.TypeAlias, Declaration: TypeAliasDeclaration alias } aliasSymbol when alias.TypeParameters is null:
                return _api.FileOf(aliasSymbol.Path) is { } aliasFile ? EntityOf(aliasFile, alias.Type, depth + 1) : null;
            case DeclarationSymbol { Kind: SymbolKind.Interface, Declaration: InterfaceDeclaration contract } interfaceSymbol when _api.FileOf(interfaceSymbol.Path) is { } contractFile && Mongo.MongooseDocumentTypes.ExtendsDocument(_api.Semantics, contractFile, contract):
                return new EntityReturn(contract.Name.Text, reference, _byModel.GetValueOrDefault(ModelNameOf(contract.Name.Text)), null);
            case DeclarationSymbol { Kind: SymbolKind.Interface or SymbolKind.TypeAlias or SymbolKind.Class }:
                // A generic wrapper of the project (Page<T>, Paginated<T>) carries what it wraps.
                return arguments.Select(argument => EntityOf(file, argument, depth + 1)).FirstOrDefault(entity => entity is not null);
            default:
                return null;
        }
    }

    private EntityReturn? SchemaClassOf(FileModel file, TypeNode type) =>
        type is TypeReference reference && _api.Semantics.ResolveType(file, reference).Target is ClassSymbol cls && _classSchemas.TryGetValue((cls.Path, cls.Name), out var schema)
            ? new EntityReturn(cls.Name, reference, schema, cls)
            : null;

    /// <summary><c>IUser</c>, <c>UserDocument</c>, <c>UserDoc</c> name the model <c>User</c>.</summary>
    private static string ModelNameOf(string interfaceName)
    {
        var name = interfaceName.Length > 1 && interfaceName[0] == 'I' && char.IsUpper(interfaceName[1]) ? interfaceName[1..] : interfaceName;
        foreach (var suffix in new[] { "Document", "Doc" })
        {
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }

    /// <summary>A returned expression with no declared type: a model query on <c>this</c>, a service method that returns documents, or a local holding one.</summary>
    private EntityReturn? Returned(ClassSymbol owner, Block body, Expression expression, int depth)
    {
        if (depth > MaxDepth)
        {
            return null;
        }

        switch (ExpressionWrappers.StripWithAwait(expression))
        {
            case Identifier local:
                var initializer = body.DescendantNodes().OfType<VariableDeclaration>()
                    .FirstOrDefault(d => d.Name is Identifier declared && declared.Text == local.Text && d.Initializer is not null)?.Initializer;
                return initializer is null ? null : Returned(owner, body, initializer, depth + 1);
            case CallExpression call:
                return CallEntity(owner, call, depth);
            default:
                return null;
        }
    }

    /// <summary>
    /// <c>this.users.findById(id).populate('x').exec()</c> on an injected model, <c>new this.users(dto).save()</c>,
    /// or <c>this.usersService.findOne(id)</c>: declared to return documents, or, undeclared, returning such a query itself.
    /// </summary>
    private EntityReturn? CallEntity(ClassSymbol owner, CallExpression call, int depth)
    {
        var current = call;
        while (current.Expression is PropertyAccessExpression { Name: Identifier chained, Expression: CallExpression inner } && QueryChain.Contains(chained.Text))
        {
            current = inner;
        }

        if (current.Expression is PropertyAccessExpression { Name: Identifier { Text: "select" or "projection" } })
        {
            return null;
        }

        var (field, method) = current.Expression switch
        {
            PropertyAccessExpression { Name: Identifier name, Expression: PropertyAccessExpression { Expression: KeywordExpression { Kind: SyntaxKind.ThisKeyword }, Name: Identifier target } } => (target.Text, name.Text),
            PropertyAccessExpression { Name: Identifier { Text: "save" }, Expression: NewExpression { Expression: PropertyAccessExpression { Expression: KeywordExpression { Kind: SyntaxKind.ThisKeyword }, Name: Identifier created } } } => (created.Text, "create"),
            _ => (null, null),
        };
        if (field is null || method is null || owner.ConstructorParameters.FirstOrDefault(p => p.Name == field && p.IsParameterProperty) is not { } injected)
        {
            return null;
        }

        var description = $"'this.{field}.{method}(...)'";
        if (ModelSchema(injected) is { } schema)
        {
            return DocumentMethods.Contains(method) && !IsProjected(method, current) ? new EntityReturn(description, call, schema, ClassOf(schema)) : null;
        }

        if (injected.Type?.Target is not ClassSymbol service || _api.FileOf(service.Path) is not { } serviceFile
            || service.Members.FirstOrDefault(m => m.Name == method && m.Kind == ClassMemberKind.Method)?.Syntax is not MethodDeclaration called)
        {
            return null;
        }

        if (called.Type is { } returnType)
        {
            return EntityOf(serviceFile, returnType, 0) is { } declared
                ? declared with { Description = $"{description}, declared to return '{serviceFile.Text.ToString(returnType.Span)}'", At = call }
                : null;
        }

        // An undeclared service method: what its own return statements give, a few calls deep.
        if (depth >= 3 || called.Body is null)
        {
            return null;
        }

        foreach (var returned in OwnReturns(called.Body))
        {
            if (returned.Expression is { } expression && Returned(service, called.Body, expression, depth + 1) is { } inferred)
            {
                return inferred with { Description = $"{description}, which returns {inferred.Description}", At = call };
            }
        }

        return null;
    }

    /// <summary>
    /// A projection chooses the fields: <c>find(filter, projection)</c>, <c>findById(id, projection)</c>,
    /// or <c>projection</c>/<c>select</c> in the options of the <c>...AndUpdate</c>/<c>...AndDelete</c> methods.
    /// </summary>
    private static bool IsProjected(string method, CallExpression call)
    {
        var arguments = call.Arguments;
        var optionsIndex = method switch
        {
            "find" or "findOne" or "findById" => 1,
            "findByIdAndUpdate" or "findOneAndUpdate" or "findOneAndReplace" => 2,
            "findByIdAndDelete" or "findOneAndDelete" or "findByIdAndRemove" or "findOneAndRemove" => 1,
            _ => -1,
        };
        if (optionsIndex < 0 || arguments.Count <= optionsIndex)
        {
            return false;
        }

        var argument = ExpressionWrappers.StripWithAwait(arguments[optionsIndex]);
        if (argument is KeywordExpression { Kind: SyntaxKind.NullKeyword } || argument is Identifier { Text: "undefined" })
        {
            return false;
        }

        if (method is "find" or "findOne" or "findById")
        {
            return true;
        }

        // Options that are not a literal may carry a projection: the analysis cannot see, so it does not report.
        return argument is not ObjectLiteralExpression options
            || options.Properties.Any(p => p is SpreadAssignment || SyntaxFacts.PropertyName((p as PropertyAssignment)?.Name) is "projection" or "select" or "fields");
    }

    /// <summary>The schema of an injected model: <c>@InjectModel(User.name)</c> or a parameter typed <c>Model&lt;User&gt;</c>.</summary>
    private MongooseSchema? ModelSchema(ParameterInfo parameter)
    {
        var inject = parameter.Decorators.FirstOrDefault(d => d.Name is "InjectModel" or "InjectTypegooseModel");
        if (inject is not null && (inject.Argument(0) as StringValue)?.Value is { } modelName && _byModel.TryGetValue(modelName, out var byName))
        {
            return byName;
        }

        if (parameter.Type is { Target: ExternalSymbol { PackageName: "mongoose", ExportName: "Model" } or ExternalSymbol { ExportName: "ReturnModelType" }, TypeArguments: [var argument, ..] })
        {
            if (argument.Target is ClassSymbol cls && _classSchemas.TryGetValue((cls.Path, cls.Name), out var byClass))
            {
                return byClass;
            }

            if (argument.Name is { } name && _byModel.TryGetValue(ModelNameOf(name), out var byModelName))
            {
                return byModelName;
            }
        }

        return null;
    }

    private ClassSymbol? ClassOf(MongooseSchema schema) =>
        schema.Style == SchemaStyle.SchemaConstructor ? null : _api.FileOf(schema.Location.Path)?.Classes.FirstOrDefault(c => c.Name == schema.Name);

    /// <summary>Return statements of the method itself, not of functions nested in it.</summary>
    private static IEnumerable<ReturnStatement> OwnReturns(Block body)
    {
        var pending = new Stack<Node>();
        pending.Push(body);
        while (pending.TryPop(out var node))
        {
            if (node is ReturnStatement statement)
            {
                yield return statement;
            }

            foreach (var child in node.Children().Reverse())
            {
                if (child is not (ArrowFunction or FunctionExpression or FunctionDeclaration or ClassDeclaration or ClassExpression))
                {
                    pending.Push(child);
                }
            }
        }
    }

    private void FindToJsonTransforms()
    {
        var schemaVariables = new Dictionary<(string Path, string Name), MongooseSchema>();
        foreach (var schema in _api.Nest.Schemas)
        {
            if (_api.FileOf(schema.Location.Path) is not { } file)
            {
                continue;
            }

            if (schema.Style == SchemaStyle.SchemaConstructor)
            {
                schemaVariables[(file.Path, schema.Name)] = schema;
                if (file.GetDeclaration(schema.Name) is not VariableSymbol { Initializer: { } initializer } || ExpressionWrappers.StripWithAwait(initializer) is not NewExpression created)
                {
                    continue;
                }

                // new Schema<User>({...}): User (an interface, most often) is the type of its documents.
                if (created.TypeArguments is { Count: > 0 } typeArguments && typeArguments[0] is TypeReference documentType
                    && _api.Semantics.ResolveType(file, documentType).Target is DeclarationSymbol declared)
                {
                    _documentTypes.TryAdd(declared, schema);
                }

                if (created.Arguments is { Count: > 1 } arguments && HasTransform(Property(_api.Semantics.Evaluate(file, arguments[1]), "toJSON")))
                {
                    _transformed.Add(schema);
                }
            }
            else if (file.Classes.FirstOrDefault(c => c.Name == schema.Name) is { } cls)
            {
                var options = cls.FindDecorator("Schema")?.Argument(0) ?? Property(cls.FindDecorator("modelOptions")?.Argument(0), "schemaOptions");
                if (HasTransform(Property(options, "toJSON")))
                {
                    _transformed.Add(schema);
                }
            }
        }

        foreach (var file in _api.Semantics.Files.Where(f => f.Text.Content.Contains("createForClass", StringComparison.Ordinal)))
        {
            foreach (var variable in file.Declarations.OfType<VariableSymbol>())
            {
                if (variable.Initializer is { } initializer && ExpressionWrappers.StripWithAwait(initializer) is CallExpression { Expression: PropertyAccessExpression { Name: Identifier { Text: "createForClass" } }, Arguments: [Identifier schemaClass, ..] }
                    && _api.Semantics.ResolveName(file, schemaClass.Text) is ClassSymbol cls && _classSchemas.TryGetValue((cls.Path, cls.Name), out var schema))
                {
                    schemaVariables[(file.Path, variable.Name)] = schema;
                }
            }
        }

        foreach (var file in _api.Semantics.Files.Where(f => f.Text.Content.Contains("toJSON", StringComparison.Ordinal)))
        {
            foreach (var node in file.Tree.DescendantNodes())
            {
                var (target, transformed) = node switch
                {
                    // UserSchema.set('toJSON', { transform }) or mongoose.set('toJSON', ...)
                    CallExpression { Expression: PropertyAccessExpression { Name: Identifier { Text: "set" }, Expression: Identifier receiver }, Arguments: [var key, var value, ..] }
                        when SyntaxFacts.StringValue(key) == "toJSON" => (receiver, HasTransform(_api.Semantics.Evaluate(file, value))),

                    // UserSchema.methods.toJSON = function () {...} or UserSchema.options.toJSON = {...}
                    BinaryExpression { OperatorToken.Kind: SyntaxKind.EqualsToken, Left: PropertyAccessExpression { Name: Identifier { Text: "toJSON" }, Expression: PropertyAccessExpression { Expression: Identifier receiver } } }
                        => (receiver, true),
                    _ => ((Identifier?)null, false),
                };
                if (target is null || !transformed)
                {
                    continue;
                }

                if ((schemaVariables.GetValueOrDefault((file.Path, target.Text)) ?? ImportedSchema(file, target.Text, schemaVariables)) is { } schema)
                {
                    _transformed.Add(schema);
                }
                else if (_api.Semantics.ResolveName(file, target.Text) is ExternalSymbol { PackageName: "mongoose" })
                {
                    _globalTransform = true;
                }
            }
        }
    }

    private MongooseSchema? ImportedSchema(FileModel file, string name, Dictionary<(string Path, string Name), MongooseSchema> schemaVariables) =>
        _api.Semantics.ResolveName(file, name) is VariableSymbol variable ? schemaVariables.GetValueOrDefault((variable.Path, variable.Name)) : null;

    private static ConstantValue? Property(ConstantValue? value, string key) => value is ObjectValue obj ? obj[key] : null;

    /// <summary>A <c>toJSON</c> option with a <c>transform</c>; options that cannot be read count as having one.</summary>
    private static bool HasTransform(ConstantValue? toJson) => toJson switch
    {
        null => false,
        ObjectValue options => options["transform"] is { } transform ? transform is not BooleanValue { Value: false } : options.Properties.Any(p => p.Key is null),
        BooleanValue or StringValue or NumberValue or NullValue or UndefinedValue => false,
        _ => true,
    };

    [GeneratedRegex("[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")]
    private static partial Regex Words();
}
