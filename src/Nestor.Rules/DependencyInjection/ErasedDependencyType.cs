using Nestor.Nest.Graph;
using Nestor.Rules.Engine;

namespace Nestor.Rules.DependencyInjection;

/// <summary>A dependency whose type is erased at run time.</summary>
public sealed class ErasedDependencyType : GraphProblemRule
{
    public static readonly RuleDescriptor Rule = Describe(
        GraphDiagnostics.ErasedDependencyType,
        """
        ## What it does

        Reports a constructor dependency typed by an interface, a type alias or union, a primitive, or a
        class imported with `import type`, with no `@Inject(token)` to say what to inject.

        ## Why is this bad

        Types are erased by the compiler: Nest sees `Object` (or `String`, or nothing) and cannot find a
        provider, or injects the wrong one.

        ## Examples

        Incorrect:

        ```ts
        constructor(private readonly store: CacheStore) {} // CacheStore is an interface
        ```

        Correct:

        ```ts
        constructor(@Inject(CACHE_STORE) private readonly store: CacheStore) {}
        ```

        ## Options

        None.

        ## When not to use

        Never: where the model cannot read a module's scope (a dynamic module it does not know), nothing is
        reported.
        """);

    public override RuleDescriptor Descriptor => Rule;

    protected override GraphDescriptor Problem => GraphDiagnostics.ErasedDependencyType;
}
