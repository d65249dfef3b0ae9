namespace Nestor.Semantics.Tests.Workspace;

public sealed class WorkspaceTests
{
    private static Semantics.Workspace Load(params (string Path, string Content)[] files) =>
        Semantics.Workspace.FromFiles("/repo", files.Select(file => KeyValuePair.Create("/repo/" + file.Path, file.Content)));

    [Fact]
    public void Dependencies_tell_which_integrations_the_project_uses()
    {
        var workspace = Load(("package.json", """
            { "dependencies": { "@nestjs/mongoose": "^10.0.0", "helmet": "^7" }, "devDependencies": { "@nestjs/swagger": "7" } }
            """));

        Assert.True(workspace.UsesPackage("@nestjs/mongoose"));
        Assert.True(workspace.UsesPackage("helmet"));
        Assert.True(workspace.UsesPackage("@nestjs/swagger"));
        Assert.False(workspace.UsesPackage("@nestjs/throttler"));
        Assert.False(workspace.UsesPackage("class-validator"));
    }

    [Fact]
    public void Nest_cli_monorepo_lists_apps_and_libraries()
    {
        var workspace = Load(
            ("nest-cli.json", """
            {
              "monorepo": true, "root": "apps/gateway", "sourceRoot": "apps/gateway/src",
              "compilerOptions": { "tsConfigPath": "apps/gateway/tsconfig.app.json" },
              "projects": {
                "gateway": { "type": "application", "root": "apps/gateway", "sourceRoot": "apps/gateway/src", "entryFile": "main" },
                "common": { "type": "library", "root": "libs/common", "sourceRoot": "libs/common/src" }
              }
            }
            """),
            ("apps/gateway/src/main.ts", ""), ("libs/common/src/index.ts", ""), ("libs/common/tsconfig.lib.json", "{}"));

        Assert.True(workspace.NestCli!.IsMonorepo);
        Assert.Equal("apps/gateway/tsconfig.app.json", workspace.NestCli.TsConfigPath);
        Assert.Equal(
            [
                new WorkspaceProject("gateway", WorkspaceProjectKind.Application, "/repo/apps/gateway", "/repo/apps/gateway/src", "nest-cli.json"),
                new WorkspaceProject("common", WorkspaceProjectKind.Library, "/repo/libs/common", "/repo/libs/common/src", "nest-cli.json"),
            ],
            workspace.Projects);
    }

    [Fact]
    public void Apps_and_libs_layout_without_nest_cli_is_recognised()
    {
        var workspace = Load(
            ("apps/api/project.json", "{}"), ("apps/api/src/main.ts", ""),
            ("libs/shared/data/tsconfig.json", "{}"), ("libs/shared/data/src/index.ts", ""));

        Assert.Equal(
            [
                new WorkspaceProject("api", WorkspaceProjectKind.Application, "/repo/apps/api", "/repo/apps/api/src", "apps/ layout"),
                new WorkspaceProject("shared/data", WorkspaceProjectKind.Library, "/repo/libs/shared/data", "/repo/libs/shared/data/src", "libs/ layout"),
            ],
            workspace.Projects);
    }

    [Fact]
    public void Pnpm_and_yarn_workspaces_declare_packages()
    {
        var workspace = Load(
            ("package.json", """{ "name": "mono", "workspaces": { "packages": ["services/*"] } }"""),
            ("pnpm-workspace.yaml", "packages:\n  - 'tools/*' # scripts\n  - \"!tools/skip\"\ncatalog:\n  - nope/*\n"),
            ("services/orders/package.json", """{ "name": "@mono/orders" }"""),
            ("tools/gen/package.json", """{ "name": "gen" }"""),
            ("tools/skip/package.json", """{ "name": "skip" }"""),
            ("nope/x/package.json", """{ "name": "x" }"""));

        Assert.Equal(["services/*", "tools/*", "!tools/skip"], workspace.PackageGlobs);
        Assert.Equal(["@mono/orders", "gen"], workspace.Projects.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.All(workspace.Projects, p => Assert.Equal(WorkspaceProjectKind.Package, p.Kind));
    }

    [Fact]
    public void Broken_package_json_is_a_diagnostic_and_others_still_load()
    {
        var workspace = Load(("package.json", "{ \"name\": "), ("packages/a/package.json", """{ "name": "a", "dependencies": { "@nestjs/config": "3" } }"""));

        var diagnostic = Assert.Single(workspace.Diagnostics);

        Assert.Equal("NST2001", diagnostic.Code);
        Assert.Equal("/repo/package.json", diagnostic.Path);
        Assert.True(workspace.UsesPackage("@nestjs/config"));
    }

    [Fact]
    public void Load_from_disk_finds_sources_and_configs_and_skips_ignored_folders()
    {
        using var folder = new TempFolder(
            ("package.json", """{ "dependencies": { "@nestjs/throttler": "5" } }"""),
            ("tsconfig.json", """{ "compilerOptions": { "baseUrl": "." } }"""),
            (".gitignore", "generated/\n"),
            ("src/main.ts", ""), ("generated/api.ts", ""), ("node_modules/x/package.json", "{ broken"), ("dist/main.js", ""));

        var workspace = Semantics.Workspace.Load(folder.Root);
        var root = WorkspacePath.Normalize(folder.Root);

        Assert.Equal([root + "/src/main.ts"], workspace.SourceFiles);
        Assert.Equal(root + "/tsconfig.json", Assert.Single(workspace.TsConfigs).Path);
        Assert.True(workspace.UsesPackage("@nestjs/throttler"));
        Assert.Empty(workspace.Diagnostics);
    }

    [Fact]
    public void Load_of_a_missing_folder_is_a_diagnostic_not_an_exception()
    {
        var workspace = Semantics.Workspace.Load("/no/such/folder");

        var diagnostic = Assert.Single(workspace.Diagnostics);

        Assert.Equal("NST2005", diagnostic.Code);
        Assert.Equal("/no/such/folder: no such folder", diagnostic.Message);
        Assert.Empty(workspace.SourceFiles);
    }
}
