namespace Nestor.Nest.Model;

/// <summary>The NestJS model of one project: modules, the classes they wire together and the bootstrap.</summary>
public sealed record NestProject(string Root)
{
    public IReadOnlyList<NestModule> Modules { get; init; } = [];

    /// <summary>Every class Nest may instantiate, by name. Same-named classes keep the first seen.</summary>
    public IReadOnlyDictionary<string, InjectableClass> Classes { get; init; } = new Dictionary<string, InjectableClass>(StringComparer.Ordinal);

    /// <summary>The module given to <c>NestFactory.create</c>, when main.ts was found.</summary>
    public string? RootModule { get; init; }

    /// <summary>Every module some bootstrap creates an application from (server, seed scripts, workers).</summary>
    public IReadOnlyList<string> EntryModules { get; init; } = [];

    /// <summary>What main.ts does with the application: prefix, versioning, global enhancers, CORS.</summary>
    public Bootstrap? Bootstrap { get; init; }

    public IReadOnlyList<Routes.Route> Routes { get; init; } = [];

    public IReadOnlyList<Mongoose.MongooseSchema> Schemas { get; init; } = [];

    public IReadOnlyList<Mongoose.QuerySite> QuerySites { get; init; } = [];

    public NestModule? FindModule(string name) => Modules.FirstOrDefault(m => m.Name == name);
}
