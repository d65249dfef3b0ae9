using System.CommandLine;
using Nestor.Rules.Init;
using Nestor.Text;

namespace Nestor.Cli.Init;

/// <summary><c>nestor init [PATH] [--force]</c>: drafts docs/ARCHITECTURE.md and docs/RULES.md from the code.</summary>
public static class InitCommand
{
    public static Command Create()
    {
        var path = new Argument<string?>("PATH") { Description = "The project's folder (default: the current folder).", Arity = ArgumentArity.ZeroOrOne };
        var force = new Option<bool>("--force") { Description = "Overwrite documents that already exist." };
        var command = new Command("init", "Draft docs/ARCHITECTURE.md and docs/RULES.md (with a nestor block) from the code.") { path, force };
        command.SetAction(result =>
        {
            var root = Path.GetFullPath(result.GetValue(path) ?? ".");
            if (!Directory.Exists(root))
            {
                result.InvocationConfiguration.Error.WriteLine($"nestor init: '{result.GetValue(path)}' is not a folder.");
                return ExitCodes.UsageError;
            }

            var drafts = DocumentDrafter.Draft(root);
            foreach (var (relative, content) in new[] { ("docs/ARCHITECTURE.md", drafts.Architecture), ("docs/RULES.md", drafts.Rules) })
            {
                var target = Path.Combine(root, relative);
                var exists = File.Exists(target);
                if (exists && !result.GetValue(force))
                {
                    result.InvocationConfiguration.Output.WriteLine($"kept {relative}: it exists (use --force to overwrite).");
                    continue;
                }

                AtomicFile.WriteAllText(target, content);
                result.InvocationConfiguration.Output.WriteLine($"{(exists ? "overwrote" : "wrote")} {relative}");
            }

            return ExitCodes.Clean;
        });
        return command;
    }
}
