using Nestor.Nest.Graph;
using Nestor.Rules.Engine;

namespace Nestor.Rules.DependencyInjection;

/// <summary>Providers that inject each other without forwardRef.</summary>
public sealed class ProviderCycle : GraphProblemRule
{
    public static readonly RuleDescriptor Rule = Describe(
        GraphDiagnostics.ProviderCycle,
        """
        ## What it does

        Reports a cycle of constructor dependencies between providers (A injects B, which injects A)
        where some link of the cycle is not `@Inject(forwardRef(() => X))`.

        ## Why is this bad

        One side of the cycle is `undefined` when the other is built: Nest fails to boot with an
        "index [n]" dependency error whose side depends on file load order.

        ## Examples

        Incorrect:

        ```ts
        @Injectable() export class OrdersService { constructor(private products: ProductsService) {} }
        @Injectable() export class ProductsService { constructor(private orders: OrdersService) {} }
        ```

        Correct:

        ```ts
        @Injectable() export class OrdersService {
          constructor(@Inject(forwardRef(() => ProductsService)) private products: ProductsService) {}
        }
        ```

        ## Options

        None.

        ## When not to use

        Never: where the model cannot read a module's scope (a dynamic module it does not know), nothing is
        reported.
        """);

    public override RuleDescriptor Descriptor => Rule;

    protected override GraphDescriptor Problem => GraphDiagnostics.ProviderCycle;
}
