namespace Nestor.Semantics.Tests.Binding;

public sealed class MoreFormsTests
{
    [Fact]
    public void Enum_members_may_refer_to_their_own_enum_and_to_other_enums()
    {
        var model = Project.Build(
            ("src/a.ts", "import { B } from './b';\nexport enum A { X = 1, Y = A.X + 1, Z = B.P, W = A.W }"),
            ("src/b.ts", "import { A } from './a';\nexport enum B { P = 'p', Q = A.Y }"));

        var a = Assert.IsType<EnumSymbol>(model.ResolveExport("/repo/src/a.ts", "A"));
        var b = Assert.IsType<EnumSymbol>(model.ResolveExport("/repo/src/b.ts", "B"));

        Assert.Equal(["X=1", "Y=2", "Z=\"p\""], a.Members.Select(m => m.Key + "=" + m.Value));
        Assert.Equal(["P=\"p\"", "Q=2"], b.Members.Select(m => m.Key + "=" + m.Value));
    }

    [Fact]
    public void Destructured_and_exported_import_equals_names_are_exported()
    {
        var model = Project.Build(
            ("src/config.ts", "const settings = { a: 1, b: 2 };\nexport const { a, b: renamed } = settings;\nexport import legacy = require('./legacy');"),
            ("src/legacy.ts", "export = class Legacy {};"));

        Assert.Equal(["a", "legacy", "renamed"], model.GetExportNames("/repo/src/config.ts"));
        Assert.Equal(SymbolKind.Variable, model.ResolveExport("/repo/src/config.ts", "renamed")!.Kind);
    }

    [Fact]
    public void Export_type_re_exports_are_marked_type_only_and_resolve()
    {
        var model = Project.Build(
            ("src/user.ts", "export interface User { id: string }"),
            ("src/index.ts", "export type { User } from './user';\nexport { type User as Person } from './user';"));

        var file = model.File("src/index.ts");

        Assert.True(file.Exports["User"].IsTypeOnly);
        Assert.True(file.Exports["Person"].IsTypeOnly);
        Assert.Equal(SymbolKind.Interface, model.ResolveExport("/repo/src/index.ts", "Person")!.Kind);
    }

    [Fact]
    public void Re_exports_of_external_packages_stay_external()
    {
        var model = Project.Build(
            ("src/index.ts", "export { Injectable as Service } from '@nestjs/common';\nexport * as rx from 'rxjs';\nexport * from '@nestjs/mongoose';"),
            ("src/app.ts", "import { Service, rx, Prop } from './index';"));

        Assert.True(Assert.IsType<ExternalSymbol>(model.ResolveName("/repo/src/app.ts", "Service")).Is("@nestjs/common", "Injectable"));
        Assert.True(Assert.IsType<ExternalSymbol>(model.ResolveName("/repo/src/app.ts", "rx")).Is("rxjs", "*"));
        Assert.Null(model.ResolveName("/repo/src/app.ts", "Prop"));
        Assert.Empty(model.Diagnostics);
    }

    [Fact]
    public void Unresolved_side_effect_imports_and_re_exports_are_reported_once_per_specifier()
    {
        var source = "import './polyfill';\nexport * from './gone';\nexport { a } from './gone';";
        var model = Project.Build(("src/a.ts", source));

        Assert.Equal(
            ["NST2010 cannot find module './polyfill' at 7", "NST2010 cannot find module './gone' at 35"],
            model.Diagnostics.Select(d => $"{d.Code} {d.Message} at {d.Span.Start}"));
    }

    [Fact]
    public void Unreadable_or_invalid_sources_never_stop_the_build()
    {
        var model = Project.Build(
            ("src/broken.ts", "export class { @@@ ;;; import from"),
            ("src/ok.ts", "import { X } from './broken';\nexport class Ok {}"),
            ("src/binary.js", "\u0000\u0001\u0002"));

        Assert.NotNull(model.ResolveClass("/repo/src/ok.ts", "Ok"));
        Assert.Equal(3, model.Files.Count);
        Assert.NotEmpty(model.File("src/broken.ts").Tree.Diagnostics);
    }

    [Fact]
    public void Jsonc_configs_with_block_comments_and_trailing_commas_load()
    {
        var model = Project.Build(
            ("tsconfig.json", "/* root */ {\n  \"compilerOptions\": {\n    // aliases\n    \"paths\": { \"@x/*\": [\"src/x/*\",], },\n  },\n}\n"),
            ("src/x/y.ts", "export const Y = 'y';"),
            ("src/app.ts", "import { Y } from '@x/y';"));

        Assert.Empty(model.Diagnostics);
        Assert.Equal("/repo/src/x/y.ts", ((VariableSymbol)model.ResolveName("/repo/src/app.ts", "Y")!).Path);
    }

    [Fact]
    public void Import_of_a_name_from_a_module_with_an_external_star_export_is_not_a_missing_export()
    {
        var model = Project.Build(
            ("src/lib.ts", "export * from 'some-package';\nexport class Own {}"),
            ("src/app.ts", "import { FromPackage, Own } from './lib';"));

        Assert.Empty(model.Diagnostics);
    }

    [Fact]
    public void Default_import_of_an_export_equals_module_is_its_value()
    {
        var model = Project.Build(
            ("src/cjs.ts", "class Client {}\nexport = Client;"),
            ("src/helpers.js", "module.exports = { helper() {} };"),
            ("src/app.ts", "import Client from './cjs';\nimport { helper } from './helpers';"));

        Assert.Equal("Client", Assert.IsType<ClassSymbol>(model.ResolveName("/repo/src/app.ts", "Client")).Name);
        Assert.Empty(model.Diagnostics);
    }
}
