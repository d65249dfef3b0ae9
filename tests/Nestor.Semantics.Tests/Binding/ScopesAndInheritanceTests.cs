using Nestor.Syntax;

namespace Nestor.Semantics.Tests.Binding;

/// <summary>Local scopes that shadow module-level names, members inherited across files, and ambient module declarations.</summary>
public sealed class ScopesAndInheritanceTests
{
    private static Identifier IdentifierAt(FileModel file, string marker, string name)
    {
        var at = file.Text.Content.IndexOf(marker, StringComparison.Ordinal) + marker.IndexOf(name, StringComparison.Ordinal);
        return Assert.IsType<Identifier>(file.Tree.FindNode(at));
    }

    [Fact]
    public void A_parameter_or_local_variable_shadows_the_module_level_name_where_it_is_in_scope()
    {
        var model = Project.Build(
            ("src/tokens.ts", "export const CONFIG = 'CONFIG';"),
            ("src/app.ts", """
                import { CONFIG } from './tokens';
                export function withParameter(CONFIG: string) { return CONFIG + '!'; }
                export function withLocal() { const CONFIG = 'local'; return CONFIG; }
                export function outside() { return CONFIG; }
                export const arrow = (value: string) => { for (const CONFIG of [value]) { use(CONFIG); } };
                declare function use(value: string): void;
                """));
        var file = model.File("src/app.ts");

        var parameter = Assert.IsType<LocalSymbol>(model.ResolveName(file, IdentifierAt(file, "return CONFIG + ", "CONFIG")));
        Assert.Equal(LocalKind.Parameter, parameter.LocalKind);
        var local = Assert.IsType<LocalSymbol>(model.ResolveName(file, IdentifierAt(file, "return CONFIG;", "CONFIG")));
        Assert.Equal((LocalKind.Variable, true), (local.LocalKind, local.IsConst));
        Assert.IsType<VariableSymbol>(model.ResolveName(file, IdentifierAt(file, "outside() { return CONFIG", "CONFIG")));
        Assert.Equal(LocalKind.Variable, Assert.IsType<LocalSymbol>(model.ResolveName(file, IdentifierAt(file, "use(CONFIG)", "CONFIG"))).LocalKind);
    }

    [Fact]
    public void A_local_constant_evaluates_to_its_own_value_and_a_parameter_is_not_the_module_constant()
    {
        var model = Project.Build(("src/app.ts", """
            const PROVIDERS = ['module'];
            export class DynamicModule {
              static forRoot(PROVIDERS: unknown[]) {
                const EXPORTS = ['local'];
                return { providers: PROVIDERS, exports: EXPORTS };
              }
            }
            """));
        var file = model.File("src/app.ts");
        var returned = Values(file).OfType<ObjectLiteralExpression>().Single();

        var value = Assert.IsType<ObjectValue>(model.Evaluate(file, returned));

        var providers = Assert.IsType<SymbolReferenceValue>(value["providers"]);
        Assert.Equal(LocalKind.Parameter, Assert.IsType<LocalSymbol>(providers.Symbol).LocalKind);
        Assert.Equal("local", Assert.IsType<StringValue>(Assert.Single(Assert.IsType<ArrayValue>(value["exports"]).Items)).Value);
    }

    [Fact]
    public void A_local_constant_array_changed_after_its_declaration_is_not_its_initializer()
    {
        var model = Project.Build(("src/app.ts", """
            export function build(extra: unknown) {
              const imports = ['base'];
              imports.push(extra);
              const fixed = ['only'];
              return { imports, fixed };
            }
            """));
        var file = model.File("src/app.ts");

        var value = Assert.IsType<ObjectValue>(model.Evaluate(file, Values(file).OfType<ObjectLiteralExpression>().Single()));

        Assert.IsType<LocalSymbol>(Assert.IsType<SymbolReferenceValue>(value["imports"]).Symbol);
        Assert.IsType<ArrayValue>(value["fixed"]);
    }

    [Fact]
    public void Decorators_see_the_names_outside_the_function_they_decorate()
    {
        var model = Project.Build(("src/service.ts", """
            import { Inject } from '@nestjs/common';
            const TOKEN = 'TOKEN';
            export class Service {
              constructor(@Inject(TOKEN) TOKEN: string) {}
            }
            """));

        var parameter = Assert.Single(model.File("src/service.ts").Classes[0].ConstructorParameters);
        Assert.Equal("TOKEN", Assert.IsType<StringValue>(Assert.Single(parameter.Decorators).Arguments[0]).Value);
    }

    [Fact]
    public void A_local_class_or_interface_shadows_a_module_level_type_but_a_variable_does_not()
    {
        var model = Project.Build(("src/app.ts", """
            export class User {}
            export function build() {
              interface User { local: true }
              const Account = 1;
              let user: User;
              let account: Account;
            }
            export class Account {}
            """));
        var file = model.File("src/app.ts");
        var types = Values(file).OfType<VariableDeclaration>().Where(v => v.Type is not null).Select(v => model.ResolveType(file, v.Type!)).ToList();

        Assert.Equal(LocalKind.Interface, Assert.IsType<LocalSymbol>(types[0].Target).LocalKind);
        Assert.IsType<ClassSymbol>(types[1].Target);
    }

    [Fact]
    public void Members_are_inherited_from_base_classes_across_files_nearest_first()
    {
        var model = Project.Build(
            ("src/base.ts", "export class Base { id: string; save() {} static create() {} }"),
            ("src/middle.ts", "import { Base } from './base';\nexport class Middle extends Base { save() {} name: string; }"),
            ("src/leaf.ts", "import { Middle } from './middle';\nexport class Leaf extends Middle { extra = 1; }"),
            ("src/loop.ts", "export class A extends B {}\nexport class B extends A { b = 1; }"));

        var leaf = model.File("src/leaf.ts").Classes[0];

        Assert.Equal(["Middle", "Base"], leaf.BaseClasses.Select(c => c.Name));
        Assert.Equal(["extra", "save", "name", "id", "create"], leaf.AllMembers.Select(m => m.Name));
        Assert.Equal("/repo/src/middle.ts", leaf.DeclaringClassOf(leaf.FindMemberInHierarchy("save")!)!.Path);
        Assert.Null(leaf.FindMember("save"));
        var a = model.File("src/loop.ts").Classes[0];
        Assert.Equal(["B"], a.BaseClasses.Select(c => c.Name));
        Assert.Equal(["b"], a.AllMembers.Select(m => m.Name));
    }

    [Fact]
    public void Ambient_module_declarations_are_neither_namespaces_nor_unresolved_imports()
    {
        var model = Project.Build(
            ("src/types.d.ts", """
                declare module '*.svg' { const content: string; export default content; }
                declare module 'virtual-config' { export const value: string; }
                declare module '@nestjs/common' { interface Request { user?: unknown } }
                declare global { interface Window { app: unknown } }
                """),
            ("src/app.ts", "import logo from './logo.svg';\nimport { value } from 'virtual-config';\nimport icon from './missing.png';\nexport const x = [logo, value, icon];"));

        var types = model.File("src/types.d.ts");
        Assert.Empty(types.Declarations);
        Assert.Equal(["*.svg", "virtual-config", "@nestjs/common"], types.AmbientModules);
        Assert.True(model.IsAmbientModule("./assets/logo.svg"));
        Assert.False(model.IsAmbientModule("./logo.png"));
        var diagnostic = Assert.Single(model.Diagnostics);
        Assert.Contains("./missing.png", diagnostic.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<Node> Values(FileModel file) => file.Tree.DescendantNodes();
}
