namespace Nestor.Syntax.Tests;

public sealed class ParserTests
{
    private const string Service = """
        import { Injectable, NotFoundException } from '@nestjs/common';
        import { InjectModel } from '@nestjs/mongoose';
        import type { Model } from 'mongoose';
        import { User, UserDocument } from './schemas/user.schema';

        @Injectable()
        export class UsersService {
          private readonly cache = new Map<string, UserDocument>();

          constructor(@InjectModel(User.name) private readonly userModel: Model<UserDocument>) {}

          async findOne(id: string): Promise<UserDocument> {
            const user = await this.userModel.findById(id).lean<UserDocument>().exec();
            if (!user) throw new NotFoundException(`User ${id} not found`);
            return user!;
          }

          findAll<T extends object = {}>(filter?: Partial<T>, ...rest: unknown[]): Promise<UserDocument[]> {
            return this.userModel.find(filter as any).sort({ createdAt: -1 }).exec();
          }
        }
        """;

    private const string Schema = """
        import { Prop, Schema, SchemaFactory } from '@nestjs/mongoose';
        import { HydratedDocument, Types } from 'mongoose';

        export type UserDocument = HydratedDocument<User>;

        @Schema({ timestamps: true, collection: 'users' })
        export class User {
          @Prop({ required: true, unique: true, index: true })
          email!: string;

          @Prop({ type: [{ type: Types.ObjectId, ref: 'Order' }], default: [] })
          orders?: Types.ObjectId[];

          @Prop() readonly name: string = '';
        }

        export const UserSchema = SchemaFactory.createForClass(User);
        UserSchema.index({ email: 1, createdAt: -1 }, { unique: true });
        """;

    [Fact]
    public void A_service_parses_cleanly_with_typed_children()
    {
        var tree = TestSource.Parse(Service, "users.service.ts");

        Assert.Empty(tree.Diagnostics);
        var service = TestSource.Single<ClassDeclaration>(tree);
        Assert.Equal("UsersService", service.Name!.Text);
        Assert.Equal(ModifierFlags.Export | ModifierFlags.Decorator, service.ModifierFlags);
        var decorator = Assert.Single(service.Decorators);
        Assert.Equal("Injectable", ((Identifier)((CallExpression)decorator.Expression).Expression).Text);
        Assert.Equal(decorator.Span.Start, service.Span.Start);

        var constructor = Assert.IsType<Constructor>(service.Members[1]);
        var parameter = Assert.Single(constructor.Parameters);
        Assert.Equal(ModifierFlags.Private | ModifierFlags.Readonly | ModifierFlags.Decorator, parameter.ModifierFlags);
        Assert.Equal("userModel", ((Identifier)parameter.Name).Text);
        var type = Assert.IsType<TypeReference>(parameter.Type);
        Assert.Equal("Model", ((Identifier)type.TypeName).Text);

        var findAll = Assert.IsType<MethodDeclaration>(service.Members[3]);
        Assert.Equal("T", findAll.TypeParameters![0].Name.Text);
        Assert.NotNull(findAll.Parameters[0].QuestionToken);
        Assert.NotNull(findAll.Parameters[1].DotDotDotToken);

        var importType = tree.Root.Statements.OfType<ImportDeclaration>().ElementAt(2);
        Assert.True(importType.ImportClause!.IsTypeOnly);
        Assert.Equal("mongoose", ((StringLiteral)importType.ModuleSpecifier).Value);
    }

    [Fact]
    public void A_mongoose_schema_parses_cleanly_with_decorated_properties()
    {
        var tree = TestSource.Parse(Schema, "user.schema.ts");

        Assert.Empty(tree.Diagnostics);
        var user = TestSource.Single<ClassDeclaration>(tree);
        var properties = user.Members.OfType<PropertyDeclaration>().ToArray();
        Assert.Equal(["email", "orders", "name"], properties.Select(p => ((Identifier)p.Name).Text));
        Assert.NotNull(properties[0].ExclamationToken);
        Assert.NotNull(properties[1].QuestionToken);
        Assert.IsType<ArrayType>(properties[1].Type);
        Assert.True(properties[2].ModifierFlags.HasFlag(ModifierFlags.Readonly));
        Assert.All(properties, p => Assert.Single(p.Decorators));
    }

    public static TheoryData<string, string> ValidSnippets() => new()
    {
        { "generic call", "f<T>(x); a?.b!.c?.(d)?.[e];" },
        { "relational chain", "x = a < b > c;" },
        { "arrow forms", "const a = async (x: number, { y }: Y = {}): Promise<void> => {}; const b = async x => x; const c = <T,>(x: T) => x;" },
        { "conditional arrows", "const r = a ? (b) : c => d; const s = a ? (b): string => b : c;" },
        { "asi", "let x = 1\nlet y = x\n++y\nconst z = y\n(async () => {})" },
        { "types", "type A<T> = T extends (infer U extends string)[] ? U : { readonly [K in keyof T as `get${K & string}`]-?: T[K] } | [a: string, b?: number, ...rest: boolean[]] | typeof import('x', { with: { 'resolution-mode': 'import' } }).Y<Z> | (abstract new () => void) | unique symbol;" },
        { "predicates", "function isS(x: unknown): x is string { return true } function assert(x: unknown): asserts x is number {} function check(this: Foo): asserts this {}" },
        { "declarations", "declare module 'm' { export = X; } declare global { interface Window { x: number } } namespace A.B.C { export const d = 1; } export as namespace Lib;" },
        { "enums and overloads", "const enum E { A = 1, B = A << 1, 'c-d' } function f(a: string): void; function f(a: any) {} abstract class K { abstract m(): void; protected abstract get x(): number; }" },
        { "using", "async function f() { using a = g(); await using b = h(); for (await using c of d) {} for (using e of f) {} }" },
        { "imports", "import a, { b as c, type d, 'e-f' as g } from 'm' with { type: 'json' }; import * as ns from 'n'; import x = require('x'); import type T = A.B; export * as q from 'q'; export { type r, s as default } from 's'; import 'side-effect';" },
        { "classes", "class A<in out T> extends B<T> implements C, D { #p = 1; static #q?: string; declare r: number; accessor s = 2; static { init(); } override get t() { return this.#p; } set t(v) {} [Symbol.iterator]() {} *gen() { yield* other(); } 'quoted'() {} 42 = 1; }" },
        { "regex vs divide", "x = a / b / c; y = /ab+c/gi.test(s); z = (1) / 2; w = [/=/, /[/]/];" },
        { "templates", "x = `a${b}c${`nested ${d}`}e`; y = tag`raw \\u ${z}`; type T = `${A}-${B}`;" },
        { "satisfies and as", "const c = { a: 1 } satisfies Record<string, number> as const;" },
        { "object literal", "x = { a, b: 1, [c]: 2, ...d, get e() { return 1 }, set e(v) {}, async *f() {}, 'g': 3, 4: 5, h() {} };" },
        { "labels and loops", "outer: for (const [k, v] of m) { inner: for (let i = 0, j = 1; i < j; i++) { if (k) continue outer; else break inner; } } do x++; while (x < 3) for (const k in o) {} with (o) {}" },
        { "switch try", "switch (x) { case 1: case 2: f(); break; default: g(); } try { a(); } catch { b(); } finally { c(); } try {} catch (e: unknown) {}" },
        { "meta", "new.target; import.meta.url; const m = await import('./m');" },
        { "contextual names", "const type = 1, of = 2, async = 3, from = 4, get = 5, set = 6, declare = 7, module = 8, namespace = 9; type(); async(); yield; let await2;" },
        { "decorated expression", "const C = @dec class {};" },
        { "definite and optional", "let a!: string; class X { b?: number; c!: number; }" },
        { "index signatures", "interface I { [key: string]: number; readonly [i: number]: string; new (x: number): I; (y: string): void; method?<T>(): T; get g(): number; set g(v: number); }" },
        { "type query and mapped", "type A = typeof x.y<T>; type B = { +readonly [P in K]+?: T }; type C = keyof typeof obj; type D = readonly string[]; type E = A['b'][number];" },
    };

    [Theory]
    [MemberData(nameof(ValidSnippets))]
    public void Valid_TypeScript_has_no_syntax_errors(string name, string code)
    {
        var tree = TestSource.Parse(code);

        Assert.True(tree.Diagnostics.Count == 0, $"{name}: {TestSource.Describe(tree.Diagnostics)}");
    }

    [Theory]
    [InlineData("x = a < b > c;", typeof(BinaryExpression))]
    [InlineData("x = f<T>(y);", typeof(CallExpression))]
    [InlineData("x = f<T>;", typeof(ExpressionWithTypeArguments))]
    [InlineData("x = <T>y;", typeof(TypeAssertionExpression))]
    [InlineData("x = (a, b) => a;", typeof(ArrowFunction))]
    [InlineData("x = (a, b);", typeof(ParenthesizedExpression))]
    [InlineData("x = a ? b : c;", typeof(ConditionalExpression))]
    [InlineData("x = new Foo;", typeof(NewExpression))]
    [InlineData("x = tag`t`;", typeof(TaggedTemplateExpression))]
    [InlineData("x = a!;", typeof(NonNullExpression))]
    [InlineData("x = /re/g;", typeof(RegularExpressionLiteral))]
    public void Ambiguous_forms_resolve_like_TypeScript(string code, Type expected)
    {
        var tree = TestSource.Parse(code);

        Assert.Empty(tree.Diagnostics);
        var assignment = (BinaryExpression)((ExpressionStatement)tree.Root.Statements[0]).Expression;
        Assert.IsType(expected, assignment.Right);
    }

    [Fact]
    public void Jsx_in_tsx_and_type_assertions_in_ts()
    {
        var tsx = TestSource.Parse("const e = <div className=\"a\" {...p} data-id={1}>hi {name}<br/><></></div>;", "a.tsx");
        Assert.Empty(tsx.Diagnostics);
        var element = TestSource.Single<JsxElement>(tsx);
        Assert.Equal("div", ((Identifier)element.OpeningElement.TagName).Text);
        Assert.Equal(3, element.OpeningElement.Attributes.Properties.Count);
        Assert.Equal("data-id", ((Identifier)((JsxAttribute)element.OpeningElement.Attributes.Properties[2]).Name).Text);
        Assert.Equal([SyntaxKind.JsxText, SyntaxKind.JsxExpression, SyntaxKind.JsxSelfClosingElement, SyntaxKind.JsxFragment], element.JsxChildren.Select(c => c.Kind));

        var arrowInTsx = TestSource.Parse("const f = <T,>(x: T) => x;", "b.tsx");
        Assert.Empty(arrowInTsx.Diagnostics);
        TestSource.Single<ArrowFunction>(arrowInTsx);
    }

    [Fact]
    public void Optional_chains_are_flagged_through_the_whole_chain()
    {
        var tree = TestSource.Parse("a?.b.c();");

        var call = TestSource.Single<CallExpression>(tree);
        Assert.True(call.IsOptionalChain);
        Assert.Null(call.QuestionDotToken);
        var inner = Assert.IsType<PropertyAccessExpression>(call.Expression);
        Assert.True(inner.IsOptionalChain);
        Assert.NotNull(((PropertyAccessExpression)inner.Expression).QuestionDotToken);
    }

    [Fact]
    public void Identifier_text_is_interned_per_file()
    {
        var tree = TestSource.Parse("foo(); foo.bar; let foo2 = foo;");

        var foos = tree.DescendantNodes().OfType<Identifier>().Where(i => i.Text == "foo").ToArray();
        Assert.Equal(3, foos.Length);
        Assert.All(foos, f => Assert.Same(foos[0].Text, f.Text));
    }

    [Fact]
    public void Identifier_roles_tell_bindings_from_references_and_members()
    {
        var tree = TestSource.Parse("const a = b.c; label: for (;;) break label; function f(p: T) {}");

        var roles = tree.DescendantNodes().OfType<Identifier>().Select(i => $"{i.Text}:{i.Role}");
        Assert.Equal(["a:Binding", "b:Reference", "c:Property", "label:Label", "label:Label", "f:Binding", "p:Binding", "T:Type"], roles);
    }

    [Fact]
    public void Parents_are_available_in_constant_time()
    {
        var tree = TestSource.Parse("class A { m(x) { return x; } }");

        var ret = TestSource.Single<ReturnStatement>(tree);
        var block = Assert.IsType<Block>(tree.GetParent(ret));
        var method = Assert.IsType<MethodDeclaration>(tree.GetParent(block));
        Assert.IsType<ClassDeclaration>(tree.GetParent(method));
        Assert.Null(tree.GetParent(tree.Root));
    }

    [Fact]
    public void Descendants_are_in_document_order()
    {
        var tree = TestSource.Parse("@d export class A { @p x = 1; m(@q y) {} }");

        var starts = tree.DescendantNodes().Select(n => n.Span.Start).ToArray();
        Assert.Equal(starts.Order(), starts);
    }

    [Fact]
    public void Descendants_are_every_node_once_and_kept_for_every_caller()
    {
        var tree = TestSource.Parse("class A { m(x: number) { return [x, f(x)]; } }");

        var fromThreads = new IReadOnlyList<Node>[4];
        Parallel.For(0, fromThreads.Length, i => fromThreads[i] = tree.DescendantNodes());

        var expected = new List<Node>();
        Collect(tree.Root);
        Assert.Equal(expected, tree.DescendantNodes());
        Assert.All(fromThreads, list => Assert.Same(tree.DescendantNodes(), list));

        void Collect(Node parent)
        {
            foreach (var child in parent.Children())
            {
                expected.Add(child);
                Collect(child);
            }
        }
    }

    [Fact]
    public void Descendants_of_a_node_stop_where_asked_but_always_enter_the_node_itself()
    {
        var tree = TestSource.Parse("class A { m() { f(); class B { n() { g(); } } } }");
        var outer = tree.DescendantNodes().OfType<ClassDeclaration>().First(c => c.Name?.Text == "A");

        var calls = outer.DescendantNodes(node => node is not ClassDeclaration).OfType<CallExpression>();
        var classes = outer.DescendantNodes(node => node is not ClassDeclaration).OfType<ClassDeclaration>();

        Assert.Equal(["f"], calls.Select(call => ((Identifier)call.Expression).Text));
        Assert.Equal(["B"], classes.Select(c => c.Name!.Text));
        Assert.Equal(tree.DescendantNodes(), tree.Root.DescendantNodes());
    }

    [Fact]
    public void Walker_visits_by_kind()
    {
        var tree = TestSource.Parse("f(g(1), new H(h()));");
        var walker = new CallCollector();

        walker.Visit(tree.Root);

        Assert.Equal(["f", "g", "h"], walker.Names);
    }

    [Theory]
    [InlineData("x.ts", ScriptKind.Ts)]
    [InlineData("x.mts", ScriptKind.Ts)]
    [InlineData("x.cts", ScriptKind.Ts)]
    [InlineData("x.d.ts", ScriptKind.Dts)]
    [InlineData("x.d.mts", ScriptKind.Dts)]
    [InlineData("X.D.CTS", ScriptKind.Dts)]
    [InlineData("x.tsx", ScriptKind.Tsx)]
    [InlineData("x.js", ScriptKind.Js)]
    [InlineData("x.mjs", ScriptKind.Js)]
    [InlineData("x.cjs", ScriptKind.Js)]
    [InlineData("x.jsx", ScriptKind.Jsx)]
    public void Options_follow_the_file_extension(string path, ScriptKind expected)
    {
        Assert.Equal(expected, ParseOptions.ForPath(path).ScriptKind);
    }

    [Fact]
    public void Comment_table_finds_comments_by_position_and_line()
    {
        var tree = TestSource.Parse("// a\nx = 1; /* b */\n/** c */\nfunction f() {}");

        Assert.Equal(3, tree.Comments.Count);
        Assert.Equal(CommentKind.Block, tree.Comments.FindAt(14)!.Value.Kind);
        Assert.Null(tree.Comments.FindAt(6));
        Assert.Equal(["Block"], tree.Comments.OnLine(1).Select(c => c.Kind.ToString()));
        var function = TestSource.Single<FunctionDeclaration>(tree);
        Assert.Equal(CommentKind.JsDoc, Assert.Single(tree.Comments.LeadingComments(function.Span.Start)).Kind);
    }

    private sealed class CallCollector : SyntaxWalker
    {
        public List<string> Names { get; } = [];

        public override void VisitCallExpression(CallExpression node)
        {
            if (node.Expression is Identifier name)
            {
                Names.Add(name.Text);
            }

            base.VisitCallExpression(node);
        }
    }
}
