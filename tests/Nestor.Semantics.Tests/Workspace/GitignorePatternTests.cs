namespace Nestor.Semantics.Tests.Workspace;

public sealed class GitignorePatternTests
{
    [Theory]
    [InlineData("*.log", "debug.log", false, true)]
    [InlineData("*.log", "logs/debug.log", false, true)]
    [InlineData("*.log", "debug.log.ts", false, false)]
    [InlineData("build", "build", true, true)]
    [InlineData("build", "src/build", true, true)]
    [InlineData("build", "src/build", false, true)]
    [InlineData("/build", "build", true, true)]
    [InlineData("/build", "src/build", true, false)]
    [InlineData("out/", "out", true, true)]
    [InlineData("out/", "out", false, false)]
    [InlineData("out/", "a/out", true, true)]
    [InlineData("doc/frotz", "doc/frotz", true, true)]
    [InlineData("doc/frotz", "a/doc/frotz", true, false)]
    [InlineData("doc/frotz/", "doc/frotz", true, true)]
    [InlineData("**/foo", "foo", true, true)]
    [InlineData("**/foo", "a/b/foo", false, true)]
    [InlineData("**/foo/bar", "x/foo/bar", false, true)]
    [InlineData("**/foo/bar", "foo/bar", false, true)]
    [InlineData("abc/**", "abc/x/y.ts", false, true)]
    [InlineData("abc/**", "abc", true, false)]
    [InlineData("a/**/b", "a/b", false, true)]
    [InlineData("a/**/b", "a/x/y/b", false, true)]
    [InlineData("a/**/b", "a/xb", false, false)]
    [InlineData("a/*.ts", "a/x.ts", false, true)]
    [InlineData("a/*.ts", "a/b/x.ts", false, false)]
    [InlineData("a/?.ts", "a/x.ts", false, true)]
    [InlineData("a/?.ts", "a/xy.ts", false, false)]
    [InlineData("file[0-9].ts", "file7.ts", false, true)]
    [InlineData("file[0-9].ts", "filex.ts", false, false)]
    [InlineData("file[!0-9].ts", "filex.ts", false, true)]
    [InlineData("file[!0-9].ts", "file7.ts", false, false)]
    [InlineData("file[^ab].ts", "filea.ts", false, false)]
    [InlineData("[[:digit:]]*.ts", "1a.ts", false, true)]
    [InlineData("[[:digit:]]*.ts", "a1.ts", false, false)]
    [InlineData("a[]]b", "a]b", false, true)]
    [InlineData("\\#hash.ts", "#hash.ts", false, true)]
    [InlineData("\\!bang.ts", "!bang.ts", false, true)]
    [InlineData("trailing.ts   ", "trailing.ts", false, true)]
    [InlineData("space.ts\\ ", "space.ts ", false, true)]
    [InlineData("a**b", "axyb", false, true)]
    [InlineData("a**b", "ax/yb", false, false)]
    [InlineData("lit[eral", "lit[eral", false, false)]
    [InlineData("*.TS", "a.ts", false, false)]
    public void Matches_like_git(string pattern, string path, bool isDirectory, bool expected)
    {
        var compiled = GitignorePattern.Parse(pattern);

        Assert.NotNull(compiled);
        Assert.Equal(expected, compiled.IsMatch(path, isDirectory));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("# a comment")]
    [InlineData("!")]
    [InlineData("/")]
    public void Blank_lines_and_comments_are_not_patterns(string line)
    {
        Assert.Null(GitignorePattern.Parse(line));
    }

    [Fact]
    public void Negation_and_directory_only_are_read_from_the_line()
    {
        var pattern = GitignorePattern.Parse("!keep/")!;

        Assert.True(pattern.IsNegated);
        Assert.True(pattern.IsDirectoryOnly);
        Assert.True(pattern.MatchesBaseName);
        Assert.True(pattern.IsMatch("a/keep", isDirectory: true));
    }
}
