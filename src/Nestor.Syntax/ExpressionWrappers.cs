namespace Nestor.Syntax;

/// <summary>
/// What an expression is once the wrappers that do not change its value are taken off:
/// parentheses and the type-only forms (<c>as</c>, <c>satisfies</c>, <c>!</c>, <c>&lt;T&gt;x</c>).
/// Iterative, so any nesting depth is safe.
/// </summary>
public static class ExpressionWrappers
{
    /// <summary>Parentheses, <c>as</c>, <c>satisfies</c>, non-null assertions and type assertions removed.</summary>
    public static Expression Strip(Expression expression) => Strip(expression, throughAwait: false);

    /// <summary>As <see cref="Strip(Expression)"/>, and through <c>await</c> too: the value a promise settles to.</summary>
    public static Expression StripWithAwait(Expression expression) => Strip(expression, throughAwait: true);

    private static Expression Strip(Expression expression, bool throughAwait)
    {
        while (true)
        {
            switch (expression)
            {
                case ParenthesizedExpression parenthesized:
                    expression = parenthesized.Expression;
                    break;
                case AsExpression cast:
                    expression = cast.Expression;
                    break;
                case SatisfiesExpression satisfies:
                    expression = satisfies.Expression;
                    break;
                case NonNullExpression nonNull:
                    expression = nonNull.Expression;
                    break;
                case TypeAssertionExpression assertion:
                    expression = assertion.Expression;
                    break;
                case AwaitExpression awaited when throughAwait:
                    expression = awaited.Expression;
                    break;
                default:
                    return expression;
            }
        }
    }
}
