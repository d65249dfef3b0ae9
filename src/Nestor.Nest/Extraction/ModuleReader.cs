using Nestor.Nest.Model;
using Nestor.Nest.Packages;
using Nestor.Semantics;
using Nestor.Syntax;
using Nestor.Text;

namespace Nestor.Nest.Extraction;

/// <summary>
/// Reads <c>@Module({ imports, providers, controllers, exports })</c>, dynamic-module calls of the
/// known packages and of the project's own static <c>forRoot()</c>-style methods, and <c>@Global()</c>.
/// </summary>
internal sealed class ModuleReader(SemanticModel model)
{
    private const int MaxDynamicDepth = 4;

    private SemanticModel Model { get; } = model;

    private Func<FileModel, Expression, ConstantValue>? Evaluate { get; } = model.Evaluate;

    public NestModule Read(ClassSymbol symbol, FileModel file, AppliedDecorator decorator)
    {
        var metadata = decorator.Argument(0);
        var reader = new Metadata(this, file, 0);
        reader.ReadObject(metadata);
        return new NestModule(symbol.Name, SourceLocation.From(file.Text, symbol.NameSpan))
        {
            IsGlobal = symbol.Decorators.Any(d => d.Name == "Global"),
            Imports = reader.Imports,
            Providers = reader.Providers,
            Controllers = reader.Controllers.Select(c => c.Name).ToList(),
            ControllerLocations = reader.Controllers.Select(c => c.Location).ToList(),
            ControllerPaths = reader.Controllers.Select(c => c.Path).ToList(),
            Exports = reader.Exports,
            HasOpaqueMetadata = reader.Opaque || (metadata is not null && metadata is not ObjectValue),
        };
    }

    private static bool IsModuleClass(ClassSymbol? symbol) => symbol?.FindDecorator("Module") is not null;

    /// <summary>The workspace class a reference stands for, as the binder resolved it where it is written.</summary>
    private static ClassSymbol? ClassOf(ConstantValue? value) => value is SymbolReferenceValue { Symbol: ClassSymbol symbol } ? symbol : null;

    /// <summary>The workspace class <c>X</c> of a call <c>X.forRoot()</c>, resolved in <paramref name="file"/>.</summary>
    private ClassSymbol? CalleeClass(CallValue call, FileModel file) => call.Callee switch
    {
        MemberAccessValue { Target: SymbolReferenceValue { Symbol: ClassSymbol symbol } } => symbol,
        _ => Values.Callee(call.Syntax) is ({ } target, _) ? Model.ResolveClass(file.Path, target) : null,
    };

    /// <summary>Accumulates one module metadata object (the decorator's, or a dynamic module's return value).</summary>
    private sealed class Metadata(ModuleReader owner, FileModel file, int depth)
    {
        public List<ModuleImport> Imports { get; } = [];

        public List<ProviderDefinition> Providers { get; } = [];

        public List<(string Name, SourceLocation Location, string? Path)> Controllers { get; } = [];

        public List<ModuleExport> Exports { get; } = [];

        public bool Opaque { get; set; }

        public bool Global { get; set; }

        public void ReadObject(ConstantValue? value)
        {
            if (value is not ObjectValue metadata)
            {
                Opaque |= value is not null;
                return;
            }

            Opaque |= metadata.Properties.Any(p => p.Key is null);
            Global |= Values.Boolean(metadata["global"]) == true;
            ReadList(metadata["imports"], ReadImport);
            ReadList(metadata["providers"], ReadProvider);
            ReadList(metadata["controllers"], item =>
            {
                if (Values.ReferenceName(item) is { } name)
                {
                    Controllers.Add((name, Location(item.Span), ClassOf(item)?.Path));
                }
                else
                {
                    Opaque = true;
                }
            });
            ReadList(metadata["exports"], ReadExport);
        }

        private void ReadList(ConstantValue? list, Action<ConstantValue> read)
        {
            if (list is null)
            {
                return;
            }

            if (list is not ArrayValue)
            {
                Opaque = true;
                return;
            }

            foreach (var item in Values.Items(list))
            {
                foreach (var expanded in Expand(item, file, 0))
                {
                    read(expanded);
                }
            }
        }

        // `...sharedProviders`: an array constant whose items the evaluator keeps apart (they hold functions).
        private IEnumerable<ConstantValue> Expand(ConstantValue item, FileModel from, int level)
        {
            if (item is not UnknownValue { Syntax: SpreadElement { Expression: Identifier name } } || level > 4
                || owner.Model.ResolveName(from, name.Text) is not VariableSymbol { Initializer: { } initializer } variable
                || owner.Model.GetFile(variable.Path) is not { } declaring
                || owner.Model.Evaluate(declaring, initializer) is not ArrayValue array)
            {
                yield return item;
                yield break;
            }

            foreach (var inner in Values.Items(array))
            {
                foreach (var expanded in Expand(inner, declaring, level + 1))
                {
                    yield return expanded;
                }
            }
        }

        private SourceLocation Location(TextSpan span) =>
            span.End <= file.Text.Length ? SourceLocation.From(file.Text, span) : SourceLocation.From(file.Text, new TextSpan(0, 0));

        /// <summary>
        /// <c>const FeatureModels = MongooseModule.forFeature([...])</c> then <c>imports: [FeatureModels]</c> (or
        /// <c>exports</c>, or a provider object or array held in a constant): the value is read where it is
        /// written, as Nest sees it. Arrays are flattened, as Nest flattens them.
        /// </summary>
        private bool ReadHeld(ConstantValue item, Action<Metadata, ConstantValue> read)
        {
            if (item is not SymbolReferenceValue { Symbol: VariableSymbol { Initializer: { } initializer } variable } || depth >= MaxDynamicDepth
                || owner.Model.GetFile(variable.Path) is not { } declaring)
            {
                return false;
            }

            var value = owner.Model.Evaluate(declaring, initializer);
            if (value is not (CallValue or ObjectValue or ArrayValue or SymbolReferenceValue { Symbol: ClassSymbol or VariableSymbol }))
            {
                return false;
            }

            var inner = new Metadata(owner, declaring, depth + 1);
            foreach (var held in value is ArrayValue ? Values.Items(value) : [value])
            {
                read(inner, held);
            }

            Imports.AddRange(inner.Imports);
            Providers.AddRange(inner.Providers);
            Exports.AddRange(inner.Exports);
            Opaque |= inner.Opaque;
            return true;
        }

        private void ReadImport(ConstantValue item)
        {
            if (ReadHeld(item, (inner, held) => inner.ReadImport(held)))
            {
                return;
            }

            switch (item)
            {
                case SymbolReferenceValue { Symbol: LocalSymbol }:
                    // A parameter or local variable of a dynamic module's method: not known here.
                    Opaque = true;
                    break;
                case SymbolReferenceValue reference when Values.ReferenceName(reference) is { } name:
                    Imports.Add(new ModuleImport(name, Location(item.Span))
                    {
                        ModulePath = ClassOf(reference)?.Path,
                        IsExternal = reference.Symbol is ExternalSymbol,
                        Package = (reference.Symbol as ExternalSymbol)?.PackageName,
                    });
                    break;
                case CallValue call:
                    ReadImportCall(call);
                    break;
                default:
                    Opaque = true;
                    break;
            }
        }

        private void ReadImportCall(CallValue call)
        {
            var (target, method) = Values.Callee(call.Syntax);
            if (method == "forwardRef" && call.Arguments.ElementAtOrDefault(0) is ArrowFunctionValue arrow && Values.ReferenceName(arrow.Body) is { } forwarded)
            {
                Imports.Add(new ModuleImport(forwarded, Location(call.Span)) { IsForwardRef = true, ModulePath = ClassOf(arrow.Body)?.Path });
                return;
            }

            if (target is null || method is null)
            {
                Opaque = true;
                return;
            }

            var moduleName = Values.Imported(file, target);
            var moduleClass = owner.CalleeClass(call, file);
            var entry = new ModuleImport(moduleName, Location(call.Span))
            {
                DynamicMethod = method,
                ModulePath = moduleClass?.Path,
                IsExternal = call.Callee is MemberAccessValue { Target: SymbolReferenceValue { Symbol: ExternalSymbol } },
                Package = call.Callee is MemberAccessValue { Target: SymbolReferenceValue { Symbol: ExternalSymbol external } } ? external.PackageName : null,
            };
            Imports.Add(KnownPackages.Find(moduleName) is { } known && moduleClass is null
                ? PackageImport(entry, known, method, call.Arguments)
                : ProjectDynamicImport(entry, moduleClass, method));
        }

        private ModuleImport PackageImport(ModuleImport entry, KnownModule known, string method, IReadOnlyList<ConstantValue> arguments)
        {
            var options = arguments.ElementAtOrDefault(0);
            var global = known.GlobalOption is { } option && arguments.Any(a => Values.Boolean(Values.Property(a, option)) == true);
            var exports = new List<ProviderToken>();
            switch (known.Name, method)
            {
                case ("MongooseModule", "forFeature" or "forFeatureAsync"):
                    var connection = Values.String(arguments.ElementAtOrDefault(1));
                    foreach (var model in Values.Items(options))
                    {
                        // Each discriminator is registered as a model of its own (`getModelToken(discriminator.name)`).
                        foreach (var registered in Values.Items(Values.Property(model, "discriminators")).Prepend(model))
                        {
                            var name = Values.String(Values.Property(registered, "name")) ?? Values.ReferenceName(Values.Property(registered, "name"));
                            if (name is not null)
                            {
                                exports.Add(ProviderToken.ForModel(name, connection));
                            }
                        }
                    }

                    break;
                case ("MongooseModule", "forRoot"):
                    exports.Add(ProviderToken.ForConnection(Values.String(Values.Property(arguments.ElementAtOrDefault(1), "connectionName"))));
                    break;
                case ("MongooseModule", "forRootAsync"):
                    exports.Add(ProviderToken.ForConnection(Values.String(Values.Property(options, "connectionName"))));
                    break;
                case ("TypegooseModule", "forFeature"):
                    foreach (var model in Values.Items(options))
                    {
                        var name = Values.ReferenceName(model) ?? Values.ReferenceName(Values.Property(model, "typegooseClass"));
                        if (name is not null)
                        {
                            exports.Add(ProviderToken.ForModel(name, Values.String(arguments.ElementAtOrDefault(1))));
                        }
                    }

                    break;
                case ("BullModule", "registerQueue" or "registerQueueAsync"):
                    foreach (var queue in arguments)
                    {
                        if (Values.String(Values.Property(queue, "name")) is { } queueName)
                        {
                            exports.Add(ProviderToken.ForString("BullQueue_" + queueName));
                        }
                    }

                    break;
                case ("ClientsModule", "register" or "registerAsync"):
                    foreach (var client in Values.Items(options))
                    {
                        if (Values.String(Values.Property(client, "name")) is { } clientName)
                        {
                            exports.Add(ProviderToken.ForString(clientName));
                        }
                    }

                    break;
            }

            return entry with { DynamicExports = exports, IsGlobal = global };
        }

        // A static method of a project module: read the object it returns, as Nest merges it into the module.
        private ModuleImport ProjectDynamicImport(ModuleImport entry, ClassSymbol? moduleClass, string method)
        {
            if (moduleClass is null || owner.Model.GetFile(moduleClass.Path) is not { } declaring || owner.Evaluate is null || depth >= MaxDynamicDepth)
            {
                return entry with { IsOpaque = true };
            }

            var returned = ReturnedObject(moduleClass, method);
            if (returned is null)
            {
                return entry with { IsOpaque = true };
            }

            var inner = new Metadata(owner, declaring, depth + 1);
            inner.ReadObject(owner.Evaluate(declaring, returned));
            return entry with
            {
                DynamicProviders = inner.Providers,
                DynamicExports = inner.Exports.Select(e => e.Token).ToList(),
                DynamicImports = inner.Imports,
                IsGlobal = inner.Global,
                IsOpaque = inner.Opaque,
            };
        }

        private static Expression? ReturnedObject(ClassSymbol symbol, string method)
        {
            var declaration = symbol.Syntax.Members.OfType<MethodDeclaration>().FirstOrDefault(m => Values.NameOf(m.Name) == method && m.Body is not null);
            if (declaration?.Body is null)
            {
                return null;
            }

            // The last `return { module: ... }` of the method body (nested functions excluded).
            Expression? result = null;
            foreach (var node in Values.Descendants(declaration.Body))
            {
                if (node is ReturnStatement { Expression: { } expression } && ExpressionWrappers.StripWithAwait(expression) is ObjectLiteralExpression literal)
                {
                    result = literal;
                }
            }

            return result;
        }

        private void ReadProvider(ConstantValue item)
        {
            if (ReadHeld(item, (inner, held) => inner.ReadProvider(held)))
            {
                return;
            }

            switch (item)
            {
                case SymbolReferenceValue { Symbol: LocalSymbol }:
                    Opaque = true;
                    break;
                case SymbolReferenceValue reference when Values.ReferenceName(reference) is { } name:
                    var path = ClassOf(reference)?.Path;
                    var token = reference.Symbol is ExternalSymbol external ? ProviderToken.ForPackageClass(name, external.PackageName) : ProviderToken.ForClass(name, path);
                    Providers.Add(new ProviderDefinition(token, ProviderKind.Class, Location(item.Span)) { ImplementationClass = name, ImplementationPath = path });
                    break;
                case ObjectValue custom:
                    ReadCustomProvider(custom);
                    break;
                default:
                    Opaque = true;
                    break;
            }
        }

        private void ReadCustomProvider(ObjectValue custom)
        {
            var token = TokenReader.Read(custom["provide"], file);
            var location = Location(custom.Span);
            if (custom["useClass"] is { } useClass)
            {
                var implementation = Values.ReferenceName(useClass);
                Providers.Add(new ProviderDefinition(token, ProviderKind.UseClass, location) { ImplementationClass = implementation, ImplementationPath = ClassOf(useClass)?.Path });
            }
            else if (custom["useFactory"] is not null)
            {
                var dependencies = new List<Dependency>();
                var index = 0;
                foreach (var inject in Values.Items(custom["inject"]))
                {
                    var optional = inject is ObjectValue entry && Values.Boolean(entry["optional"]) == true;
                    var tokenValue = inject is ObjectValue withToken ? withToken["token"] : inject;
                    dependencies.Add(new Dependency(index++, TokenReader.Read(tokenValue, file), Location(inject.Span)) { IsOptional = optional, IsExplicit = true });
                }

                Providers.Add(new ProviderDefinition(token, ProviderKind.UseFactory, location) { FactoryDependencies = dependencies });
            }
            else if (custom["useExisting"] is { } existing)
            {
                Providers.Add(new ProviderDefinition(token, ProviderKind.UseExisting, location) { ExistingToken = TokenReader.Read(existing, file) });
            }
            else
            {
                Providers.Add(new ProviderDefinition(token, ProviderKind.UseValue, location));
            }
        }

        private void ReadExport(ConstantValue item)
        {
            if (ReadHeld(item, (inner, held) => inner.ReadExport(held)))
            {
                return;
            }

            var location = Location(item.Span);
            switch (item)
            {
                case SymbolReferenceValue reference when Values.ReferenceName(reference) is { } name:
                    var exportedClass = ClassOf(reference);
                    var isModule = IsModuleClass(exportedClass) || (KnownPackages.Find(name) is not null && exportedClass is null);
                    Exports.Add(new ModuleExport(isModule ? ProviderToken.ForClass(name, exportedClass?.Path) : TokenReader.Read(reference, file), location) { IsModule = isModule });
                    break;
                case CallValue call when Values.Callee(call.Syntax) is ({ } target, _) && Values.Imported(file, target) is var moduleName
                    && owner.CalleeClass(call, file) is var calleeClass
                    && (IsModuleClass(calleeClass) || (calleeClass is null && KnownPackages.Find(moduleName) is not null)):
                    // `exports: [MongooseModule.forFeature(...)]` re-exports that dynamic module.
                    ReadImportCall(call);
                    Imports.RemoveAt(Imports.Count - 1);
                    Exports.Add(new ModuleExport(ProviderToken.ForClass(moduleName, calleeClass?.Path), location) { IsModule = true });
                    break;
                case ObjectValue provider when provider["provide"] is { } provide:
                    // Nest accepts a custom provider object in `exports` and exports its token.
                    Exports.Add(new ModuleExport(TokenReader.Read(provide, file), location));
                    break;
                default:
                    Exports.Add(new ModuleExport(TokenReader.Read(item, file), location));
                    break;
            }
        }
    }
}
