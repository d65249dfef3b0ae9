namespace Nestor.Semantics.Tests.Workspace;

public sealed class TsConfigTests
{
    private static Semantics.Workspace Load(params (string Path, string Content)[] files) =>
        Semantics.Workspace.FromFiles("/repo", files.Select(file => KeyValuePair.Create("/repo/" + file.Path, file.Content)));

    [Fact]
    public void Extends_chains_merge_options_and_the_extending_file_wins()
    {
        var workspace = Load(
            ("tsconfig.base.json", """
            {
              // shared options
              "compilerOptions": { "strict": true, "baseUrl": ".", "experimentalDecorators": true, "outDir": "out", },
            }
            """),
            ("apps/api/tsconfig.json", """{ "extends": "../../tsconfig.base", "compilerOptions": { "strict": false } }"""),
            ("apps/api/src/main.ts", ""));

        var config = workspace.TsConfigs.Single(c => c.Path == "/repo/apps/api/tsconfig.json");

        Assert.Equal(["/repo/tsconfig.base.json"], config.ExtendsChain);
        Assert.False(config.Options.Strict);
        Assert.True(config.Options.ExperimentalDecorators);
        Assert.Equal("/repo", config.Options.BaseUrl);
        Assert.Equal("/repo/out", config.Options.OutDir);
        Assert.Empty(workspace.Diagnostics);
    }

    [Fact]
    public void Extends_a_package_through_node_modules()
    {
        var workspace = Load(
            ("node_modules/@tsconfig/node20/tsconfig.json", """{ "compilerOptions": { "target": "es2022", "module": "node16" } }"""),
            ("node_modules/@company/tsconfig/package.json", """{ "name": "@company/tsconfig", "tsconfig": "nest.json" }"""),
            ("node_modules/@company/tsconfig/nest.json", """{ "compilerOptions": { "emitDecoratorMetadata": true } }"""),
            ("tsconfig.json", """{ "extends": ["@tsconfig/node20/tsconfig.json", "@company/tsconfig"] }"""),
            ("src/main.ts", ""));

        var config = Assert.Single(workspace.TsConfigs);

        Assert.Contains("/repo/node_modules/@tsconfig/node20/tsconfig.json", config.ExtendsChain);
        Assert.Contains("/repo/node_modules/@company/tsconfig/nest.json", config.ExtendsChain);
        Assert.True(config.Options.EmitDecoratorMetadata);
        Assert.Equal("es2022", config.Options.Target);
        Assert.Equal("node16", config.Options.Module);
        Assert.Empty(workspace.Diagnostics);
    }

    [Fact]
    public void Later_bases_of_an_extends_array_override_option_by_option()
    {
        var workspace = Load(
            ("a.json", """{ "compilerOptions": { "strict": true, "target": "es2019", "baseUrl": "./a" } }"""),
            ("b.json", """{ "compilerOptions": { "target": "es2022" } }"""),
            ("tsconfig.json", """{ "extends": ["./a.json", "./b.json"], "compilerOptions": { "module": "commonjs" } }"""));

        var options = workspace.TsConfigs.Single(c => c.FileName == "tsconfig.json").Options;

        Assert.Equal((true, "es2022", "commonjs", "/repo/a"), (options.Strict, options.Target, options.Module, options.BaseUrl));
    }

    [Fact]
    public void Include_and_exclude_are_inherited_relative_to_the_file_that_wrote_them()
    {
        var workspace = Load(
            ("tsconfig.json", """{ "include": ["src"], "exclude": ["src/**/*.spec.ts"] }"""),
            ("tsconfig.build.json", """{ "extends": "./tsconfig.json" }"""),
            ("src/a.ts", ""), ("src/a.spec.ts", ""), ("test/e2e.ts", ""));

        var build = workspace.TsConfigs.Single(c => c.FileName == "tsconfig.build.json");

        Assert.Equal(["/repo/src/a.ts"], workspace.GetProjectFiles(build));
    }

    [Fact]
    public void Default_include_is_everything_but_node_modules_and_out_dir()
    {
        var workspace = Load(
            ("tsconfig.json", """{ "compilerOptions": { "outDir": "./build" } }"""),
            ("src/a.ts", ""), ("build/a.js", ""), ("scripts/tool.js", ""), ("types/x.d.ts", ""));

        var config = Assert.Single(workspace.TsConfigs);

        Assert.Equal(["/repo/src/a.ts", "/repo/types/x.d.ts"], workspace.GetProjectFiles(config));
    }

    [Fact]
    public void Files_list_without_include_compiles_only_those_files()
    {
        var workspace = Load(("tsconfig.json", """{ "files": ["src/main.ts"] }"""), ("src/main.ts", ""), ("src/other.ts", ""));

        Assert.Equal(["/repo/src/main.ts"], workspace.GetProjectFiles(workspace.TsConfigs[0]));
    }

    [Fact]
    public void Allow_js_adds_javascript_files()
    {
        var workspace = Load(("tsconfig.json", """{ "compilerOptions": { "allowJs": true }, "include": ["src/**/*"] }"""), ("src/a.js", ""), ("src/b.ts", ""));

        Assert.Equal(["/repo/src/a.js", "/repo/src/b.ts"], workspace.GetProjectFiles(workspace.TsConfigs[0]));
    }

    [Fact]
    public void Paths_targets_are_relative_to_base_url_or_to_the_declaring_file()
    {
        var workspace = Load(
            ("tsconfig.json", """{ "compilerOptions": { "baseUrl": "./src", "paths": { "@app/*": ["app/*", "fallback/*"], "@config": ["config/index.ts"] } } }"""),
            ("libs/tsconfig.json", """{ "compilerOptions": { "paths": { "@lib/*": ["./lib/*"] } } }"""));

        var root = workspace.TsConfigs.Single(c => c.Path == "/repo/tsconfig.json");
        var libs = workspace.TsConfigs.Single(c => c.Path == "/repo/libs/tsconfig.json");

        Assert.Equal(["/repo/src/app/*", "/repo/src/fallback/*"], root.Options.Paths[0].Targets);
        Assert.Equal(["/repo/src/config/index.ts"], root.Options.Paths[1].Targets);
        Assert.Equal(["/repo/libs/lib/*"], libs.Options.Paths[0].Targets);
    }

    [Fact]
    public void References_are_read_as_tsconfig_paths()
    {
        var workspace = Load(
            ("tsconfig.json", """{ "files": [], "references": [{ "path": "./apps/api" }, { "path": "./libs/core/tsconfig.lib.json" }] }"""),
            ("apps/api/tsconfig.json", "{}"),
            ("libs/core/tsconfig.lib.json", "{}"));

        var solution = workspace.TsConfigs.Single(c => c.Path == "/repo/tsconfig.json");

        Assert.Equal(["/repo/apps/api/tsconfig.json", "/repo/libs/core/tsconfig.lib.json"], solution.References);
    }

    [Fact]
    public void Broken_json_is_a_diagnostic_at_its_position_and_the_rest_still_loads()
    {
        var broken = "{\n  \"compilerOptions\": {\n    \"strict\": true\n    \"baseUrl\": \".\"\n  }\n}\n";
        var workspace = Load(("tsconfig.json", broken), ("apps/api/tsconfig.json", "{}"), ("apps/api/src/main.ts", ""));

        var diagnostic = Assert.Single(workspace.Diagnostics);

        Assert.Equal("NST2001", diagnostic.Code);
        Assert.Equal("/repo/tsconfig.json", diagnostic.Path);
        Assert.StartsWith("tsconfig.json is not valid JSON: ", diagnostic.Message);
        Assert.Equal(broken.IndexOf("\"baseUrl\"", StringComparison.Ordinal), diagnostic.Span.Start);
        Assert.Equal("/repo/apps/api/tsconfig.json", Assert.Single(workspace.TsConfigs).Path);
        Assert.Equal("/repo/apps/api/tsconfig.json", workspace.GetTsConfig("/repo/apps/api/src/main.ts")?.Path);
    }

    [Fact]
    public void Missing_extends_target_is_a_diagnostic_on_the_specifier_and_the_file_still_loads()
    {
        var text = """{ "extends": "./missing.json", "compilerOptions": { "strict": true } }""";
        var workspace = Load(("tsconfig.json", text));

        var diagnostic = Assert.Single(workspace.Diagnostics);

        Assert.Equal("NST2002", diagnostic.Code);
        Assert.Equal("cannot find the configuration './missing.json' that tsconfig.json extends", diagnostic.Message);
        Assert.Equal(new Nestor.Text.TextSpan(text.IndexOf("\"./missing.json\"", StringComparison.Ordinal), "\"./missing.json\"".Length), diagnostic.Span);
        Assert.True(Assert.Single(workspace.TsConfigs).Options.Strict);
    }

    [Fact]
    public void Extends_cycles_are_reported_and_do_not_hang()
    {
        var workspace = Load(
            ("a.json", """{ "extends": "./tsconfig.json", "compilerOptions": { "strict": true } }"""),
            ("tsconfig.json", """{ "extends": "./a.json" }"""));

        var diagnostic = Assert.Single(workspace.Diagnostics);

        Assert.Equal("NST2003", diagnostic.Code);
        Assert.Equal("/repo/a.json", diagnostic.Path);
        Assert.Equal("tsconfig.json extends itself through tsconfig.json -> a.json -> tsconfig.json", diagnostic.Message);
        Assert.True(Assert.Single(workspace.TsConfigs).Options.Strict);
    }

    [Fact]
    public void Nearest_including_tsconfig_owns_a_file()
    {
        var workspace = Load(
            ("tsconfig.json", """{ "files": [], "references": [{ "path": "./tsconfig.app.json" }, { "path": "./tsconfig.spec.json" }] }"""),
            ("tsconfig.app.json", """{ "include": ["src/**/*.ts"], "exclude": ["src/**/*.spec.ts"] }"""),
            ("tsconfig.spec.json", """{ "include": ["src/**/*.spec.ts"] }"""),
            ("src/a.ts", ""), ("src/a.spec.ts", ""), ("scripts/seed.ts", ""));

        Assert.Equal("tsconfig.app.json", workspace.GetTsConfig("/repo/src/a.ts")?.FileName);
        Assert.Equal("tsconfig.spec.json", workspace.GetTsConfig("/repo/src/a.spec.ts")?.FileName);
        Assert.Equal("tsconfig.json", workspace.GetTsConfig("/repo/scripts/seed.ts")?.FileName);
    }
}
