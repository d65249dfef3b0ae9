namespace Nestor.Rules.Engine;

/// <summary>Every built-in rule, sorted by id; and lookups by name or id.</summary>
public sealed class RuleCatalog
{
    private readonly Dictionary<string, RuleDescriptor> _byKey;

    public RuleCatalog(IEnumerable<Rule> rules)
    {
        Rules = rules.OrderBy(rule => rule.Descriptor.Id, StringComparer.Ordinal).ToList();
        Descriptors = EngineDiagnostics.All.Concat(Rules.Select(rule => rule.Descriptor)).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        _byKey = new Dictionary<string, RuleDescriptor>(StringComparer.OrdinalIgnoreCase);
        foreach (var descriptor in Descriptors)
        {
            if (!_byKey.TryAdd(descriptor.Id, descriptor) || !_byKey.TryAdd(descriptor.Name, descriptor))
            {
                throw new InvalidOperationException($"Rule id or name used twice: {descriptor.Id} {descriptor.Name}.");
            }
        }
    }

    /// <summary>The built-in catalogue.</summary>
    public static RuleCatalog BuiltIn { get; } = new(AllRules());

    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>The rules' descriptors and the engine's own, sorted by id.</summary>
    public IReadOnlyList<RuleDescriptor> Descriptors { get; }

    public RuleDescriptor? Find(string nameOrId) => _byKey.GetValueOrDefault(nameOrId.Trim());

    // Listed, not found by reflection, so that a trimmed or native build keeps every rule; a test checks that
    // every rule class of the assembly is here.
    private static Rule[] AllRules() =>
    [
        new Api.BodyWithoutDto(),
        new Api.DtoPropertyWithoutValidation(),
        new Api.EntityReturnedFromController(),
        new Api.ValidationPipeMissing(),
        new Architecture.ControllerUsesModel(),
        new Async.AsyncBackgroundWithoutCatch(),
        new Async.NoFloatingPromise(),
        new Async.NoMisusedPromise(),
        new DependencyInjection.DuplicateProvider(),
        new DependencyInjection.ErasedDependencyType(),
        new DependencyInjection.ExportNotProvided(),
        new DependencyInjection.MissingInjectable(),
        new DependencyInjection.ModuleCycle(),
        new DependencyInjection.ProviderCycle(),
        new DependencyInjection.SelfInjection(),
        new DependencyInjection.UnknownImport(),
        new DependencyInjection.UnregisteredModel(),
        new DependencyInjection.UnresolvedDependency(),
        new Lifecycle.ListenerWithoutCleanup(),
        new Lifecycle.SubscriptionWithoutCleanup(),
        new Lifecycle.TimerWithoutCleanup(),
        new Mongo.NPlusOneQuery(),
        new Mongo.QueryNotIndexed(),
        new Mongo.UnanchoredRegexQuery(),
        new Project.FileNaming(),
        new Project.ForbidCall(),
        new Project.ForbidImport(),
        new Project.Layers(),
        new Project.RequireDecorator(),
        new Quality.NoConsole(),
        new Quality.NoEmptyCatch(),
        new Quality.NoExplicitAny(),
        new Security.HardcodedSecret(),
        new Security.NosqlInjection(),
        new Security.PermissiveCors(),
        new Security.UnguardedRoute(),
    ];
}
