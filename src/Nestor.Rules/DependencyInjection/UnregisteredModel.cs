using Nestor.Nest.Graph;
using Nestor.Rules.Engine;

namespace Nestor.Rules.DependencyInjection;

/// <summary>@InjectModel of a model not registered with forFeature in scope.</summary>
public sealed class UnregisteredModel : GraphProblemRule
{
    public static readonly RuleDescriptor Rule = Describe(
        GraphDiagnostics.UnregisteredModel,
        """
        ## What it does

        Reports `@InjectModel(Name.name)` (and the Typegoose form) in a provider of a module where no
        `MongooseModule.forFeature([{ name: Name.name, schema }])` is in scope: not in the module's own
        imports, nor exported by a module it imports.

        ## Why is this bad

        Nest refuses to boot: "Nest can't resolve dependencies of the X (?). Please make sure that the
        argument "NameModel" at index [0] is available in the Y module". Reported once as this rule, not
        also as `unresolved-dependency`.

        ## Examples

        Incorrect:

        ```ts
        @Module({ providers: [ReportsService] }) // ReportsService: @InjectModel(Order.name)
        export class ReportsModule {}
        ```

        Correct:

        ```ts
        @Module({
          imports: [MongooseModule.forFeature([{ name: Order.name, schema: OrderSchema }])],
          providers: [ReportsService],
        })
        export class ReportsModule {}
        ```

        ## Options

        None.

        ## When not to use

        Never: where the model cannot read a module's scope (a dynamic module it does not know), nothing is
        reported.
        """, @"\bforfeature\b", @"\bmodels?\b.*\bregister");

    public override RuleDescriptor Descriptor => Rule;

    protected override GraphDescriptor Problem => GraphDiagnostics.UnregisteredModel;
}
