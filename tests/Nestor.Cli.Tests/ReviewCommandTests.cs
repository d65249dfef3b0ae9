using System.CommandLine;
using System.Text.Json;

namespace Nestor.Cli.Tests;

public sealed class ReviewCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("nestor-review-cli-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void The_sample_fails_with_exit_code_1_and_a_json_report_naming_its_findings()
    {
        var (exitCode, output, error) = Run("review", Sample(), "--format", "json");

        Assert.Equal(1, exitCode);
        using var json = JsonDocument.Parse(output);
        var names = json.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("name").GetString()).ToHashSet();
        Assert.Contains("unresolved-dependency", names);
        Assert.Contains("no-floating-promise", names);
        Assert.Contains("Read first:", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Timings_list_the_stages_and_the_rules_on_standard_error()
    {
        var (_, _, error) = Run("review", Sample(), "--format", "json", "--timings");

        Assert.Contains("(parsing and binding)", error, StringComparison.Ordinal);
        Assert.Contains("(NestJS model)", error, StringComparison.Ordinal);
        Assert.Contains("no-explicit-any", error, StringComparison.Ordinal);
        Assert.Contains("unresolved-dependency", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_clean_project_exits_0()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "src"));
        File.WriteAllText(Path.Combine(_folder, "src", "sum.ts"), "export function sum(a: number, b: number): number {\n  return a + b;\n}\n");

        var (exitCode, output, _) = Run("review", _folder);

        Assert.Equal(0, exitCode);
        Assert.Contains("1 file reviewed", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_is_a_usage_error()
    {
        var (exitCode, _, error) = Run("review", Path.Combine(_folder, "nowhere"));

        Assert.Equal(2, exitCode);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }

    private static string Sample()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Nestor.slnx")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory?.FullName ?? throw new InvalidOperationException("Nestor.slnx not found above the test's folder."), "samples", "shop-api");
    }

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = NestorCommand.Create().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }
}
