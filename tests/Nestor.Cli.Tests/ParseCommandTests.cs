using System.CommandLine;
using System.Text.Json;
using Nestor.Syntax;

namespace Nestor.Cli.Tests;

public sealed class ParseCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("nestor-parse-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Clean_folder_exits_0_with_every_source_file_and_exact_totals()
    {
        Write("src/app.module.ts", "export class AppModule {}\n");
        Write("src/view.tsx", "export const View = () => <div />;\n");
        var result = Run("parse", Path.Combine(_root, "src"), "--format", "json");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal([Path.Combine(_root, "src", "app.module.ts"), Path.Combine(_root, "src", "view.tsx")], FilePaths(json));
        Assert.All(json.RootElement.GetProperty("files").EnumerateArray(), file => Assert.Equal(0, file.GetProperty("diagnostics").GetArrayLength()));
        var totals = json.RootElement.GetProperty("totals");
        Assert.Equal(2, totals.GetProperty("files").GetInt32());
        Assert.Equal(26 + 35, totals.GetProperty("bytes").GetInt64());
        Assert.Equal(0, totals.GetProperty("errors").GetInt32());
        Assert.True(totals.GetProperty("milliseconds").GetInt64() >= 0);
    }

    [Fact]
    public void Json_has_exactly_the_documented_shape()
    {
        Write("a.ts", "const a = ;\n");
        var result = Run("parse", _root, "--format", "json");

        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(["files", "totals"], Names(json.RootElement));
        var file = json.RootElement.GetProperty("files")[0];
        Assert.Equal(["path", "diagnostics"], Names(file));
        Assert.Equal(["code", "message", "line", "column"], Names(file.GetProperty("diagnostics")[0]));
        Assert.Equal(["files", "bytes", "errors", "milliseconds"], Names(json.RootElement.GetProperty("totals")));
    }

    [Fact]
    public void Syntax_error_exits_1_with_code_message_line_and_column()
    {
        Write("broken.ts", "const ok = 1;\nconst a = ;\n");
        var result = Run("parse", _root, "--format", "json");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var diagnostic = Assert.Single(json.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(SyntaxErrors.ExpressionExpected.Code, diagnostic.GetProperty("code").GetString());
        Assert.Equal("Expression expected.", diagnostic.GetProperty("message").GetString());
        Assert.Equal(2, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(11, diagnostic.GetProperty("column").GetInt32());
        Assert.Equal(1, json.RootElement.GetProperty("totals").GetProperty("errors").GetInt32());
    }

    [Fact]
    public void Text_format_prints_one_line_per_error_and_the_totals()
    {
        var path = Write("broken.ts", "const ok = 1;\nconst a = ;\n");
        var result = Run("parse", path);

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal($"{path}:2:11: error {SyntaxErrors.ExpressionExpected.Code}: Expression expected.", lines[0]);
        Assert.Matches(@"^1 file, 26 bytes, 1 error, \d+ ms$", lines[1]);
    }

    [Fact]
    public void Node_modules_dist_and_gitignored_files_are_skipped()
    {
        Write("src/ok.ts", "export const ok = true;\n");
        Write("node_modules/pkg/index.ts", "const broken = ;\n");
        Write("dist/main.ts", "const broken = ;\n");
        Write("generated/api.ts", "const broken = ;\n");
        Write("src/local.secret.ts", "const broken = ;\n");
        Write(".gitignore", "generated/\n*.secret.ts\n");
        var result = Run("parse", _root, "--format", "json");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal([Path.Combine(_root, "src", "ok.ts")], FilePaths(json));
    }

    [Fact]
    public void A_file_named_explicitly_is_parsed_even_under_node_modules()
    {
        var path = Write("node_modules/pkg/index.d.ts", "export declare function f(): void;\n");
        var result = Run("parse", path, "--format", "json");

        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal([path], FilePaths(json));
    }

    [Fact]
    public void Missing_path_exits_2_and_the_other_paths_are_still_parsed()
    {
        var good = Write("good.ts", "const a = ;\n");
        var missing = Path.Combine(_root, "nope");
        var result = Run("parse", missing, good, "--format", "json");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Equal($"nestor parse: {missing}: no such file or folder", result.Error.Trim());
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal([good], FilePaths(json));
        Assert.Equal(1, json.RootElement.GetProperty("totals").GetProperty("errors").GetInt32());
    }

    [Theory]
    [InlineData(new[] { "parse" }, "give at least one file or folder to parse.")]
    [InlineData(new[] { "parse", ".", "--format", "xml" }, "unknown format 'xml': use text or json.")]
    [InlineData(new[] { "parse", ".", "--colour" }, "unknown option '--colour'.")]
    public void Bad_arguments_exit_2_with_a_message(string[] args, string message)
    {
        var result = Run(args);

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.StartsWith($"nestor parse: {message}", result.Error);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void Many_files_parsed_in_parallel_come_out_sorted_with_their_own_errors()
    {
        var expected = new List<string>();
        for (var i = 0; i < 60; i++)
        {
            expected.Add(Write($"f{i:D2}.ts", i % 3 == 0 ? $"let x{i} = ;\n" : $"let x{i} = {i};\n"));
        }

        var result = Run("parse", _root, "--format", "json");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(expected, FilePaths(json));
        var withErrors = json.RootElement.GetProperty("files").EnumerateArray()
            .Where(f => f.GetProperty("diagnostics").GetArrayLength() > 0)
            .Select(f => Path.GetFileName(f.GetProperty("path").GetString()!))
            .ToList();
        Assert.Equal(Enumerable.Range(0, 60).Where(i => i % 3 == 0).Select(i => $"f{i:D2}.ts"), withErrors);
        Assert.Equal(20, json.RootElement.GetProperty("totals").GetProperty("errors").GetInt32());
    }

    [Fact]
    public void Invalid_utf8_and_nul_bytes_are_reported_not_fatal()
    {
        var path = Path.Combine(_root, "bytes.ts");
        File.WriteAllBytes(path, [.. "const a = 1;"u8, 0x00, .. "\nconst s = '"u8, 0xC3, 0x28, 0xFF, .. "';\n"u8]);
        var result = Run("parse", path, "--format", "json");

        Assert.Equal(ExitCodes.Findings, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var diagnostic = Assert.Single(json.RootElement.GetProperty("files")[0].GetProperty("diagnostics").EnumerateArray());
        Assert.Equal("Invalid character.", diagnostic.GetProperty("message").GetString());
        Assert.Equal(1, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(13, diagnostic.GetProperty("column").GetInt32());
    }

    private string Write(string relativePath, string content)
    {
        var path = Path.Combine(_root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private static List<string> FilePaths(JsonDocument json) =>
        json.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("path").GetString()!).ToList();

    private static List<string> Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToList();

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exitCode = NestorCommand.Create().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }
}
