using Nestor.Mongo.Indexes;
using Nestor.Nest.Model;
using Nestor.Nest.Mongoose;
using Nestor.Semantics;
using Nestor.Syntax;

namespace Nestor.Nest.Extraction;

/// <summary>
/// Reads Mongoose schemas in their three styles — <c>@Schema()</c> classes, <c>new Schema({...})</c>
/// and Typegoose classes — with field options, <c>schema.index()</c> calls and schema options.
/// </summary>
internal sealed class SchemaReader(SemanticModel model)
{
    /// <summary>Schemas declared by classes: <c>@Schema()</c> (Nest) or <c>@modelOptions</c>/<c>@prop</c> (Typegoose).</summary>
    public MongooseSchema? ReadClass(ClassSymbol symbol, FileModel file)
    {
        var nest = symbol.FindDecorator("Schema");
        var typegoose = symbol.Members.Any(m => m.Decorators.Any(d => d.Name == "prop")) || symbol.FindDecorator("modelOptions") is not null;
        if (nest is null && !typegoose)
        {
            return null;
        }

        var options = nest is not null ? nest.Argument(0) : Values.Property(symbol.FindDecorator("modelOptions")?.Argument(0), "schemaOptions");
        var fields = new List<SchemaField>();
        foreach (var member in symbol.Members.Where(m => m.Kind == ClassMemberKind.Property))
        {
            var prop = member.Decorators.FirstOrDefault(d => d.Name is "Prop" or "prop");
            if (prop is null)
            {
                continue;
            }

            fields.Add(Field(member.Name, SourceLocation.From(file.Text, member.NameSpan), prop.Argument(0), member.Type));
        }

        var schema = new MongooseSchema(symbol.Name, nest is not null ? SchemaStyle.NestDecorators : SchemaStyle.Typegoose, SourceLocation.From(file.Text, symbol.NameSpan))
        {
            ModelName = symbol.Name,
            ExplicitCollection = Values.String(Values.Property(options, "collection")),
            Timestamps = Values.Property(options, "timestamps") is BooleanValue { Value: true } or ObjectValue,
            AutoIndex = Values.Boolean(Values.Property(options, "autoIndex")),
            Fields = fields,
        };
        var typegooseIndexes = symbol.Decorators.Where(d => d.Name == "index").Select(d => (Keys: d.Argument(0), Options: d.Argument(1)));
        return schema with { Indexes = FieldIndexes(schema).Concat(typegooseIndexes.Select(i => Index(schema, i.Keys, i.Options)).OfType<IndexDefinition>()).ToList() };
    }

    /// <summary><c>const UserSchema = new Schema({...}, {...})</c> declared at module level.</summary>
    public MongooseSchema? ReadConstructed(VariableSymbol variable, FileModel file)
    {
        if (variable.Initializer is null || ExpressionWrappers.StripWithAwait(variable.Initializer) is not NewExpression { Arguments.Count: > 0 } created
            || created.Expression is not (Identifier { Text: "Schema" } or PropertyAccessExpression { Name: Identifier { Text: "Schema" } }))
        {
            return null;
        }

        var definition = model.Evaluate(file, created.Arguments[0]);
        var options = created.Arguments.Count > 1 ? model.Evaluate(file, created.Arguments[1]) : null;
        var fields = new List<SchemaField>();
        if (definition is ObjectValue obj)
        {
            foreach (var property in obj.Properties.Where(p => p.Key is not null))
            {
                var spec = property.Value is ObjectValue ? property.Value : new ObjectValue([new ObjectProperty("type", property.Value, property.Span)], property.Span);
                fields.Add(Field(property.Key!, SourceLocation.From(file.Text, property.Span), spec, null));
            }
        }

        var schema = new MongooseSchema(variable.Name, SchemaStyle.SchemaConstructor, SourceLocation.From(file.Text, variable.NameSpan))
        {
            ModelName = variable.Name.EndsWith("Schema", StringComparison.Ordinal) && variable.Name.Length > 6 ? variable.Name[..^6] : variable.Name,
            ExplicitCollection = Values.String(Values.Property(options, "collection")),
            Timestamps = Values.Property(options, "timestamps") is BooleanValue { Value: true } or ObjectValue,
            AutoIndex = Values.Boolean(Values.Property(options, "autoIndex")),
            Fields = fields,
        };
        return schema with { Indexes = FieldIndexes(schema).ToList() };
    }

    private SchemaField Field(string name, SourceLocation location, ConstantValue? options, DeclaredType? declared)
    {
        var type = Values.Property(options, "type");
        var isArray = declared?.IsArray == true || type is ArrayValue;
        var elementType = type is ArrayValue array ? array.Items.FirstOrDefault() : type;
        var element = elementType is ObjectValue nested ? nested : null;
        var typeName = Values.ReferenceName(element?["type"] ?? elementType) ?? declared?.Text;
        var reference = Ref(Values.Property(options, "ref") ?? element?["ref"]);
        // The class the type refers to, as the binder resolved it where it is used: never another class of the same name.
        var subdocument = elementType is SymbolReferenceValue { Symbol: ClassSymbol cls } && cls.FindDecorator("Schema") is not null ? cls.Name : null;
        if (subdocument is null && declared?.Target is ClassSymbol declaredClass && declaredClass.FindDecorator("Schema") is not null)
        {
            subdocument = declaredClass.Name;
        }

        var index = Values.Property(options, "index");
        return new SchemaField(name, location)
        {
            Type = typeName,
            IsArray = isArray,
            Required = Values.Property(options, "required") is BooleanValue { Value: true } or ArrayValue or SymbolReferenceValue or ArrowFunctionValue,
            Index = index is BooleanValue { Value: true } or StringValue or NumberValue,
            Unique = Values.Property(options, "unique") is BooleanValue { Value: true } or ArrayValue,
            Sparse = Values.Boolean(Values.Property(options, "sparse")) == true,
            Select = Values.Boolean(Values.Property(options, "select")),
            Ref = reference,
            Default = Values.Property(options, "default")?.ToString(),
            EnumValues = EnumValues(Values.Property(options, "enum")),
            Subdocument = subdocument,
        };
    }

    private static string? Ref(ConstantValue? value) => value switch
    {
        StringValue text => text.Value,
        SymbolReferenceValue reference => Values.ReferenceName(reference),
        ArrowFunctionValue arrow => Ref(arrow.Body),
        _ => null,
    };

    private static IReadOnlyList<string> EnumValues(ConstantValue? value) => value switch
    {
        ArrayValue list => list.Items.Select(i => i switch { StringValue s => s.Value, NumberValue n => n.ToString(), _ => null }).OfType<string>().ToList(),
        SymbolReferenceValue { Symbol: EnumSymbol enumeration } => enumeration.Members.Values.Select(v => v is StringValue s ? s.Value : v.ToString()).ToList(),
        ObjectValue { } obj when obj["values"] is ArrayValue values => EnumValues(values),
        _ => [],
    };

    private static IEnumerable<IndexDefinition> FieldIndexes(MongooseSchema schema)
    {
        foreach (var field in schema.Fields.Where(f => f.Index || f.Unique))
        {
            var keys = new[] { IndexKey.Ascending(field.Name) };
            yield return new IndexDefinition(Namespace(schema), IndexDefinition.DefaultName(keys), keys) { Unique = field.Unique, Sparse = field.Sparse };
        }
    }

    /// <summary>An index from a key pattern and options (<c>schema.index({ a: 1 }, { unique: true })</c>).</summary>
    public static IndexDefinition? Index(MongooseSchema schema, ConstantValue? keys, ConstantValue? options)
    {
        if (keys is not ObjectValue pattern || pattern.Properties.Count == 0)
        {
            return null;
        }

        var list = new List<IndexKey>();
        foreach (var property in pattern.Properties)
        {
            if (property.Key is null)
            {
                return null;
            }

            list.Add(property.Value switch
            {
                NumberValue { Value: < 0 } => IndexKey.Descending(property.Key),
                StringValue { Value: "text" } => new IndexKey(property.Key, IndexKeyKind.Text),
                StringValue { Value: "hashed" } => new IndexKey(property.Key, IndexKeyKind.Hashed),
                StringValue { Value: "2dsphere" } => new IndexKey(property.Key, IndexKeyKind.TwoDSphere),
                StringValue { Value: "2d" } => new IndexKey(property.Key, IndexKeyKind.TwoD),
                _ => IndexKey.Ascending(property.Key),
            });
        }

        return new IndexDefinition(Namespace(schema), Values.String(Values.Property(options, "name")) ?? IndexDefinition.DefaultName(list), list)
        {
            Unique = Values.Boolean(Values.Property(options, "unique")) == true,
            Sparse = Values.Boolean(Values.Property(options, "sparse")) == true,
            ExpireAfterSeconds = Values.Property(options, "expireAfterSeconds") is NumberValue ttl ? (long)ttl.Value : null,
            PartialFilterExpression = Values.Property(options, "partialFilterExpression")?.ToString(),
        };
    }

    public static string Namespace(MongooseSchema schema) => "?." + schema.Collection;
}
