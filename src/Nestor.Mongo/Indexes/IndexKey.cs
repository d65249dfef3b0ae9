namespace Nestor.Mongo.Indexes;

/// <summary>How one field of an index key pattern is indexed.</summary>
public enum IndexKeyKind
{
    Ascending,
    Descending,
    Text,
    Hashed,
    TwoDSphere,
    TwoD,
    Wildcard,
}

/// <summary>One field of an index key pattern, in key order: <c>{ status: 1 }</c> is ("status", Ascending).</summary>
public sealed record IndexKey(string Path, IndexKeyKind Kind)
{
    /// <summary>1 or -1 for ordered keys; 0 for the special kinds (text, hashed, geo, wildcard).</summary>
    public int Direction => Kind switch
    {
        IndexKeyKind.Ascending => 1,
        IndexKeyKind.Descending => -1,
        _ => 0,
    };

    /// <summary>True for ascending and descending keys: the only ones that give order for a sort or a range.</summary>
    public bool IsOrdered => Kind is IndexKeyKind.Ascending or IndexKeyKind.Descending;

    /// <summary>The value as mongosh writes it: <c>1</c>, <c>-1</c>, <c>"text"</c>, <c>"hashed"</c>, <c>"2dsphere"</c>, <c>"2d"</c>.</summary>
    public string ValueText => Kind switch
    {
        IndexKeyKind.Ascending => "1",
        IndexKeyKind.Descending => "-1",
        IndexKeyKind.Text => "\"text\"",
        IndexKeyKind.Hashed => "\"hashed\"",
        IndexKeyKind.TwoDSphere => "\"2dsphere\"",
        IndexKeyKind.TwoD => "\"2d\"",
        IndexKeyKind.Wildcard => "1",
        _ => "1",
    };

    /// <summary>The part of a default index name that this key contributes: <c>status_1</c>, <c>loc_2dsphere</c>.</summary>
    public string NamePart => Kind switch
    {
        IndexKeyKind.Ascending or IndexKeyKind.Wildcard => $"{Path}_1",
        IndexKeyKind.Descending => $"{Path}_-1",
        IndexKeyKind.Text => $"{Path}_text",
        IndexKeyKind.Hashed => $"{Path}_hashed",
        IndexKeyKind.TwoDSphere => $"{Path}_2dsphere",
        IndexKeyKind.TwoD => $"{Path}_2d",
        _ => Path,
    };

    public static IndexKey Ascending(string path) => new(path, IndexKeyKind.Ascending);

    public static IndexKey Descending(string path) => new(path, IndexKeyKind.Descending);

    /// <summary>An ordered key from a sort or key-pattern direction (negative means descending).</summary>
    public static IndexKey Ordered(string path, int direction) =>
        new(path, direction < 0 ? IndexKeyKind.Descending : IndexKeyKind.Ascending);

    public override string ToString() => $"{Path}: {ValueText}";
}
