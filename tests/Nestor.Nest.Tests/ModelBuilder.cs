using Nestor.Nest.Model;
using Nestor.Text;

namespace Nestor.Nest.Tests;

/// <summary>Small helpers to write NestJS models by hand in tests.</summary>
internal static class ModelBuilder
{
    public static SourceLocation At(string path, int line) => new(path, new TextSpan(line * 100, 1), line, 1);

    public static ProviderToken Class(string name) => ProviderToken.ForClass(name);

    public static NestModule Module(string name, string? file = null, int line = 1) => new(name, At(file ?? $"src/{name}.ts", line));

    public static ProviderDefinition Provides(string className, string? file = null, int line = 5) =>
        new(Class(className), ProviderKind.Class, At(file ?? "src/module.ts", line)) { ImplementationClass = className };

    public static ModuleImport Imports(string module, int line = 3) => new(module, At("src/module.ts", line));

    public static ModuleExport Exports(string token, int line = 7) => new(Class(token), At("src/module.ts", line));

    public static InjectableClass Injectable(string name, params Dependency[] dependencies) =>
        new(name, At($"src/{name}.ts", 2), ClassRole.Injectable) { Dependencies = dependencies, EmitsMetadata = true };

    public static Dependency Needs(int index, string className, int line = 10) => new(index, Class(className), At("src/deps.ts", line));

    public static NestProject Project(IEnumerable<NestModule> modules, params InjectableClass[] classes) =>
        new("/repo")
        {
            Modules = modules.ToList(),
            Classes = classes.ToDictionary(c => c.Name, StringComparer.Ordinal),
            RootModule = "AppModule",
        };
}
