using System.Text;
using Nestor.Text;

namespace Nestor.Syntax.Tests;

/// <summary>
/// Any text in, a tree out: mutations of realistic NestJS files, pathological nesting, huge and
/// binary inputs. Each case asserts that the parse ends in bounded time (a hang guard, not a speed
/// claim), that every span stays inside the text and inside its parent, and that broken input is
/// reported.
/// </summary>
public sealed class RobustnessTests
{
    private const int Nesting = 10_000;
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(10);

    private static readonly string[] Tokens =
    [
        "{", "}", "(", ")", "[", "]", "<", ">", ">>", "=>", "@", "?.", "?", ":", ";", ",", "...", "`", "${", "'", "\"", "/", "/*", "*/", "//",
        "#", "\\", "class", "async", "await", "function", "import", "export", "type", "interface", "enum", "<T>", "as", "satisfies", "!", "=", "\n",
        "@Injectable()", "constructor(", "private readonly", "new", "extends", "implements", "declare", "namespace", "using", "yield", "0x", "1_", "</div>",
    ];

    public static TheoryData<string> Seeds()
    {
        var data = new TheoryData<string>();
        foreach (var source in GoldenFixtures.Sources().Where(s => s.StartsWith("nestjs/", StringComparison.Ordinal)))
        {
            data.Add(source);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Seed_files_are_valid_TypeScript(string seed)
    {
        var tree = ParseWithinLimit(GoldenFixtures.Text(seed));

        Assert.Empty(tree.Diagnostics);
        AssertWellFormed(tree);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Truncation_at_every_seventh_offset_keeps_the_tree_well_formed(string seed)
    {
        var text = GoldenFixtures.Text(seed);
        var open = OpenBodies(ParseWithinLimit(text));
        for (var length = 0; length <= text.Length; length += 7)
        {
            var tree = ParseWithinLimit(new SourceText(seed, text.Content[..length]));
            AssertWellFormed(tree);
            if (open.Any(body => length > body.Start && length < body.End) && tree.Diagnostics.Count == 0)
            {
                Assert.Fail($"{seed} cut at {length} leaves a body unclosed, yet no error is reported.");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Deleted_ranges_keep_the_tree_well_formed(string seed)
    {
        var text = GoldenFixtures.Text(seed).Content;
        var random = new Random(seed.Length * 7919);
        for (var round = 0; round < 200; round++)
        {
            var start = random.Next(text.Length);
            var length = random.Next(1, Math.Min(40, text.Length - start) + 1);
            AssertWellFormed(ParseWithinLimit(new SourceText(seed, text.Remove(start, length))));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Deleting_the_last_closing_brace_is_reported(string seed)
    {
        var text = GoldenFixtures.Text(seed).Content;
        var tree = ParseWithinLimit(new SourceText(seed, text.Remove(text.LastIndexOf('}'), 1)));

        Assert.NotEmpty(tree.Diagnostics);
        AssertWellFormed(tree);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Inserted_random_tokens_keep_the_tree_well_formed(string seed)
    {
        var text = GoldenFixtures.Text(seed).Content;
        var random = new Random(seed.Length * 104729);
        for (var round = 0; round < 300; round++)
        {
            var mutated = new StringBuilder(text);
            for (var count = random.Next(1, 4); count > 0; count--)
            {
                mutated.Insert(random.Next(mutated.Length + 1), Tokens[random.Next(Tokens.Length)]);
            }

            AssertWellFormed(ParseWithinLimit(new SourceText(seed, mutated.ToString())));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Random_bytes_decoded_through_FromBytes_keep_the_tree_well_formed(string seed)
    {
        var bytes = File.ReadAllBytes(Path.Combine(GoldenFixtures.Root, seed));
        var random = new Random(seed.Length * 15485863);
        for (var round = 0; round < 200; round++)
        {
            var mutated = (byte[])bytes.Clone();
            for (var count = random.Next(1, 9); count > 0; count--)
            {
                mutated[random.Next(mutated.Length)] = (byte)random.Next(256);
            }

            AssertWellFormed(ParseWithinLimit(SourceText.FromBytes(seed, mutated)));
        }
    }

    public static TheoryData<string, string> DeepNesting() => new()
    {
        { "parentheses", $"const x = {Repeat("(", Nesting)}1{Repeat(")", Nesting)};" },
        { "array literals", $"const x = {Repeat("[", Nesting)}1{Repeat("]", Nesting)};" },
        { "blocks", $"{Repeat("{", Nesting)}{Repeat("}", Nesting)}" },
        { "object literals", $"const o = {Repeat("{ a: ", Nesting)}1{Repeat(" }", Nesting)};" },
        { "type arguments", $"type T = {Repeat("A<", Nesting)}B{Repeat(">", Nesting)};" },
        { "conditional expressions, true branch", $"const c = {Repeat("a ? ", Nesting)}b{Repeat(" : c", Nesting)};" },
        { "conditional expressions, false branch", $"const c = {Repeat("a ? b : ", Nesting)}c;" },
        { "conditional types", $"type C = {Repeat("A extends B ? ", Nesting)}X{Repeat(" : Y", Nesting)};" },
        { "arrow functions", $"const f = {Repeat("x => ", Nesting)}1;" },
        { "calls", $"const v = {Repeat("f(", Nesting)}1{Repeat(")", Nesting)};" },
        { "template literals", $"const t = {Repeat("`${", Nesting)}1{Repeat("}`", Nesting)};" },
        { "assignments", $"{Repeat("x = ", Nesting)}1;" },
        { "unary operators", $"const n = {Repeat("-", Nesting)}1;" },
        { "parenthesised types", $"type P = {Repeat("(", Nesting)}string{Repeat(")", Nesting)};" },
        { "JSX elements", $"const e = {Repeat("<a>", Nesting)}{Repeat("</a>", Nesting)};" },
    };

    [Theory]
    [MemberData(nameof(DeepNesting))]
    public void Ten_thousand_levels_of_nesting_end_in_a_diagnostic_not_a_stack_overflow(string form, string content)
    {
        var path = form.StartsWith("JSX", StringComparison.Ordinal) ? "deep.tsx" : "deep.ts";
        var tree = ParseWithinLimit(new SourceText(path, content));

        Assert.NotEmpty(tree.Diagnostics);
        AssertWellFormed(tree);
    }

    [Theory]
    [InlineData("parentheses", "const x = ((((((((((((((((((((((((((((((((((((((((((((((((((1))))))))))))))))))))))))))))))))))))))))))))))))));")]
    [InlineData("type arguments", "type T = A<A<A<A<A<A<A<A<A<A<A<A<A<A<A<A<A<A<A<A<A<A<A<A<A<A<A<A<A<A<B>>>>>>>>>>>>>>>>>>>>>>>>>>>>>>;")]
    public void Moderate_nesting_is_valid(string form, string content)
    {
        var tree = ParseWithinLimit(new SourceText(form + ".ts", content));

        Assert.Empty(tree.Diagnostics);
    }

    public static TheoryData<string, string, int> LongFlatChains() => new()
    {
        { "binary operators", $"const s = {Repeat("1 + ", Nesting)}1;", 0 },
        { "member accesses", $"a{Repeat(".b", Nesting)};", 0 },
        { "call chain", $"q{Repeat(".m()", Nesting)};", Nesting },
        { "statements", Repeat("f();\n", Nesting), Nesting },
        { "array elements", $"const a = [{Repeat("g(), ", Nesting)}];", Nesting },
    };

    [Theory]
    [MemberData(nameof(LongFlatChains))]
    public void Long_flat_chains_are_not_mistaken_for_deep_nesting(string form, string content, int calls)
    {
        var tree = ParseWithinLimit(new SourceText(form + ".ts", content));

        Assert.Empty(tree.Diagnostics);
        Assert.Equal(calls, SyntaxOutline.Create(tree).Count(e => e.Kind == "CallExpression"));
    }

    [Fact]
    public void Prefix_operator_spans_cover_their_operands()
    {
        var tree = ParseWithinLimit(new SourceText("unary.ts", "async function f(o: any) {\n  const t = typeof o.kind;\n  void o.run();\n  delete o.cache[key];\n  return await o.load(1);\n}\n"));

        Assert.Empty(tree.Diagnostics);
        AssertWellFormed(tree);
    }

    [Fact]
    public void A_ten_megabyte_single_line_parses_completely()
    {
        const string Chunk = "x = f(a, [1, 2], { k: 'v' }) / 2; ";
        var repeats = (10 * 1024 * 1024 / Chunk.Length) + 1;
        var text = new SourceText("one-line.ts", Repeat(Chunk, repeats));
        var tree = ParseWithinLimit(text, TimeSpan.FromSeconds(30));

        Assert.True(text.Length >= 10 * 1024 * 1024);
        Assert.Empty(tree.Diagnostics);
        Assert.Equal(repeats, SyntaxOutline.Create(tree).Count(e => e.Kind == "CallExpression"));
        Assert.Equal(1, text.Lines.LineCount);
    }

    [Fact]
    public void A_NUL_between_tokens_is_an_invalid_character_at_its_offset()
    {
        var tree = ParseWithinLimit(new SourceText("nul.ts", "const a = 1;\0const b = 2;"));

        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal(new TextSpan(12, 1), diagnostic.Span);
        Assert.Equal("Invalid character.", diagnostic.Message);
    }

    [Fact]
    public void A_NUL_inside_a_string_or_comment_is_just_a_character()
    {
        var tree = ParseWithinLimit(new SourceText("nul.ts", "const s = 'a\0b';\n// \0\n/* \0 */\nconst t = `\0`;\n"));

        Assert.Empty(tree.Diagnostics);
    }

    [Fact]
    public void A_file_of_NUL_bytes_is_reported_and_well_formed()
    {
        var tree = ParseWithinLimit(SourceText.FromBytes("zeros.ts", new byte[100_000]));

        Assert.NotEmpty(tree.Diagnostics);
        AssertWellFormed(tree);
    }

    [Fact]
    public void Invalid_UTF8_inside_a_string_is_replaced_and_accepted()
    {
        var bytes = (byte[])[.. "const s = 'a"u8, 0xC3, 0x28, 0xFF, 0x80, .. "b';\nconst t = `"u8, 0xF0, 0x9F, 0x98, .. "`;\n"u8];
        var text = SourceText.FromBytes("utf8.ts", bytes);
        var tree = ParseWithinLimit(text);

        Assert.Contains('\uFFFD', text.Content);
        Assert.Empty(tree.Diagnostics);
    }

    [Fact]
    public void Invalid_UTF8_where_a_name_belongs_is_reported()
    {
        var tree = ParseWithinLimit(SourceText.FromBytes("utf8.ts", [.. "const "u8, 0xFF, .. " = 1;\n"u8]));

        Assert.NotEmpty(tree.Diagnostics);
        AssertWellFormed(tree);
    }

    [Fact]
    public void A_file_cut_inside_a_four_byte_sequence_is_well_formed()
    {
        var tree = ParseWithinLimit(SourceText.FromBytes("cut.ts", [.. "// emoji "u8, 0xF0, 0x9F]));

        Assert.Empty(tree.Diagnostics);
        AssertWellFormed(tree);
    }

    [Fact]
    public void Ten_thousand_unclosed_parentheses_are_reported_in_bounded_time()
    {
        var tree = ParseWithinLimit(new SourceText("open.ts", "f" + Repeat("(", Nesting)));

        Assert.NotEmpty(tree.Diagnostics);
        AssertWellFormed(tree);
    }

    [Fact]
    public void Thousands_of_errors_stay_bounded()
    {
        var tree = ParseWithinLimit(new SourceText("garbage.ts", Repeat(") ] } > ; : ? # ", 20_000)));

        Assert.NotEmpty(tree.Diagnostics);
        AssertWellFormed(tree);
    }

    private static string Repeat(string piece, int count) => new StringBuilder(piece.Length * count).Insert(0, piece, count).ToString();

    /// <summary>The bodies (from after the opening brace to before the closing one) of classes, interfaces and functions.</summary>
    private static List<TextSpan> OpenBodies(SyntaxTree tree)
    {
        var bodies = new List<TextSpan>();
        foreach (var entry in SyntaxOutline.Create(tree))
        {
            var keyword = entry.Kind switch
            {
                "ClassDeclaration" => "class ",
                "InterfaceDeclaration" => "interface ",
                "FunctionDeclaration" => "function ",
                _ => null,
            };
            if (keyword is null)
            {
                continue;
            }

            var brace = tree.Text.Content.IndexOf('{', tree.Text.Content.IndexOf(keyword, entry.Start, StringComparison.Ordinal));
            bodies.Add(TextSpan.FromBounds(brace, entry.End - 1));
        }

        return bodies;
    }

    private static SyntaxTree ParseWithinLimit(SourceText text, TimeSpan? limit = null)
    {
        var parse = Task.Run(() => SyntaxTree.Parse(text, ParseOptions.ForPath(text.Path)));
        var within = limit ?? HangLimit;
        Assert.True(parse.Wait(within), $"parsing {text.Path} ({text.Length} characters) took more than {within.TotalSeconds} s");
        return parse.Result;
    }

    /// <summary>Every node inside the text and (unless empty) inside its parent; every diagnostic and outline entry inside the text.</summary>
    private static void AssertWellFormed(SyntaxTree tree)
    {
        var length = tree.Text.Length;
        foreach (var node in tree.DescendantNodes())
        {
            if (node.Span.Start < 0 || node.Span.End > length)
            {
                Assert.Fail($"{node.Kind} {node.Span} lies outside a text of {length} characters ({tree.Text.Path}).");
            }

            // A missing (zero-width) node sits where TypeScript puts it, before the trivia that the
            // parent's start skips, so only nodes with text are held to their parent's span.
            if (!node.Span.IsEmpty && tree.GetParent(node) is { } parent && !parent.Span.Contains(node.Span))
            {
                Assert.Fail($"{node.Kind} {node.Span} is not inside its parent {parent.Kind} {parent.Span} ({tree.Text.Path}).");
            }
        }

        foreach (var diagnostic in tree.Diagnostics)
        {
            if (diagnostic.Span.Start < 0 || diagnostic.Span.End > length)
            {
                Assert.Fail($"{diagnostic.Code} {diagnostic.Span} lies outside a text of {length} characters ({tree.Text.Path}).");
            }
        }

        foreach (var entry in SyntaxOutline.Create(tree))
        {
            if (entry.Start < 0 || entry.Start > entry.End || entry.End > length)
            {
                Assert.Fail($"outline {entry} lies outside a text of {length} characters ({tree.Text.Path}).");
            }
        }
    }
}
