using Nestor.Nest.Graph;
using Nestor.Nest.Model;
using Nestor.Text;
using static Nestor.Nest.Tests.ModelBuilder;

namespace Nestor.Nest.Tests.Graph;

public sealed class GraphAnalyzerTests
{
    [Fact]
    public void Resolves_from_own_providers_imports_globals_and_the_core()
    {
        var app = Module("AppModule") with
        {
            Imports = [new ModuleImport("ConfigModule", At("src/app.module.ts", 3)) { DynamicMethod = "forRoot", IsGlobal = true }, Imports("UsersModule")],
            Providers = [Provides("AppService")],
        };
        var users = Module("UsersModule") with { Providers = [Provides("UsersService"), Provides("UsersRepository")], Exports = [Exports("UsersService")] };
        var result = GraphAnalyzer.Analyze(Project(
            [app, users],
            Injectable("AppService", Needs(0, "UsersService"), Needs(1, "ConfigService"), Needs(2, "Reflector")),
            Injectable("UsersService", Needs(0, "UsersRepository"), Needs(1, "ConfigService")),
            Injectable("UsersRepository")));

        Assert.Empty(result.Problems);
        var appService = Assert.Single(result.Injectables, i => i.Name == "AppService");
        Assert.Equal(
            ["Imported:UsersModule", "Imported:ConfigModule", "Framework:"],
            appService.Dependencies.Select(r => $"{r.Kind}:{r.From}"));
        var usersService = Assert.Single(result.Injectables, i => i.Name == "UsersService");
        Assert.Equal(["Own:UsersModule", "Global:ConfigModule"], usersService.Dependencies.Select(r => $"{r.Kind}:{r.From}"));
    }

    [Fact]
    public void Reports_a_dependency_that_no_module_in_scope_provides_with_the_module_that_exports_it()
    {
        var app = Module("AppModule") with { Imports = [Imports("ReportsModule"), Imports("OrdersModule")] };
        var reports = Module("ReportsModule") with { Providers = [Provides("ReportsService")] };
        var orders = Module("OrdersModule") with { Providers = [Provides("OrdersService")], Exports = [Exports("OrdersService")] };
        var result = GraphAnalyzer.Analyze(Project(
            [app, reports, orders],
            Injectable("ReportsService", Needs(0, "Reflector"), Needs(1, "OrdersService", line: 14)),
            Injectable("OrdersService")));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("NST3001", problem.Diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, problem.Diagnostic.Severity);
        Assert.Equal(
            "Nest can't resolve dependencies of the ReportsService (Reflector, ?). Please make sure that the argument OrdersService at index [1] is available in the ReportsModule module.",
            problem.Diagnostic.Message);
        Assert.Equal("Import OrdersModule (which exports OrdersService) in ReportsModule.", problem.Diagnostic.Help);
        Assert.Equal(("ReportsModule", "ReportsService", "OrdersService", 1), (problem.Module, problem.Provider, problem.Dependency, problem.Index));
        Assert.Equal(("src/deps.ts", 14), (problem.Diagnostic.Path, problem.Line));
    }

    [Fact]
    public void Hints_to_export_a_provider_that_another_module_keeps_private()
    {
        var app = Module("AppModule") with { Imports = [Imports("ReportsModule"), Imports("OrdersModule")] };
        var reports = Module("ReportsModule") with { Imports = [Imports("OrdersModule")], Providers = [Provides("ReportsService")] };
        var orders = Module("OrdersModule") with { Providers = [Provides("OrdersService")] };
        var result = GraphAnalyzer.Analyze(Project([app, reports, orders], Injectable("ReportsService", Needs(0, "OrdersService")), Injectable("OrdersService")));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("OrdersService is provided by OrdersModule but not exported: add it to the exports of OrdersModule and import OrdersModule in ReportsModule.", problem.Diagnostic.Help);
    }

    [Fact]
    public void Follows_re_exported_modules()
    {
        var app = Module("AppModule") with { Imports = [Imports("SharedModule")], Providers = [Provides("AppService")] };
        var shared = Module("SharedModule") with { Imports = [Imports("DatabaseModule")], Exports = [Exports("DatabaseModule") with { IsModule = true }] };
        var database = Module("DatabaseModule") with { Providers = [Provides("DatabaseService")], Exports = [Exports("DatabaseService")] };
        var result = GraphAnalyzer.Analyze(Project([app, shared, database], Injectable("AppService", Needs(0, "DatabaseService")), Injectable("DatabaseService")));

        Assert.Empty(result.Problems);
        var resolution = Assert.Single(Assert.Single(result.Injectables, i => i.Name == "AppService").Dependencies);
        Assert.Equal((ResolutionKind.Imported, "DatabaseModule"), (resolution.Kind, resolution.From));
    }

    [Fact]
    public void Global_module_exports_are_visible_everywhere()
    {
        var app = Module("AppModule") with { Imports = [Imports("CoreModule"), Imports("UsersModule")] };
        var core = Module("CoreModule") with { IsGlobal = true, Providers = [Provides("Clock")], Exports = [Exports("Clock")] };
        var users = Module("UsersModule") with { Providers = [Provides("UsersService")] };
        var result = GraphAnalyzer.Analyze(Project([app, core, users], Injectable("UsersService", Needs(0, "Clock")), Injectable("Clock")));

        Assert.Empty(result.Problems);
        Assert.Equal(ResolutionKind.Global, Assert.Single(Assert.Single(result.Injectables, i => i.Name == "UsersService").Dependencies).Kind);
    }

    [Fact]
    public void Reports_an_export_that_is_neither_provided_nor_imported()
    {
        var app = Module("AppModule") with { Providers = [Provides("AppService")], Exports = [Exports("AppService"), Exports("MailService", line: 9)] };
        var result = GraphAnalyzer.Analyze(Project([app], Injectable("AppService")));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("NST3002", problem.Diagnostic.Code);
        Assert.Equal(
            "AppModule exports MailService, which it neither provides nor imports: Nest refuses to boot (\"cannot export a provider/module that is not a part of the currently processed module\").",
            problem.Diagnostic.Message);
        Assert.Equal(9, problem.Line);
    }

    [Fact]
    public void Reports_an_import_cycle_unless_one_side_uses_forwardRef()
    {
        var app = Module("AppModule") with { Imports = [Imports("AModule")] };
        var a = Module("AModule") with { Imports = [Imports("BModule", line: 4)] };
        var b = Module("BModule") with { Imports = [Imports("AModule", line: 6)] };
        var cycle = GraphAnalyzer.Analyze(Project([app, a, b]));

        var problem = Assert.Single(cycle.Problems);
        Assert.Equal("NST3003", problem.Diagnostic.Code);
        Assert.Equal(
            "Modules import each other without forwardRef: AModule → BModule → AModule. When Nest loads them, one of these imports is undefined and the application does not boot.",
            problem.Diagnostic.Message);
        Assert.Equal(6, problem.Line);

        var fixedB = b with { Imports = [Imports("AModule", line: 6) with { IsForwardRef = true }] };
        Assert.Empty(GraphAnalyzer.Analyze(Project([app, a, fixedB])).Problems);
    }

    [Fact]
    public void Reports_a_provider_with_dependencies_but_no_decorator()
    {
        var app = Module("AppModule") with { Providers = [Provides("MailService"), Provides("Transport")] };
        var mail = Injectable("MailService", Needs(0, "Transport")) with { Role = ClassRole.Plain, EmitsMetadata = false };
        var result = GraphAnalyzer.Analyze(Project([app], mail, Injectable("Transport")));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("NST3004", DiagnosticSeverity.Warning), (problem.Diagnostic.Code, problem.Diagnostic.Severity));
        Assert.Equal("MailService is a provider of AppModule and has constructor dependencies but no @Injectable(): Nest passes undefined for every one of them.", problem.Diagnostic.Message);
        Assert.Equal("Add @Injectable() to MailService.", problem.Diagnostic.Help);
    }

    [Theory]
    [InlineData(ErasedTypeReason.Interface, "the argument", "Its type is an interface, which does not exist at run time, so Nest sees Object.")]
    [InlineData(ErasedTypeReason.TypeOnlyImport, "the argument Function", "Its class is imported with `import type`, which is erased at run time, so Nest sees Function.")]
    [InlineData(ErasedTypeReason.TypeAlias, "the argument", "Its type is a type alias, which does not exist at run time, so Nest sees Object.")]
    public void Reports_a_dependency_whose_type_is_erased(ErasedTypeReason reason, string argument, string why)
    {
        var app = Module("AppModule") with { Providers = [Provides("PaymentsService"), Provides("Gateway")] };
        var dependency = Needs(0, "Gateway") with { Erased = reason };
        var result = GraphAnalyzer.Analyze(Project([app], Injectable("PaymentsService", dependency), Injectable("Gateway")));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("NST3005", problem.Diagnostic.Code);
        Assert.Equal(
            $"Nest can't resolve dependencies of the PaymentsService (?). Please make sure that {argument} at index [0] is available in the AppModule module. " + why,
            problem.Diagnostic.Message);
        Assert.Equal(reason == ErasedTypeReason.TypeOnlyImport ? "Function" : null, problem.Dependency);
    }

    [Fact]
    public void An_explicit_token_makes_an_interface_type_fine()
    {
        var app = Module("AppModule") with
        {
            Providers = [Provides("PaymentsService"), new ProviderDefinition(ProviderToken.ForString("GATEWAY"), ProviderKind.UseValue, At("src/app.module.ts", 4))],
        };
        var dependency = new Dependency(0, ProviderToken.ForString("GATEWAY"), At("src/p.ts", 3)) { Erased = ErasedTypeReason.Interface, IsExplicit = true };
        var result = GraphAnalyzer.Analyze(Project([app], Injectable("PaymentsService", dependency)));

        Assert.Empty(result.Problems);
        Assert.Equal(ResolutionKind.Own, Assert.Single(Assert.Single(result.Injectables).Dependencies).Kind);
    }

    [Fact]
    public void Reports_a_provider_that_injects_itself()
    {
        var app = Module("AppModule") with { Providers = [Provides("LoopService")] };
        var result = GraphAnalyzer.Analyze(Project([app], Injectable("LoopService", Needs(0, "LoopService"))));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("NST3006", problem.Diagnostic.Code);
        Assert.Equal("LoopService injects itself (argument at index [0]): Nest cannot create an instance that needs itself to be created.", problem.Diagnostic.Message);
    }

    [Fact]
    public void Reports_the_same_provider_declared_in_two_modules()
    {
        var app = Module("AppModule") with { Imports = [Imports("AdminModule"), Imports("UsersModule")] };
        var admin = Module("AdminModule") with { Providers = [Provides("UsersService", "src/admin/admin.module.ts", 8)] };
        var users = Module("UsersModule") with { Providers = [Provides("UsersService", "src/users/users.module.ts", 6)] };
        var result = GraphAnalyzer.Analyze(Project([app, admin, users], Injectable("UsersService")));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("NST3007", DiagnosticSeverity.Warning), (problem.Diagnostic.Code, problem.Diagnostic.Severity));
        Assert.Equal("UsersService is provided by both AdminModule and UsersModule: Nest creates two instances that share no state.", problem.Diagnostic.Message);
        Assert.Equal("src/users/users.module.ts", problem.Diagnostic.Path);
        var label = Assert.Single(problem.Diagnostic.Labels);
        Assert.Equal(("src/admin/admin.module.ts", "also provided by AdminModule here"), (label.Path, label.Message));
    }

    [Fact]
    public void Reports_a_model_not_registered_in_scope_and_names_the_module_that_registers_it()
    {
        var catModel = ProviderToken.ForModel("Cat");
        var app = Module("AppModule") with { Imports = [Imports("CatsModule"), Imports("StatsModule")] };
        var cats = Module("CatsModule") with
        {
            Imports = [new ModuleImport("MongooseModule", At("src/cats.module.ts", 3)) { DynamicMethod = "forFeature", DynamicExports = [catModel] }],
            Providers = [Provides("CatsService")],
            Exports = [new ModuleExport(Class("MongooseModule"), At("src/cats.module.ts", 5)) { IsModule = true }],
        };
        var stats = Module("StatsModule") with { Providers = [Provides("StatsService")] };
        var inject = new Dependency(0, catModel, At("src/stats.service.ts", 9)) { IsExplicit = true };
        var result = GraphAnalyzer.Analyze(Project([app, cats, stats], Injectable("CatsService", inject), Injectable("StatsService", inject)));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("NST3008", problem.Diagnostic.Code);
        Assert.Equal(
            "Nest can't resolve dependencies of the StatsService (?). Please make sure that the argument \"CatModel\" at index [0] is available in the StatsModule module. The model Cat is not registered with MongooseModule.forFeature in StatsModule or a module it imports.",
            problem.Diagnostic.Message);
        Assert.Equal(
            "Import CatsModule (which registers Cat and exports it) in StatsModule, or add MongooseModule.forFeature([{ name: Cat.name, schema: CatSchema }]) to its imports.",
            problem.Diagnostic.Help);
    }

    [Fact]
    public void A_model_token_meets_the_string_token_of_the_same_value()
    {
        var app = Module("AppModule") with
        {
            Imports = [new ModuleImport("MongooseModule", At("src/app.module.ts", 3)) { DynamicMethod = "forFeature", DynamicExports = [ProviderToken.ForModel("Cat")] }],
            Providers = [Provides("CatsService")],
        };
        var inject = new Dependency(0, ProviderToken.ForString("CatModel"), At("src/cats.service.ts", 9)) { IsExplicit = true };
        var result = GraphAnalyzer.Analyze(Project([app], Injectable("CatsService", inject)));

        Assert.Empty(result.Problems);
    }

    [Fact]
    public void Stays_silent_for_optional_unknown_and_opaque_dependencies()
    {
        var app = Module("AppModule") with { Imports = [Imports("SomeLibraryModule"), Imports("FeatureModule")], Providers = [Provides("AppService")] };
        var feature = Module("FeatureModule") with { Providers = [Provides("FeatureService")] };
        var optional = Needs(0, "Tracer") with { IsOptional = true };
        var unknown = new Dependency(1, ProviderToken.ForUnknown("tokens[0]"), At("src/app.service.ts", 4)) { IsExplicit = true };
        var result = GraphAnalyzer.Analyze(Project(
            [app, feature],
            Injectable("AppService", optional, unknown, Needs(2, "LibraryClient")),
            Injectable("FeatureService", Needs(0, "Tracer") with { IsOptional = true })));

        Assert.Empty(result.Problems);
        Assert.Equal(
            [ResolutionKind.OptionalMissing, ResolutionKind.Unknown, ResolutionKind.Unknown],
            Assert.Single(result.Injectables, i => i.Name == "AppService").Dependencies.Select(r => r.Kind));
    }

    [Fact]
    public void Factory_and_alias_providers_resolve_their_inject_lists()
    {
        var app = Module("AppModule") with
        {
            Imports = [Imports("ConfigModule")],
            Providers =
            [
                new ProviderDefinition(ProviderToken.ForString("REDIS"), ProviderKind.UseFactory, At("src/app.module.ts", 4))
                {
                    FactoryDependencies = [Needs(0, "ConfigService"), Needs(1, "Metrics")],
                },
                new ProviderDefinition(Class("Cache"), ProviderKind.UseExisting, At("src/app.module.ts", 8)) { ExistingToken = ProviderToken.ForString("REDIS") },
            ],
        };
        var result = GraphAnalyzer.Analyze(Project([app]));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(
            "Nest can't resolve dependencies of the REDIS (ConfigService, ?). Please make sure that the argument Metrics at index [1] is available in the AppModule module.",
            problem.Diagnostic.Message);
        Assert.Equal(ResolutionKind.Own, Assert.Single(result.Injectables, i => i.Name == "Cache").Dependencies[0].Kind);
    }

    [Fact]
    public void Checks_controllers_and_reports_a_service_put_in_imports()
    {
        var app = Module("AppModule") with { Imports = [Imports("UsersService")], Controllers = ["UsersController"] };
        var controller = Injectable("UsersController", Needs(0, "UsersService")) with { Role = ClassRole.Controller };
        var result = GraphAnalyzer.Analyze(Project([app], controller, Injectable("UsersService")));

        Assert.Equal(["NST3001", "NST3009"], result.Problems.Select(p => p.Diagnostic.Code).Order());
        var import = Assert.Single(result.Problems, p => p.Diagnostic.Code == "NST3009");
        Assert.Equal("AppModule imports UsersService, which is not a module: classes with @Injectable(), @Controller() or @Catch() must not appear in \"imports\".", import.Diagnostic.Message);
    }

    [Fact]
    public void Lists_unused_providers_unused_exports_and_orphan_modules()
    {
        var app = Module("AppModule") with { Imports = [Imports("UsersModule")], Providers = [Provides("AppService")], Controllers = ["AppController"] };
        var users = Module("UsersModule") with { Providers = [Provides("UsersService"), Provides("AuditService")], Exports = [Exports("UsersService"), Exports("AuditService")] };
        var legacy = Module("LegacyModule") with { Providers = [Provides("LegacyService")] };
        var cron = Injectable("CleanupJob") with { IsEntryPoint = true };
        var appWithJob = app with { Providers = [Provides("AppService"), Provides("CleanupJob")] };
        var result = GraphAnalyzer.Analyze(Project(
            [appWithJob, users, legacy],
            Injectable("AppController", Needs(0, "AppService"), Needs(1, "UsersService")) with { Role = ClassRole.Controller },
            Injectable("AppService"),
            Injectable("UsersService"),
            Injectable("AuditService"),
            Injectable("LegacyService"),
            cron));

        Assert.Empty(result.Problems);
        Assert.Equal(["UsersModule:AuditService"], result.Facts.UnusedProviders.Select(f => $"{f.Module}:{f.Token}"));
        Assert.Equal(["UsersModule:AuditService"], result.Facts.UnusedExports.Select(f => $"{f.Module}:{f.Token}"));
        Assert.Equal(["LegacyModule"], result.Facts.OrphanModules);
    }

    [Fact]
    public void Problems_in_orphan_modules_are_not_reported_when_the_root_is_known()
    {
        var app = Module("AppModule");
        var legacy = Module("LegacyModule") with { Providers = [Provides("LegacyService")] };
        var result = GraphAnalyzer.Analyze(Project([app, legacy], Injectable("LegacyService", Needs(0, "Missing"))));

        Assert.Empty(result.Problems);
        Assert.Equal(["LegacyModule"], result.Facts.OrphanModules);
    }

    [Fact]
    public void A_user_written_dynamic_module_adds_providers_to_its_module()
    {
        var app = Module("AppModule") with
        {
            Imports = [new ModuleImport("MailModule", At("src/app.module.ts", 3)) { DynamicMethod = "forRoot", DynamicProviders = [new ProviderDefinition(ProviderToken.ForString("MAIL_OPTIONS"), ProviderKind.UseValue, At("src/mail.module.ts", 9))], DynamicExports = [ProviderToken.ForString("MAIL_OPTIONS")] }],
            Providers = [Provides("AppService")],
        };
        var mail = Module("MailModule") with { Providers = [Provides("MailService")], Exports = [Exports("MailService")] };
        var options = new Dependency(0, ProviderToken.ForString("MAIL_OPTIONS"), At("src/mail.service.ts", 5)) { IsExplicit = true };
        var result = GraphAnalyzer.Analyze(Project([app, mail], Injectable("MailService", options), Injectable("AppService", Needs(0, "MailService"), options with { Index = 1 })));

        Assert.Empty(result.Problems);
        Assert.Equal(
            ["Imported:MailModule", "Imported:MailModule"],
            Assert.Single(result.Injectables, i => i.Name == "AppService").Dependencies.Select(r => $"{r.Kind}:{r.From}"));
    }

    [Fact]
    public void A_long_chain_of_imports_does_not_overflow()
    {
        var modules = Enumerable.Range(0, 5000).Select(i => Module($"M{i}") with { Imports = i < 4999 ? [Imports($"M{i + 1}")] : [Imports("M0")] }).ToList();
        modules.Add(Module("AppModule") with { Imports = [Imports("M0")] });
        var result = GraphAnalyzer.Analyze(Project(modules));

        var problem = Assert.Single(result.Problems);
        Assert.Equal("NST3003", problem.Diagnostic.Code);
        Assert.StartsWith("Modules import each other without forwardRef: M0 → M1 → M2 → M3 → M4", problem.Diagnostic.Message, StringComparison.Ordinal);
    }
}
