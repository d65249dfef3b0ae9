using Nestor.Rules.Configuration;
using Nestor.Rules.Engine;
using Nestor.Rules.Project;
using Nestor.Rules.Reading;
using Nestor.Text;

namespace Nestor.Rules.Tests.Project;

public sealed class FileNamingTests
{
    [Theory]
    [InlineData("users.service.ts", NamingCase.Kebab, true)]
    [InlineData("create-user.dto.ts", NamingCase.Kebab, true)]
    [InlineData("app.e2e-spec.ts", NamingCase.Kebab, true)]
    [InlineData("UserService.ts", NamingCase.Kebab, false)]
    [InlineData("create_user.dto.ts", NamingCase.Kebab, false)]
    [InlineData("users.Service.ts", NamingCase.Kebab, false)]
    [InlineData("createUser.dto.ts", NamingCase.Camel, true)]
    [InlineData("CreateUser.dto.ts", NamingCase.Pascal, true)]
    [InlineData("create_user.dto.ts", NamingCase.Snake, true)]
    [InlineData("create-user.dto.ts", NamingCase.Snake, false)]
    public void Stems_follow_the_case_and_suffixes_are_lower_case(string name, NamingCase namingCase, bool expected)
    {
        Assert.Equal(expected, FileNaming.Follows(name, namingCase));
    }

    [Theory]
    [InlineData("UserService.ts", NamingCase.Kebab, "user-service.ts")]
    [InlineData("HTTPClient.service.ts", NamingCase.Kebab, "http-client.service.ts")]
    [InlineData("create_user.DTO.ts", NamingCase.Camel, "createUser.dto.ts")]
    [InlineData("create-user.dto.ts", NamingCase.Pascal, "CreateUser.dto.ts")]
    [InlineData("createUser.ts", NamingCase.Snake, "create_user.ts")]
    public void Renames_name_the_file_in_the_case(string name, NamingCase namingCase, string expected)
    {
        Assert.Equal(expected, FileNaming.Rename(name, namingCase));
    }

    [Fact]
    public void Files_matching_the_glob_with_another_case_are_reported_with_the_declared_severity()
    {
        var text = new SourceText("docs/RULES.md", "```nestor\nfile-naming:\n  - files: \"src/**/*.ts\"\n    case: kebab\n    severity: warning\n```\n");
        var reader = new NestorBlockReader(text, 1, RuleCatalog.BuiltIn.Find);
        var config = reader.Read(RulesDocument.Parse(text).Blocks[0].Yaml);
        var files = new[] { "src/users/UserService.ts", "src/users/users.module.ts", "scripts/SeedData.ts" }
            .Select(path => new ReviewFile(path, new SourceText(path, "export {};\n")))
            .ToList();
        var reading = new ReadingResult([], [], config, [], new Dictionary<string, SourceText>());

        var result = new ReviewEngine(new RuleCatalog([new FileNaming()])).Run(new ReviewRequest("/p", files, reading));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("NST4905", "file-naming", DiagnosticSeverity.Warning, "src/users/UserService.ts"), (diagnostic.Code, diagnostic.Name, diagnostic.Severity, diagnostic.Path));
        Assert.Equal("File name 'UserService.ts' is not kebab-case; rename it to 'user-service.ts'.", diagnostic.Message);
        Assert.Equal("RULES.md (docs/RULES.md:3) declares kebab-case names for 'src/**/*.ts'.", diagnostic.Note);
        Assert.False(result.Fails);
    }
}
