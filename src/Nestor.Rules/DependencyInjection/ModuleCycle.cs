using Nestor.Nest.Graph;
using Nestor.Rules.Engine;

namespace Nestor.Rules.DependencyInjection;

/// <summary>Modules that import each other without forwardRef.</summary>
public sealed class ModuleCycle : GraphProblemRule
{
    public static readonly RuleDescriptor Rule = Describe(
        GraphDiagnostics.ImportCycle,
        """
        ## What it does

        Reports a cycle of module `imports` (A imports B, which imports A, directly or through other
        modules) where some import on the cycle is not wrapped in `forwardRef(() => ...)`. The labels
        show every import of the cycle.

        ## Why is this bad

        At boot one of the modules is still `undefined` when the other is evaluated: Nest fails with
        "Nest cannot create the X instance. The module at index [0] of the X "imports" array is
        undefined." Cycles also make the module structure hard to follow and to test in isolation.

        ## Examples

        Incorrect:

        ```ts
        @Module({ imports: [AnalyticsModule] }) export class ReportsModule {}
        @Module({ imports: [ReportsModule] }) export class AnalyticsModule {}
        ```

        Correct:

        ```ts
        // Move what both need into a third module, or, if the cycle is wanted, on both sides:
        @Module({ imports: [forwardRef(() => AnalyticsModule)] }) export class ReportsModule {}
        ```

        ## Options

        None.

        ## When not to use

        Never: where the model cannot read a module's scope (a dynamic module it does not know), nothing is
        reported.
        """, @"\b(circular|cycl(e|ic))\b.*\b(module|import|dependenc)", @"\bforwardref\b");

    public override RuleDescriptor Descriptor => Rule;

    protected override GraphDescriptor Problem => GraphDiagnostics.ImportCycle;
}
