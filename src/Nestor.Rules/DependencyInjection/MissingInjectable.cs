using Nestor.Nest.Graph;
using Nestor.Rules.Engine;

namespace Nestor.Rules.DependencyInjection;

/// <summary>A provider with constructor dependencies but no @Injectable().</summary>
public sealed class MissingInjectable : GraphProblemRule
{
    public static readonly RuleDescriptor Rule = Describe(
        GraphDiagnostics.MissingInjectable,
        """
        ## What it does

        Reports a class listed as a provider that has constructor parameters but no `@Injectable()`
        (nor any other decorator that makes TypeScript emit its parameter types).

        ## Why is this bad

        No error and no warning: without a decorator TypeScript emits no `design:paramtypes`, so Nest
        constructs the class with no arguments and every dependency is `undefined` until the first call
        that uses one throws a `TypeError`.

        ## Examples

        Incorrect:

        ```ts
        export class CsvReportFormatter {
          constructor(private readonly config: ConfigService) {}
        }
        ```

        Correct:

        ```ts
        @Injectable()
        export class CsvReportFormatter {
          constructor(private readonly config: ConfigService) {}
        }
        ```

        ## Options

        None.

        ## When not to use

        Never: where the model cannot read a module's scope (a dynamic module it does not know), nothing is
        reported.
        """, @"@?injectable\b");

    public override RuleDescriptor Descriptor => Rule;

    protected override GraphDescriptor Problem => GraphDiagnostics.MissingInjectable;
}
