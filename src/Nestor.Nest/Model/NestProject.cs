namespace Nestor.Nest.Model;

/// <summary>The NestJS model of one project: modules, the classes they wire together and the bootstrap.</summary>
public sealed record NestProject(string Root)
{
    private readonly IReadOnlyList<InjectableClass>? _allClasses;

    public IReadOnlyList<NestModule> Modules { get; init; } = [];

    /// <summary>Every class Nest may instantiate, by name. Same-named classes keep the first seen; <see cref="AllClasses"/> has them all.</summary>
    public IReadOnlyDictionary<string, InjectableClass> Classes { get; init; } = new Dictionary<string, InjectableClass>(StringComparer.Ordinal);

    /// <summary>Every class Nest may instantiate, same-named ones included, by file then position.</summary>
    public IReadOnlyList<InjectableClass> AllClasses
    {
        get => _allClasses ?? Classes.Values.ToList();
        init => _allClasses = value;
    }

    /// <summary>The module given to <c>NestFactory.create</c>, when main.ts was found.</summary>
    public string? RootModule { get; init; }

    /// <summary>The file declaring <see cref="RootModule"/>, when known.</summary>
    public string? RootModulePath { get; init; }

    /// <summary>Every module some bootstrap creates an application from (server, seed scripts, workers).</summary>
    public IReadOnlyList<string> EntryModules { get; init; } = [];

    /// <summary>The declarations of the entry modules the binder resolved (a monorepo has one <c>AppModule</c> per app).</summary>
    public IReadOnlyList<ClassId> EntryModuleIds { get; init; } = [];

    /// <summary>What main.ts does with the application: prefix, versioning, global enhancers, CORS.</summary>
    public Bootstrap? Bootstrap { get; init; }

    public IReadOnlyList<Routes.Route> Routes { get; init; } = [];

    public IReadOnlyList<Mongoose.MongooseSchema> Schemas { get; init; } = [];

    public IReadOnlyList<Mongoose.QuerySite> QuerySites { get; init; } = [];

    public NestModule? FindModule(string name) => Modules.FirstOrDefault(m => m.Name == name);

    /// <summary>
    /// The module <paramref name="name"/> declared in <paramref name="path"/>; with no path, the first
    /// module of that name. A path that declares no such module gives null, never a namesake.
    /// </summary>
    public NestModule? FindModule(string name, string? path)
    {
        if (path is null)
        {
            return FindModule(name);
        }

        return Modules.FirstOrDefault(m => m.Id == new ClassId(path, name));
    }

    /// <summary>The class <paramref name="name"/> declared in <paramref name="path"/>; with no path, the first class of that name.</summary>
    public InjectableClass? FindClass(string name, string? path)
    {
        if (path is null)
        {
            return Classes.GetValueOrDefault(name);
        }

        return AllClasses.FirstOrDefault(c => c.Id == new ClassId(path, name));
    }
}
