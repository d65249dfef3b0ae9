using Nestor.Rules.DependencyInjection;
using Nestor.Rules.Tests.Support;

namespace Nestor.Rules.Tests.DependencyInjection;

/// <summary>The problems of <c>nestor graph</c>, reported by review over a real (in-memory) TypeScript project.</summary>
public sealed class GraphProblemRuleTests
{
    private const string Main = """
        import { NestFactory } from '@nestjs/core';
        import { AppModule } from './app.module';

        async function bootstrap() {
          const app = await NestFactory.create(AppModule);
          await app.listen(3000);
        }
        void bootstrap();
        """;

    private static Dictionary<string, string> App(string appModuleImports, params (string Path, string Code)[] files)
    {
        var project = new Dictionary<string, string>
        {
            ["src/main.ts"] = Main,
            ["src/app.module.ts"] = $$"""
                import { Module } from '@nestjs/common';
                {{appModuleImports}}
                """,
        };
        foreach (var (path, code) in files)
        {
            project[path] = code;
        }

        return project;
    }

    private const string OrdersModule = """
        import { Module } from '@nestjs/common';
        import { OrdersService } from './orders.service';

        @Module({ providers: [OrdersService], exports: [OrdersService] })
        export class OrdersModule {}
        """;

    private const string OrdersService = """
        import { Injectable } from '@nestjs/common';

        @Injectable()
        export class OrdersService {}
        """;

    private const string ReportsService = """
        import { Injectable } from '@nestjs/common';
        import { OrdersService } from '../orders/orders.service';

        @Injectable()
        export class ReportsService {
          constructor(private readonly orders: OrdersService) {}
        }
        """;

    [Fact]
    public void A_dependency_provided_through_an_imported_module_is_valid() =>
        RuleTester.ValidProject(new UnresolvedDependency(), App(
            """
            import { ReportsModule } from './reports/reports.module';
            import { OrdersModule } from './orders/orders.module';

            @Module({ imports: [ReportsModule, OrdersModule] })
            export class AppModule {}
            """,
            ("src/orders/orders.module.ts", OrdersModule),
            ("src/orders/orders.service.ts", OrdersService),
            ("src/reports/reports.service.ts", ReportsService),
            ("src/reports/reports.module.ts", """
                import { Module } from '@nestjs/common';
                import { OrdersModule } from '../orders/orders.module';
                import { ReportsService } from './reports.service';

                @Module({ imports: [OrdersModule], providers: [ReportsService] })
                export class ReportsModule {}
                """)));

    [Fact]
    public void A_dependency_no_module_in_scope_provides_is_reported_with_nest_s_words_and_a_hint()
    {
        var files = App(
            """
            import { ReportsModule } from './reports/reports.module';
            import { OrdersModule } from './orders/orders.module';

            @Module({ imports: [ReportsModule, OrdersModule] })
            export class AppModule {}
            """,
            ("src/orders/orders.module.ts", OrdersModule),
            ("src/orders/orders.service.ts", OrdersService),
            ("src/reports/reports.service.ts", ReportsService),
            ("src/reports/reports.module.ts", """
                import { Module } from '@nestjs/common';
                import { ReportsService } from './reports.service';

                @Module({ providers: [ReportsService] })
                export class ReportsModule {}
                """));
        var diagnostics = RuleTester.RunProject(new UnresolvedDependency(), files);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("NST3001", "unresolved-dependency", "src/reports/reports.service.ts"), (diagnostic.Code, diagnostic.Name, diagnostic.Path));
        Assert.Equal(
            "Nest can't resolve dependencies of the ReportsService (?). Please make sure that the argument OrdersService at index [0] is available in the ReportsModule module.",
            diagnostic.Message);
        Assert.Equal("Import OrdersModule (which exports OrdersService) in ReportsModule.", diagnostic.Help);
    }

    [Fact]
    public void A_module_cycle_without_forward_ref_is_reported_once_under_the_review_name()
    {
        var files = App(
            """
            import { AModule } from './a.module';

            @Module({ imports: [AModule] })
            export class AppModule {}
            """,
            ("src/a.module.ts", """
                import { Module } from '@nestjs/common';
                import { BModule } from './b.module';

                @Module({ imports: [BModule] })
                export class AModule {}
                """),
            ("src/b.module.ts", """
                import { Module } from '@nestjs/common';
                import { AModule } from './a.module';

                @Module({ imports: [AModule] })
                export class BModule {}
                """));
        var diagnostic = Assert.Single(RuleTester.RunProject(new ModuleCycle(), files));
        Assert.Equal(("NST3003", "module-cycle"), (diagnostic.Code, diagnostic.Name));
        Assert.Contains("AModule", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("BModule", diagnostic.Message, StringComparison.Ordinal);
        Assert.All(diagnostic.Labels, label => Assert.StartsWith("src/", label.Path, StringComparison.Ordinal));
    }

    [Fact]
    public void A_cycle_broken_with_forward_ref_is_valid() =>
        RuleTester.ValidProject(new ModuleCycle(), App(
            """
            import { AModule } from './a.module';

            @Module({ imports: [AModule] })
            export class AppModule {}
            """,
            ("src/a.module.ts", """
                import { Module, forwardRef } from '@nestjs/common';
                import { BModule } from './b.module';

                @Module({ imports: [forwardRef(() => BModule)] })
                export class AModule {}
                """),
            ("src/b.module.ts", """
                import { Module, forwardRef } from '@nestjs/common';
                import { AModule } from './a.module';

                @Module({ imports: [forwardRef(() => AModule)] })
                export class BModule {}
                """)));

    [Fact]
    public void An_export_the_module_does_not_provide() =>
        RuleTester.InvalidProject(
            new ExportNotProvided(),
            App(
                """
                import { OrdersModule } from './orders/orders.module';

                @Module({ imports: [OrdersModule] })
                export class AppModule {}
                """,
                ("src/orders/orders.service.ts", OrdersService),
                ("src/orders/archive.service.ts", """
                    import { Injectable } from '@nestjs/common';

                    @Injectable()
                    export class ArchiveService {}
                    """),
                ("src/orders/orders.module.ts", """
                    import { Module } from '@nestjs/common';
                    import { OrdersService } from './orders.service';
                    import { ArchiveService } from './archive.service';

                    @Module({ providers: [OrdersService], exports: [OrdersService, [|ArchiveService|]] })
                    export class OrdersModule {}
                    """)),
            "OrdersModule exports ArchiveService, which it neither provides nor imports: Nest refuses to boot (\"cannot export a provider/module that is not a part of the currently processed module\").");

    [Fact]
    public void A_provider_with_dependencies_but_no_injectable_decorator()
    {
        var files = App(
            """
            import { OrdersModule } from './orders/orders.module';

            @Module({ imports: [OrdersModule] })
            export class AppModule {}
            """,
            ("src/orders/orders.service.ts", OrdersService),
            ("src/orders/csv.formatter.ts", """
                import { OrdersService } from './orders.service';

                export class CsvFormatter {
                  constructor(private readonly orders: OrdersService) {}
                }
                """),
            ("src/orders/orders.module.ts", """
                import { Module } from '@nestjs/common';
                import { OrdersService } from './orders.service';
                import { CsvFormatter } from './csv.formatter';

                @Module({ providers: [OrdersService, CsvFormatter] })
                export class OrdersModule {}
                """));
        var diagnostic = Assert.Single(RuleTester.RunProject(new MissingInjectable(), files));
        Assert.Equal(("NST3004", "missing-injectable", "src/orders/csv.formatter.ts"), (diagnostic.Code, diagnostic.Name, diagnostic.Path));
        Assert.Contains("CsvFormatter", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Graph_rules_stay_silent_without_a_project_model() =>
        RuleTester.Valid(new UnresolvedDependency(), ReportsService, "src/reports/reports.service.ts");

    [Fact]
    public void A_suppression_with_a_reason_silences_a_graph_finding()
    {
        var files = App(
            """
            import { ReportsModule } from './reports/reports.module';

            @Module({ imports: [ReportsModule] })
            export class AppModule {}
            """,
            ("src/orders/orders.service.ts", OrdersService),
            ("src/reports/reports.service.ts", ReportsService.Replace(
                "  constructor(",
                "  // nestor-ignore-next-line unresolved-dependency -- provided by a plugin module loaded at run time\n  constructor(")),
            ("src/reports/reports.module.ts", """
                import { Module } from '@nestjs/common';
                import { ReportsService } from './reports.service';

                @Module({ providers: [ReportsService] })
                export class ReportsModule {}
                """));
        Assert.Empty(RuleTester.RunProject(new UnresolvedDependency(), files));
    }
}
