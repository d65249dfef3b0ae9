using Nestor.Mongo.Advice;
using Nestor.Mongo.Indexes;
using Nestor.Mongo.Shapes;
using Nestor.Nest.Mongoose;
using Nestor.Rules.Engine;
using Nestor.Text;

namespace Nestor.Rules.Mongo;

/// <summary>A query whose equality or sort fields no declared index of its collection serves.</summary>
public sealed class QueryNotIndexed : ProjectRule
{
    public static readonly RuleDescriptor Rule = new(
        "NST5002", "query-not-indexed", "Queries no declared index serves", "Mongo", DiagnosticSeverity.Warning,
        "Database queries use indexes and avoid N+1 problems",
        """
        ## What it does

        Reports a query on an injected Mongoose model (`find`, `findOne`, `countDocuments`,
        `updateMany`, `aggregate` starting with `$match` or `$sort`...) when no index declared for
        its collection can serve it the way the ESR rule (Equality, Sort, Range) asks:

        - it filters on equality fields and no index starts with one of its filter fields, so
          MongoDB reads the whole collection; or
        - it sorts, and no index gives that order after a prefix of its equality fields, so
          MongoDB sorts the matches in memory.

        The indexes counted are `_id`, fields with `index`, `unique` or `expires`,
        `schema.index({...})`, Typegoose `@index({...})`, those of inherited fields and of
        subdocument schemas. The message names the query's shape and the index to add, written
        by the same ESR planner as `nestor mongo advise`; the help gives it as a schema
        declaration and as a mongosh command.

        A query that uses an indexed field as a prefix (an index on `status` for
        `{ status, name: /x/ }`) is served; one that finds at most one document through a unique
        index is served. Nothing is reported when the code cannot show every index: a filter
        built at run time, a field the schema does not declare, `autoIndex: false`, indexes
        created with `createIndex` or declared with keys that cannot be read, a plugin that
        declares indexes, a discriminator model, or a model name declared twice. Code that runs
        once — tests, scripts, migrations and seeders — is not reviewed.

        ## Why is this bad

        A collection scan reads every document for each call, and an in-memory sort holds all the
        matches before returning the first (and fails above 100 MB without `allowDiskUse`). Both
        grow with the collection: fast in development, slow and CPU-bound in production.

        ## Examples

        Incorrect:

        ```ts
        @Schema()
        export class Product {
          @Prop() name: string;
          @Prop() supplierCode: string;
        }
        export const ProductSchema = SchemaFactory.createForClass(Product);

        @Injectable()
        export class ProductsRepository {
          constructor(@InjectModel(Product.name) private readonly products: Model<Product>) {}

          findBySupplier(supplierCode: string) {
            return this.products.find({ supplierCode }).sort({ name: 1 });
          }
        }
        ```

        Correct:

        ```ts
        @Schema()
        export class Product {
          @Prop() name: string;
          @Prop() supplierCode: string;
        }
        export const ProductSchema = SchemaFactory.createForClass(Product);
        ProductSchema.index({ supplierCode: 1, name: 1 });

        @Injectable()
        export class ProductsRepository {
          constructor(@InjectModel(Product.name) private readonly products: Model<Product>) {}

          findBySupplier(supplierCode: string) {
            return this.products.find({ supplierCode }).sort({ name: 1 });
          }
        }
        ```

        ## Options

        None.

        ## When not to use

        For collections that stay small (a few hundred documents) a scan costs little. When
        indexes are managed outside the code (migrations, Atlas), keep the schema's declarations
        in step with them, or turn the rule off; `nestor mongo advise` checks queries against
        the indexes a server really has.
        """)
    {
        Recognisers =
        [
            @"\b(every|all|each) (database )?quer(y|ies)\b.*\bindex", @"\bquer(y|ies) (must |should )?(use|uses|are served by|is served by|hit) (an? )?(declared )?index",
            @"\bindexed quer(y|ies)\b", @"\bunindexed\b", @"\bcollection scans?\b", @"\besr\b",
        ],
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void CheckProject(ProjectRuleContext context)
    {
        if (context.Project.Nest is not { } nest || context.Project.Semantics is not { } semantics || nest.QuerySites.Count == 0)
        {
            return;
        }

        var facts = SchemaIndexFacts.Build(semantics, nest);
        var seen = new HashSet<(string, int, string)>();
        foreach (var site in nest.QuerySites)
        {
            var path = context.Project.RelativePath(site.Location);
            if (site.Shape.IsDynamic || MongoSyntax.IsOneOff(path) || !seen.Add((path, site.Location.Span.Start, site.Shape.Fingerprint)))
            {
                continue;
            }

            if (facts.For(site.ModelName) is not { } indexes || IndexableShape(site.Shape) is not { } shape)
            {
                continue;
            }

            var gaps = Gaps(shape, indexes);
            if (gaps.Count > 0 && gaps.SelectMany(gap => gap.Requirement.Paths).All(indexes.KnownPaths.Contains))
            {
                Report(context, site, indexes, gaps);
            }
        }
    }

    /// <summary>
    /// The part of the shape an index can serve: an aggregation's filter only when it starts with
    /// <c>$match</c>, and its sort only when <c>$sort</c> comes first or right after that <c>$match</c>.
    /// </summary>
    private static QueryShape? IndexableShape(QueryShape shape)
    {
        if (shape.Operation != "aggregate")
        {
            return shape;
        }

        return shape.Pipeline switch
        {
            ["$match", "$sort", ..] => shape,
            ["$match", ..] => shape with { Sort = [] },
            ["$sort", ..] => shape with { Filter = [], OrBranches = [] },
            _ => null,
        };
    }

    private static List<Gap> Gaps(QueryShape shape, SchemaIndexes indexes)
    {
        var gaps = new List<Gap>();
        var predicates = shape.Filter.Concat(shape.OrBranches.SelectMany(branch => branch));
        // $text and $near must use their own kind of index, $where reads every document whatever the
        // index, and $elemMatch hides which subfields an index on the array's items would need.
        if (predicates.Any(p => p.Kind is PredicateKind.Text or PredicateKind.Geo or PredicateKind.Where or PredicateKind.ElemMatch)
            || indexes.Indexes.Any(index => index.Keys.Any(key => key.Kind == IndexKeyKind.Wildcard || key.Path.EndsWith("$**", StringComparison.Ordinal))))
        {
            return gaps;
        }

        foreach (var requirement in RequirementBuilder.Build(shape))
        {
            if ((requirement.Equality.Count == 0 && requirement.Sort.Count == 0) || indexes.Indexes.Any(index => FindsOneDocument(index, requirement)))
            {
                continue;
            }

            var scans = requirement.Equality.Count > 0 && !indexes.Indexes.Any(index => Narrows(index.Keys, requirement));
            // A sort after $or is merged from the branches' indexes; whether that works depends on every branch.
            var sortsInMemory = requirement.Sort.Count > 0 && shape.OrBranches.Count == 0 && !indexes.Indexes.Any(index => ServesSort(index.Keys, requirement));
            if (scans || sortsInMemory)
            {
                gaps.Add(new Gap(requirement, scans, sortsInMemory));
            }
        }

        return gaps;
    }

    /// <summary>
    /// True when the index bounds the scan: its leading keys are constrained by the query up to one
    /// that narrows it (an equality, <c>$in</c>, range or regex). A leading <c>$ne</c> or
    /// <c>$exists</c> (<c>{ isDeleted: 1, authorId: 1 }</c> for <c>{ isDeleted: { $ne: true }, authorId }</c>)
    /// is bounded too, but narrows nothing by itself.
    /// </summary>
    private static bool Narrows(IReadOnlyList<IndexKey> keys, IndexRequirement requirement)
    {
        var predicates = requirement.Equality.Concat(requirement.Range).Concat(requirement.NotIndexable).ToList();
        foreach (var key in keys)
        {
            var kinds = predicates.Where(p => p.Path == key.Path).Select(p => p.Kind).ToList();
            if (kinds.Count == 0 || !(key.IsOrdered || (key.Kind == IndexKeyKind.Hashed && kinds.Any(k => k is PredicateKind.Equality or PredicateKind.In))))
            {
                return false;
            }

            if (kinds.Any(k => k is PredicateKind.Equality or PredicateKind.In or PredicateKind.Range or PredicateKind.Regex or PredicateKind.ElemMatch or PredicateKind.All))
            {
                return true;
            }

            if (!kinds.Any(k => k is PredicateKind.Not or PredicateKind.Exists or PredicateKind.Type))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The index gives the sort's order after a prefix made of the query's equality fields (possibly
    /// empty). An <c>$in</c> may be in that prefix: MongoDB merges the sorted runs of its values.
    /// </summary>
    private static bool ServesSort(IReadOnlyList<IndexKey> keys, IndexRequirement requirement)
    {
        var points = requirement.Equality.Concat(requirement.Range.Where(p => p.Kind == PredicateKind.In)).ToList();
        var prefix = new List<FieldPredicate>();
        for (var position = 0; ; position++)
        {
            if (IndexCoverage.Serves(keys, Only(requirement, [.. prefix], requirement.Sort, [])))
            {
                return true;
            }

            if (position >= keys.Count || points.FirstOrDefault(p => p.Path == keys[position].Path) is not { } equality)
            {
                return false;
            }

            prefix.Add(equality);
        }
    }

    // A unique index whose every field the query fixes by equality: at most one document to read.
    private static bool FindsOneDocument(IndexDefinition index, IndexRequirement requirement) =>
        index.Unique && index.PartialFilterExpression is null
        && index.Keys.All(key => requirement.Equality.Any(p => p.Path == key.Path && p.Kind == PredicateKind.Equality));

    private static IndexRequirement Only(IndexRequirement requirement, IReadOnlyList<FieldPredicate> equality, IReadOnlyList<SortKey> sort, IReadOnlyList<FieldPredicate> range) =>
        new(requirement.Namespace, requirement.Branch, equality, sort, range, [], []);

    private static void Report(ProjectRuleContext context, QuerySite site, SchemaIndexes indexes, List<Gap> gaps)
    {
        var schema = indexes.Schema;
        var @namespace = "?." + schema.Collection;
        var plans = gaps.Select(gap => EsrPlanner.Plan(gap.Requirement, new Dictionary<string, int>(), indexes.ArrayPaths)).Where(plan => plan.Keys.Count > 0).ToList();
        if (plans.Count == 0)
        {
            return;
        }

        var shape = (site.Shape with { Namespace = schema.Collection }).Fingerprint;
        var consequence = (gaps.Any(g => g.Scans), gaps.Any(g => g.SortsInMemory)) switch
        {
            (true, true) => "it reads the whole collection and sorts the matches in memory",
            (true, false) => "it reads the whole collection",
            _ => "it sorts the matches in memory",
        };
        var toAdd = string.Join(" and ", plans.Select(plan => KeyPattern.Format(plan.Keys)).Distinct());
        var declarations = string.Join("; ", plans.Select(plan => indexes.Declaration == "@index"
            ? $"`@index({KeyPattern.Format(plan.Keys)})` on class `{schema.Name}`"
            : $"`{PlanCommands.MongooseIndex(indexes.Declaration, plan.Keys)}`").Distinct());
        var commands = string.Join("; ", plans.Select(plan => $"`{PlanCommands.CreateIndex(@namespace, plan.Keys)}`").Distinct());
        var caveats = plans.SelectMany(plan => plan.Caveats).Distinct().ToList();
        context.Report(site.Location, $"No index of `{schema.ModelName}` serves `{shape}`: {consequence}. Add the index {toAdd}.", new Finding
        {
            Help = $"Declare it with the schema: {declarations}; or create it in mongosh: {commands}.",
            Note = "An index serves a query when its keys start with the query's equality fields, then its sort keys, then a range field (the ESR rule); "
                + "without one MongoDB reads every document, or sorts every match in memory, on each call." + (caveats.Count > 0 ? " " + string.Join("; ", caveats) + "." : ""),
            Labels = [new DiagnosticLabel(context.Project.RelativePath(schema.Location), schema.Location.Span, Declared(indexes))],
        });
    }

    private static string Declared(SchemaIndexes indexes)
    {
        var declared = indexes.Indexes.Where(index => !index.IsIdIndex).Select(index => index.KeyPatternText).ToList();
        return declared.Count == 0
            ? $"`{indexes.Schema.ModelName}` declares no index besides `_id`"
            : $"`{indexes.Schema.ModelName}` declares {string.Join(", ", declared)}";
    }

    private sealed record Gap(IndexRequirement Requirement, bool Scans, bool SortsInMemory);
}
