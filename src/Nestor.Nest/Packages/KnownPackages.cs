using Nestor.Nest.Model;

namespace Nestor.Nest.Packages;

/// <summary>What a package's module gives the modules that import it.</summary>
/// <param name="Name">The module class: <c>ConfigModule</c>.</param>
/// <param name="Package">The npm package it ships in.</param>
/// <param name="Exports">Tokens every import of the module exports.</param>
/// <param name="AlwaysGlobal">The module (or the core module its <c>forRoot</c> registers) is <c>@Global()</c>.</param>
/// <param name="GlobalOption">The option that makes a dynamic import global (<c>isGlobal</c>, <c>global</c>), if any.</param>
public sealed record KnownModule(string Name, string Package, IReadOnlyList<ProviderToken> Exports, bool AlwaysGlobal = false, string? GlobalOption = null)
{
    /// <summary>Methods whose import makes the module global whatever the options (<c>MongooseModule.forRoot</c>).</summary>
    public IReadOnlyList<string> GlobalMethods { get; init; } = [];
}

/// <summary>
/// The one table of what well-known Nest packages provide, so that a dependency on ConfigService,
/// JwtService or a model token is resolved the way Nest resolves it. Model and queue tokens depend
/// on the call's arguments and are added by the extractor; this table holds what is fixed.
/// </summary>
public static class KnownPackages
{
    /// <summary>Tokens Nest's own core module provides to every module.</summary>
    public static readonly IReadOnlyList<ProviderToken> FrameworkTokens =
    [
        ProviderToken.ForClass("Reflector"),
        ProviderToken.ForClass("ModuleRef"),
        ProviderToken.ForClass("HttpAdapterHost"),
        ProviderToken.ForClass("LazyModuleLoader"),
        ProviderToken.ForClass("ModulesContainer"),
        ProviderToken.ForClass("ExternalContextCreator"),
        ProviderToken.ForClass("SerializedGraph"),
        ProviderToken.ForString("REQUEST"),
        ProviderToken.ForString("INQUIRER"),
    ];

    public static readonly IReadOnlyList<KnownModule> Modules =
    [
        new("ConfigModule", "@nestjs/config", [Class("ConfigService")], GlobalOption: "isGlobal"),
        new("MongooseModule", "@nestjs/mongoose", []) { GlobalMethods = ["forRoot", "forRootAsync"] },
        new("TypegooseModule", "nestjs-typegoose", []) { GlobalMethods = ["forRoot", "forRootAsync"] },
        new("JwtModule", "@nestjs/jwt", [Class("JwtService")], GlobalOption: "global"),
        new("ThrottlerModule", "@nestjs/throttler", [Class("ThrottlerStorage"), ProviderToken.ForString("THROTTLER:MODULE_OPTIONS")], AlwaysGlobal: true),
        new("CacheModule", "@nestjs/cache-manager", [ProviderToken.ForString("CACHE_MANAGER")], GlobalOption: "isGlobal"),
        new("ScheduleModule", "@nestjs/schedule", [Class("SchedulerRegistry")], AlwaysGlobal: true),
        new("EventEmitterModule", "@nestjs/event-emitter", [Class("EventEmitter2")], AlwaysGlobal: true),
        new("PassportModule", "@nestjs/passport", []),
        new("HttpModule", "@nestjs/axios", [Class("HttpService")], GlobalOption: "global"),
        new("CqrsModule", "@nestjs/cqrs", [Class("CommandBus"), Class("QueryBus"), Class("EventBus"), Class("EventPublisher")]) { GlobalMethods = ["forRoot"] },
        new("TerminusModule", "@nestjs/terminus", [
            Class("HealthCheckService"), Class("HealthIndicatorService"), Class("HttpHealthIndicator"), Class("MongooseHealthIndicator"), Class("MemoryHealthIndicator"),
            Class("DiskHealthIndicator"), Class("PrismaHealthIndicator"), Class("TypeOrmHealthIndicator"), Class("SequelizeHealthIndicator"), Class("MikroOrmHealthIndicator"),
            Class("MicroserviceHealthIndicator"), Class("GRPCHealthIndicator")]),
        new("DiscoveryModule", "@nestjs/core", [Class("DiscoveryService"), Class("MetadataScanner")]),
        new("BullModule", "@nestjs/bull", []) { GlobalMethods = ["forRoot", "forRootAsync"] },
        new("ClientsModule", "@nestjs/microservices", []),
        new("GraphQLModule", "@nestjs/graphql", []),
        new("ServeStaticModule", "@nestjs/serve-static", []),
        new("MulterModule", "@nestjs/platform-express", []),
        new("I18nModule", "nestjs-i18n", [Class("I18nService")], AlwaysGlobal: true),
        new("LoggerModule", "nestjs-pino", [Class("PinoLogger"), Class("Logger")], AlwaysGlobal: true),
        new("PrometheusModule", "@willsoto/nestjs-prometheus", []),
    ];

    private static readonly Dictionary<string, KnownModule> ByName = Modules.ToDictionary(m => m.Name, StringComparer.Ordinal);

    public static KnownModule? Find(string moduleName) => ByName.GetValueOrDefault(moduleName);

    /// <summary>The known modules shipped by <paramref name="package"/>.</summary>
    public static IEnumerable<KnownModule> FromPackage(string package) => Modules.Where(m => string.Equals(m.Package, package, StringComparison.Ordinal));

    /// <summary>
    /// Parameter decorators from packages that inject a fixed token: <c>@InjectConnection()</c>,
    /// <c>@InjectRedis()</c>... Model and queue decorators take their token from the argument instead.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, ProviderToken> TokenDecorators = new Dictionary<string, ProviderToken>(StringComparer.Ordinal)
    {
        ["InjectConnection"] = ProviderToken.ForConnection(),
        ["InjectThrottlerOptions"] = ProviderToken.ForString("THROTTLER:MODULE_OPTIONS"),
        ["InjectThrottlerStorage"] = ProviderToken.ForClass("ThrottlerStorage"),
    };

    private static ProviderToken Class(string name) => ProviderToken.ForClass(name);
}
