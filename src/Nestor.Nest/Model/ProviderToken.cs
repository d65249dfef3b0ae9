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

    /// <summary>The token of a class exported by the package <paramref name="package"/> (<c>ConfigService</c> of <c>@nestjs/config</c>).</summary>
    public static ProviderToken ForPackageClass(string name, string package) => new(TokenKind.Class, name) { Package = package };

    /// <summary>The token of a class declared in <paramref name="declaration"/> (null when the declaring file is not known).</summary>
    public static ProviderToken ForClass(string name, string? declaration) => new(TokenKind.Class, name) { Declaration = declaration };

    public static ProviderToken ForString(string value) => new(TokenKind.String, value);

    public static ProviderToken ForSymbol(string description) => new(TokenKind.Symbol, description);

    /// <summary>The token of <c>Symbol('x')</c> held by a constant declared in <paramref name="declaration"/>.</summary>
    public static ProviderToken ForSymbol(string description, string? declaration) => new(TokenKind.Symbol, description) { Declaration = declaration };

    /// <summary>
    /// Compares tokens as Nest does: a class token is the class itself and a <c>Symbol()</c> is the
    /// constant that holds it, so two such tokens of the same name are different when both
    /// declarations are known and differ. When either side's declaration is unknown, the name decides.
    /// </summary>
    public static IEqualityComparer<ProviderToken> ByDeclaration { get; } = new DeclarationComparer();

    /// <summary>The token of <c>@InjectModel(name)</c>, optionally on a named connection.</summary>
    public static ProviderToken ForModel(string modelName, string? connectionName = null) =>
        new(TokenKind.Model, connectionName is null or "" ? modelName + "Model" : $"{connectionName}/{modelName}Model");

    public static ProviderToken ForConnection(string? connectionName = null) =>
        new(TokenKind.Connection, connectionName is null or "" ? "DatabaseConnection" : connectionName + "Connection");

    public static ProviderToken ForUnknown(string text) => new(TokenKind.Unknown, text);

    public bool IsUnknown => Kind == TokenKind.Unknown;

    /// <summary>
    /// The file that declares the class (for class tokens) or the constant holding the symbol (for
    /// symbol tokens), when the binder resolved it; null for package classes and unresolved names.
    /// It does not take part in <see cref="Equals(ProviderToken)"/>; see <see cref="ByDeclaration"/>.
    /// </summary>
    public string? Declaration { get; init; }

    /// <summary>The package exporting the class of a class token, when the binder resolved it outside the workspace; null otherwise.</summary>
    public string? Package { get; init; }

    /// <summary>
    /// The same token as Nest sees it: equal by name, and by origin — the declaring file, or the
    /// package — when both origins are known. A package's <c>MailerService</c> is not the project's.
    /// </summary>
    public bool IsSameAs(ProviderToken other)
    {
        if (!Equals(other))
        {
            return false;
        }

        var origin = Declaration ?? Package;
        var otherOrigin = other.Declaration ?? other.Package;
        return origin is null || otherOrigin is null
            || (string.Equals(origin, otherOrigin, StringComparison.Ordinal) && (Declaration is null) == (other.Declaration is null));
    }

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

    private sealed class DeclarationComparer : IEqualityComparer<ProviderToken>
    {
        public bool Equals(ProviderToken x, ProviderToken y) => x.IsSameAs(y);

        // By name only: tokens that may be the same must land in the same bucket.
        public int GetHashCode(ProviderToken obj) => obj.GetHashCode();
    }
}
