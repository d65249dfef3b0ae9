using Nestor.Nest.Model;

namespace Nestor.Rules.Security;

/// <summary>Which classes Nest actually serves: a controller no module lists has no routes at run time.</summary>
internal sealed class RouteFacts
{
    private readonly HashSet<string>? _served;

    public RouteFacts(NestProject nest)
    {
        var modules = nest.Modules.Where(module => !module.IsPackage).ToList();
        if (modules.Count == 0 || modules.Any(module => module.HasOpaqueMetadata))
        {
            // Module metadata this cannot read may list any class: every class counts as served.
            return;
        }

        _served = new HashSet<string>(StringComparer.Ordinal);
        foreach (var module in modules)
        {
            _served.UnionWith(module.Controllers);
            foreach (var provider in module.Providers)
            {
                // Resolvers and gateways are providers.
                _served.Add(provider.Token.Value);
                if (provider.ImplementationClass is { } implementation)
                {
                    _served.Add(implementation);
                }
            }
        }
    }

    public bool IsServed(string className) => _served is null || _served.Contains(className);
}
