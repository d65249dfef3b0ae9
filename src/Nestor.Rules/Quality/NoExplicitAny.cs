using Nestor.Rules.Engine;
using Nestor.Syntax;
using Nestor.Text;

namespace Nestor.Rules.Quality;

/// <summary><c>any</c> in a type position: annotations, assertions, generics, <c>any[]</c>.</summary>
public sealed class NoExplicitAny : FileRule
{
    public static readonly RuleDescriptor Rule = new(
        "NST4001", "no-explicit-any", "Disallow the `any` type", "Quality", DiagnosticSeverity.Error,
        "No `any` types in TypeScript - use `unknown` or proper interfaces",
        """
        ## What it does

        Reports `any` wherever a type is written: annotations, `as any`, type arguments,
        `any[]`, return types, index signatures.

        ## Why is this bad

        `any` switches the type checker off for every use of the value: a typo in a property
        name, a missing `await` or a wrong argument goes unnoticed until production.

        ## Examples

        Incorrect:

        ```ts
        function parse(input: any): any {
          return JSON.parse(input);
        }
        ```

        Correct:

        ```ts
        function parse(input: string): unknown {
          return JSON.parse(input);
        }
        ```

        ## Fixes

        `catch (error: any)` becomes `catch (error: unknown)` and `Record<string, any>` becomes
        `Record<string, unknown>`: both always type-check where they are written. Elsewhere the
        finding has help only, because `unknown` would need narrowing at every use.

        ## Options

        None. Switch the rule off for generated code with `overrides:` in the nestor block.

        ## When not to use

        In declaration files generated from JavaScript libraries.
        """)
    {
        Recognisers = [@"\bno (explicit )?any\b", @"\bany types?\b", @"\bavoid any\b", @"\bnever use any\b", @"\bdon't use any\b"],
    };

    public override RuleDescriptor Descriptor => Rule;

    public override IReadOnlyList<SyntaxKind> NodeKinds => [SyntaxKind.AnyKeyword];

    public override void CheckNode(Node node, FileRuleContext context)
    {
        if (node is not KeywordType)
        {
            return;
        }

        var fix = IsAlwaysReplaceable(node, context.Tree)
            ? new[] { new CodeFix("Replace 'any' with 'unknown'", FixSafety.Safe, [new TextEdit(node.Span, "unknown")]) }
            : [new CodeFix("Replace 'any' with 'unknown'", FixSafety.Suggestion, [new TextEdit(node.Span, "unknown")])];
        context.Report(node.Span, "Unexpected 'any'; write the type the value has, or 'unknown'.", new Finding
        {
            Help = "Use a DTO class or interface for shapes you know, and 'unknown' (narrowed with a type guard) for values you do not.",
            Note = "'any' switches type checking off for every use of the value.",
            Fixes = fix,
        });
    }

    // A catch variable and the values of a Record are only read, so 'unknown' always type-checks there.
    private static bool IsAlwaysReplaceable(Node node, SyntaxTree tree)
    {
        var parent = tree.GetParent(node);
        if (parent is VariableDeclaration declaration && declaration.Type == node && tree.GetParent(declaration) is CatchClause)
        {
            return true;
        }

        return parent is TypeReference { TypeName: Identifier { Text: "Record" }, TypeArguments: { Count: 2 } arguments } && arguments[1] == node;
    }
}
