using Nestor.Nest.Graph;
using Nestor.Nest.Model;
using Nestor.Nest.Output;
using static Nestor.Nest.Tests.ModelBuilder;

namespace Nestor.Nest.Tests.Output;

public sealed class GraphOutputTests
{
    private static GraphResult Sample()
    {
        var app = Module("AppModule", "/repo/src/app.module.ts", 6) with
        {
            Imports = [new ModuleImport("UsersModule", At("/repo/src/app.module.ts", 7)), new ModuleImport("ReportsModule", At("/repo/src/app.module.ts", 7)) { IsForwardRef = true }],
        };
        var users = Module("UsersModule", "/repo/src/users/users.module.ts", 9) with
        {
            Providers = [Provides("UsersService", "/repo/src/users/users.module.ts", 10)],
            Controllers = ["UsersController"],
            ControllerLocations = [At("/repo/src/users/users.module.ts", 11)],
            Exports = [new ModuleExport(Class("UsersService"), At("/repo/src/users/users.module.ts", 12))],
        };
        var reports = Module("ReportsModule", "/repo/src/reports/reports.module.ts", 4) with
        {
            Providers = [Provides("ReportsService", "/repo/src/reports/reports.module.ts", 5)],
        };
        var project = new NestProject("/repo")
        {
            Modules = [app, users, reports],
            Classes = new Dictionary<string, InjectableClass>
            {
                ["UsersService"] = Injectable("UsersService", Needs(0, "Reflector")),
                ["UsersController"] = Injectable("UsersController", Needs(0, "UsersService")) with { Role = ClassRole.Controller },
                ["ReportsService"] = Injectable("ReportsService", new Dependency(0, Class("UsersService"), At("/repo/src/reports/reports.service.ts", 6))),
            },
            RootModule = "AppModule",
        };
        return GraphAnalyzer.Analyze(project);
    }

    [Fact]
    public void Text_lists_modules_problems_and_a_summary()
    {
        Assert.Equal(
            """
            AppModule (src/app.module.ts:6)
              imports: UsersModule, forwardRef(ReportsModule)

            ReportsModule (src/reports/reports.module.ts:4)
              providers:
                ReportsService
                  <- UsersService (UNRESOLVED)

            UsersModule (src/users/users.module.ts:9)
              providers:
                UsersService
                  <- Reflector (Nest core)
              controllers:
                UsersController
                  <- UsersService (own)
              exports: UsersService

            problems:
              src/reports/reports.service.ts:6:1 error NST3001 Nest can't resolve dependencies of the ReportsService (?). Please make sure that the argument UsersService at index [0] is available in the ReportsModule module.
                help: Import UsersModule (which exports UsersService) in ReportsModule.

            unused providers:
              ReportsService in ReportsModule (src/reports/reports.module.ts:5)
            unused exports:
              UsersService of UsersModule (src/users/users.module.ts:12)
            3 modules, 2 providers, 1 controllers; 1 problems (1 errors, 0 warnings)

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            GraphOutput.Render(Sample(), GraphFormat.Text));
    }

    [Fact]
    public void Json_names_the_failing_provider_dependency_index_and_module()
    {
        var json = System.Text.Json.JsonDocument.Parse(GraphOutput.Render(Sample(), GraphFormat.Json)).RootElement;

        var problem = Assert.Single(json.GetProperty("problems").EnumerateArray());
        Assert.Equal(
            ("NST3001", "unresolved-dependency", "error", "src/reports/reports.service.ts", 6, "ReportsModule", "ReportsService", "UsersService", 0),
            (problem.GetProperty("code").GetString(), problem.GetProperty("name").GetString(), problem.GetProperty("severity").GetString(),
             problem.GetProperty("file").GetString(), problem.GetProperty("line").GetInt32(), problem.GetProperty("module").GetString(),
             problem.GetProperty("provider").GetString(), problem.GetProperty("dependency").GetString(), problem.GetProperty("index").GetInt32()));
        var users = json.GetProperty("modules").EnumerateArray().Single(m => m.GetProperty("name").GetString() == "UsersModule");
        var dependency = users.GetProperty("controllers")[0].GetProperty("dependencies")[0];
        Assert.Equal(("UsersService", "own", "UsersModule"), (dependency.GetProperty("token").GetString(), dependency.GetProperty("resolution").GetString(), dependency.GetProperty("from").GetString()));
        Assert.Equal(1, json.GetProperty("summary").GetProperty("errors").GetInt32());
        Assert.Equal(["ReportsService"], json.GetProperty("facts").GetProperty("unusedProviders").EnumerateArray().Select(f => f.GetProperty("token").GetString()));
    }

    [Fact]
    public void Json_is_stable_across_runs() =>
        Assert.Equal(GraphOutput.Render(Sample(), GraphFormat.Json), GraphOutput.Render(Sample(), GraphFormat.Json));

    [Fact]
    public void Mermaid_draws_modules_imports_and_dependencies()
    {
        Assert.Equal(
            """
            flowchart LR
              subgraph m0["AppModule"]
              end
              subgraph m1["ReportsModule"]
                p2["ReportsService"]
              end
              subgraph m3["UsersModule"]
                p4["UsersService"]
                p5[["UsersController"]]
              end
              m0 --> m3
              m0 -.->|forwardRef| m1
              missing0["UsersService ?"]:::missing
              p2 -.-> missing0
              p5 --> p4
              classDef missing fill:#fdd,stroke:#c00,color:#900

            """.Replace("\r\n", "\n", StringComparison.Ordinal),
            GraphOutput.Render(Sample(), GraphFormat.Mermaid));
    }

    [Fact]
    public void Dot_draws_clusters_and_marks_missing_dependencies_in_red()
    {
        var dot = GraphOutput.Render(Sample(), GraphFormat.Dot);

        Assert.StartsWith("digraph nest {\n  rankdir=LR;\n", dot, StringComparison.Ordinal);
        Assert.Contains("  subgraph cluster_m3 {\n    label=\"UsersModule\";\n    m3 [shape=point, style=invis];\n    p4 [label=\"UsersService\"];\n    p5 [label=\"UsersController\", shape=component];\n  }\n", dot, StringComparison.Ordinal);
        Assert.Contains("  m0 -> m1 [ltail=cluster_m0, lhead=cluster_m1, style=dashed, label=\"forwardRef\"];\n", dot, StringComparison.Ordinal);
        Assert.Contains("  missing0 [label=\"UsersService ?\", color=red, fontcolor=red];\n  p2 -> missing0 [color=red, style=dashed];\n", dot, StringComparison.Ordinal);
        Assert.Contains("  p5 -> p4;\n", dot, StringComparison.Ordinal);
        Assert.EndsWith("}\n", dot, StringComparison.Ordinal);
    }
}
