using Nestor.Nest.Graph;
using Nestor.Nest.Model;

namespace Nestor.Nest.Output;

/// <summary>Finds the resolved dependencies of one provider or controller of one module, by declaration where it is known.</summary>
internal static class InjectableLookup
{
    public static ResolvedInjectable? Find(GraphResult result, NestModule module, string name, string? classPath) =>
        result.Injectables.FirstOrDefault(i =>
            i.UsedBy is null
            && i.Module == module.Name
            && (i.ModulePath is null || i.ModulePath == module.Location.Path)
            && i.Name == name
            && (classPath is null || i.Location.Path == classPath));
}
