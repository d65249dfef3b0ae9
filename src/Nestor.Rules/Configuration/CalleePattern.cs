namespace Nestor.Rules.Configuration;

/// <summary>
/// Matches dotted callees such as <c>console.log</c> against patterns such as <c>console.*</c>,
/// <c>*.$where</c> or <c>Model.prototype.$where</c> (a prototype method matches any receiver).
/// </summary>
public static class CalleePattern
{
    public static bool IsMatch(string pattern, string callee)
    {
        var patternParts = Normalise(pattern).Split('.');
        var calleeParts = callee.Split('.');
        if (patternParts.Length != calleeParts.Length)
        {
            // A leading '*' stands for any receiver chain: '*.$where' matches 'this.userModel.$where'.
            if (patternParts.Length < calleeParts.Length && patternParts[0] == "*")
            {
                calleeParts = calleeParts[^patternParts.Length..];
            }
            else
            {
                return false;
            }
        }

        for (var i = 0; i < patternParts.Length; i++)
        {
            if (patternParts[i] != "*" && patternParts[i] != calleeParts[i])
            {
                return false;
            }
        }

        return true;
    }

    private static string Normalise(string pattern)
    {
        var prototype = pattern.IndexOf(".prototype.", StringComparison.Ordinal);
        return prototype >= 0 ? "*." + pattern[(prototype + ".prototype.".Length)..] : pattern;
    }
}
