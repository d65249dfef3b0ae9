using Nestor.Mongo.Indexes;
using Nestor.Nest.Model;

namespace Nestor.Nest.Mongoose;

/// <summary>How a schema was written.</summary>
public enum SchemaStyle
{
    /// <summary><c>@Schema()</c> class with <c>@Prop()</c> fields and <c>SchemaFactory.createForClass</c>.</summary>
    NestDecorators,

    /// <summary><c>new Schema({ ... })</c>.</summary>
    SchemaConstructor,

    /// <summary>Typegoose: <c>@prop()</c>, <c>@modelOptions()</c>, <c>@index()</c>.</summary>
    Typegoose,
}

/// <summary>One field of a schema, with the options that matter for queries and indexes.</summary>
public sealed record SchemaField(string Name, SourceLocation Location)
{
    /// <summary>The type as written (<c>String</c>, <c>Types.ObjectId</c>, the TypeScript type).</summary>
    public string? Type { get; init; }

    public bool IsArray { get; init; }

    public bool Required { get; init; }

    public bool Index { get; init; }

    public bool Unique { get; init; }

    public bool Sparse { get; init; }

    /// <summary><c>select: false</c> hides the field from queries unless asked for.</summary>
    public bool? Select { get; init; }

    /// <summary>The model name given by <c>ref</c>.</summary>
    public string? Ref { get; init; }

    /// <summary>The default value as written.</summary>
    public string? Default { get; init; }

    public IReadOnlyList<string> EnumValues { get; init; } = [];

    /// <summary>The field holds a subdocument (or array of them) of another schema class.</summary>
    public string? Subdocument { get; init; }
}

/// <summary>A Mongoose schema: its class or variable, the model it is registered as, its collection, fields and indexes.</summary>
public sealed record MongooseSchema(string Name, SchemaStyle Style, SourceLocation Location)
{
    /// <summary>
    /// The module-level variable that holds the schema object (<c>CatSchema</c> in
    /// <c>export const CatSchema = SchemaFactory.createForClass(Cat)</c>, the variable itself for <c>new Schema(...)</c>):
    /// where <c>CatSchema.index(...)</c> is written. Null when none does (Typegoose).
    /// </summary>
    public string? Variable { get; init; }

    /// <summary>The model name (<c>Cat.name</c> gives <c>Cat</c>).</summary>
    public string ModelName { get; init; } = "";

    /// <summary>The <c>collection</c> option, when given.</summary>
    public string? ExplicitCollection { get; init; }

    /// <summary>The collection: the explicit option, else Mongoose's pluralisation of the model name.</summary>
    public string Collection => ExplicitCollection ?? Pluralizer.Pluralize(ModelName);

    public bool Timestamps { get; init; }

    /// <summary>The <c>autoIndex</c> option; null when not given (Mongoose's default is true).</summary>
    public bool? AutoIndex { get; init; }

    public IReadOnlyList<SchemaField> Fields { get; init; } = [];

    /// <summary>Indexes declared by field options and by <c>schema.index(...)</c>, on namespace <c>?.collection</c>.</summary>
    public IReadOnlyList<IndexDefinition> Indexes { get; init; } = [];
}
