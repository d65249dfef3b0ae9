using Nestor.Nest.Graph;
using Nestor.Nest.Model;

namespace Nestor.Nest.Tests.Graph;

/// <summary>Two classes of one name in different files (two apps or libraries of a monorepo) are two providers to Nest.</summary>
public sealed class SameNamedClassesTests
{
    private const string TwoUsersServices = """
        // @filename: src/main.ts
        import { NestFactory } from '@nestjs/core';
        import { AppModule } from './app.module';
        NestFactory.create(AppModule);
        // @filename: src/app.module.ts
        import { Module } from '@nestjs/common';
        import { UsersModule } from './users/users.module';
        import { AdminModule } from './admin/admin.module';
        @Module({ imports: [UsersModule, AdminModule] })
        export class AppModule {}
        // @filename: src/users/users.service.ts
        import { Injectable } from '@nestjs/common';
        @Injectable()
        export class UsersService {}
        // @filename: src/users/users.controller.ts
        import { Controller } from '@nestjs/common';
        import { UsersService } from './users.service';
        @Controller('users')
        export class UsersController {
          constructor(private readonly users: UsersService) {}
        }
        // @filename: src/users/users.module.ts
        import { Module } from '@nestjs/common';
        import { UsersController } from './users.controller';
        import { UsersService } from './users.service';
        @Module({ controllers: [UsersController], providers: [UsersService] })
        export class UsersModule {}
        // @filename: src/admin/users.service.ts
        import { Injectable } from '@nestjs/common';
        @Injectable()
        export class UsersService {}
        // @filename: src/admin/admin.controller.ts
        import { Controller } from '@nestjs/common';
        import { UsersService } from './users.service';
        @Controller('admin')
        export class AdminController {
          constructor(private readonly users: UsersService) {}
        }
        // @filename: src/admin/admin.module.ts
        import { Module } from '@nestjs/common';
        import { AdminController } from './admin.controller';
        import { UsersService } from 'ADMIN_USERS_SERVICE';
        @Module({ controllers: [AdminController], providers: [UsersService] })
        export class AdminModule {}
        """;

    [Fact]
    public void Each_module_providing_its_own_class_of_the_same_name_is_valid_wiring()
    {
        var result = Fixture.Graph(TwoUsersServices.Replace("ADMIN_USERS_SERVICE", "./users.service", StringComparison.Ordinal));

        Assert.Empty(result.Problems);
        var admin = Assert.Single(result.Injectables, i => i.Name == "AdminController");
        var resolution = Assert.Single(admin.Dependencies);
        Assert.Equal((ResolutionKind.Own, "AdminModule"), (resolution.Kind, resolution.From));
        Assert.Equal("/repo/src/admin/users.service.ts", resolution.Dependency.Token.Declaration);
    }

    [Fact]
    public void A_module_that_provides_the_namesake_of_the_injected_class_is_reported()
    {
        var result = Fixture.Graph(TwoUsersServices.Replace("ADMIN_USERS_SERVICE", "../users/users.service", StringComparison.Ordinal));

        // AdminModule provides src/users' UsersService, its controller needs src/admin's: Nest fails to boot.
        var problem = Assert.Single(result.Problems, p => p.Descriptor == GraphDiagnostics.UnresolvedDependency);
        Assert.Equal(
            "Nest can't resolve dependencies of the AdminController (?). Please make sure that the argument UsersService at index [0] is available in the AdminModule module.",
            problem.Diagnostic.Message);
        Assert.Equal(("AdminModule", "AdminController", "UsersService", 0), (problem.Module, problem.Provider, problem.Dependency, problem.Index));
        Assert.Equal(("/repo/src/admin/admin.controller.ts", 5), (problem.Diagnostic.Path, problem.Line));

        // The same class provided by two modules is the duplicate, a warning.
        var duplicate = Assert.Single(result.Problems, p => p.Descriptor == GraphDiagnostics.DuplicateProvider);
        Assert.Equal("/repo/src/users/users.module.ts", duplicate.Diagnostic.Path);
    }

    [Fact]
    public void The_model_keeps_every_same_named_class_and_module_with_its_declaration()
    {
        var project = Fixture.Load(TwoUsersServices.Replace("ADMIN_USERS_SERVICE", "./users.service", StringComparison.Ordinal));

        Assert.Equal(
            ["/repo/src/admin/users.service.ts", "/repo/src/users/users.service.ts"],
            project.AllClasses.Where(c => c.Name == "UsersService").Select(c => c.Location.Path).Order(StringComparer.Ordinal));
        Assert.Equal("/repo/src/admin/users.service.ts", project.FindModule("AdminModule")!.Providers[0].ImplementationPath);
        Assert.Equal("/repo/src/users/users.service.ts", project.FindClass("UsersService", "/repo/src/users/users.service.ts")!.Id.Path);
        Assert.Null(project.FindClass("UsersService", "/repo/src/other/users.service.ts"));
        Assert.Equal([new ClassId("/repo/src/app.module.ts", "AppModule")], project.EntryModuleIds);
    }

    [Fact]
    public void Two_symbol_constants_with_one_description_are_two_tokens_but_symbol_for_is_one()
    {
        var result = Fixture.Graph("""
            // @filename: src/a.tokens.ts
            export const REPO = Symbol('REPO');
            export const SHARED = Symbol.for('SHARED');
            // @filename: src/b.tokens.ts
            export const REPO = Symbol('REPO');
            export const SHARED = Symbol.for('SHARED');
            // @filename: src/app.module.ts
            import { Module, Injectable, Inject } from '@nestjs/common';
            import { REPO, SHARED } from './a.tokens';
            import * as b from './b.tokens';
            @Injectable()
            export class Service {
              constructor(@Inject(b.REPO) private readonly repo: unknown, @Inject(b.SHARED) private readonly shared: unknown) {}
            }
            @Module({ providers: [Service, { provide: REPO, useValue: 1 }, { provide: SHARED, useValue: 2 }] })
            export class AppModule {}
            """);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("NST3001", "Symbol(REPO)", 0), (problem.Diagnostic.Code, problem.Dependency, problem.Index));
    }

    [Fact]
    public void Two_apps_of_a_monorepo_with_modules_of_the_same_name_are_checked_each_in_its_own_scope()
    {
        var result = Fixture.Graph("""
            // @filename: apps/api/src/main.ts
            import { NestFactory } from '@nestjs/core';
            import { AppModule } from './app.module';
            NestFactory.create(AppModule);
            // @filename: apps/api/src/app.module.ts
            import { Module } from '@nestjs/common';
            import { UsersModule } from './users.module';
            @Module({ imports: [UsersModule] })
            export class AppModule {}
            // @filename: apps/api/src/users.module.ts
            import { Module, Injectable } from '@nestjs/common';
            @Injectable()
            export class UsersService {}
            @Injectable()
            export class ProfileService {
              constructor(private readonly users: UsersService) {}
            }
            @Module({ providers: [UsersService, ProfileService] })
            export class UsersModule {}
            // @filename: apps/worker/src/main.ts
            import { NestFactory } from '@nestjs/core';
            import { AppModule } from './app.module';
            NestFactory.createApplicationContext(AppModule);
            // @filename: apps/worker/src/app.module.ts
            import { Module } from '@nestjs/common';
            import { UsersModule } from './users.module';
            @Module({ imports: [UsersModule] })
            export class AppModule {}
            // @filename: apps/worker/src/users.module.ts
            import { Module, Injectable } from '@nestjs/common';
            @Injectable()
            export class MailService {}
            @Injectable()
            export class UsersService {
              constructor(private readonly mail: MailService) {}
            }
            @Module({ providers: [UsersService] })
            export class UsersModule {}
            """);

        // Only the worker's UsersModule lacks a provider; the api's wiring is complete.
        var problem = Assert.Single(result.Problems);
        Assert.Equal("NST3001", problem.Diagnostic.Code);
        Assert.Equal(("UsersModule", "UsersService", "MailService"), (problem.Module, problem.Provider, problem.Dependency));
        Assert.Equal("/repo/apps/worker/src/users.module.ts", problem.Diagnostic.Path);
        Assert.Equal(2, result.Injectables.Count(i => i.Name == "UsersService"));
        Assert.Empty(result.Facts.OrphanModules);

        // Each of the two UsersModules is written with its own wiring.
        var text = Nestor.Nest.Output.GraphTextWriter.Write(result);
        Assert.Contains("      <- UsersService (own)", text, StringComparison.Ordinal);
        Assert.Contains("      <- MailService (UNRESOLVED)", text, StringComparison.Ordinal);
        Assert.Equal(2, text.Split("\nUsersModule (apps/").Length - 1);
    }
}
