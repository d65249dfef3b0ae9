namespace Nestor.Semantics.Tests.Binding;

public sealed class ScaleTests
{
    [Fact]
    public void Long_barrel_chains_resolve_and_overlong_ones_are_cut_without_crashing()
    {
        var files = new List<(string, string)> { ("src/m0.ts", "export class Deep {}") };
        for (var i = 1; i <= 3000; i++)
        {
            files.Add(($"src/m{i}.ts", $"export * from './m{i - 1}';"));
        }

        files.Add(("src/near.ts", "import { Deep } from './m500';"));
        var model = Project.Build([.. files]);

        Assert.Equal("/repo/src/m0.ts", Assert.IsType<ClassSymbol>(model.ResolveName("/repo/src/near.ts", "Deep")).Path);
        Assert.Null(model.ResolveExport("/repo/src/m3000.ts", "Deep"));
        Assert.Empty(model.Diagnostics);
    }

    [Fact]
    public void Parallel_builds_are_deterministic()
    {
        var files = new List<(string, string)>();
        for (var i = 0; i < 150; i++)
        {
            var previous = i == 0 ? string.Empty : $"import {{ S{i - 1} }} from '../f{i - 1}';\n";
            var parameter = i == 0 ? string.Empty : $"private readonly s: S{i - 1}";
            files.Add(($"src/f{i}/s.ts", $"{previous}export enum E{i} {{ A = 'a{i}', B = E{i}.A }}\nexport class S{i} {{ constructor({parameter}) {{}} }}"));
            files.Add(($"src/f{i}/index.ts", "export * from './s';"));
        }

        string Describe(SemanticModel model) => string.Join('\n', model.Classes.Select(c =>
            $"{c.Path}:{c.Name}({string.Join(',', c.ConstructorParameters.Select(p => (p.Type!.Target as ClassSymbol)?.Path))})"));

        var first = Describe(Project.Build([.. files]));
        var second = Describe(Project.Build([.. files]));

        Assert.Equal(first, second);
        Assert.Contains("/repo/src/f149/s.ts:S149(/repo/src/f148/s.ts)", first);
    }
}
