using Nestor.Nest.Graph;
using Nestor.Rules.Engine;

namespace Nestor.Rules.DependencyInjection;

/// <summary>A constructor dependency that no module in scope provides: Nest's boot error, found before boot.</summary>
public sealed class UnresolvedDependency : GraphProblemRule
{
    public static readonly RuleDescriptor Rule = Describe(
        GraphDiagnostics.UnresolvedDependency,
        """
        ## What it does

        Reports a constructor parameter (or `@Inject(token)`, or a factory's `inject` entry) of a provider
        or controller whose token no module in scope provides: not the module itself, not an exported
        provider of an imported module, not a global module, not Nest's core. The help names the module
        that does provide it, when there is one.

        ## Why is this bad

        Nest refuses to boot: "Nest can't resolve dependencies of the X (?). Please make sure that the
        argument Y at index [0] is available in the Z context." Type checks pass; the error shows only
        when the application (or an e2e test) starts.

        ## Examples

        Incorrect:

        ```ts
        @Module({ providers: [ReportsService] }) // ReportsService injects ProductsRepository
        export class ReportsModule {}
        ```

        Correct:

        ```ts
        @Module({ imports: [ProductsModule], providers: [ReportsService] }) // ProductsModule exports ProductsRepository
        export class ReportsModule {}
        ```

        ## Options

        None.

        ## When not to use

        Never: where the model cannot see a module's scope (a dynamic module it cannot read), nothing is
        reported.
        """, @"\bdependenc(y|ies)\b.*\b(resolv|provid|inject)", @"\binject(ed|ion)?\b.*\bprovid");

    public override RuleDescriptor Descriptor => Rule;

    protected override GraphDescriptor Problem => GraphDiagnostics.UnresolvedDependency;
}
