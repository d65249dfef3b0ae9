using Nestor.Nest.Graph;
using Nestor.Rules.Engine;

namespace Nestor.Rules.DependencyInjection;

/// <summary>An import that is not a module.</summary>
public sealed class UnknownImport : GraphProblemRule
{
    public static readonly RuleDescriptor Rule = Describe(
        GraphDiagnostics.UnknownImport,
        """
        ## What it does

        Reports an entry of a module's `imports` that is a class without `@Module()` (a service or a
        controller listed by mistake).

        ## Why is this bad

        Nest refuses to boot with "Nest cannot create the module instance" or a classic-provider error.

        ## Examples

        Incorrect:

        ```ts
        @Module({ imports: [UsersService] }) export class AuthModule {}
        ```

        Correct:

        ```ts
        @Module({ imports: [UsersModule] }) export class AuthModule {}
        ```

        ## Options

        None.

        ## When not to use

        Never: where the model cannot read a module's scope (a dynamic module it does not know), nothing is
        reported.
        """);

    public override RuleDescriptor Descriptor => Rule;

    protected override GraphDescriptor Problem => GraphDiagnostics.UnknownImport;
}
