namespace Nestor.Nest.Model;

/// <summary>What kind of value identifies a provider in Nest's container.</summary>
public enum TokenKind
{
    /// <summary>A class, identified by its name.</summary>
    Class,

    /// <summary>A string token: <c>@Inject('CONFIG')</c>, <c>{ provide: 'CONFIG' }</c>.</summary>
    String,

    /// <summary>A symbol token, identified by the constant that holds it.</summary>
    Symbol,

    /// <summary>A Mongoose model token (<c>getModelToken(Name)</c> is the string <c>NameModel</c>).</summary>
    Model,

    /// <summary>A Mongoose connection token (<c>getConnectionToken(name)</c>).</summary>
    Connection,

    /// <summary>A token whose value the model could not work out; never reported as missing.</summary>
    Unknown,
}

/// <summary>
/// A DI token. Model and connection tokens are strings at run time, so they compare equal to the
/// string token of the same value: <c>@Inject('CatModel')</c> and <c>@InjectModel(Cat.name)</c> meet.
/// </summary>
public readonly record struct ProviderToken(TokenKind Kind, string Value)
{
    public static ProviderToken ForClass(string name) => new(TokenKind.Class, name);

    public static ProviderToken ForString(string value) => new(TokenKind.String, value);

    public static ProviderToken ForSymbol(string description) => new(TokenKind.Symbol, description);

    /// <summary>The token of <c>@InjectModel(name)</c>, optionally on a named connection.</summary>
    public static ProviderToken ForModel(string modelName, string? connectionName = null) =>
        new(TokenKind.Model, connectionName is null or "" ? modelName + "Model" : $"{connectionName}/{modelName}Model");

    public static ProviderToken ForConnection(string? connectionName = null) =>
        new(TokenKind.Connection, connectionName is null or "" ? "DatabaseConnection" : connectionName + "Connection");

    public static ProviderToken ForUnknown(string text) => new(TokenKind.Unknown, text);

    public bool IsUnknown => Kind == TokenKind.Unknown;

    /// <summary>The name Nest prints for this token as a missing argument: strings in quotes, <c>Symbol(x)</c> for symbols.</summary>
    public string DisplayName => Kind switch
    {
        TokenKind.Symbol => $"Symbol({Value})",
        TokenKind.String or TokenKind.Model or TokenKind.Connection => $"\"{Value}\"",
        TokenKind.Unknown => Value[(Value.LastIndexOf('#') + 1)..],
        _ => Value,
    };

    /// <summary>The name Nest prints for a provider registered under this token: the bare value.</summary>
    public string Name => Kind switch
    {
        TokenKind.Symbol => $"Symbol({Value})",
        TokenKind.Unknown => Value[(Value.LastIndexOf('#') + 1)..],
        _ => Value,
    };

    /// <summary>The model name of a model token (<c>CatModel</c> gives <c>Cat</c>), else null.</summary>
    public string? ModelName => Kind == TokenKind.Model ? Value[(Value.LastIndexOf('/') + 1)..^"Model".Length] : null;

    public bool Equals(ProviderToken other) => RuntimeKind(Kind) == RuntimeKind(other.Kind) && string.Equals(Value, other.Value, StringComparison.Ordinal);

    public override int GetHashCode() => HashCode.Combine(RuntimeKind(Kind), Value);

    public override string ToString() => DisplayName;

    private static TokenKind RuntimeKind(TokenKind kind) => kind is TokenKind.Model or TokenKind.Connection ? TokenKind.String : kind;
}
