using Nestor.Nest.Graph;
using Nestor.Rules.Engine;

namespace Nestor.Rules.DependencyInjection;

/// <summary>A provider that injects itself.</summary>
public sealed class SelfInjection : GraphProblemRule
{
    public static readonly RuleDescriptor Rule = Describe(
        GraphDiagnostics.SelfInjection,
        """
        ## What it does

        Reports a provider whose constructor asks for its own token.

        ## Why is this bad

        Nest cannot build a provider from itself and refuses to boot.

        ## Examples

        Incorrect:

        ```ts
        @Injectable() export class UsersService { constructor(private readonly users: UsersService) {} }
        ```

        Correct:

        ```ts
        @Injectable() export class UsersService { constructor(private readonly repository: UsersRepository) {} }
        ```

        ## Options

        None.

        ## When not to use

        Never: where the model cannot read a module's scope (a dynamic module it does not know), nothing is
        reported.
        """);

    public override RuleDescriptor Descriptor => Rule;

    protected override GraphDescriptor Problem => GraphDiagnostics.SelfInjection;
}
