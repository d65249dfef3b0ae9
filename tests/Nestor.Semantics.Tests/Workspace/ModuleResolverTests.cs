namespace Nestor.Semantics.Tests.Workspace;

public sealed class ModuleResolverTests
{
    private static Semantics.Workspace Load(params (string Path, string Content)[] files) =>
        Semantics.Workspace.FromFiles("/repo", files.Select(file => KeyValuePair.Create("/repo/" + file.Path, file.Content)));

    [Theory]
    [InlineData("./b", "/repo/src/b.ts")]
    [InlineData("./b.js", "/repo/src/b.ts")]
    [InlineData("./view", "/repo/src/view.tsx")]
    [InlineData("./types", "/repo/src/types.d.ts")]
    [InlineData("./users", "/repo/src/users/index.ts")]
    [InlineData("../lib/helper", "/repo/lib/helper.js")]
    [InlineData("./esm.mjs", "/repo/src/esm.mts")]
    [InlineData(".", "/repo/src/index.ts")]
    public void Relative_specifiers_probe_extensions_and_index_files(string specifier, string expected)
    {
        var workspace = Load(
            ("src/a.ts", ""), ("src/b.ts", ""), ("src/view.tsx", ""), ("src/types.d.ts", ""), ("src/users/index.ts", ""),
            ("lib/helper.js", ""), ("src/esm.mts", ""), ("src/index.ts", ""));

        var resolution = workspace.Resolver.Resolve("/repo/src/a.ts", specifier);

        Assert.Equal(ModuleResolutionKind.File, resolution.Kind);
        Assert.Equal(expected, resolution.Path);
    }

    [Fact]
    public void Missing_relative_file_is_unresolved()
    {
        var workspace = Load(("src/a.ts", ""));

        var resolution = workspace.Resolver.Resolve("/repo/src/a.ts", "./missing");

        Assert.Equal(ModuleResolutionKind.Unresolved, resolution.Kind);
        Assert.Null(resolution.Path);
    }

    [Fact]
    public void Paths_aliases_try_targets_in_order_and_prefer_the_longest_prefix()
    {
        var workspace = Load(
            ("tsconfig.json", """{ "compilerOptions": { "baseUrl": ".", "paths": { "@app/*": ["src/missing/*", "src/app/*"], "@app/core/*": ["libs/core/src/*"], "@config": ["src/config/index.ts"] } } }"""),
            ("src/main.ts", ""), ("src/app/users.service.ts", ""), ("libs/core/src/db.ts", ""), ("src/config/index.ts", ""));

        Assert.Equal("/repo/src/app/users.service.ts", workspace.Resolver.Resolve("/repo/src/main.ts", "@app/users.service").Path);
        Assert.Equal("/repo/libs/core/src/db.ts", workspace.Resolver.Resolve("/repo/src/main.ts", "@app/core/db").Path);
        Assert.Equal("/repo/src/config/index.ts", workspace.Resolver.Resolve("/repo/src/main.ts", "@config").Path);
    }

    [Fact]
    public void Base_url_resolves_non_relative_names()
    {
        var workspace = Load(("tsconfig.json", """{ "compilerOptions": { "baseUrl": "./src" } }"""), ("src/main.ts", ""), ("src/users/users.module.ts", ""));

        var resolution = workspace.Resolver.Resolve("/repo/src/main.ts", "users/users.module");

        Assert.Equal("/repo/src/users/users.module.ts", resolution.Path);
    }

    [Fact]
    public void Workspace_packages_resolve_by_name_to_their_sources()
    {
        var workspace = Load(
            ("package.json", """{ "name": "root", "workspaces": ["packages/*"] }"""),
            ("packages/shared/package.json", """{ "name": "@acme/shared", "main": "dist/index.js" }"""),
            ("packages/shared/src/index.ts", ""),
            ("packages/shared/src/dto/user.dto.ts", ""),
            ("packages/exports/package.json", """{ "name": "@acme/exports", "exports": { ".": { "types": "./src/main.ts", "default": "./dist/main.js" }, "./utils/*": "./src/utils/*.ts" } }"""),
            ("packages/exports/src/main.ts", ""),
            ("packages/exports/src/utils/strings.ts", ""),
            ("apps/api/src/main.ts", ""));

        Assert.Equal("/repo/packages/shared/src/index.ts", workspace.Resolver.Resolve("/repo/apps/api/src/main.ts", "@acme/shared").Path);
        Assert.Equal("/repo/packages/shared/src/dto/user.dto.ts", workspace.Resolver.Resolve("/repo/apps/api/src/main.ts", "@acme/shared/dto/user.dto").Path);
        Assert.Equal("/repo/packages/exports/src/main.ts", workspace.Resolver.Resolve("/repo/apps/api/src/main.ts", "@acme/exports").Path);
        Assert.Equal("/repo/packages/exports/src/utils/strings.ts", workspace.Resolver.Resolve("/repo/apps/api/src/main.ts", "@acme/exports/utils/strings").Path);
    }

    [Theory]
    [InlineData("@nestjs/common", "@nestjs/common")]
    [InlineData("@nestjs/mongoose/dist/common", "@nestjs/mongoose")]
    [InlineData("mongoose", "mongoose")]
    [InlineData("rxjs/operators", "rxjs")]
    [InlineData("node:fs", "node:fs")]
    public void Bare_specifiers_outside_the_workspace_are_external_packages(string specifier, string package)
    {
        var workspace = Load(("src/a.ts", ""), ("node_modules/mongoose/index.d.ts", ""));

        var resolution = workspace.Resolver.Resolve("/repo/src/a.ts", specifier);

        Assert.Equal(ModuleResolutionKind.External, resolution.Kind);
        Assert.Equal(package, resolution.PackageName);
        Assert.Null(resolution.Path);
    }
}
