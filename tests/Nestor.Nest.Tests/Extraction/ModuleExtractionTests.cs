using Nestor.Nest.Graph;
using Nestor.Nest.Model;

namespace Nestor.Nest.Tests.Extraction;

public sealed class ModuleExtractionTests
{
    private const string Shop = """
        // @filename: src/main.ts
        import { NestFactory } from '@nestjs/core';
        import { ValidationPipe } from '@nestjs/common';
        import { AppModule } from './app.module';

        async function bootstrap() {
          const app = await NestFactory.create(AppModule);
          app.setGlobalPrefix('api');
          app.useGlobalPipes(new ValidationPipe({ whitelist: true }));
          app.enableCors();
          await app.listen(3000);
        }
        bootstrap();
        // @filename: src/app.module.ts
        import { Module } from '@nestjs/common';
        import { ConfigModule } from '@nestjs/config';
        import { MongooseModule } from '@nestjs/mongoose';
        import { UsersModule } from './users/users.module';
        import { ReportsModule } from './reports/reports.module';

        @Module({
          imports: [
            ConfigModule.forRoot({ isGlobal: true }),
            MongooseModule.forRoot('mongodb://localhost/shop'),
            UsersModule,
            ReportsModule,
          ],
        })
        export class AppModule {}
        // @filename: src/users/users.module.ts
        import { Module } from '@nestjs/common';
        import { MongooseModule } from '@nestjs/mongoose';
        import { User, UserSchema } from './user.schema';
        import { UsersService } from './users.service';
        import { UsersController } from './users.controller';

        @Module({
          imports: [MongooseModule.forFeature([{ name: User.name, schema: UserSchema }])],
          providers: [UsersService],
          controllers: [UsersController],
          exports: [UsersService],
        })
        export class UsersModule {}
        // @filename: src/users/user.schema.ts
        import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';

        @Schema({ timestamps: true })
        export class User {
          @Prop({ required: true, unique: true })
          email: string;

          @Prop({ index: true })
          country: string;
        }

        export const UserSchema = SchemaFactory.createForClass(User);
        UserSchema.index({ country: 1, createdAt: -1 });
        // @filename: src/users/users.service.ts
        import { Injectable } from '@nestjs/common';
        import { InjectModel } from '@nestjs/mongoose';
        import { ConfigService } from '@nestjs/config';
        import { Model } from 'mongoose';
        import { User } from './user.schema';

        @Injectable()
        export class UsersService {
          constructor(
            @InjectModel(User.name) private readonly userModel: Model<User>,
            private readonly config: ConfigService,
          ) {}

          byCountry(country: string) {
            return this.userModel.find({ country, createdAt: { $gte: new Date(0) } }).sort({ createdAt: -1 }).limit(20).lean();
          }
        }
        // @filename: src/users/users.controller.ts
        import { Controller, Get, Param } from '@nestjs/common';
        import { UsersService } from './users.service';

        @Controller('users')
        export class UsersController {
          constructor(private readonly users: UsersService) {}

          @Get(':country')
          list(@Param('country') country: string) {
            return this.users.byCountry(country);
          }
        }
        // @filename: src/reports/reports.module.ts
        import { Module } from '@nestjs/common';
        import { ReportsService } from './reports.service';

        @Module({ providers: [ReportsService] })
        export class ReportsModule {}
        // @filename: src/reports/reports.service.ts
        import { Injectable } from '@nestjs/common';
        import { UsersService } from '../users/users.service';

        @Injectable()
        export class ReportsService {
          constructor(private readonly users: UsersService) {}
        }
        """;

    [Fact]
    public void Reads_modules_with_their_imports_providers_controllers_and_exports()
    {
        var project = Fixture.Load(Shop);

        Assert.Equal(["AppModule", "ReportsModule", "UsersModule"], project.Modules.Select(m => m.Name).Order());
        var app = project.FindModule("AppModule")!;
        Assert.Equal(["ConfigModule.forRoot()", "MongooseModule.forRoot()", "UsersModule", "ReportsModule"], app.Imports.Select(i => i.DisplayName));
        Assert.True(app.Imports[0].IsGlobal);
        var users = project.FindModule("UsersModule")!;
        Assert.Equal(["\"UserModel\""], users.Imports[0].DynamicExports.Select(t => t.DisplayName));
        Assert.Equal(["UsersService"], users.Providers.Select(p => p.Token.Name));
        Assert.Equal(["UsersController"], users.Controllers);
        Assert.Equal(["UsersService"], users.Exports.Select(e => e.Token.Name));
        Assert.Equal(("/repo/src/users/users.module.ts", 13), (users.Location.Path, users.Location.Line));
        Assert.Equal("AppModule", project.RootModule);
    }

    [Fact]
    public void Reads_constructor_dependencies_with_model_tokens()
    {
        var project = Fixture.Load(Shop);

        var service = project.Classes["UsersService"];
        Assert.Equal(ClassRole.Injectable, service.Role);
        Assert.Equal(["\"UserModel\"", "ConfigService"], service.Dependencies.Select(d => d.DisplayName));
        Assert.True(service.Dependencies[0].IsExplicit);
        Assert.Equal(10, service.Dependencies[0].Location.Line);
    }

    [Fact]
    public void Finds_the_missing_export_planted_in_reports()
    {
        var result = Fixture.Graph(Shop);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("NST3001", problem.Diagnostic.Code);
        Assert.Equal(
            "Nest can't resolve dependencies of the ReportsService (?). Please make sure that the argument UsersService at index [0] is available in the ReportsModule module.",
            problem.Diagnostic.Message);
        Assert.Equal("Import UsersModule (which exports UsersService) in ReportsModule.", problem.Diagnostic.Help);
        Assert.Equal(("/repo/src/reports/reports.service.ts", 6), (problem.Diagnostic.Path, problem.Line));
        var users = Assert.Single(result.Injectables, i => i.Name == "UsersService");
        Assert.Equal(["Imported:MongooseModule", "Global:ConfigModule"], users.Dependencies.Select(r => $"{r.Kind}:{r.From}"));
    }

    [Fact]
    public void Reads_the_bootstrap_routes_schemas_and_query_sites()
    {
        var project = Fixture.Load(Shop);

        var bootstrap = project.Bootstrap!;
        Assert.Equal(("api", true), (bootstrap.GlobalPrefix, bootstrap.CorsEnabled));
        Assert.Equal(["ValidationPipe"], bootstrap.GlobalPipes);
        var route = Assert.Single(project.Routes);
        Assert.Equal(("GET", "/api/users/:country", "UsersController", "list"), (route.Method, route.Path, route.ClassName, route.Handler));
        var parameter = Assert.Single(route.Parameters);
        Assert.Equal((Routes.ParameterSource.Param, "country", "string"), (parameter.Source, parameter.Key, parameter.Type));

        var schema = Assert.Single(project.Schemas);
        Assert.Equal(("User", "users", true), (schema.ModelName, schema.Collection, schema.Timestamps));
        Assert.Equal(["email", "country"], schema.Fields.Select(f => f.Name));
        Assert.Equal(
            ["?.users email_1 { email: 1 }", "?.users country_1 { country: 1 }", "?.users country_1_createdAt_-1 { country: 1, createdAt: -1 }"],
            schema.Indexes.Select(i => i.ToString()));
        Assert.True(schema.Indexes[0].Unique);

        var site = Assert.Single(project.QuerySites);
        Assert.Equal(("User", "find", "UsersService", "byCountry"), (site.ModelName, site.Method, site.ClassName, site.MethodName));
        Assert.Equal("find ?.users {country:eq, createdAt:range} sort {createdAt:-1}", site.Shape.Fingerprint);
    }

    [Fact]
    public void Detects_erased_types_self_injection_and_missing_decorators()
    {
        var result = Fixture.Graph("""
            // @filename: src/app.module.ts
            import { Module } from '@nestjs/common';
            import { PaymentsService, Gateway, Mailer, Loop } from './services';
            @Module({ providers: [PaymentsService, Gateway, Mailer, Loop] })
            export class AppModule {}
            // @filename: src/gateway.ts
            export interface PaymentGateway { charge(): void }
            // @filename: src/services.ts
            import { Injectable } from '@nestjs/common';
            import type { PaymentGateway } from './gateway';
            import type { Clock } from './clock';
            @Injectable()
            export class Gateway {}
            @Injectable()
            export class PaymentsService {
              constructor(private readonly gateway: PaymentGateway, private readonly clock: Clock) {}
            }
            export class Mailer {
              constructor(private readonly gateway: Gateway) {}
            }
            @Injectable()
            export class Loop {
              constructor(private readonly self: Loop) {}
            }
            // @filename: src/clock.ts
            export class Clock {}
            """);

        Assert.Equal(
            ["NST3005 PaymentsService [0] ", "NST3005 PaymentsService [1] Function", "NST3004 Mailer [] ", "NST3006 Loop [0] Loop"],
            result.Problems.Select(p => $"{p.Diagnostic.Code} {p.Provider} [{p.Index}] {p.Dependency}"));
    }

    [Fact]
    public void Reads_custom_providers_and_tokens()
    {
        var result = Fixture.Graph("""
            // @filename: src/tokens.ts
            export const REPORT_OPTIONS = 'REPORT_OPTIONS';
            export const CACHE_STORE = Symbol('CACHE_STORE');
            // @filename: src/app.module.ts
            import { Module } from '@nestjs/common';
            import { APP_GUARD } from '@nestjs/core';
            import { REPORT_OPTIONS, CACHE_STORE } from './tokens';
            import { ReportService, RolesGuard, Store } from './report.service';
            @Module({
              providers: [
                ReportService,
                { provide: APP_GUARD, useClass: RolesGuard },
                { provide: REPORT_OPTIONS, useValue: { pageSize: 10 } },
                { provide: 'DB_URL_PARTS', useFactory: (url: string) => url.split('/'), inject: ['DB_URL'] },
                { provide: 'LEGACY', useExisting: Store },
              ],
            })
            export class AppModule {}
            // @filename: src/report.service.ts
            import { Inject, Injectable, Optional } from '@nestjs/common';
            import { REPORT_OPTIONS, CACHE_STORE } from './tokens';
            @Injectable()
            export class Store {}
            @Injectable()
            export class RolesGuard {}
            @Injectable()
            export class ReportService {
              constructor(@Inject(REPORT_OPTIONS) options: object, @Inject(CACHE_STORE) store: unknown, @Optional() @Inject('SINK') sink?: unknown) {}
            }
            """);

        Assert.Equal(
            ["NST3001 DB_URL_PARTS [0] \"DB_URL\"", "NST3001 LEGACY [0] Store", "NST3001 ReportService [1] Symbol(CACHE_STORE)"],
            result.Problems.Select(p => $"{p.Diagnostic.Code} {p.Provider} [{p.Index}] {p.Dependency}"));
    }

    [Fact]
    public void Reads_property_injection_and_reports_it_in_nest_words()
    {
        var result = Fixture.Graph("""
            // @filename: src/app.module.ts
            import { Module } from '@nestjs/common';
            import { AuditService } from './audit.service';
            @Module({ providers: [AuditService] })
            export class AppModule {}
            // @filename: src/audit.service.ts
            import { Inject, Injectable } from '@nestjs/common';
            @Injectable()
            export class AuditService {
              @Inject('AUDIT_SINK')
              private readonly sink!: { write(line: string): void };
            }
            """);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(
            "Nest can't resolve dependencies of the AuditService. Please make sure that the \"sink\" property is available in the AppModule module.",
            problem.Diagnostic.Message);
        Assert.Equal(("AuditService", "sink", (int?)null, 5), (problem.Provider, problem.Dependency, problem.Index, problem.Line));
    }

    [Fact]
    public void Reads_forward_ref_imports_and_inherited_constructors()
    {
        var project = Fixture.Load("""
            // @filename: src/a.module.ts
            import { Module, forwardRef } from '@nestjs/common';
            import { BModule } from './b.module';
            @Module({ imports: [forwardRef(() => BModule)] })
            export class AModule {}
            // @filename: src/b.module.ts
            import { Module, forwardRef } from '@nestjs/common';
            import { AModule } from './a.module';
            import { CatsRepository } from './cats.repository';
            @Module({ imports: [forwardRef(() => AModule)], providers: [CatsRepository] })
            export class BModule {}
            // @filename: src/cats.repository.ts
            import { Injectable } from '@nestjs/common';
            import { ConfigService } from '@nestjs/config';
            export abstract class BaseRepository {
              constructor(protected readonly config: ConfigService) {}
            }
            @Injectable()
            export class CatsRepository extends BaseRepository {}
            """);

        var import = Assert.Single(project.FindModule("AModule")!.Imports);
        Assert.Equal(("BModule", true), (import.ModuleName, import.IsForwardRef));
        var repository = project.Classes["CatsRepository"];
        Assert.Equal(("BaseRepository", "ConfigService"), (repository.BaseClass, Assert.Single(repository.Dependencies).DisplayName));
    }

    [Fact]
    public void Exported_provider_objects_from_spread_constants_export_their_tokens()
    {
        var result = Fixture.Graph("""
            // @filename: src/database/providers.ts
            import { Connection } from 'mongoose';
            export const DATABASE_CONNECTION = 'DATABASE_CONNECTION';
            export const USER_MODEL = 'USER_MODEL';
            export const modelProviders = [
              { provide: USER_MODEL, useFactory: (connection: Connection) => connection.model('User'), inject: [DATABASE_CONNECTION] },
            ];
            export const connectionProviders = [{ provide: DATABASE_CONNECTION, useFactory: () => ({}) }];
            // @filename: src/database/database.module.ts
            import { Module } from '@nestjs/common';
            import { connectionProviders, modelProviders } from './providers';
            @Module({ providers: [...connectionProviders, ...modelProviders], exports: [...connectionProviders, ...modelProviders] })
            export class DatabaseModule {}
            // @filename: src/app.module.ts
            import { Module, Inject, Injectable } from '@nestjs/common';
            import { DatabaseModule } from './database/database.module';
            import { USER_MODEL } from './database/providers';
            @Injectable()
            export class UsersService {
              constructor(@Inject(USER_MODEL) private readonly users: unknown) {}
            }
            @Module({ imports: [DatabaseModule], providers: [UsersService] })
            export class AppModule {}
            """);

        Assert.Empty(result.Problems);
        var users = Assert.Single(result.Injectables, i => i.Name == "UsersService");
        Assert.Equal(["Imported:DatabaseModule"], users.Dependencies.Select(r => $"{r.Kind}:{r.From}"));
        Assert.Equal(["DATABASE_CONNECTION", "USER_MODEL"], result.Project.FindModule("DatabaseModule")!.Exports.Select(e => e.Token.Name));
    }

    [Fact]
    public void A_single_value_in_written_in_code_is_an_equality_and_an_unknown_list_stays_an_in()
    {
        var project = Fixture.Load("""
            // @filename: src/orders.service.ts
            import { Injectable } from '@nestjs/common';
            import { InjectModel } from '@nestjs/mongoose';
            import { Model } from 'mongoose';
            export class Order {}
            @Injectable()
            export class OrdersService {
              constructor(@InjectModel(Order.name) private readonly orders: Model<Order>) {}
              pending(ids: string[], code: string) {
                return this.orders.find({ status: { $in: ['pending'] }, code: { $in: [/^A/] }, _id: { $in: ids }, tag: { $in: [...ids] }, kind: { $in: ['a', 'b'] } });
              }
            }
            """);

        var site = Assert.Single(project.QuerySites);
        Assert.Equal("find ?.orders {_id:in, code:regex, kind:in, status:eq, tag:in}", site.Shape.Fingerprint);
    }

    [Fact]
    public void Query_sites_of_a_generic_base_repository_belong_to_the_subclass_model()
    {
        var project = Fixture.Load("""
            // @filename: src/base.repository.ts
            import { Model } from 'mongoose';
            export abstract class BaseRepository<T> {
              constructor(protected readonly model: Model<T>) {}
              findActive(owner: string) {
                return this.model.find({ owner, deletedAt: { $exists: false } }).sort('-createdAt');
              }
            }
            // @filename: src/person.repository.ts
            import { Injectable } from '@nestjs/common';
            import { InjectModel } from '@nestjs/mongoose';
            import { Model } from 'mongoose';
            import { BaseRepository } from './base.repository';
            export class Person {}
            @Injectable()
            export class PersonRepository extends BaseRepository<Person> {
              constructor(@InjectModel(Person.name) model: Model<Person>) {
                super(model);
              }
            }
            """);

        var site = Assert.Single(project.QuerySites);
        Assert.Equal(("Person", "PersonRepository", "findActive"), (site.ModelName, site.ClassName, site.MethodName));
        Assert.Equal("find ?.people {deletedAt:exists, owner:eq} sort {createdAt:-1}", site.Shape.Fingerprint);
        Assert.Equal(("/repo/src/base.repository.ts", 5), (site.Location.Path, site.Location.Line));
    }
    [Fact]
    public void A_model_injected_into_a_class_property_gives_query_sites()
    {
        var project = Fixture.Load("""
            // @filename: src/orders.service.ts
            import { Injectable } from '@nestjs/common';
            import { InjectModel } from '@nestjs/mongoose';
            import { Model } from 'mongoose';
            export class Order {}
            @Injectable()
            export class OrdersService {
              @InjectModel(Order.name) private readonly orders: Model<Order>;
              @InjectModel('Invoice')
              private invoices!: Model<unknown>;
              pending(customer: string) {
                return this.orders.find({ customer, status: 'pending' }).sort({ createdAt: -1 });
              }
              unpaid(customer: string) {
                return this.invoices.countDocuments({ customer, paid: false });
              }
            }
            """);

        Assert.Equal(
            ["Order OrdersService.pending find ?.orders {customer:eq, status:eq} sort {createdAt:-1}", "Invoice OrdersService.unpaid count ?.invoices {customer:eq, paid:eq}"],
            project.QuerySites.Select(s => $"{s.ModelName} {s.ClassName}.{s.MethodName} {s.Shape.Fingerprint}"));
    }
}
