namespace Nestor.Syntax.Tests;

/// <summary>The outline contract: kinds and positions exactly as TypeScript's parser reports them (checked with TypeScript 6.0.3).</summary>
public sealed class SyntaxOutlineTests
{
    private const string Code = """
        import { A } from 'a';
        @Dec() export class C<T> extends B {
          @Prop() p = new X;
          constructor(@Inject(Y) private y: Y) { super(); }
          m(cb: (e: E) => void) { return import('z').then(x => x.default); }
          set s(v) {}
          [k: string]: any;
        }
        declare function f(a: string): void;
        const o = { m() {}, n: tag`t`, q: a?.b() };
        export default (z: number) => z;
        """;

    [Fact]
    public void Outline_lists_declarations_calls_and_parameters_like_TypeScript()
    {
        var tree = TestSource.Parse(Code);

        Assert.Empty(tree.Diagnostics);
        string[] expected =
        [
            "ImportDeclaration 0 22",
            "ClassDeclaration 23 237",
            "Decorator 23 29",
            "CallExpression 24 29",
            "PropertyDeclaration 62 80",
            "Decorator 62 69",
            "CallExpression 63 69",
            "NewExpression 74 79",
            "Parameter 95 118",
            "Decorator 95 105",
            "CallExpression 96 105",
            "CallExpression 122 129",
            "MethodDeclaration 135 201",
            "Parameter 137 155",
            "Parameter 142 146",
            "CallExpression 166 198",
            "CallExpression 166 177",
            "ArrowFunction 183 197",
            "Parameter 183 184",
            "Parameter 210 211",
            "Parameter 219 228",
            "FunctionDeclaration 238 274",
            "Parameter 257 266",
            "MethodDeclaration 287 293",
            "CallExpression 309 315",
            "ExportAssignment 319 351",
            "ArrowFunction 334 350",
            "Parameter 335 344",
        ];
        Assert.Equal(expected, SyntaxOutline.Create(tree).Select(e => $"{e.Kind} {e.Start} {e.End}"));
    }

    [Theory]
    [InlineData("x => x", "ArrowFunction 0 6", "Parameter 0 1")]
    [InlineData("async x => x", "ArrowFunction 0 12", "Parameter 6 7")]
    [InlineData("super.m()", "CallExpression 0 9", null)]
    [InlineData("new X", "NewExpression 0 5", null)]
    [InlineData("export default class {}", "ClassDeclaration 0 23", null)]
    [InlineData("export = x;", "ExportAssignment 0 11", null)]
    [InlineData("type F = (a: string) => void;", "TypeAliasDeclaration 0 29", "Parameter 10 19")]
    public void Outline_entries_start_at_the_first_token(string code, string first, string? second)
    {
        var entries = SyntaxOutline.Create(TestSource.Parse(code)).Select(e => $"{e.Kind} {e.Start} {e.End}").ToArray();

        Assert.Equal(first, entries[0]);
        if (second is not null)
        {
            Assert.Equal(second, entries[1]);
        }
    }
}
