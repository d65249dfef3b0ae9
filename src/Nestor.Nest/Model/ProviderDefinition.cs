namespace Nestor.Nest.Model;

/// <summary>How a provider's value is made.</summary>
public enum ProviderKind
{
    /// <summary>A bare class in <c>providers: [Service]</c>.</summary>
    Class,

    /// <summary><c>{ provide, useClass }</c>.</summary>
    UseClass,

    /// <summary><c>{ provide, useValue }</c>: no dependencies.</summary>
    UseValue,

    /// <summary><c>{ provide, useFactory, inject }</c>.</summary>
    UseFactory,

    /// <summary><c>{ provide, useExisting }</c>: an alias to another token.</summary>
    UseExisting,

    /// <summary>Provided by a package's module (ConfigService by ConfigModule, model tokens by forFeature).</summary>
    Package,
}

/// <summary>One entry of a module's <c>providers</c>.</summary>
public sealed record ProviderDefinition(ProviderToken Token, ProviderKind Kind, SourceLocation Location)
{
    /// <summary>The class Nest instantiates (bare class or useClass), if any.</summary>
    public string? ImplementationClass { get; init; }

    /// <summary>The file declaring <see cref="ImplementationClass"/>, when the binder resolved it to a workspace class.</summary>
    public string? ImplementationPath { get; init; }

    /// <summary>The factory's <c>inject</c> entries, in order.</summary>
    public IReadOnlyList<Dependency> FactoryDependencies { get; init; } = [];

    /// <summary>The aliased token of <c>useExisting</c>.</summary>
    public ProviderToken? ExistingToken { get; init; }

    /// <summary>An <c>APP_GUARD</c>/<c>APP_PIPE</c>/<c>APP_INTERCEPTOR</c>/<c>APP_FILTER</c> provider: used by Nest itself.</summary>
    public bool IsAppEnhancer => Token.Kind == TokenKind.String && Token.Value is "APP_GUARD" or "APP_PIPE" or "APP_INTERCEPTOR" or "APP_FILTER";
}
