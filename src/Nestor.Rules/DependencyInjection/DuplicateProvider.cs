using Nestor.Nest.Graph;
using Nestor.Rules.Engine;

namespace Nestor.Rules.DependencyInjection;

/// <summary>The same provider declared in two modules, or twice in one.</summary>
public sealed class DuplicateProvider : GraphProblemRule
{
    public static readonly RuleDescriptor Rule = Describe(
        GraphDiagnostics.DuplicateProvider,
        """
        ## What it does

        Reports a provider token declared more than once: twice in one `providers` array, or as a
        provider of two modules (each module then has its own instance).

        ## Why is this bad

        In one module the later registration silently wins; across modules a "singleton" service is
        instantiated twice and holds two separate states (caches, connections, counters). Provide it once,
        export it, and import the module.

        ## Examples

        Incorrect:

        ```ts
        @Module({ providers: [
          { provide: REPORT_OPTIONS, useValue: { currency: 'EUR' } },
          { provide: REPORT_OPTIONS, useValue: { currency: 'USD' } },
        ] })
        ```

        Correct:

        ```ts
        @Module({ providers: [{ provide: REPORT_OPTIONS, useValue: { currency: 'EUR' } }] })
        ```

        ## Options

        None.

        ## When not to use

        Never: where the model cannot read a module's scope (a dynamic module it does not know), nothing is
        reported.
        """, @"\bprovid(er|ed)s?\b.*\b(once|twice|duplicat|single)");

    public override RuleDescriptor Descriptor => Rule;

    protected override GraphDescriptor Problem => GraphDiagnostics.DuplicateProvider;
}
