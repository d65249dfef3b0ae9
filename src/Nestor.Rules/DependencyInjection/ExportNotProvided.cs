using Nestor.Nest.Graph;
using Nestor.Rules.Engine;

namespace Nestor.Rules.DependencyInjection;

/// <summary>An export that the module neither provides nor imports.</summary>
public sealed class ExportNotProvided : GraphProblemRule
{
    public static readonly RuleDescriptor Rule = Describe(
        GraphDiagnostics.UnknownExport,
        """
        ## What it does

        Reports an entry of a module's `exports` that is neither one of its providers nor a module it
        imports (re-exporting a module is allowed; exporting a provider of an imported module by its
        token is not).

        ## Why is this bad

        Nest refuses to boot: "Nest cannot export a provider/module that is not a part of the currently
        processed module". It is usually a provider that moved to another module while its old export
        stayed behind.

        ## Examples

        Incorrect:

        ```ts
        @Module({ providers: [ReportsService], exports: [ReportArchiveService] })
        export class ReportsModule {}
        ```

        Correct:

        ```ts
        @Module({ providers: [ReportsService, ReportArchiveService], exports: [ReportArchiveService] })
        export class ReportsModule {}
        ```

        ## Options

        None.

        ## When not to use

        Never: where the model cannot read a module's scope (a dynamic module it does not know), nothing is
        reported.
        """, @"\bexport(s|ed)?\b.*\bprovid");

    public override RuleDescriptor Descriptor => Rule;

    protected override GraphDescriptor Problem => GraphDiagnostics.UnknownExport;
}
