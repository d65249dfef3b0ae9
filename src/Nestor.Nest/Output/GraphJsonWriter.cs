using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Nestor.Nest.Graph;
using Nestor.Nest.Model;

namespace Nestor.Nest.Output;

/// <summary>
/// The <c>--format json</c> document: modules with their imports, providers (each dependency and
/// where it resolves), controllers and exports; problems; facts; a summary. Stable order, so that
/// two runs on the same code give the same bytes.
/// </summary>
public static class GraphJsonWriter
{
    public static string Write(GraphResult result)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            new Writer(json, result).Document();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private sealed class Writer(Utf8JsonWriter json, GraphResult result)
    {
        private readonly string _root = result.Project.Root;

        public void Document()
        {
            json.WriteStartObject();
            json.WriteString("rootModule", result.Project.RootModule);
            json.WritePropertyName("modules");
            json.WriteStartArray();
            foreach (var module in result.Project.Modules.OrderBy(m => m.Name, StringComparer.Ordinal))
            {
                Module(module);
            }

            json.WriteEndArray();
            json.WritePropertyName("problems");
            json.WriteStartArray();
            foreach (var problem in result.Problems)
            {
                Problem(problem);
            }

            json.WriteEndArray();
            Facts(result.Facts);
            Summary();
            json.WriteEndObject();
        }

        private void Module(NestModule module)
        {
            json.WriteStartObject();
            json.WriteString("name", module.Name);
            Location(module.Location);
            json.WriteBoolean("global", module.IsGlobal);
            json.WritePropertyName("imports");
            json.WriteStartArray();
            foreach (var entry in module.Imports)
            {
                json.WriteStartObject();
                json.WriteString("module", entry.ModuleName);
                json.WriteString("method", entry.DynamicMethod);
                json.WriteBoolean("forwardRef", entry.IsForwardRef);
                json.WriteBoolean("global", entry.IsGlobal);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WritePropertyName("providers");
            json.WriteStartArray();
            foreach (var provider in module.Providers)
            {
                json.WriteStartObject();
                json.WriteString("token", provider.Token.Name);
                json.WriteString("tokenKind", provider.Token.Kind.ToString().ToLowerInvariant());
                json.WriteString("kind", provider.Kind.ToString());
                json.WriteString("class", provider.ImplementationClass);
                Location(provider.Location);
                Dependencies(module, provider.ImplementationClass ?? provider.Token.Name, provider.ImplementationPath);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WritePropertyName("controllers");
            json.WriteStartArray();
            for (var i = 0; i < module.Controllers.Count; i++)
            {
                json.WriteStartObject();
                json.WriteString("name", module.Controllers[i]);
                if (i < module.ControllerLocations.Count)
                {
                    Location(module.ControllerLocations[i]);
                }

                Dependencies(module, module.Controllers[i], module.ControllerPaths.ElementAtOrDefault(i));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WritePropertyName("exports");
            json.WriteStartArray();
            foreach (var export in module.Exports)
            {
                json.WriteStringValue(export.Token.Name);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        private void Dependencies(NestModule module, string name, string? path)
        {
            json.WritePropertyName("dependencies");
            json.WriteStartArray();
            var injectable = InjectableLookup.Find(result, module, name, path);
            foreach (var resolution in injectable?.Dependencies ?? [])
            {
                json.WriteStartObject();
                json.WriteNumber("index", resolution.Dependency.Index);
                json.WriteString("token", resolution.Dependency.ShownName);
                json.WriteBoolean("optional", resolution.Dependency.IsOptional);
                json.WriteString("resolution", resolution.Kind.ToString().ToLowerInvariant());
                json.WriteString("from", resolution.From);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        private void Problem(GraphProblem problem)
        {
            var diagnostic = problem.Diagnostic;
            json.WriteStartObject();
            json.WriteString("code", diagnostic.Code);
            json.WriteString("name", diagnostic.Name);
            json.WriteString("severity", diagnostic.Severity.ToString().ToLowerInvariant());
            json.WriteString("message", diagnostic.Message);
            json.WriteString("help", diagnostic.Help);
            json.WriteString("file", GraphPaths.Relative(_root, diagnostic.Path));
            json.WriteNumber("line", problem.Line);
            json.WriteNumber("column", problem.Column);
            json.WriteString("module", problem.Module);
            json.WriteString("provider", problem.Provider);
            json.WriteString("dependency", problem.Dependency);
            if (problem.Index is { } index)
            {
                json.WriteNumber("index", index);
            }
            else
            {
                json.WriteNull("index");
            }

            json.WriteEndObject();
        }

        private void Facts(GraphFacts facts)
        {
            json.WritePropertyName("facts");
            json.WriteStartObject();
            FactList("unusedProviders", facts.UnusedProviders);
            FactList("unusedExports", facts.UnusedExports);
            json.WritePropertyName("orphanModules");
            json.WriteStartArray();
            foreach (var name in facts.OrphanModules)
            {
                json.WriteStringValue(name);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        private void FactList(string name, IReadOnlyList<ProviderFact> facts)
        {
            json.WritePropertyName(name);
            json.WriteStartArray();
            foreach (var fact in facts)
            {
                json.WriteStartObject();
                json.WriteString("module", fact.Module);
                json.WriteString("token", fact.Token);
                Location(fact.Location);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        private void Summary()
        {
            var modules = result.Project.Modules;
            json.WritePropertyName("summary");
            json.WriteStartObject();
            json.WriteNumber("modules", modules.Count);
            json.WriteNumber("providers", modules.Sum(m => m.Providers.Count));
            json.WriteNumber("controllers", modules.Sum(m => m.Controllers.Count));
            json.WriteNumber("problems", result.Problems.Count);
            json.WriteNumber("errors", result.Problems.Count(p => p.Diagnostic.Severity == Text.DiagnosticSeverity.Error));
            json.WriteNumber("warnings", result.Problems.Count(p => p.Diagnostic.Severity == Text.DiagnosticSeverity.Warning));
            json.WriteEndObject();
        }

        private void Location(SourceLocation location)
        {
            json.WriteString("file", GraphPaths.Relative(_root, location.Path));
            json.WriteNumber("line", location.Line);
        }
    }
}
