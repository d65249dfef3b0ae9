using Nestor.Rules.DependencyInjection;
using Nestor.Rules.Engine;
using Nestor.Rules.Tests.Support;
using Nestor.Text;

namespace Nestor.Rules.Tests.DependencyInjection;

/// <summary>One planted mistake per kind of graph problem, and a clean project full of the patterns that look like them.</summary>
public sealed class GraphProblemKindsTests
{
    private static Dictionary<string, string> Project(string featureModule, params (string Path, string Code)[] files)
    {
        var project = new Dictionary<string, string>
        {
            ["src/main.ts"] = """
                import { NestFactory } from '@nestjs/core';
                import { AppModule } from './app.module';

                async function bootstrap() {
                  const app = await NestFactory.create(AppModule);
                  await app.listen(3000);
                }
                void bootstrap();
                """,
            ["src/app.module.ts"] = """
                import { Module } from '@nestjs/common';
                import { FeatureModule } from './feature/feature.module';

                @Module({ imports: [FeatureModule] })
                export class AppModule {}
                """,
            ["src/feature/feature.module.ts"] = featureModule,
        };
        foreach (var (path, code) in files)
        {
            project[path] = code;
        }

        return project;
    }

    private static Diagnostic Single(Rule rule, Dictionary<string, string> project)
    {
        var diagnostic = Assert.Single(RuleTester.RunProject(rule, project));
        Assert.Equal((rule.Descriptor.Id, rule.Descriptor.Name), (diagnostic.Code, diagnostic.Name));
        return diagnostic;
    }

    [Fact]
    public void A_provider_that_injects_itself()
    {
        var diagnostic = Single(new SelfInjection(), Project(
            """
            import { Module } from '@nestjs/common';
            import { UsersService } from './users.service';

            @Module({ providers: [UsersService] })
            export class FeatureModule {}
            """,
            ("src/feature/users.service.ts", """
                import { Injectable } from '@nestjs/common';

                @Injectable()
                export class UsersService {
                  constructor(private readonly self: UsersService) {}
                }
                """)));
        Assert.Equal("src/feature/users.service.ts", diagnostic.Path);
    }

    [Fact]
    public void The_same_token_twice_in_one_providers_array()
    {
        var diagnostic = Single(new DuplicateProvider(), Project(
            """
            import { Module } from '@nestjs/common';

            @Module({
              providers: [
                { provide: 'REPORT_OPTIONS', useValue: { currency: 'EUR' } },
                { provide: 'REPORT_OPTIONS', useValue: { currency: 'USD' } },
              ],
              exports: ['REPORT_OPTIONS'],
            })
            export class FeatureModule {}
            """));
        Assert.Contains("REPORT_OPTIONS", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_injected_where_no_for_feature_registers_it()
    {
        var diagnostic = Single(new UnregisteredModel(), Project(
            """
            import { Module } from '@nestjs/common';
            import { OrdersService } from './orders.service';

            @Module({ providers: [OrdersService] })
            export class FeatureModule {}
            """,
            ("src/feature/orders.service.ts", """
                import { Injectable } from '@nestjs/common';
                import { InjectModel } from '@nestjs/mongoose';
                import { Model } from 'mongoose';

                @Injectable()
                export class OrdersService {
                  constructor(@InjectModel('Order') private readonly orders: Model<unknown>) {}
                }
                """)));
        Assert.Equal("src/feature/orders.service.ts", diagnostic.Path);
    }

    [Fact]
    public void A_service_listed_in_imports()
    {
        var diagnostic = Single(new UnknownImport(), Project(
            """
            import { Module } from '@nestjs/common';
            import { UsersService } from './users.service';

            @Module({ imports: [UsersService] })
            export class FeatureModule {}
            """,
            ("src/feature/users.service.ts", """
                import { Injectable } from '@nestjs/common';

                @Injectable()
                export class UsersService {}
                """)));
        Assert.Contains("UsersService", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_dependency_typed_by_an_interface_without_a_token()
    {
        var diagnostic = Single(new ErasedDependencyType(), Project(
            """
            import { Module } from '@nestjs/common';
            import { CacheService } from './cache.service';

            @Module({ providers: [CacheService] })
            export class FeatureModule {}
            """,
            ("src/feature/cache.service.ts", """
                import { Injectable } from '@nestjs/common';

                export interface CacheStore {
                  get(key: string): string | undefined;
                }

                @Injectable()
                export class CacheService {
                  constructor(private readonly store: CacheStore) {}
                }
                """)));
        Assert.Equal("src/feature/cache.service.ts", diagnostic.Path);
    }

    [Fact]
    public void Providers_that_inject_each_other_without_forward_ref()
    {
        var diagnostics = RuleTester.RunProject(new ProviderCycle(), Project(
            """
            import { Module } from '@nestjs/common';
            import { OrdersService } from './orders.service';
            import { ProductsService } from './products.service';

            @Module({ providers: [OrdersService, ProductsService] })
            export class FeatureModule {}
            """,
            ("src/feature/orders.service.ts", """
                import { Injectable } from '@nestjs/common';
                import { ProductsService } from './products.service';

                @Injectable()
                export class OrdersService {
                  constructor(private readonly products: ProductsService) {}
                }
                """),
            ("src/feature/products.service.ts", """
                import { Injectable } from '@nestjs/common';
                import { OrdersService } from './orders.service';

                @Injectable()
                export class ProductsService {
                  constructor(private readonly orders: OrdersService) {}
                }
                """)));
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d => Assert.Equal("provider-cycle", d.Name));
    }

    public static TheoryData<string> GraphRules() =>
        [.. RuleCatalog.BuiltIn.Rules.OfType<GraphProblemRule>().Select(rule => rule.Descriptor.Name)];

    /// <summary>Tokens, interfaces behind @Inject, forwardRef on both sides, registered models, a global module: nothing to report.</summary>
    [Theory]
    [MemberData(nameof(GraphRules))]
    public void A_clean_project_with_look_alike_patterns_is_valid(string name) =>
        RuleTester.ValidProject(RuleCatalog.BuiltIn.Rules.Single(rule => rule.Descriptor.Name == name), Project(
            """
            import { Module } from '@nestjs/common';
            import { MongooseModule } from '@nestjs/mongoose';
            import { CacheService, CACHE_STORE } from './cache.service';
            import { OrdersService } from './orders.service';
            import { ProductsService } from './products.service';
            import { OrderSchema } from './order.schema';

            @Module({
              imports: [MongooseModule.forFeature([{ name: 'Order', schema: OrderSchema }])],
              providers: [
                CacheService,
                OrdersService,
                ProductsService,
                { provide: CACHE_STORE, useValue: new Map<string, string>() },
              ],
              exports: [CacheService],
            })
            export class FeatureModule {}
            """,
            ("src/feature/order.schema.ts", """
                import { Schema } from 'mongoose';

                export const OrderSchema = new Schema({ status: String });
                """),
            ("src/feature/cache.service.ts", """
                import { Inject, Injectable } from '@nestjs/common';

                export const CACHE_STORE = Symbol('CACHE_STORE');

                export interface CacheStore {
                  get(key: string): string | undefined;
                }

                @Injectable()
                export class CacheService {
                  constructor(@Inject(CACHE_STORE) private readonly store: CacheStore) {}
                }
                """),
            ("src/feature/orders.service.ts", """
                import { Inject, Injectable, forwardRef } from '@nestjs/common';
                import { InjectModel } from '@nestjs/mongoose';
                import { Model } from 'mongoose';
                import { ProductsService } from './products.service';

                @Injectable()
                export class OrdersService {
                  constructor(
                    @InjectModel('Order') private readonly orders: Model<unknown>,
                    @Inject(forwardRef(() => ProductsService)) private readonly products: ProductsService,
                  ) {}
                }
                """),
            ("src/feature/products.service.ts", """
                import { Inject, Injectable, forwardRef } from '@nestjs/common';
                import { OrdersService } from './orders.service';

                @Injectable()
                export class ProductsService {
                  constructor(@Inject(forwardRef(() => OrdersService)) private readonly orders: OrdersService) {}
                }
                """)));
}
