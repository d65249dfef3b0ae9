using Nestor.Rules.Engine;
using Nestor.Syntax;
using Nestor.Text;

namespace Nestor.Rules.Quality;

/// <summary>A <c>catch</c> whose block is empty or holds only comments: the error is dropped.</summary>
public sealed class NoEmptyCatch : FileRule
{
    public static readonly RuleDescriptor Rule = new(
        "NST4006", "no-empty-catch", "Do not swallow errors in an empty `catch`", "Quality", DiagnosticSeverity.Error,
        "All async operations have proper error handling",
        """
        ## What it does

        Reports a `catch` clause whose block has no statement (it may hold comments).

        ## Why is this bad

        The error disappears: no log, no retry, no response to the caller. The failure shows up
        later, somewhere else, without its cause.

        ## Examples

        Incorrect:

        ```ts
        try {
          await this.mailer.send(message);
        } catch {}
        ```

        Correct:

        ```ts
        try {
          await this.mailer.send(message);
        } catch (error) {
          this.logger.warn(`mail not sent: ${error}`);
        }
        ```

        ## Options

        None.

        ## When not to use

        Never silently: when dropping the error is right, say why in a suppression's reason.
        """)
    {
        Recognisers = [@"\bempty catch", @"\bswallow(ed|ing)? (the )?(errors?|exceptions?)\b", @"\bnever (ignore|swallow)", @"\berror handling\b"],
    };

    public override RuleDescriptor Descriptor => Rule;

    public override IReadOnlyList<SyntaxKind> NodeKinds => [SyntaxKind.CatchClause];

    public override void CheckNode(Node node, FileRuleContext context)
    {
        if (node is not CatchClause clause || clause.Block.Statements.Count > 0)
        {
            return;
        }

        context.Report(new TextSpan(clause.Span.Start, "catch".Length), "Empty catch block: the error is dropped.", new Finding
        {
            Help = "Log the error with the Nest Logger, rethrow it as an HttpException, or handle it.",
            Note = "A dropped error resurfaces later, elsewhere, without its cause.",
        });
    }
}
