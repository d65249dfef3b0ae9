using Nestor.Nest.Graph;

namespace Nestor.Nest.Tests.Graph;

/// <summary>Guards, interceptors, pipes and filters given as classes are created in the module of the controller that uses them.</summary>
public sealed class EnhancerDependencyTests
{
    private const string Keys = """
        // @filename: src/keys.service.ts
        import { Injectable } from '@nestjs/common';
        @Injectable()
        export class KeysService {}
        // @filename: src/keys.module.ts
        import { Module } from '@nestjs/common';
        import { KeysService } from './keys.service';
        @Module({ providers: [KeysService], exports: [KeysService] })
        export class KeysModule {}
        // @filename: src/api-key.guard.ts
        import { CanActivate, Injectable } from '@nestjs/common';
        import { KeysService } from './keys.service';
        @Injectable()
        export class ApiKeyGuard implements CanActivate {
          constructor(private readonly keys: KeysService) {}
          canActivate() { return true; }
        }
        """;

    [Fact]
    public void A_guard_whose_dependency_is_missing_in_the_controllers_module_is_reported_at_its_use()
    {
        var result = Fixture.Graph(Keys + """
            // @filename: src/app.module.ts
            import { Module } from '@nestjs/common';
            import { CatsController } from './cats.controller';
            @Module({ controllers: [CatsController] })
            export class AppModule {}
            // @filename: src/cats.controller.ts
            import { Controller, Get, UseGuards } from '@nestjs/common';
            import { ApiKeyGuard } from './api-key.guard';
            @Controller('cats')
            export class CatsController {
              @Get()
              @UseGuards(ApiKeyGuard)
              list() { return []; }
            }
            """);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("NST3001", problem.Diagnostic.Code);
        Assert.Equal(
            "Nest can't resolve dependencies of the ApiKeyGuard (?). Please make sure that the argument KeysService at index [0] is available in the AppModule module."
            + " ApiKeyGuard is a guard of CatsController.list(), and Nest creates it in AppModule, the module of CatsController.",
            problem.Diagnostic.Message);
        Assert.Equal("Import KeysModule (which exports KeysService) in AppModule.", problem.Diagnostic.Help);
        Assert.Equal(("AppModule", "ApiKeyGuard", "KeysService", 0), (problem.Module, problem.Provider, problem.Dependency, problem.Index));
        Assert.Equal(("/repo/src/cats.controller.ts", 6, 14), (problem.Diagnostic.Path, problem.Line, problem.Column));
        var label = Assert.Single(problem.Diagnostic.Labels);
        Assert.Equal("/repo/src/api-key.guard.ts", label.Path);
        var guard = Assert.Single(result.Injectables, i => i.Name == "ApiKeyGuard");
        Assert.Equal(("guard", "CatsController", ResolutionKind.Unresolved), (guard.Role, guard.UsedBy, guard.Dependencies[0].Kind));
    }

    [Fact]
    public void A_guard_whose_dependency_the_controllers_module_imports_is_valid()
    {
        var result = Fixture.Graph(Keys + """
            // @filename: src/app.module.ts
            import { Module } from '@nestjs/common';
            import { CatsController } from './cats.controller';
            import { KeysModule } from './keys.module';
            @Module({ imports: [KeysModule], controllers: [CatsController] })
            export class AppModule {}
            // @filename: src/cats.controller.ts
            import { Controller, Get, UseGuards, UseInterceptors, ValidationPipe, Body } from '@nestjs/common';
            import { AuthGuard } from '@nestjs/passport';
            import { ApiKeyGuard } from './api-key.guard';
            @Controller('cats')
            @UseGuards(ApiKeyGuard, AuthGuard('jwt'))
            export class CatsController {
              @Get()
              @UseInterceptors(new LoggingInterceptor())
              list(@Body(new ValidationPipe()) body: unknown, @Body(ValidationPipe) other: unknown) { return []; }
            }
            class LoggingInterceptor {}
            """);

        Assert.Empty(result.Problems);
        var guard = Assert.Single(result.Injectables, i => i.Name == "ApiKeyGuard");
        Assert.Equal((ResolutionKind.Imported, "KeysModule"), (guard.Dependencies[0].Kind, guard.Dependencies[0].From));
        Assert.Empty(result.Facts.UnusedExports);
    }

    [Fact]
    public void Pipes_of_parameters_interceptors_and_filters_and_inherited_handlers_are_checked_once_per_module()
    {
        var result = Fixture.Graph(Keys + """
            // @filename: src/app.module.ts
            import { Module } from '@nestjs/common';
            import { CatsController, DogsController } from './animals.controller';
            import { KeysService } from './keys.service';
            import { ApiKeyGuard } from './api-key.guard';
            @Module({ controllers: [CatsController, DogsController], providers: [KeysService] })
            export class AppModule {}
            // @filename: src/animals.controller.ts
            import { Controller, Get, Param, UseGuards, UseInterceptors, UseFilters, PipeTransform, Injectable, Catch } from '@nestjs/common';
            import { ApiKeyGuard } from './api-key.guard';
            class Store {}
            @Injectable()
            export class LookupPipe implements PipeTransform {
              constructor(private readonly store: Store) {}
              transform(value: string) { return value; }
            }
            @Injectable()
            export class AuditInterceptor {
              constructor(private readonly store: Store) {}
            }
            @Catch()
            export class StoreFilter {
              constructor(private readonly store: Store) {}
            }
            class BaseController {
              @Get(':id')
              @UseFilters(StoreFilter)
              one(@Param('id', LookupPipe) id: string) { return id; }
            }
            @Controller('cats')
            @UseGuards(ApiKeyGuard)
            @UseInterceptors(AuditInterceptor)
            export class CatsController extends BaseController {}
            @Controller('dogs')
            @UseGuards(ApiKeyGuard)
            export class DogsController extends BaseController {}
            """);

        // KeysService is provided in AppModule, so the guard is fine; the other three need Store, which nothing provides.
        Assert.Equal(
            [("AuditInterceptor", "interceptor"), ("LookupPipe", "pipe"), ("StoreFilter", "filter")],
            result.Problems.Select(p => (p.Provider!, Role(result, p.Provider!))).Order().ToList());
        Assert.All(result.Problems, p => Assert.Equal(("NST3001", "AppModule", "Store"), (p.Diagnostic.Code, p.Module, p.Dependency)));
    }

    [Fact]
    public void An_enhancer_without_injectable_that_has_dependencies_is_reported_as_missing_injectable()
    {
        var result = Fixture.Graph(Keys + """
            // @filename: src/app.module.ts
            import { Module } from '@nestjs/common';
            import { CatsController } from './cats.controller';
            import { KeysModule } from './keys.module';
            @Module({ imports: [KeysModule], controllers: [CatsController] })
            export class AppModule {}
            // @filename: src/cats.controller.ts
            import { Controller, UseGuards } from '@nestjs/common';
            import { KeysService } from './keys.service';
            export class PlainGuard {
              constructor(private readonly keys: KeysService) {}
              canActivate() { return true; }
            }
            @Controller('cats')
            @UseGuards(PlainGuard)
            export class CatsController {}
            """);

        var problem = Assert.Single(result.Problems);
        Assert.Equal("NST3004", problem.Diagnostic.Code);
        Assert.Equal("PlainGuard is a guard of CatsController and has constructor dependencies but no @Injectable(): Nest passes undefined for every one of them.", problem.Diagnostic.Message);
    }

    private static string Role(GraphResult result, string name) => result.Injectables.First(i => i.Name == name).Role;
}
