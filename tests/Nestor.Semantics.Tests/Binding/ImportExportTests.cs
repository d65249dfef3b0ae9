namespace Nestor.Semantics.Tests.Binding;

public sealed class ImportExportTests
{
    [Fact]
    public void Named_import_resolves_to_the_declaring_class()
    {
        var model = Project.Build(
            ("src/users.service.ts", "export class UsersService {}"),
            ("src/users.controller.ts", "import { UsersService } from './users.service';\nexport class UsersController {}"));

        var symbol = model.ResolveName("/repo/src/users.controller.ts", "UsersService");

        var service = Assert.IsType<ClassSymbol>(symbol);
        Assert.Equal("/repo/src/users.service.ts", service.Path);
        Assert.Equal("UsersService", service.Name);
        Assert.Equal(new Nestor.Text.TextSpan(13, 12), service.NameSpan);
    }

    [Fact]
    public void Barrels_re_export_through_index_files_and_renames()
    {
        var model = Project.Build(
            ("src/users/users.service.ts", "export class UsersService {}"),
            ("src/users/dto/create-user.dto.ts", "export class CreateUserDto {}"),
            ("src/users/dto/index.ts", "export * from './create-user.dto';"),
            ("src/users/index.ts", "export { UsersService as Service } from './users.service';\nexport * from './dto';"),
            ("src/app.ts", "import { Service, CreateUserDto } from './users';"));

        Assert.Equal("/repo/src/users/users.service.ts", Assert.IsType<ClassSymbol>(model.ResolveName("/repo/src/app.ts", "Service")).Path);
        Assert.Equal("/repo/src/users/dto/create-user.dto.ts", Assert.IsType<ClassSymbol>(model.ResolveName("/repo/src/app.ts", "CreateUserDto")).Path);
        Assert.Equal(["CreateUserDto", "Service"], model.GetExportNames("/repo/src/users/index.ts"));
        Assert.Empty(model.Diagnostics);
    }

    [Fact]
    public void Export_star_as_names_a_whole_module()
    {
        var model = Project.Build(
            ("src/schemas/user.schema.ts", "export class User {}\nexport const USER = 'user';"),
            ("src/schemas/index.ts", "export * as schemas from './user.schema';"),
            ("src/app.ts", "import { schemas } from './schemas';\nexport class A { constructor(private readonly user: schemas.User) {} }"));

        var module = Assert.IsType<ModuleSymbol>(model.ResolveName("/repo/src/app.ts", "schemas"));
        var parameter = Assert.Single(model.ResolveClass("/repo/src/app.ts", "A")!.ConstructorParameters);

        Assert.Equal("/repo/src/schemas/user.schema.ts", module.Path);
        Assert.Equal("schemas.User", parameter.Type!.Name);
        Assert.Equal("/repo/src/schemas/user.schema.ts", Assert.IsType<ClassSymbol>(parameter.Type.Target).Path);
    }

    [Fact]
    public void Namespace_import_reaches_exports_by_member_access()
    {
        var model = Project.Build(
            ("src/tokens.ts", "export const USERS = 'USERS_TOKEN';"),
            ("src/app.ts", "import * as tokens from './tokens';\nimport { Inject } from '@nestjs/common';\nexport class A { constructor(@Inject(tokens.USERS) private readonly users: unknown) {} }"));

        var decorator = Assert.Single(model.ResolveClass("/repo/src/app.ts", "A")!.ConstructorParameters[0].Decorators);

        Assert.Equal("USERS_TOKEN", decorator.Argument(0)!.AsString);
        Assert.True(decorator.Is("@nestjs/common", "Inject"));
    }

    [Fact]
    public void Cycles_in_re_exports_terminate_and_still_find_names()
    {
        var model = Project.Build(
            ("src/a.ts", "export * from './b';\nexport class A {}"),
            ("src/b.ts", "export * from './a';\nexport class B {}"),
            ("src/c.ts", "export { loop } from './d';"),
            ("src/d.ts", "export { loop } from './c';"),
            ("src/app.ts", "import { A, B } from './b';"));

        Assert.Equal("/repo/src/a.ts", Assert.IsType<ClassSymbol>(model.ResolveName("/repo/src/app.ts", "A")).Path);
        Assert.Equal("/repo/src/b.ts", Assert.IsType<ClassSymbol>(model.ResolveName("/repo/src/app.ts", "B")).Path);
        Assert.Null(model.ResolveExport("/repo/src/a.ts", "Missing"));
        Assert.Null(model.ResolveExport("/repo/src/c.ts", "loop"));
        Assert.Equal(["A", "B"], model.GetExportNames("/repo/src/a.ts"));
    }

    [Fact]
    public void Default_exports_of_every_form()
    {
        var model = Project.Build(
            ("src/one.ts", "export default class One {}"),
            ("src/two.ts", "class Two {}\nexport default Two;"),
            ("src/three.ts", "class Three {}\nexport { Three as default };"),
            ("src/anonymous.ts", "export default class {}"),
            ("src/config.ts", "export default { port: 3000 };"),
            ("src/app.ts", "import One from './one';\nimport Two from './two';\nimport { default as Three } from './three';\nimport Anon from './anonymous';\nimport config from './config';"));

        Assert.Equal("One", model.ResolveName("/repo/src/app.ts", "One")!.Name);
        Assert.Equal("Two", model.ResolveName("/repo/src/app.ts", "Two")!.Name);
        Assert.Equal("Three", model.ResolveName("/repo/src/app.ts", "Three")!.Name);
        Assert.Equal("default", Assert.IsType<ClassSymbol>(model.ResolveName("/repo/src/app.ts", "Anon")).Name);
        Assert.Equal(SymbolKind.Variable, model.ResolveName("/repo/src/app.ts", "config")!.Kind);
    }

    [Fact]
    public void Import_equals_require_follows_export_equals()
    {
        var model = Project.Build(
            ("src/legacy.ts", "class Legacy {}\nexport = Legacy;"),
            ("src/plain.ts", "export const a = 1;"),
            ("src/app.ts", "import Legacy = require('./legacy');\nimport plain = require('./plain');\nimport express = require('express');"));

        Assert.Equal("/repo/src/legacy.ts", Assert.IsType<ClassSymbol>(model.ResolveName("/repo/src/app.ts", "Legacy")).Path);
        Assert.Equal("/repo/src/plain.ts", Assert.IsType<ModuleSymbol>(model.ResolveName("/repo/src/app.ts", "plain")).Path);
        var express = Assert.IsType<ExternalSymbol>(model.ResolveName("/repo/src/app.ts", "express"));
        Assert.Equal(("express", "*"), (express.PackageName, express.ExportName));
    }

    [Fact]
    public void Paths_aliases_and_workspace_packages_reach_the_declaring_file()
    {
        var model = Project.Build(
            ("tsconfig.json", """{ "compilerOptions": { "baseUrl": ".", "paths": { "@app/common": ["libs/common/src"], "@app/common/*": ["libs/common/src/*"] } } }"""),
            ("libs/common/src/index.ts", "export * from './auth.guard';"),
            ("libs/common/src/auth.guard.ts", "export class AuthGuard {}"),
            ("packages/shared/package.json", """{ "name": "@acme/shared", "types": "src/index.ts" }"""),
            ("packages/shared/src/index.ts", "export class SharedDto {}"),
            ("apps/api/src/app.ts", "import { AuthGuard } from '@app/common';\nimport { AuthGuard as Direct } from '@app/common/auth.guard';\nimport { SharedDto } from '@acme/shared';"));

        Assert.Equal("/repo/libs/common/src/auth.guard.ts", Assert.IsType<ClassSymbol>(model.ResolveName("/repo/apps/api/src/app.ts", "AuthGuard")).Path);
        Assert.Equal("/repo/libs/common/src/auth.guard.ts", Assert.IsType<ClassSymbol>(model.ResolveName("/repo/apps/api/src/app.ts", "Direct")).Path);
        Assert.Equal("/repo/packages/shared/src/index.ts", Assert.IsType<ClassSymbol>(model.ResolveName("/repo/apps/api/src/app.ts", "SharedDto")).Path);
    }

    [Fact]
    public void Type_only_imports_are_flagged()
    {
        var model = Project.Build(
            ("src/user.ts", "export class User {}\nexport interface Profile {}"),
            ("src/app.ts", "import type { User } from './user';\nimport { type Profile, User as Runtime } from './user';"));

        Assert.True(model.IsTypeOnlyImport("/repo/src/app.ts", "User"));
        Assert.True(model.IsTypeOnlyImport("/repo/src/app.ts", "Profile"));
        Assert.False(model.IsTypeOnlyImport("/repo/src/app.ts", "Runtime"));
        Assert.True(model.ResolveName("/repo/src/app.ts", "Profile")!.IsTypeOnly);
    }

    [Fact]
    public void External_packages_are_symbols_known_by_name()
    {
        var model = Project.Build(("src/app.ts", "import { Injectable } from '@nestjs/common';\nimport mongoose from 'mongoose';"));

        var injectable = Assert.IsType<ExternalSymbol>(model.ResolveName("/repo/src/app.ts", "Injectable"));
        var mongoose = Assert.IsType<ExternalSymbol>(model.ResolveName("/repo/src/app.ts", "mongoose"));

        Assert.True(injectable.Is("@nestjs/common", "Injectable"));
        Assert.True(mongoose.Is("mongoose", "default"));
    }

    [Fact]
    public void Unresolved_modules_and_missing_exports_are_diagnostics_at_the_import()
    {
        var app = "import { Nope } from './users';\nimport { X } from './missing';\nimport { Y } from 'external';";
        var model = Project.Build(("src/users.ts", "export class Users {}"), ("src/app.ts", app));

        Assert.Collection(
            model.Diagnostics,
            missing =>
            {
                Assert.Equal("NST2011", missing.Code);
                Assert.Equal("module './users' has no export named 'Nope'", missing.Message);
                Assert.Equal(new Nestor.Text.TextSpan(app.IndexOf("Nope", StringComparison.Ordinal), 4), missing.Span);
            },
            unresolved =>
            {
                Assert.Equal("NST2010", unresolved.Code);
                Assert.Equal("cannot find module './missing'", unresolved.Message);
                Assert.Equal(new Nestor.Text.TextSpan(app.IndexOf("'./missing'", StringComparison.Ordinal), 11), unresolved.Span);
            });
    }

    [Fact]
    public void Merged_declarations_prefer_the_value()
    {
        var model = Project.Build(("src/a.ts", "export interface Service { x: number }\nexport class Service {}"));

        Assert.IsType<ClassSymbol>(model.ResolveExport("/repo/src/a.ts", "Service"));
        Assert.Equal(2, model.File("src/a.ts").GetDeclarations("Service").Count);
    }
}
