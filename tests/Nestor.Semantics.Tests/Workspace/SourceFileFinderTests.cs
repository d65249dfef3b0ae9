namespace Nestor.Semantics.Tests.Workspace;

public sealed class SourceFileFinderTests
{
    [Fact]
    public void Finds_every_source_extension_sorted_and_skips_other_files()
    {
        using var folder = new TempFolder(
            ("src/b.tsx", ""), ("src/a.ts", ""), ("src/types.d.ts", ""), ("src/c.mts", ""), ("src/d.cts", ""),
            ("src/e.js", ""), ("src/f.jsx", ""), ("src/g.mjs", ""), ("src/h.cjs", ""), ("src/readme.md", ""), ("src/data.json", ""));

        var search = SourceFileFinder.Find([folder.Root]);

        Assert.Empty(search.Errors);
        Assert.Equal(
            ["src/a.ts", "src/b.tsx", "src/c.mts", "src/d.cts", "src/e.js", "src/f.jsx", "src/g.mjs", "src/h.cjs", "src/types.d.ts"],
            folder.Relative(search.Files));
    }

    [Fact]
    public void Never_enters_node_modules_dist_or_git()
    {
        using var folder = new TempFolder(
            ("src/main.ts", ""), ("node_modules/pkg/index.js", ""), ("packages/a/node_modules/x.ts", ""),
            ("dist/main.js", ""), ("apps/api/dist/main.js", ""), (".git/hooks/x.js", ""), ("coverage/lcov.js", ""));

        var search = SourceFileFinder.Find([folder.Root]);

        Assert.Equal(["coverage/lcov.js", "src/main.ts"], folder.Relative(search.Files));
    }

    [Fact]
    public void Explicit_files_are_included_even_when_ignored()
    {
        using var folder = new TempFolder(("node_modules/pkg/index.js", ""), (".gitignore", "*.gen.ts\n"), ("x.gen.ts", ""));

        var search = SourceFileFinder.Find([folder["node_modules/pkg/index.js"], folder["x.gen.ts"]]);

        Assert.Equal(["node_modules/pkg/index.js", "x.gen.ts"], folder.Relative(search.Files));
    }

    [Fact]
    public void Missing_paths_are_errors_and_the_rest_is_still_found()
    {
        using var folder = new TempFolder(("a.ts", ""));
        var missing = folder["nope"];

        var search = SourceFileFinder.Find([missing, folder.Root]);

        Assert.Equal([$"{missing}: no such file or folder"], search.Errors);
        Assert.Equal(["a.ts"], folder.Relative(search.Files));
    }

    [Fact]
    public void Overlapping_arguments_give_each_file_once()
    {
        using var folder = new TempFolder(("src/a.ts", ""));

        var search = SourceFileFinder.Find([folder.Root, folder["src"], folder["src/a.ts"]]);

        Assert.Equal(["src/a.ts"], folder.Relative(search.Files));
    }

    [Fact]
    public void Gitignore_files_nest_negate_and_anchor()
    {
        using var folder = new TempFolder(
            (".git/HEAD", "ref: refs/heads/main\n"),
            (".gitignore", "# generated\n*.gen.ts\n/generated/\nbuild/\n!keep.gen.ts\n"),
            ("keep.gen.ts", ""), ("x.gen.ts", ""), ("generated/a.ts", ""), ("src/generated/b.ts", ""),
            ("src/build/c.ts", ""), ("src/main.ts", ""),
            ("src/.gitignore", "local.ts\n!x.gen.ts\n"), ("src/local.ts", ""), ("src/x.gen.ts", ""), ("local.ts", ""));

        var search = SourceFileFinder.Find([folder.Root]);

        Assert.Equal(["keep.gen.ts", "local.ts", "src/generated/b.ts", "src/main.ts", "src/x.gen.ts"], folder.Relative(search.Files));
    }

    [Fact]
    public void A_file_inside_an_ignored_folder_cannot_be_re_included()
    {
        using var folder = new TempFolder((".gitignore", "out/\n!out/keep.ts\n"), ("out/keep.ts", ""), ("a.ts", ""));

        var search = SourceFileFinder.Find([folder.Root]);

        Assert.Equal(["a.ts"], folder.Relative(search.Files));
    }

    [Fact]
    public void Info_exclude_and_gitignores_above_the_searched_folder_apply()
    {
        using var folder = new TempFolder(
            (".git/info/exclude", "*.local.ts\n"),
            (".gitignore", "src/legacy/\n"),
            ("src/a.ts", ""), ("src/a.local.ts", ""), ("src/legacy/old.ts", ""));

        var search = SourceFileFinder.Find([folder["src"]]);

        Assert.Equal(["src/a.ts"], folder.Relative(search.Files));
    }

    [Fact]
    public void Symbolic_links_to_folders_are_not_followed()
    {
        using var folder = new TempFolder(("src/a.ts", ""));
        Directory.CreateSymbolicLink(folder["src/loop"], folder["src"]);

        var search = SourceFileFinder.Find([folder.Root]);

        Assert.Equal(["src/a.ts"], folder.Relative(search.Files));
    }

    [Fact]
    public void Paths_keep_the_spelling_of_their_argument()
    {
        using var folder = new TempFolder(("src/a.ts", ""));
        var relativeArgument = Path.GetRelativePath(Environment.CurrentDirectory, folder["src"]);

        var search = SourceFileFinder.Find([relativeArgument]);

        Assert.Equal([Path.Join(relativeArgument, "a.ts")], search.Files);
    }
}
