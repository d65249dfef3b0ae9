using Nestor.Mongo.Indexes;
using Nestor.Nest.Model;
using Nestor.Nest.Mongoose;
using Nestor.Rules.Engine;
using Nestor.Semantics;
using Nestor.Syntax;

namespace Nestor.Rules.Mongo;

/// <summary>
/// The indexes a model's collection gets from the code, when the code shows all of them: the
/// schema's own (the NestJS model's fields and <c>schema.index(...)</c> calls), the options it
/// does not read (<c>@Prop({ index: { ... } })</c>, <c>expires</c>), those of inherited fields and
/// of subdocument schemas (under their path), and <c>_id</c>. A model answers nothing when its
/// indexes may come from where the code does not say: <c>autoIndex: false</c> (on the schema or
/// the connection), <c>createIndex</c> calls, <c>index(...)</c> calls or <c>@index</c> decorators
/// whose keys cannot be read, plugins that may declare indexes, discriminators (they share their
/// base's collection), or a model name declared twice.
/// </summary>
internal sealed class SchemaIndexFacts
{
    private const int MaxDepth = 4;

    private static readonly HashSet<string> IndexSpecValues = new(StringComparer.Ordinal) { "text", "hashed", "2dsphere", "2d" };

    private readonly SemanticModel _semantics;
    private readonly NestProject _nest;
    private readonly Dictionary<string, List<string>> _schemaVariables = new(StringComparer.Ordinal);
    private readonly HashSet<string> _uncertainSchemas = new(StringComparer.Ordinal);
    private readonly HashSet<string> _uncertainModels = new(StringComparer.Ordinal);
    private readonly HashSet<string> _uncertainCollections = new(StringComparer.Ordinal);
    private readonly HashSet<string> _schemasWithPlugins = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SchemaIndexes?> _byModel = new(StringComparer.Ordinal);
    private bool _globallyUncertain;
    private bool _unattributedPluginIndexes;

    private SchemaIndexFacts(SemanticModel semantics, NestProject nest)
    {
        _semantics = semantics;
        _nest = nest;
    }

    public static SchemaIndexFacts Build(SemanticModel semantics, NestProject nest)
    {
        var facts = new SchemaIndexFacts(semantics, nest);
        facts.ReadSchemaVariables();
        facts.ReadDeclarationsOutsideTheModel();
        return facts;
    }

    /// <summary>The indexes of the collection behind <paramref name="modelName"/>, or null when the code does not show them all.</summary>
    public SchemaIndexes? For(string modelName)
    {
        if (!_byModel.TryGetValue(modelName, out var indexes))
        {
            _byModel[modelName] = indexes = Compute(modelName);
        }

        return indexes;
    }

    private SchemaIndexes? Compute(string modelName)
    {
        var candidates = _nest.Schemas.Where(s => s.ModelName == modelName).ToList();
        if (_globallyUncertain || candidates.Count != 1 || _uncertainModels.Contains(modelName))
        {
            return null;
        }

        var schema = candidates[0];
        if (schema.AutoIndex == false || _uncertainSchemas.Contains(schema.Name) || _uncertainCollections.Contains(schema.Collection)
            || (_unattributedPluginIndexes && _schemasWithPlugins.Contains(schema.Name)))
        {
            return null;
        }

        var collector = new IndexCollector(SchemaNamespace(schema));
        if (!Collect(schema, "", collector, 0))
        {
            return null;
        }

        collector.Add(new IndexDefinition(collector.Namespace, "_id_", [IndexKey.Ascending("_id")]) { Unique = true, Source = IndexSources.Implicit });
        return new SchemaIndexes(schema, collector.Indexes, collector.Known, collector.Arrays, Declaration(schema));
    }

    /// <summary>Adds what <paramref name="schema"/> contributes under <paramref name="prefix"/>; false when part of it cannot be seen.</summary>
    private bool Collect(MongooseSchema schema, string prefix, IndexCollector collector, int depth)
    {
        if (depth > MaxDepth || _uncertainSchemas.Contains(schema.Name))
        {
            return false;
        }

        collector.Known.Add(prefix + "_id");
        if (schema.Timestamps)
        {
            collector.Known.Add(prefix + "createdAt");
            collector.Known.Add(prefix + "updatedAt");
        }

        foreach (var index in schema.Indexes)
        {
            collector.Add(Prefixed(index, prefix, collector.Namespace));
        }

        foreach (var field in schema.Fields)
        {
            collector.Known.Add(prefix + field.Name);
            if (field.IsArray)
            {
                collector.Arrays.Add(prefix + field.Name);
            }

            if (field.Subdocument is { } subdocument)
            {
                var nested = _nest.Schemas.Where(s => s.Name == subdocument).ToList();
                if (nested.Count == 1 && !Collect(nested[0], prefix + field.Name + ".", collector, depth + 1))
                {
                    return false;
                }
            }
        }

        return schema.Style == SchemaStyle.SchemaConstructor
            ? CollectConstructed(schema, prefix, collector)
            : CollectClass(schema, prefix, collector);
    }

    // Field options the NestJS model keeps as booleans only (`index: { expires }`, `unique: [true, msg]`,
    // `expires`), inherited fields, and Typegoose `@index` decorators, read again from the class.
    private bool CollectClass(MongooseSchema schema, string prefix, IndexCollector collector)
    {
        var symbol = _semantics.ResolveClass(schema.Location.Path, schema.Name);
        if (symbol is null)
        {
            return false;
        }

        var seen = new HashSet<ClassSymbol>();
        for (var current = symbol; current is not null && seen.Add(current) && seen.Count <= MaxDepth; current = BaseClassOf(current))
        {
            foreach (var member in current.Members.Where(m => m.Kind == ClassMemberKind.Property))
            {
                if (member.Decorators.FirstOrDefault(d => d.Name is "Prop" or "prop") is not { } prop)
                {
                    continue;
                }

                collector.Known.Add(prefix + member.Name);
                if (member.Type?.IsArray == true)
                {
                    collector.Arrays.Add(prefix + member.Name);
                }

                AddFieldIndex(prop.Argument(0), prefix + member.Name, collector);
            }

            if (current.Decorators.Any(d => d.Name == "plugin"))
            {
                _schemasWithPlugins.Add(schema.Name);
                if (_unattributedPluginIndexes)
                {
                    return false;
                }
            }

            if (schema.Style == SchemaStyle.Typegoose)
            {
                foreach (var decorator in current.Decorators.Where(d => d.Name == "index"))
                {
                    if (KeyPattern(decorator.Argument(0), prefix) is not { } keys)
                    {
                        return false;
                    }

                    collector.Add(new IndexDefinition(collector.Namespace, IndexDefinition.DefaultName(keys), keys));
                }
            }
        }

        return true;
    }

    // `new Schema({ profile: { email: { type: String, index: true } } })`: nested paths the model does not read.
    private bool CollectConstructed(MongooseSchema schema, string prefix, IndexCollector collector)
    {
        if (_semantics.ResolveName(schema.Location.Path, schema.Name) is not VariableSymbol { Initializer: { } initializer } variable
            || _semantics.GetFile(variable.Path) is not { } file
            || ExpressionWrappers.Strip(initializer) is not NewExpression { Arguments: { Count: > 0 } arguments })
        {
            return false;
        }

        if (_semantics.Evaluate(file, arguments[0]) is ObjectValue definition)
        {
            CollectDefinition(definition, prefix, collector, 0);
        }

        return true;
    }

    private void CollectDefinition(ObjectValue definition, string prefix, IndexCollector collector, int depth)
    {
        foreach (var property in definition.Properties)
        {
            if (property.Key is not { } key)
            {
                continue;
            }

            var path = prefix + key;
            collector.Known.Add(path);
            var value = property.Value;
            if (value is ArrayValue { Items: [var element] })
            {
                collector.Arrays.Add(path);
                value = element;
            }

            if (value is not ObjectValue options)
            {
                continue;
            }

            if (options["type"] is { } type)
            {
                AddFieldIndex(options, path, collector);
                if (type is ArrayValue { Items: [ObjectValue nested] } && depth < MaxDepth)
                {
                    collector.Arrays.Add(path);
                    CollectDefinition(nested, path + ".", collector, depth + 1);
                }
                else if (type is ObjectValue inline && depth < MaxDepth)
                {
                    CollectDefinition(inline, path + ".", collector, depth + 1);
                }
            }
            else if (depth < MaxDepth)
            {
                CollectDefinition(options, path + ".", collector, depth + 1);
            }
        }
    }

    // Any `index`, `unique` or `expires` that is not plainly off makes an index on the field, also
    // when written on the element of an array (`type: [{ type: ObjectId, ref: 'Tag', index: true }]`).
    private static void AddFieldIndex(ConstantValue? options, string path, IndexCollector collector)
    {
        if (options is not ObjectValue values)
        {
            return;
        }

        if (values["type"] is ArrayValue { Items: [ObjectValue element] } && element["type"] is not null)
        {
            AddFieldIndex(element, path, collector);
        }

        var unique = IsOn(values["unique"]);
        if (IsOn(values["index"]) || unique || IsOn(values["expires"]))
        {
            var keys = new[] { IndexKey.Ascending(path) };
            collector.Add(new IndexDefinition(collector.Namespace, IndexDefinition.DefaultName(keys), keys) { Unique = unique });
        }
    }

    private static bool IsOn(ConstantValue? value) => value is not (null or BooleanValue { Value: false } or NullValue or UndefinedValue);

    private static IReadOnlyList<IndexKey>? KeyPattern(ConstantValue? value, string prefix)
    {
        if (value is not ObjectValue { Properties.Count: > 0 } pattern || pattern.Properties.Any(p => p.Key is null))
        {
            return null;
        }

        return pattern.Properties.Select(p => p.Value switch
        {
            NumberValue { Value: < 0 } => IndexKey.Descending(prefix + p.Key),
            StringValue { Value: "text" } => new IndexKey(prefix + p.Key, IndexKeyKind.Text),
            StringValue { Value: "hashed" } => new IndexKey(prefix + p.Key, IndexKeyKind.Hashed),
            StringValue { Value: "2dsphere" } => new IndexKey(prefix + p.Key, IndexKeyKind.TwoDSphere),
            StringValue { Value: "2d" } => new IndexKey(prefix + p.Key, IndexKeyKind.TwoD),
            _ => IndexKey.Ascending(prefix + p.Key),
        }).ToList();
    }

    private static ClassSymbol? BaseClassOf(ClassSymbol symbol) => symbol.BaseClass is SymbolReferenceValue { Symbol: ClassSymbol baseClass } ? baseClass : null;

    private static IndexDefinition Prefixed(IndexDefinition index, string prefix, string @namespace) =>
        prefix.Length == 0
            ? index with { Namespace = @namespace }
            : index with { Namespace = @namespace, Keys = index.Keys.Select(key => key with { Path = prefix + key.Path }).ToList() };

    private static string SchemaNamespace(MongooseSchema schema) => "?." + schema.Collection;

    /// <summary>How the project declares an index on this schema: <c>ProductSchema.index</c>, or <c>@index</c> for Typegoose.</summary>
    private string Declaration(MongooseSchema schema) => schema.Style switch
    {
        SchemaStyle.Typegoose => "@index",
        SchemaStyle.SchemaConstructor => schema.Name,
        _ => _schemaVariables.Where(pair => pair.Value.Contains(schema.Name)).Select(pair => pair.Key).Order(StringComparer.Ordinal).FirstOrDefault()
            ?? Nestor.Mongo.Advice.PlanCommands.GuessSchemaName(schema.Collection),
    };

    /// <summary>Schema variables: <c>const XSchema = SchemaFactory.createForClass(X)</c> and <c>const XSchema = new Schema(...)</c>.</summary>
    private void ReadSchemaVariables()
    {
        var schemaNames = _nest.Schemas.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var file in _semantics.Files)
        {
            foreach (var variable in file.Declarations.OfType<VariableSymbol>())
            {
                var schema = variable.Initializer is null ? null : ExpressionWrappers.Strip(variable.Initializer) switch
                {
                    CallExpression { Expression: PropertyAccessExpression { Name: Identifier { Text: "createForClass" } }, Arguments: [Identifier cls, ..] } => cls.Text,
                    NewExpression when schemaNames.Contains(variable.Name) => variable.Name,
                    _ => null,
                };
                if (schema is not null)
                {
                    if (!_schemaVariables.TryGetValue(variable.Name, out var list))
                    {
                        _schemaVariables[variable.Name] = list = [];
                    }

                    list.Add(schema);
                }
            }
        }
    }

    /// <summary>One pass over the files for what declares indexes where the NestJS model does not look.</summary>
    private void ReadDeclarationsOutsideTheModel()
    {
        foreach (var file in _semantics.Files)
        {
            var content = file.Text.Content;
            if (!content.Contains("ndex", StringComparison.Ordinal) && !content.Contains("discriminator", StringComparison.Ordinal)
                && !content.Contains("plugin", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var node in file.Tree.DescendantNodes())
            {
                switch (node)
                {
                    case CallExpression call when call.Expression is PropertyAccessExpression { Name: Identifier method } access:
                        ReadCall(file, call, access, method.Text);
                        break;
                    case PropertyAssignment property when SyntaxFacts.PropertyName(property.Name) == "discriminators":
                        foreach (var entry in MongoSyntax.Descendants(property.Initializer).OfType<ObjectLiteralExpression>())
                        {
                            if (SyntaxFacts.Property(entry, "name") is { } name && ModelName(file, name) is { } model)
                            {
                                _uncertainModels.Add(model);
                            }
                        }

                        break;
                    case PropertyAssignment { Initializer: KeywordExpression { Kind: SyntaxKind.FalseKeyword } } property
                        when SyntaxFacts.PropertyName(property.Name) == "autoIndex" && IsConnectionOption(file.Tree, property):
                        _globallyUncertain = true;
                        break;
                }
            }
        }
    }

    private void ReadCall(FileModel file, CallExpression call, PropertyAccessExpression access, string method)
    {
        var receiver = ExpressionWrappers.Strip(access.Expression);
        switch (method)
        {
            case "index" when call.Arguments.Count > 0:
                ReadIndexCall(file, call, receiver);
                break;
            case "createIndex" or "ensureIndex" or "createIndexes" when call.Arguments.Count > 0:
                if (CollectionNamed(receiver) is { } collection)
                {
                    _uncertainCollections.Add(collection);
                }
                else
                {
                    _globallyUncertain = true;
                }

                break;
            case "discriminator" when call.Arguments.Count > 1 && ModelName(file, call.Arguments[0]) is { } model:
                _uncertainModels.Add(model);
                break;
            case "plugin" when call.Arguments.Count > 0:
                if (receiver is Identifier schemaVariable && _schemaVariables.TryGetValue(schemaVariable.Text, out var schemas))
                {
                    _schemasWithPlugins.UnionWith(schemas);
                }
                else if (receiver is Identifier { Text: "mongoose" })
                {
                    _schemasWithPlugins.UnionWith(_nest.Schemas.Select(s => s.Name));
                }

                break;
            case "set" when receiver is Identifier { Text: "mongoose" } && call.Arguments.Count > 1
                && SyntaxFacts.StringValue(call.Arguments[0]) == "autoIndex" && call.Arguments[1] is KeywordExpression { Kind: SyntaxKind.FalseKeyword }:
                _globallyUncertain = true;
                break;
        }
    }

    // `XSchema.index({...})` at the top level with keys the model reads is in the model; anything else
    // that looks like an index declaration makes the schemas it may belong to uncertain.
    private void ReadIndexCall(FileModel file, CallExpression call, Expression receiver)
    {
        if (receiver is Identifier variable && _schemaVariables.TryGetValue(variable.Text, out var schemas))
        {
            var readByModel = file.Tree.GetParent(call) is ExpressionStatement statement && file.Tree.GetParent(statement) is SourceFile
                && KeyPattern(_semantics.Evaluate(file, call.Arguments[0]), "") is not null;
            if (!readByModel)
            {
                _uncertainSchemas.UnionWith(schemas);
            }

            return;
        }

        // Any `.index(...)` in a file that works with Mongoose schemas may declare an index; elsewhere only a literal key pattern does.
        if (!LooksLikeKeyPattern(call.Arguments[0]) && !file.Imports.Any(import => import.Specifier is "mongoose" or "@nestjs/mongoose" or "@typegoose/typegoose"))
        {
            return;
        }

        // A factory or plugin indexes a schema it was handed: the schemas this file names may be it.
        var named = file.Tree.DescendantNodes().OfType<Identifier>()
            .SelectMany(identifier => _schemaVariables.TryGetValue(identifier.Text, out var list) ? list : [])
            .ToList();
        if (named.Count > 0)
        {
            _uncertainSchemas.UnionWith(named);
        }
        else
        {
            _unattributedPluginIndexes = true;
        }
    }

    private static bool LooksLikeKeyPattern(Expression argument) =>
        ExpressionWrappers.Strip(argument) is ObjectLiteralExpression { Properties.Count: > 0 } literal
        && literal.Properties.All(p => p is PropertyAssignment { Initializer: var value } && ExpressionWrappers.Strip(value) switch
        {
            NumericLiteral => true,
            PrefixUnaryExpression { Operator: SyntaxKind.MinusToken, Operand: NumericLiteral } => true,
            StringLiteral text => IndexSpecValues.Contains(text.Value),
            _ => false,
        });

    // `db.collection('orders').createIndex(...)`: the collection named in the receiver chain.
    private static string? CollectionNamed(Expression receiver)
    {
        for (var current = receiver; ;)
        {
            switch (ExpressionWrappers.Strip(current))
            {
                case CallExpression { Expression: PropertyAccessExpression { Name: Identifier { Text: "collection" } }, Arguments: [var name, ..] } when SyntaxFacts.StringValue(name) is { } collection:
                    return collection;
                case CallExpression call:
                    current = call.Expression;
                    break;
                case PropertyAccessExpression access:
                    current = access.Expression;
                    break;
                default:
                    return null;
            }
        }
    }

    private string? ModelName(FileModel file, Expression expression) => _semantics.Evaluate(file, expression) switch
    {
        StringValue text => text.Value,
        SymbolReferenceValue reference => reference.Symbol?.Name,
        MemberAccessValue { Member: "name", Target: SymbolReferenceValue target } => target.Symbol?.Name,
        _ => null,
    };

    // `MongooseModule.forRoot(uri, { autoIndex: false })`, its async factory, or `createConnection`.
    private static bool IsConnectionOption(SyntaxTree tree, Node node)
    {
        for (var current = tree.GetParent(node); current is not null; current = tree.GetParent(current))
        {
            if (current is CallExpression call && SyntaxFacts.LastName(call.Expression) is "forRoot" or "forRootAsync" or "createConnection" or "connect" or "forConnection")
            {
                return true;
            }
        }

        return false;
    }

    private sealed class IndexCollector(string @namespace)
    {
        public string Namespace { get; } = @namespace;

        public List<IndexDefinition> Indexes { get; } = [];

        public HashSet<string> Known { get; } = new(StringComparer.Ordinal);

        public HashSet<string> Arrays { get; } = new(StringComparer.Ordinal);

        public void Add(IndexDefinition index)
        {
            if (!Indexes.Any(existing => existing.Keys.SequenceEqual(index.Keys) && existing.Unique == index.Unique))
            {
                Indexes.Add(index);
            }
        }
    }
}

/// <summary>The indexes the code declares for one collection, the paths its schema declares, and how to declare one more.</summary>
/// <param name="Declaration"><c>ProductSchema</c> (the schema variable), or <c>@index</c> for a Typegoose class.</param>
internal sealed record SchemaIndexes(MongooseSchema Schema, IReadOnlyList<IndexDefinition> Indexes, IReadOnlySet<string> KnownPaths, IReadOnlySet<string> ArrayPaths, string Declaration);
