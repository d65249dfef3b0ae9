using Nestor.Rules.Engine;
using Nestor.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Nestor.Rules.Configuration;

/// <summary>
/// Reads the YAML of a <c>nestor</c> block (or a nestor.yml) into a <see cref="NestorConfig"/>.
/// Every problem becomes a configuration diagnostic at its line and column in the host file;
/// the rest of the block is still read.
/// </summary>
public sealed class NestorBlockReader
{
    private static readonly string[] TopLevelKeys =
        ["rules", "overrides", "ignore", "known-safe", "documents", "forbid-import", "layers", "forbid-call", "require-decorator", "file-naming"];

    private readonly SourceText _host;
    private readonly int _firstLineIndex;
    private readonly Func<string, RuleDescriptor?> _resolveRule;
    private readonly List<Diagnostic> _diagnostics = [];

    /// <param name="host">The file holding the YAML (RULES.md or nestor.yml).</param>
    /// <param name="firstLineIndex">The zero-based line of the host where the YAML starts.</param>
    /// <param name="resolveRule">Finds a rule by name or id.</param>
    public NestorBlockReader(SourceText host, int firstLineIndex, Func<string, RuleDescriptor?> resolveRule)
    {
        _host = host;
        _firstLineIndex = firstLineIndex;
        _resolveRule = resolveRule;
    }

    public IReadOnlyList<Diagnostic> Diagnostics => _diagnostics;

    public NestorConfig Read(string yaml)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException exception)
        {
            Report(EngineDiagnostics.InvalidNestorBlock, exception.Start, $"Invalid YAML in the nestor block: {InnerMessage(exception)}.");
            return NestorConfig.Default;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return NestorConfig.Default;
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            Report(EngineDiagnostics.InvalidConfigValue, stream.Documents[0].RootNode.Start, "The nestor block must be a mapping of keys such as 'rules:' and 'forbid-import:'.");
            return NestorConfig.Default;
        }

        return ReadRoot(root);
    }

    private NestorConfig ReadRoot(YamlMappingNode root)
    {
        var config = NestorConfig.Default;
        foreach (var (keyNode, value) in root.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? string.Empty;
            config = key switch
            {
                "rules" => config with { Rules = ReadRules(value) },
                "overrides" => config with { Overrides = ReadList(value, ReadOverride) },
                "ignore" => config with { Ignore = ReadGlobs(value) },
                "known-safe" => ReadKnownSafe(config, value),
                "documents" => ReadDocuments(config, value),
                "forbid-import" => config with { ForbidImports = ReadList(value, ReadForbidImport) },
                "layers" => config with { Layers = ReadList(value, ReadLayer) },
                "forbid-call" => config with { ForbidCalls = ReadList(value, ReadForbidCall) },
                "require-decorator" => config with { RequireDecorators = ReadList(value, ReadRequireDecorator) },
                "file-naming" => config with { FileNamings = ReadList(value, ReadFileNaming) },
                _ => UnknownKey(config, keyNode, key, TopLevelKeys),
            };
        }

        return config;
    }

    private NestorConfig UnknownKey(NestorConfig config, YamlNode keyNode, string key, string[] known)
    {
        Report(EngineDiagnostics.InvalidConfigValue, keyNode.Start, $"Unknown key '{key}'; expected one of: {string.Join(", ", known)}.");
        return config;
    }

    private Dictionary<string, RuleSetting> ReadRules(YamlNode node)
    {
        var rules = new Dictionary<string, RuleSetting>(StringComparer.Ordinal);
        if (Expect<YamlMappingNode>(node, "a mapping of rule names to severities") is not { } mapping)
        {
            return rules;
        }

        foreach (var (keyNode, value) in mapping.Children)
        {
            if (ResolveRule(keyNode) is not { } rule)
            {
                continue;
            }

            rules[rule.Name] = value switch
            {
                YamlScalarNode scalar => ReadSeverity(scalar) is var (ok, severity) && ok
                    ? new RuleSetting(true, severity, RuleOptions.Empty)
                    : new RuleSetting(false, null, RuleOptions.Empty),
                YamlMappingNode settings => ReadRuleSetting(settings),
                _ => InvalidRuleSetting(value),
            };
        }

        return rules;
    }

    private RuleSetting InvalidRuleSetting(YamlNode value)
    {
        Report(EngineDiagnostics.InvalidConfigValue, value.Start, "A rule's setting is a severity (off, hint, info, warning, error) or a mapping with 'severity' and 'options'.");
        return new RuleSetting(false, null, RuleOptions.Empty);
    }

    private RuleSetting ReadRuleSetting(YamlMappingNode settings)
    {
        var hasSeverity = false;
        DiagnosticSeverity? severity = null;
        var options = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in settings.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? string.Empty;
            if (key == "severity" && Expect<YamlScalarNode>(value, "a severity") is { } scalar)
            {
                (hasSeverity, severity) = ReadSeverity(scalar);
            }
            else if (key == "options" && Expect<YamlMappingNode>(value, "a mapping of option names to values") is { } optionMap)
            {
                foreach (var (optionKey, optionValue) in optionMap.Children)
                {
                    options[((YamlScalarNode)optionKey).Value ?? string.Empty] = ReadStrings(optionValue);
                }
            }
            else if (key is not "severity" and not "options")
            {
                options[key] = ReadStrings(value);
            }
        }

        return new RuleSetting(hasSeverity, severity, new RuleOptions(options));
    }

    private PathOverride? ReadOverride(YamlMappingNode item)
    {
        var files = ReadGlobs(Required(item, "files"));
        var severities = new Dictionary<string, DiagnosticSeverity?>(StringComparer.Ordinal);
        if (Required(item, "rules") is { } rulesNode && Expect<YamlMappingNode>(rulesNode, "a mapping of rule names to severities") is { } rules)
        {
            foreach (var (keyNode, value) in rules.Children)
            {
                if (ResolveRule(keyNode) is { } rule && Expect<YamlScalarNode>(value, "a severity") is { } scalar && ReadSeverity(scalar) is (true, var severity))
                {
                    severities[rule.Name] = severity;
                }
            }
        }

        RejectUnknownKeys(item, "files", "rules");
        return files.Count == 0 ? null : new PathOverride(files, severities);
    }

    private NestorConfig ReadKnownSafe(NestorConfig config, YamlNode node)
    {
        if (Expect<YamlMappingNode>(node, "a mapping with 'calls' and 'decorators'") is not { } mapping)
        {
            return config;
        }

        RejectUnknownKeys(mapping, "calls", "decorators");
        return config with
        {
            KnownSafeCalls = Optional(mapping, "calls") is { } calls ? ReadStrings(calls) : [],
            KnownSafeDecorators = Optional(mapping, "decorators") is { } decorators ? ReadStrings(decorators).Select(name => name.TrimStart('@')).ToList() : [],
        };
    }

    private NestorConfig ReadDocuments(NestorConfig config, YamlNode node)
    {
        if (Expect<YamlMappingNode>(node, "a mapping with 'architecture' and 'rules'") is not { } mapping)
        {
            return config;
        }

        RejectUnknownKeys(mapping, "architecture", "rules");
        return config with
        {
            ArchitectureDocument = ScalarOf(Optional(mapping, "architecture")),
            RulesDocument = ScalarOf(Optional(mapping, "rules")),
        };
    }

    private ForbidImportSpec? ReadForbidImport(YamlMappingNode item)
    {
        RejectUnknownKeys(item, "from", "import", "message", "severity", "enforces");
        var from = GlobOf(Required(item, "from"));
        var import = GlobOf(Required(item, "import"));
        if (from is null || import is null)
        {
            return null;
        }

        var message = ScalarOf(Optional(item, "message")) ?? $"Files matching '{from}' must not import '{import}'.";
        return new ForbidImportSpec(from, import, message, OptionalSeverity(item), ScalarOf(Optional(item, "enforces")), Site(item));
    }

    private LayerSpec? ReadLayer(YamlMappingNode item)
    {
        RejectUnknownKeys(item, "name", "files", "may-import", "severity", "enforces");
        var name = ScalarOf(Required(item, "name"));
        var files = ReadGlobs(Required(item, "files"));
        var mayImport = Optional(item, "may-import") is { } allowed ? ReadStrings(allowed) : [];
        return name is null || files.Count == 0 ? null : new LayerSpec(name, files, mayImport, OptionalSeverity(item), ScalarOf(Optional(item, "enforces")), Site(item));
    }

    private ForbidCallSpec? ReadForbidCall(YamlMappingNode item)
    {
        RejectUnknownKeys(item, "callee", "files", "message", "severity", "enforces");
        var callee = ScalarOf(Required(item, "callee"));
        if (callee is null)
        {
            return null;
        }

        var files = Optional(item, "files") is { } filesNode ? ReadGlobs(filesNode) : [new Glob("**")];
        var message = ScalarOf(Optional(item, "message")) ?? $"Calls of '{callee}' are forbidden.";
        return new ForbidCallSpec(callee, files, message, OptionalSeverity(item), ScalarOf(Optional(item, "enforces")), Site(item));
    }

    private RequireDecoratorSpec? ReadRequireDecorator(YamlMappingNode item)
    {
        RejectUnknownKeys(item, "files", "decorator", "message", "severity", "enforces");
        var files = GlobOf(Required(item, "files"));
        var decorator = ScalarOf(Required(item, "decorator"))?.TrimStart('@');
        return files is null || string.IsNullOrEmpty(decorator)
            ? null
            : new RequireDecoratorSpec(files, decorator, ScalarOf(Optional(item, "message")), OptionalSeverity(item), ScalarOf(Optional(item, "enforces")), Site(item));
    }

    private FileNamingSpec? ReadFileNaming(YamlMappingNode item)
    {
        RejectUnknownKeys(item, "files", "case", "severity", "enforces");
        var files = GlobOf(Required(item, "files"));
        var caseNode = Required(item, "case");
        NamingCase? namingCase = ScalarOf(caseNode) switch
        {
            "kebab" or "kebab-case" => NamingCase.Kebab,
            "camel" or "camelCase" => NamingCase.Camel,
            "pascal" or "PascalCase" => NamingCase.Pascal,
            "snake" or "snake_case" => NamingCase.Snake,
            null => null,
            var other => InvalidCase(caseNode!, other),
        };
        return files is null || namingCase is null ? null : new FileNamingSpec(files, namingCase.Value, OptionalSeverity(item), ScalarOf(Optional(item, "enforces")), Site(item));
    }

    private NamingCase? InvalidCase(YamlNode node, string value)
    {
        Report(EngineDiagnostics.InvalidConfigValue, node.Start, $"Unknown case '{value}'; expected kebab, camel, pascal or snake.");
        return null;
    }

    private List<T> ReadList<T>(YamlNode node, Func<YamlMappingNode, T?> readItem)
        where T : class
    {
        // An entry switched off stays in the document for the record but declares nothing.
        var items = new List<T>();
        if (Expect<YamlSequenceNode>(node, "a list") is not { } sequence)
        {
            return items;
        }

        foreach (var child in sequence.Children)
        {
            if (Expect<YamlMappingNode>(child, "a mapping") is { } mapping && readItem(mapping) is { } item && !IsOff(mapping))
            {
                items.Add(item);
            }
        }

        return items;
    }

    private List<Glob> ReadGlobs(YamlNode? node)
    {
        if (node is null)
        {
            return [];
        }

        var globs = new List<Glob>();
        foreach (var (text, start) in ScalarsWithMarks(node))
        {
            if (MakeGlob(text, start) is { } glob)
            {
                globs.Add(glob);
            }
        }

        return globs;
    }

    private Glob? GlobOf(YamlNode? node) => node is null ? null : Expect<YamlScalarNode>(node, "a glob") is { } scalar ? MakeGlob(scalar.Value ?? string.Empty, scalar.Start) : null;

    private Glob? MakeGlob(string text, Mark start)
    {
        try
        {
            return new Glob(text);
        }
        catch (FormatException exception)
        {
            Report(EngineDiagnostics.InvalidConfigValue, start, exception.Message);
            return null;
        }
    }

    private List<string> ReadStrings(YamlNode node) => ScalarsWithMarks(node).Select(pair => pair.Text).ToList();

    private IEnumerable<(string Text, Mark Start)> ScalarsWithMarks(YamlNode node)
    {
        switch (node)
        {
            case YamlScalarNode scalar:
                yield return (scalar.Value ?? string.Empty, scalar.Start);
                break;
            case YamlSequenceNode sequence:
                foreach (var child in sequence.Children)
                {
                    if (Expect<YamlScalarNode>(child, "a text") is { } item)
                    {
                        yield return (item.Value ?? string.Empty, item.Start);
                    }
                }

                break;
            default:
                Report(EngineDiagnostics.InvalidConfigValue, node.Start, "Expected a text or a list of texts.");
                break;
        }
    }

    private (bool Ok, DiagnosticSeverity? Severity) ReadSeverity(YamlScalarNode scalar)
    {
        switch (scalar.Value)
        {
            case "off":
                return (true, null);
            case "hint":
                return (true, DiagnosticSeverity.Hint);
            case "info":
                return (true, DiagnosticSeverity.Info);
            case "warning" or "warn":
                return (true, DiagnosticSeverity.Warning);
            case "error":
                return (true, DiagnosticSeverity.Error);
            default:
                Report(EngineDiagnostics.InvalidConfigValue, scalar.Start, $"Unknown severity '{scalar.Value}'; expected off, hint, info, warning or error.");
                return (false, null);
        }
    }

    /// <summary>A project rule's own severity; null when not given. An entry set to 'off' is dropped by <see cref="IsOff"/>.</summary>
    private DiagnosticSeverity? OptionalSeverity(YamlMappingNode item) =>
        Optional(item, "severity") is { } node && Expect<YamlScalarNode>(node, "a severity") is { } scalar && ReadSeverity(scalar) is (true, var severity)
            ? severity
            : null;

    private static bool IsOff(YamlMappingNode item) => Optional(item, "severity") is YamlScalarNode { Value: "off" };

    private RuleDescriptor? ResolveRule(YamlNode keyNode)
    {
        var key = ((YamlScalarNode)keyNode).Value ?? string.Empty;
        var rule = _resolveRule(key);
        if (rule is null)
        {
            Report(EngineDiagnostics.UnknownRule, keyNode.Start, $"Unknown rule '{key}'; 'nestor rules --list' shows the catalogue.");
        }

        return rule;
    }

    private void RejectUnknownKeys(YamlMappingNode mapping, params string[] known)
    {
        foreach (var keyNode in mapping.Children.Keys)
        {
            var key = ((YamlScalarNode)keyNode).Value ?? string.Empty;
            if (!known.Contains(key))
            {
                UnknownKey(NestorConfig.Default, keyNode, key, known);
            }
        }
    }

    private YamlNode? Required(YamlMappingNode mapping, string key)
    {
        var value = Optional(mapping, key);
        if (value is null)
        {
            Report(EngineDiagnostics.InvalidConfigValue, mapping.Start, $"Missing required key '{key}'.");
        }

        return value;
    }

    private static YamlNode? Optional(YamlMappingNode mapping, string key) =>
        mapping.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private string? ScalarOf(YamlNode? node) => node is null ? null : Expect<YamlScalarNode>(node, "a text")?.Value;

    private T? Expect<T>(YamlNode node, string expected)
        where T : YamlNode
    {
        if (node is T typed)
        {
            return typed;
        }

        Report(EngineDiagnostics.InvalidConfigValue, node.Start, $"Expected {expected} here.");
        return null;
    }

    private DeclarationSite Site(YamlNode node) => new(_host.Path, _firstLineIndex + (int)node.Start.Line);

    private void Report(RuleDescriptor descriptor, Mark mark, string message)
    {
        var line = _firstLineIndex + Math.Max(0, (int)mark.Line - 1);
        var offset = _host.Lines.GetOffset(new LinePosition(line + 1, Math.Max(1, (int)mark.Column)));
        var lineSpan = _host.Lines.GetLineSpan(line, _host.Content);
        var span = TextSpan.FromBounds(offset, Math.Max(offset, lineSpan.End));
        _diagnostics.Add(new Diagnostic(descriptor.Id, descriptor.DefaultSeverity, message, _host.Path, span) { Name = descriptor.Name });
    }

    private static string InnerMessage(YamlException exception)
    {
        var message = exception.InnerException?.Message ?? exception.Message;
        var position = message.IndexOf("): ", StringComparison.Ordinal);
        return (position >= 0 && message.StartsWith('(') ? message[(position + 3)..] : message).TrimEnd('.');
    }
}
