using Nestor.Nest.Model;
using Nestor.Nest.Mongoose;
using Nestor.Semantics;
using Nestor.Syntax;

namespace Nestor.Nest.Extraction;

/// <summary>
/// Builds the NestJS and Mongoose model of a bound workspace: modules, injectables, bootstrap,
/// routes and other entry points, schemas with their indexes, and query sites with their shapes.
/// </summary>
public static class NestModelBuilder
{
    public static NestProject Build(SemanticModel model)
    {
        // Every class, same-named ones included: references are resolved through the binder, never by name.
        var classes = model.Files.SelectMany(file => file.Classes.Select(symbol => (Symbol: symbol, File: file))).ToList();
        var classReader = new ClassReader(model);
        var moduleReader = new ModuleReader(model);
        var injectables = new Dictionary<string, InjectableClass>(StringComparer.Ordinal);
        var allInjectables = new List<InjectableClass>();
        var modules = new List<NestModule>();
        var bootstraps = new List<Bootstrap>();
        foreach (var file in model.Files)
        {
            if (BootstrapReader.Read(file, model) is { } found)
            {
                bootstraps.Add(found);
            }
        }

        // Classes are read in parallel (each read only asks the bound model), then gathered in file order.
        var read = new (NestModule? Module, InjectableClass? Class)[classes.Count];
        Parallel.For(0, classes.Count, index =>
        {
            var (symbol, file) = classes[index];
            read[index] = symbol.FindDecorator("Module") is { } decorator
                ? (moduleReader.Read(symbol, file, decorator), null)
                : (null, classReader.Read(symbol, file));
        });
        foreach (var (module, injectable) in read)
        {
            if (module is not null)
            {
                modules.Add(module);
            }
            else if (injectable is not null)
            {
                allInjectables.Add(injectable);
                injectables.TryAdd(injectable.Name, injectable);
            }
        }

        // Seed scripts and CLIs create applications too; the server is main.ts (or the one booting AppModule).
        var bootstrap = bootstraps.OrderBy(b => b.Location.Path.EndsWith("/main.ts", StringComparison.Ordinal) ? 0 : b.RootModule == "AppModule" ? 1 : 2)
            .ThenBy(b => b.Location.Path, StringComparer.Ordinal)
            .FirstOrDefault();
        var schemas = Schemas(model, modules);
        var collections = schemas.GroupBy(s => s.ModelName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Collection, StringComparer.Ordinal);
        string Collection(string name) => collections.GetValueOrDefault(name) ?? Pluralizer.Pluralize(name);
        var entryPoints = new (List<Routes.Route> Routes, List<QuerySite> Queries)[classes.Count];
        Parallel.For(0, classes.Count, index =>
        {
            var (symbol, file) = classes[index];
            var classRoutes = RouteReader.Read(symbol, file, bootstrap).ToList();
            var queries = QueryReader.Read(symbol, file, ModelProperties(symbol), Collection).ToList();
            foreach (var (baseSymbol, baseFile, baseModels) in InheritedModels(symbol, model))
            {
                queries.AddRange(QueryReader.Read(baseSymbol, baseFile, baseModels, Collection).Select(site => site with { ClassName = symbol.Name }));
            }

            entryPoints[index] = (classRoutes, queries);
        });
        var routes = entryPoints.SelectMany(e => e.Routes).ToList();
        var querySites = entryPoints.SelectMany(e => e.Queries).ToList();

        return new NestProject(model.Workspace.Root)
        {
            Modules = modules,
            Classes = injectables,
            AllClasses = allInjectables,
            RootModule = bootstrap?.RootModule,
            RootModulePath = bootstrap?.RootModulePath,
            EntryModules = bootstraps.Select(b => b.RootModule).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            EntryModuleIds = bootstraps.Where(b => b.RootModulePath is not null).Select(b => new ClassId(b.RootModulePath!, b.RootModule)).Distinct()
                .OrderBy(id => id.Path, StringComparer.Ordinal).ThenBy(id => id.Name, StringComparer.Ordinal).ToList(),
            Bootstrap = bootstrap,
            Routes = routes,
            Schemas = schemas,
            QuerySites = querySites,
        };
    }

    /// <summary>
    /// Properties of <c>this</c> that hold a model: constructor parameters with <c>@InjectModel</c>, and class
    /// properties with it (<c>@InjectModel(User.name) private readonly users: Model&lt;User&gt;;</c>), also when inherited.
    /// </summary>
    private static Dictionary<string, string> ModelProperties(ClassSymbol symbol)
    {
        var models = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var parameter in symbol.ConstructorParameters)
        {
            if (parameter.IsParameterProperty && InjectedModel(parameter.Decorators) is { } name)
            {
                models[parameter.Name] = name;
            }
        }

        foreach (var member in symbol.AllMembers)
        {
            if (member.Kind == ClassMemberKind.Property && !member.IsStatic && InjectedModel(member.Decorators) is { } name)
            {
                models.TryAdd(member.Name, name);
            }
        }

        return models;
    }

    // `@InjectModel(User.name)` or `@InjectModel('User')`.
    private static string? InjectedModel(IReadOnlyList<AppliedDecorator> decorators)
    {
        var argument = decorators.FirstOrDefault(d => d.Name is "InjectModel" or "InjectTypegooseModel")?.Argument(0);
        return Values.String(argument) ?? Values.ReferenceName(argument);
    }

    /// <summary>
    /// A generic base repository (<c>class BaseRepository&lt;T&gt; { constructor(protected model: Model&lt;T&gt;) }</c>)
    /// queries the model its subclass injects (<c>super(@InjectModel(Cat.name) model)</c>): the base's
    /// query sites belong to each such subclass, with the subclass's model.
    /// </summary>
    private static IEnumerable<(ClassSymbol Symbol, FileModel File, Dictionary<string, string> Models)> InheritedModels(ClassSymbol symbol, SemanticModel model)
    {
        var injected = symbol.ConstructorParameters
            .Select(p => p.Decorators.FirstOrDefault(d => d.Name is "InjectModel" or "InjectTypegooseModel"))
            .OfType<AppliedDecorator>()
            .Select(d => Values.String(d.Argument(0)) ?? Values.ReferenceName(d.Argument(0)))
            .OfType<string>()
            .ToList();
        if (injected.Count != 1)
        {
            yield break;
        }

        var seen = new HashSet<ClassSymbol> { symbol };
        var current = symbol;
        while (ClassReader.BaseOf(current) is { } found && seen.Add(found) && model.GetFile(found.Path) is { } foundFile)
        {
            var models = found.ConstructorParameters
                .Where(p => p.IsParameterProperty && p.Type?.Name == "Model" && p.Decorators.Count == 0)
                .ToDictionary(p => p.Name, _ => injected[0], StringComparer.Ordinal);
            if (models.Count > 0)
            {
                yield return (found, foundFile, models);
            }

            current = found;
        }
    }

    private static List<MongooseSchema> Schemas(SemanticModel model, IReadOnlyList<NestModule> modules)
    {
        var reader = new SchemaReader(model);
        var schemas = new List<MongooseSchema>();
        var schemaVariables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in model.Files)
        {
            foreach (var symbol in file.Classes)
            {
                if (reader.ReadClass(symbol, file) is { } schema)
                {
                    schemas.Add(schema);
                }
            }

            foreach (var variable in file.Declarations.OfType<VariableSymbol>())
            {
                if (variable.Initializer is { } init && ExpressionWrappers.StripWithAwait(init) is CallExpression call
                    && Values.Callee(call) is ("SchemaFactory", "createForClass") && call.Arguments.Count > 0 && call.Arguments[0] is Identifier cls)
                {
                    schemaVariables[variable.Name] = Values.Imported(file, cls.Text);
                }
                else if (reader.ReadConstructed(variable, file) is { } constructed)
                {
                    schemas.Add(constructed);
                    schemaVariables[variable.Name] = constructed.Name;
                }
            }
        }

        var registrations = Registrations(model, schemaVariables);
        var indexCalls = IndexCalls(model, schemaVariables);
        var result = new List<MongooseSchema>();
        foreach (var schema in schemas)
        {
            var registered = registrations.FirstOrDefault(r => r.Schema == schema.Name);
            var named = schema with
            {
                ModelName = registered.Model ?? schema.ModelName,
                ExplicitCollection = registered.Collection ?? schema.ExplicitCollection,
                Variable = schemaVariables.FirstOrDefault(v => v.Value == schema.Name).Key,
            };
            var declared = indexCalls.TryGetValue(schema.Name, out var calls)
                ? calls.Select(c => SchemaReader.Index(named, c.Keys, c.Options)).OfType<Mongo.Indexes.IndexDefinition>()
                : [];
            var indexes = named.Indexes.Concat(declared).Select(i => i with { Namespace = SchemaReader.Namespace(named) });
            result.Add(named with { Indexes = indexes.ToList() });
        }

        return result;
    }

    /// <summary><c>forFeature([{ name: Cat.name, schema: CatSchema, collection }])</c>: which model name and collection each schema is registered under.</summary>
    private static List<(string? Model, string Schema, string? Collection)> Registrations(SemanticModel model, IReadOnlyDictionary<string, string> schemaVariables)
    {
        var registrations = new List<(string?, string, string?)>();
        foreach (var file in model.Files.Where(f => f.Text.Content.Contains("forFeature", StringComparison.Ordinal)))
        {
            foreach (var node in file.Tree.DescendantNodes())
            {
                if (node is not CallExpression call || Values.Callee(call) is not (_, "forFeature" or "forFeatureAsync") || call.Arguments.Count == 0)
                {
                    continue;
                }

                foreach (var entry in Values.Items(model.Evaluate(file, call.Arguments[0])))
                {
                    var name = Values.String(Values.Property(entry, "name"));
                    var schemaValue = Values.Property(entry, "schema");
                    var schemaName = schemaValue?.Source?.Name ?? Values.ReferenceName(schemaValue);
                    if (name is not null && schemaName is not null)
                    {
                        registrations.Add((name, schemaVariables.GetValueOrDefault(schemaName, schemaName), Values.String(Values.Property(entry, "collection"))));
                    }
                }
            }
        }

        return registrations;
    }

    /// <summary>Every <c>CatSchema.index({ owner: 1, createdAt: -1 }, { unique: true })</c> statement, by schema, in one pass over the files.</summary>
    private static Dictionary<string, List<(ConstantValue Keys, ConstantValue? Options)>> IndexCalls(SemanticModel model, IReadOnlyDictionary<string, string> schemaVariables)
    {
        var calls = new Dictionary<string, List<(ConstantValue, ConstantValue?)>>(StringComparer.Ordinal);
        foreach (var file in model.Files.Where(f => f.Text.Content.Contains(".index(", StringComparison.Ordinal)))
        {
            foreach (var statement in file.Tree.Root.Statements.AsEnumerable())
            {
                if (statement is ExpressionStatement { Expression: CallExpression call } && Values.Callee(call) is ({ } target, "index")
                    && schemaVariables.TryGetValue(target, out var schemaName) && call.Arguments.Count > 0)
                {
                    var keys = model.Evaluate(file, call.Arguments[0]);
                    var options = call.Arguments.Count > 1 ? model.Evaluate(file, call.Arguments[1]) : null;
                    if (!calls.TryGetValue(schemaName, out var list))
                    {
                        calls[schemaName] = list = [];
                    }

                    list.Add((keys, options));
                }
            }
        }

        return calls;
    }
}
