using System.Diagnostics;
using Nestor.Semantics;

namespace Nestor.ModelBench;

/// <summary>
/// <c>--inspect PATH</c>: loads and binds a real project and prints what the model found (counts,
/// diagnostics, decorated classes with unresolved constructor types), to check the model on real code.
/// </summary>
internal static class Inspect
{
    public static void Run(string root, IReadOnlyList<string> classNames)
    {
        var clock = Stopwatch.StartNew();
        var workspace = Workspace.Load(root);
        var model = SemanticModel.Build(workspace);
        Console.WriteLine($"{model.Files.Count} files, {workspace.TsConfigs.Count} tsconfig files, {workspace.Packages.Count} package.json, {workspace.Projects.Count} projects, {clock.ElapsedMilliseconds} ms");
        foreach (var project in workspace.Projects)
        {
            Console.WriteLine($"project {project.Name} ({project.Kind}, {project.DeclaredBy}) at {project.Folder}");
        }

        foreach (var package in new[] { "@nestjs/mongoose", "@nestjs/config", "@nestjs/throttler", "helmet", "class-validator", "@nestjs/swagger" })
        {
            Console.WriteLine($"uses {package}: {workspace.UsesPackage(package)}");
        }

        foreach (var diagnostic in model.Diagnostics)
        {
            var position = model.GetFile(diagnostic.Path)?.Text.Lines.GetPosition(diagnostic.Span.Start).ToString() ?? "-";
            Console.WriteLine($"{diagnostic.Path}:{position}: {diagnostic.Code} {diagnostic.Message}");
        }

        var syntaxErrors = model.Files.Sum(file => file.Tree.Diagnostics.Count);
        var classes = model.Classes.ToList();
        var parameters = classes.SelectMany(c => c.ConstructorParameters).Where(p => p.Type?.Name is not null).ToList();
        var unresolved = parameters.Where(p => p.Type!.Target is null).ToList();
        Console.WriteLine($"syntax errors: {syntaxErrors}; classes: {classes.Count}, decorated: {classes.Count(c => c.Decorators.Count > 0)}; constructor parameters with a named type: {parameters.Count}, unresolved: {unresolved.Count}");
        foreach (var parameter in unresolved.Take(20))
        {
            var owner = classes.First(c => c.ConstructorParameters.Contains(parameter));
            Console.WriteLine($"  unresolved {parameter.Type!.Text} in {owner.Name} ({owner.Path})");
        }

        foreach (var symbol in classes.Where(c => classNames.Contains(c.Name)))
        {
            Describe(symbol);
        }

        var decorators = classes.SelectMany(c => c.Decorators.Concat(c.Members.SelectMany(m => m.Decorators))).ToList();
        Console.WriteLine($"decorators: {decorators.Count}, resolved to a symbol: {decorators.Count(d => d.Target is not null)}, with arguments all constant: {decorators.Count(d => d.Arguments.All(a => a.IsConstant))}");
        foreach (var group in decorators.Where(d => d.Target is null).GroupBy(d => d.Name).Take(10))
        {
            Console.WriteLine($"  unresolved decorator @{group.Key} x{group.Count()}");
        }
    }

    private static void Describe(ClassSymbol symbol)
    {
        Console.WriteLine($"class {symbol.Name} ({symbol.Path})");
        foreach (var decorator in symbol.Decorators)
        {
            Console.WriteLine($"  @{decorator.Name} -> {decorator.Target}: ({string.Join(", ", decorator.Arguments)})");
        }

        if (symbol.BaseClass is { } baseClass)
        {
            Console.WriteLine($"  extends {baseClass}");
        }

        foreach (var parameter in symbol.ConstructorParameters)
        {
            var decorators = string.Concat(parameter.Decorators.Select(d => $"@{d.Name}({string.Join(", ", d.Arguments)}) "));
            Console.WriteLine($"  constructor {decorators}{parameter.Name}: {parameter.Type?.Text} -> {parameter.Type?.Target}{(parameter.Type?.IsTypeOnlyImport == true ? " (type-only import)" : string.Empty)}");
        }

        foreach (var member in symbol.Members)
        {
            var decorators = string.Concat(member.Decorators.Select(d => $"@{d.Name}({string.Join(", ", d.Arguments)}) "));
            Console.WriteLine($"  {member.Kind} {decorators}{member.Name}: {member.Type?.Text} -> {member.Type?.Target}");
        }
    }
}
