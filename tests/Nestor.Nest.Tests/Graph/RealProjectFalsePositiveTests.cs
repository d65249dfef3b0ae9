using Nestor.Nest.Graph;

namespace Nestor.Nest.Tests.Graph;

/// <summary>False positives once reported on public NestJS projects, each reduced to the construct that caused it.</summary>
public sealed class RealProjectFalsePositiveTests
{
    private const string Main = """
        // @filename: src/main.ts
        import { NestFactory } from '@nestjs/core';
        import { AppModule } from './app.module';
        NestFactory.create(AppModule);

        """;

    [Fact]
    public void A_package_class_imported_under_an_alias_is_not_the_project_class_of_the_same_name()
    {
        var result = Fixture.Graph(Main + """
            // @filename: src/app.module.ts
            import { Module } from '@nestjs/common';
            import { MailerService } from './mailer.service';
            @Module({ providers: [MailerService] })
            export class AppModule {}
            // @filename: src/mailer.service.ts
            import { Injectable, Optional } from '@nestjs/common';
            import { MailerService as NestMailerService } from '@nestjs-modules/mailer';
            @Injectable()
            export class MailerService {
              constructor(@Optional() private readonly mailer: NestMailerService) {}
            }
            """);

        Assert.Empty(result.Problems);
        Assert.Equal(ResolutionKind.OptionalMissing, Assert.Single(Assert.Single(result.Injectables).Dependencies).Kind);
    }

    [Fact]
    public void A_class_of_a_package_whose_module_is_imported_gets_no_verdict_even_when_the_table_does_not_list_it()
    {
        var result = Fixture.Graph(Main + """
            // @filename: src/app.module.ts
            import { Module } from '@nestjs/common';
            import { TerminusModule } from '@nestjs/terminus';
            import { MailerModule } from '@nestjs-modules/mailer';
            import { HealthController } from './health.controller';
            import { MailModule } from './mail.module';
            @Module({ imports: [TerminusModule, MailerModule.forRootAsync({}), MailModule], controllers: [HealthController] })
            export class AppModule {}
            // @filename: src/health.controller.ts
            import { Controller } from '@nestjs/common';
            import { HealthCheckService, PrismaHealthIndicator, SomeFutureIndicator } from '@nestjs/terminus';
            @Controller('health')
            export class HealthController {
              constructor(private health: HealthCheckService, private prisma: PrismaHealthIndicator, private future: SomeFutureIndicator) {}
            }
            // @filename: src/mail.module.ts
            import { Module, Injectable } from '@nestjs/common';
            import { MailerService } from '@nestjs-modules/mailer';
            @Injectable()
            export class MailService {
              constructor(private readonly mailer: MailerService) {}
            }
            @Module({ providers: [MailService] })
            export class MailModule {}
            """);

        // MailerModule.forRootAsync registers a global core module that the table does not know.
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void An_unknown_package_module_may_provide_string_tokens_everywhere_but_not_the_projects_classes()
    {
        var result = Fixture.Graph(Main + """
            // @filename: src/app.module.ts
            import { Module } from '@nestjs/common';
            import { RedisModule } from 'some-redis-package';
            import { CacheModule } from './cache.module';
            @Module({ imports: [RedisModule.forRoot({ url: 'redis://' }), CacheModule] })
            export class AppModule {}
            // @filename: src/cache.module.ts
            import { Module, Injectable, Inject } from '@nestjs/common';
            export class Clock {}
            @Injectable()
            export class CacheService {
              constructor(@Inject('REDIS_CLIENT') private readonly redis: unknown, private readonly clock: Clock) {}
            }
            @Module({ providers: [CacheService] })
            export class CacheModule {}
            """);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("NST3001", "Clock", 1), (problem.Diagnostic.Code, problem.Dependency, problem.Index));
        Assert.Equal(ResolutionKind.Unknown, Assert.Single(result.Injectables, i => i.Name == "CacheService").Dependencies[0].Kind);
    }

    [Fact]
    public void Dynamic_modules_and_provider_objects_held_in_constants_are_read_where_they_are_written()
    {
        var result = Fixture.Graph(Main + """
            // @filename: src/config.module.ts
            import { ConfigModule } from '@nestjs/config';
            export const configModule = ConfigModule.forRoot({ isGlobal: true });
            // @filename: src/app.module.ts
            import { Module } from '@nestjs/common';
            import { configModule } from './config.module';
            import { CoreModule } from './core.module';
            import { SellablesModule } from './sellables.module';
            import { ShopModule } from './shop.module';
            @Module({ imports: [configModule, CoreModule, SellablesModule, ShopModule] })
            export class AppModule {}
            // @filename: src/core.module.ts
            import { Module, Injectable, Inject } from '@nestjs/common';
            import { ConfigService } from '@nestjs/config';
            @Injectable()
            export class CoreConfig {
              constructor(private readonly config: ConfigService, @Inject('CLOCK') private readonly clock: unknown) {}
            }
            export const clockProvider = { provide: 'CLOCK', useFactory: () => Date.now };
            @Module({ providers: [CoreConfig, clockProvider] })
            export class CoreModule {}
            // @filename: src/sellables.module.ts
            import { Module } from '@nestjs/common';
            import { MongooseModule } from '@nestjs/mongoose';
            const SellableModels = MongooseModule.forFeature([
              { name: 'Sellable', schema: {}, discriminators: [{ name: 'Accessory', schema: {} }] },
            ]);
            @Module({ imports: [SellableModels], exports: [SellableModels] })
            export class SellablesModule {}
            // @filename: src/shop.module.ts
            import { Module, Injectable } from '@nestjs/common';
            import { InjectModel } from '@nestjs/mongoose';
            import { SellablesModule } from './sellables.module';
            @Injectable()
            export class AccessoriesService {
              constructor(@InjectModel('Accessory') private readonly accessories: unknown) {}
            }
            @Module({ imports: [SellablesModule], providers: [AccessoriesService] })
            export class ShopModule {}
            """);

        Assert.Empty(result.Problems);
        var accessories = Assert.Single(result.Injectables, i => i.Name == "AccessoriesService");
        Assert.Equal((ResolutionKind.Imported, "MongooseModule"), (accessories.Dependencies[0].Kind, accessories.Dependencies[0].From));
    }

    [Fact]
    public void Project_decorators_that_wrap_inject_are_not_taken_for_nests_own()
    {
        var result = Fixture.Graph(Main + """
            // @filename: src/app.module.ts
            import { Module, Injectable } from '@nestjs/common';
            import { Model } from 'mongoose';
            import { DatabaseModel, InjectModel } from './database.decorator';
            @Injectable()
            export class UsersRepository {
              constructor(@DatabaseModel('User') private readonly users: Model<unknown>, @InjectModel(User) private readonly again: Model<unknown>) {}
            }
            class User {}
            @Module({ providers: [UsersRepository] })
            export class AppModule {}
            // @filename: src/database.decorator.ts
            import { InjectModel as NestInjectModel } from '@nestjs/mongoose';
            export function DatabaseModel(name: string): ParameterDecorator { return NestInjectModel(name, 'primary'); }
            export const InjectModel = (model: { name: string }) => NestInjectModel(model.name);
            """);

        Assert.Empty(result.Problems);
        Assert.All(Assert.Single(result.Injectables).Dependencies, d => Assert.Equal(ResolutionKind.Unknown, d.Kind));
    }

    [Fact]
    public void The_imports_of_a_project_forRoot_are_in_the_scope_of_its_module_and_unreadable_ones_hide_globals()
    {
        var result = Fixture.Graph(Main + """
            // @filename: src/app.module.ts
            import { Module } from '@nestjs/common';
            import { AuthModule } from './auth.module';
            import { CoreModule } from './core.module';
            import { ToolsModule } from './tools.module';
            @Module({ imports: [AuthModule.forRoot({ secret: 's' }), CoreModule.forRoot(), ToolsModule] })
            export class AppModule {}
            // @filename: src/auth.module.ts
            import { Module, Injectable } from '@nestjs/common';
            import { JwtModule, JwtService } from '@nestjs/jwt';
            @Injectable()
            export class AuthService {
              constructor(private readonly jwt: JwtService) {}
            }
            @Module({})
            export class AuthModule {
              static forRoot(options: object) {
                return { module: AuthModule, imports: [JwtModule.register(options)], providers: [AuthService] };
              }
            }
            // @filename: src/core.module.ts
            import { Module, Global, Injectable } from '@nestjs/common';
            @Injectable()
            export class ToolRegistry {}
            @Global()
            @Module({})
            export class AiModule {
              static forRoot() { return { module: AiModule, providers: [ToolRegistry], exports: [ToolRegistry] }; }
            }
            @Module({})
            export class CoreModule {
              static forRoot() {
                const imports: unknown[] = [];
                imports.push(AiModule.forRoot());
                return { module: CoreModule, imports };
              }
            }
            // @filename: src/tools.module.ts
            import { Module, Injectable } from '@nestjs/common';
            import { ToolRegistry } from './core.module';
            @Injectable()
            export class FindUsersTool {
              constructor(private readonly registry: ToolRegistry) {}
            }
            @Module({ providers: [FindUsersTool] })
            export class ToolsModule {}
            """);

        Assert.Empty(result.Problems);
        var auth = Assert.Single(result.Injectables, i => i.Name == "AuthService");
        Assert.Equal((ResolutionKind.Imported, "JwtModule"), (auth.Dependencies[0].Kind, auth.Dependencies[0].From));
        Assert.Equal(ResolutionKind.Unknown, Assert.Single(result.Injectables, i => i.Name == "FindUsersTool").Dependencies[0].Kind);
    }

    [Fact]
    public void A_global_module_whose_providers_are_built_at_run_time_may_provide_anything()
    {
        var result = Fixture.Graph(Main + """
            // @filename: src/app.module.ts
            import { Module, Global, Injectable } from '@nestjs/common';
            @Injectable()
            export class SettingsService {}
            @Injectable()
            export class FileService {
              constructor(private readonly settings: SettingsService) {}
            }
            @Global()
            @Module({})
            export class CoreModule {
              static forRoot(extra: boolean) {
                const providers: unknown[] = [{ provide: SettingsService, useValue: new SettingsService() }];
                if (extra) {
                  providers.push(FileService);
                }
                return { module: CoreModule, providers, exports: providers, global: true };
              }
            }
            @Module({ providers: [SettingsService] })
            export class UserModule {}
            @Module({ providers: [FileService] })
            export class FileModule {}
            @Module({ imports: [CoreModule.forRoot(true), UserModule, FileModule] })
            export class AppModule {}
            """);

        Assert.Empty(result.Problems);
        Assert.Equal(ResolutionKind.Unknown, Assert.Single(result.Injectables, i => i.Name == "FileService" && i.Module == "FileModule").Dependencies[0].Kind);
    }

    [Fact]
    public void A_parameter_of_forRoot_that_shadows_a_module_level_name_is_not_that_name()
    {
        var result = Fixture.Graph(Main + """
            // @filename: src/app.module.ts
            import { Module, Injectable, Type } from '@nestjs/common';
            import { UsersModule } from './users.module';
            import { UsersService } from './users.service';
            @Injectable()
            export class AuthService {
              constructor(private readonly users: UsersService) {}
            }
            @Module({})
            export class AuthModule {
              static forRoot(UsersModule: Type<unknown>) {
                return { module: AuthModule, imports: [UsersModule], providers: [AuthService] };
              }
            }
            @Module({ imports: [AuthModule.forRoot(UsersModule)] })
            export class AppModule {}
            // @filename: src/users.service.ts
            import { Injectable } from '@nestjs/common';
            @Injectable()
            export class UsersService {}
            // @filename: src/users.module.ts
            import { Module } from '@nestjs/common';
            import { UsersService } from './users.service';
            @Module({ providers: [UsersService] })
            export class UsersModule {}
            """);

        // UsersModule does not export UsersService, but the forRoot parameter is whatever module the caller passes: no verdict.
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void A_plain_class_whose_constructor_parameters_are_all_optional_is_meant_to_be_built_without_arguments()
    {
        var result = Fixture.Graph(Main + """
            // @filename: src/app.module.ts
            import { Module } from '@nestjs/common';
            type Options = { reInit?: boolean };
            export class ConfigService {
              constructor(config?: Record<string, unknown>, options: Options = {}) {}
            }
            export class RequiredCommand {
              constructor(public readonly id: string) {}
            }
            @Module({ providers: [ConfigService, RequiredCommand] })
            export class AppModule {}
            """);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("NST3004", "RequiredCommand"), (problem.Diagnostic.Code, problem.Provider));
    }
}
