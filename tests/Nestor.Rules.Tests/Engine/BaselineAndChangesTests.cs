using System.Diagnostics;
using Nestor.Rules.Baselines;
using Nestor.Rules.Changes;
using Nestor.Text;

namespace Nestor.Rules.Tests.Engine;

public sealed class BaselineAndChangesTests
{
    [Fact]
    public void A_known_finding_stays_known_when_lines_above_it_move_and_a_new_one_is_new()
    {
        var before = new SourceText("src/a.ts", "const a: any = 1;\n");
        var baseline = Baseline.Create([Finding(before, 9)], _ => before);

        var after = new SourceText("src/a.ts", "// a comment\n\nconst   a: any = 1;\nconst b: any = 2;\n");
        var outcome = Baseline.Filter(baseline, [Finding(after, 23), Finding(after, 42)], _ => after);

        Assert.Equal(1, outcome.Known);
        Assert.Equal(42, Assert.Single(outcome.New).Span.Start);
    }

    [Fact]
    public void Two_identical_lines_are_counted_not_merged()
    {
        var text = new SourceText("src/a.ts", "f(x as any);\nf(x as any);\n");
        var baseline = Baseline.Create([Finding(text, 7)], _ => text);
        Assert.Equal(1, Assert.Single(baseline.Findings).Count);

        var outcome = Baseline.Filter(baseline, [Finding(text, 7), Finding(text, 20)], _ => text);

        Assert.Equal(1, outcome.Known);
        Assert.Single(outcome.New);
    }

    [Fact]
    public void A_baseline_round_trips_through_json_and_a_bad_file_says_why()
    {
        var text = new SourceText("src/a.ts", "x\n");
        var json = Baseline.Serialize(Baseline.Create([Finding(text, 0)], _ => text));

        var parsed = Baseline.TryParse(json, out var error);
        Assert.Null(error);
        Assert.Equal("NST4001", Assert.Single(parsed!.Findings).Rule);

        Assert.Null(Baseline.TryParse("{\"version\": 7, \"findings\": []}", out error));
        Assert.Equal("not a Nestor baseline of version 1", error);
        Assert.Null(Baseline.TryParse("[1,", out error));
        Assert.StartsWith("not valid JSON (", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_zero_context_diff_gives_changed_line_ranges()
    {
        const string diff = """
            diff --git a/src/a.ts b/src/a.ts
            index 1..2 100644
            --- a/src/a.ts
            +++ b/src/a.ts
            @@ -3,0 +4,2 @@ class A {
            +  one
            +  two
            @@ -10 +12 @@
            -x
            +y
            @@ -20,3 +23,0 @@
            diff --git a/src/gone.ts b/src/gone.ts
            --- a/src/gone.ts
            +++ /dev/null
            @@ -1,2 +0,0 @@
            """;

        var changes = ChangedLines.ParseDiff(diff, ["src/new.ts"]);

        Assert.False(changes.Contains("src/a.ts", 3));
        Assert.True(changes.Contains("src/a.ts", 4));
        Assert.True(changes.Contains("src/a.ts", 5));
        Assert.False(changes.Contains("src/a.ts", 6));
        Assert.True(changes.Contains("src/a.ts", 12));
        Assert.False(changes.Contains("src/a.ts", 23));
        Assert.True(changes.Contains("src/new.ts", 999));
        Assert.Equal(["src/a.ts", "src/new.ts"], changes.Files);
    }

    [Fact]
    public void Outside_a_repository_git_gives_a_clear_error()
    {
        var folder = Directory.CreateTempSubdirectory("nestor-nogit-").FullName;
        try
        {
            ChangedLines.FromGit(folder, "HEAD~1", out var error);

            Assert.Equal($"'{folder}' is not inside a git repository; --changed-since needs one", error);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void In_a_repository_the_working_tree_changes_and_untracked_files_are_found()
    {
        var folder = Directory.CreateTempSubdirectory("nestor-git-").FullName;
        try
        {
            Run(folder, "init", "-q");
            File.WriteAllText(Path.Combine(folder, ".gitignore"), "*.log\n");
            File.WriteAllText(Path.Combine(folder, "ignored.log"), "x\n");
            File.WriteAllText(Path.Combine(folder, "a.ts"), "one\ntwo\nthree\n");
            Run(folder, "add", "a.ts", ".gitignore");
            Run(folder, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-q", "-m", "first");
            File.WriteAllText(Path.Combine(folder, "a.ts"), "one\nTWO\nthree\n");
            File.WriteAllText(Path.Combine(folder, "b.ts"), "new\n");

            var changes = ChangedLines.FromGit(folder, "HEAD", out var error);

            Assert.Null(error);
            Assert.Equal(["a.ts", "b.ts"], changes.Files);
            Assert.False(changes.Contains("a.ts", 1));
            Assert.True(changes.Contains("a.ts", 2));
            Assert.True(changes.Contains("b.ts", 1));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Run(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-C");
        start.ArgumentList.Add(folder);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    private static Diagnostic Finding(SourceText text, int start) =>
        new("NST4001", DiagnosticSeverity.Error, "Unexpected any.", text.Path, new TextSpan(start, 3));
}
