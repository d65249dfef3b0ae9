using System.Text;
using Nestor.Rules.Configuration;
using Nestor.Rules.Engine;
using Nestor.Text;

namespace Nestor.Rules.Project;

/// <summary>File names follow the case the nestor block declares; dotted suffixes (<c>.service.ts</c>) stay.</summary>
public sealed class FileNaming : ProjectRule, IProjectRuleFromConfig
{
    public static readonly RuleDescriptor Rule = new(
        "NST4905", "file-naming", "File names follow the project's case", "Project", DiagnosticSeverity.Error,
        "Code follows consistent style and project conventions",
        """
        ## What it does

        Checks that the names of files matching a glob follow a case: `kebab` (`create-user.dto.ts`),
        `camel` (`createUser.dto.ts`), `pascal` (`CreateUser.dto.ts`) or `snake` (`create_user.dto.ts`).
        The part before the first dot follows the case; the dotted suffixes after it (`.service`, `.dto`,
        `.spec`, `.ts`) must be lower-case words, as the Nest CLI writes them.

        ## Why is this bad

        Mixed file names make files hard to find and break imports on case-sensitive file systems
        when a name is written two ways.

        ## Examples

        With `file-naming: [{ files: "src/**/*.ts", case: kebab }]`:

        Incorrect: `src/users/UserService.ts`, `src/users/create_user.dto.ts`

        Correct: `src/users/users.service.ts`, `src/users/create-user.dto.ts`

        ## Options

        Declared in the nestor block of RULES.md:

        ```yaml
        file-naming:
          - files: "src/**/*.ts"
            case: kebab
        ```

        ## When not to use

        When the project has no naming convention, or files whose names are fixed by a tool.
        """)
    {
        Recognisers = [@"\bfile ?names?\b.*\b(kebab|camel|pascal|snake)", @"\b(kebab|camel|pascal|snake)[- ]?case\b.*\bfile"],
    };

    public override RuleDescriptor Descriptor => Rule;

    public IEnumerable<ProjectRuleDeclaration> Declarations(NestorConfig config) =>
        config.FileNamings.Select(spec => new ProjectRuleDeclaration(spec.Enforces, spec.Severity, spec.Site));

    public override void CheckProject(ProjectRuleContext context)
    {
        foreach (var file in context.Project.Files)
        {
            var name = file.Path[(file.Path.LastIndexOf('/') + 1)..];
            var spec = context.Config.FileNamings.FirstOrDefault(candidate => candidate.Files.IsMatch(file.Path) && !Follows(name, candidate.Case));
            if (spec is null)
            {
                continue;
            }

            var expected = Rename(name, spec.Case);
            var message = $"File name '{name}' is not {CaseName(spec.Case)}; rename it to '{expected}'.";
            var details = new Finding
            {
                Help = $"Rename the file to '{expected}' and update its imports.",
                Note = $"RULES.md ({spec.Site.Path}:{spec.Site.Line}) declares {CaseName(spec.Case)} names for '{spec.Files}'.",
            };
            if (spec.Severity is { } severity)
            {
                context.ReportWithSeverity(file.Path, new TextSpan(0, 0), message, severity, details);
            }
            else
            {
                context.Report(file.Path, new TextSpan(0, 0), message, details);
            }
        }
    }

    /// <summary>Whether a file name follows a case: the stem in the case, the dotted suffixes lower-case.</summary>
    public static bool Follows(string fileName, NamingCase namingCase)
    {
        var parts = fileName.Split('.');
        return IsInCase(parts[0], namingCase) && parts.Skip(1).All(IsSuffix);
    }

    public static string Rename(string fileName, NamingCase namingCase)
    {
        var dot = fileName.IndexOf('.');
        var stem = dot < 0 ? fileName : fileName[..dot];
        var rest = dot < 0 ? string.Empty : fileName[dot..].ToLowerInvariant();
        var words = Words(stem);
        var renamed = namingCase switch
        {
            NamingCase.Kebab => string.Join('-', words),
            NamingCase.Snake => string.Join('_', words),
            NamingCase.Pascal => string.Concat(words.Select(Capitalise)),
            _ => string.Concat(words.Take(1).Concat(words.Skip(1).Select(Capitalise))),
        };
        return renamed + rest;
    }

    private static bool IsInCase(string stem, NamingCase namingCase)
    {
        if (stem.Length == 0)
        {
            return true;
        }

        return namingCase switch
        {
            NamingCase.Kebab => stem.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') && !stem.StartsWith('-') && !stem.Contains("--", StringComparison.Ordinal),
            NamingCase.Snake => stem.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_'),
            NamingCase.Camel => char.IsAsciiLetterLower(stem[0]) && stem.All(char.IsAsciiLetterOrDigit),
            _ => char.IsAsciiLetterUpper(stem[0]) && stem.All(char.IsAsciiLetterOrDigit),
        };
    }

    private static bool IsSuffix(string part) => part.Length > 0 && part.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    private static List<string> Words(string stem)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < stem.Length; i++)
        {
            var c = stem[i];
            var startsWord = char.IsUpper(c) && current.Length > 0 && (char.IsLower(stem[i - 1]) || (i + 1 < stem.Length && char.IsLower(stem[i + 1])));
            if (c is '-' or '_' or ' ' || startsWord)
            {
                Flush();
                if (c is '-' or '_' or ' ')
                {
                    continue;
                }
            }

            current.Append(char.ToLowerInvariant(c));
        }

        Flush();
        return words;

        void Flush()
        {
            if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }
    }

    private static string Capitalise(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    private static string CaseName(NamingCase namingCase) => namingCase switch
    {
        NamingCase.Kebab => "kebab-case",
        NamingCase.Camel => "camelCase",
        NamingCase.Pascal => "PascalCase",
        _ => "snake_case",
    };
}
