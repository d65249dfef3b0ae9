using Nestor.Mongo.Indexes;
using Nestor.Mongo.Shapes;

namespace Nestor.Mongo.Advice;

/// <summary>
/// The index advisor: from the evidence of slow shapes, the indexes that exist and the code's query
/// sites, the indexes to create (ESR, merged, ranked by the time of the shapes they serve), the
/// shapes already served, the shapes no index helps, and the redundant and unused indexes.
/// </summary>
public static class IndexAdvisor
{
    private static readonly HashSet<string> QueryOperations = new(StringComparer.Ordinal)
    {
        "find", "aggregate", "count", "distinct", "update", "delete", "findAndModify", "getMore",
    };

    private static readonly HashSet<string> WriteOperations = new(StringComparer.Ordinal)
    {
        "insert", "update", "delete", "findAndModify",
    };

    public static AdviceReport Advise(AdviceInput input)
    {
        var evidence = ShapeEvidence.CombineByShape(input.Evidence)
            .OrderByDescending(e => e.TotalMillis)
            .ThenBy(e => e.Shape.Fingerprint, StringComparer.Ordinal)
            .ToList();
        var totalMillis = evidence.Sum(e => e.TotalMillis);
        var existing = WithIdIndexes(WithPlanIndexes(Deduplicate(input.ExistingIndexes), evidence), evidence.Select(e => e.Shape.Namespace));

        var existingByCollection = existing
            .GroupBy(index => NamespaceParts.Collection(index.Namespace), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var candidates = new List<Candidate>();
        var served = new List<ServedShape>();
        var unplannable = new List<UnplannableShape>();
        int efficient = 0, other = 0, internalShapes = 0;
        foreach (var item in evidence)
        {
            if (!QueryOperations.Contains(item.Shape.Operation))
            {
                other++;
                continue;
            }

            if (IsInternal(item.Shape.Namespace))
            {
                internalShapes++;
                continue;
            }

            if (!Scans(item, input.Options))
            {
                efficient++;
                continue;
            }

            var share = Share(item.TotalMillis, totalMillis);
            var sites = CodeSiteMatcher.Matching(item.Shape, input.CodeSites);
            var requirements = RequirementBuilder.Build(item.Shape);
            if (requirements.FirstOrDefault(r => r.IsEmpty) is { } empty)
            {
                unplannable.Add(new UnplannableShape(item, share, WhyUnplannable(item.Shape, empty), sites));
                continue;
            }

            var servingIndexes = new List<string>();
            var onCollection = existingByCollection.GetValueOrDefault(NamespaceParts.Collection(item.Shape.Namespace), []);
            foreach (var requirement in requirements)
            {
                var index = onCollection
                    .Where(e => NamespaceParts.SameCollection(e.Namespace, item.Shape.Namespace) && IndexCoverage.Serves(e, requirement))
                    .OrderBy(e => e.Keys.Count).ThenBy(e => e.Name, StringComparer.Ordinal)
                    .FirstOrDefault();
                if (index is null)
                {
                    candidates.Add(new Candidate(item, requirement, share, sites));
                }
                else
                {
                    servingIndexes.Add(index.Name);
                }
            }

            if (servingIndexes.Count == requirements.Count)
            {
                served.Add(new ServedShape(item, share, servingIndexes.Distinct().ToList(), ServedNote(item, servingIndexes), sites));
            }
        }

        var plans = Merge(candidates, existingByCollection, evidence, input)
            .OrderByDescending(plan => plan.ImpactMillis)
            .ThenBy(plan => plan.Namespace, StringComparer.Ordinal)
            .ThenBy(plan => plan.KeyPatternText, StringComparer.Ordinal)
            .Select((plan, index) => plan with { Rank = index + 1, Share = Share(plan.ImpactMillis, totalMillis) })
            .ToList();

        return new AdviceReport
        {
            Plans = plans,
            Served = served,
            Unplannable = unplannable,
            Redundant = RedundantIndexFinder.Find(existing),
            Unused = UnusedIndexFinder.Find(input.Usage, existing, served),
            ShapeCount = evidence.Count,
            EfficientShapeCount = efficient,
            OtherShapeCount = other,
            InternalShapeCount = internalShapes,
            TotalMillis = totalMillis,
        };
    }

    /// <summary>
    /// True when the shape read far more than it returned: a collection scan that skipped documents,
    /// an in-memory sort, or more than <see cref="AdviceOptions.MinExaminedPerReturned"/> documents or
    /// keys per document returned (or per run, when runs return nothing), and at least
    /// <see cref="AdviceOptions.MinWastedReads"/> in all.
    /// </summary>
    public static bool Scans(ShapeEvidence evidence, AdviceOptions options)
    {
        var collectionScanWasted = evidence.CollectionScans > 0
            && (evidence.DocsExamined > evidence.Returned || (evidence.DocsExamined == 0 && evidence.Returned == 0));
        return collectionScanWasted
            || evidence.InMemorySorts > 0
            || Wasteful(evidence.DocsExamined, evidence.Returned, evidence.Count, options)
            || Wasteful(evidence.KeysExamined, evidence.Returned, evidence.Count, options);
    }

    // Writes return nothing (an update's nreturned is absent), so the yardstick is the larger of
    // the documents returned and the runs: one document read per update is as good as it gets.
    private static bool Wasteful(long examined, long returned, long runs, AdviceOptions options)
    {
        var useful = Math.Max(returned, Math.Max(runs, 1));
        return examined - useful >= options.MinWastedReads
            && examined / (double)useful >= options.MinExaminedPerReturned;
    }

    /// <summary>
    /// True for the server's own collections (databases admin, config and local; <c>system.*</c>
    /// collections, time-series buckets included): the server manages their indexes.
    /// </summary>
    public static bool IsInternal(string ns)
    {
        var database = NamespaceParts.Database(ns);
        return database is "admin" or "config" or "local"
            || NamespaceParts.Collection(ns).StartsWith("system.", StringComparison.Ordinal);
    }

    private static double Share(double millis, double total) => total <= 0 ? 0 : millis / total;

    private static string WhyUnplannable(QueryShape shape, IndexRequirement empty)
    {
        var branch = empty.Branch >= 0 ? $"$or branch {empty.Branch + 1} has no field an index can narrow, so the whole $or reads the collection" : null;
        if (empty.NotIndexable.Count == 0)
        {
            return branch ?? (shape.Operation == "aggregate"
                ? "no $match or $sort at the start of the pipeline: it reads the whole collection by design"
                : "no filter and no sort: it reads the whole collection by design (add a filter or a limit, or accept the scan)");
        }

        var kinds = string.Join(", ", empty.NotIndexable.Select(p => $"`{p.Path}` ({QueryShapeFingerprint.Token(p.Kind)})"));
        return (branch is null ? "" : branch + "; ") + $"only predicates no index narrows: {kinds}";
    }

    private static string? ServedNote(ShapeEvidence evidence, IReadOnlyList<string> indexes)
    {
        var names = string.Join(", ", indexes.Distinct().Select(name => $"`{name}`"));
        if (evidence.CollectionScans > 0 || evidence.InMemorySorts > 0)
        {
            var what = evidence.CollectionScans > 0 ? "collection scans" : "in-memory sorts";
            return $"the evidence shows {what} although {names} serves this shape: the index may be newer than the evidence, hidden on the server, or not chosen by the planner; check with explain()";
        }

        var perResult = Math.Max(evidence.DocsPerReturned, evidence.KeysPerReturned);
        var regex = evidence.Shape.Filter.Concat(evidence.Shape.OrBranches.SelectMany(b => b)).Where(p => p.Kind == PredicateKind.Regex).Select(p => $"`{p.Path}`").Distinct().ToList();
        return regex.Count > 0
            ? $"{names} serves this shape yet it reads {perResult:0.#} keys or documents per result: {string.Join(", ", regex)} use a regular expression that is not a case-sensitive prefix, so the whole index range is read; anchor it (/^.../) or use a text or search index"
            : $"{names} serves this shape yet it reads {perResult:0.#} keys or documents per result: its leading fields may match many documents; check their selectivity";
    }

    private static IEnumerable<IndexPlan> Merge(List<Candidate> candidates, Dictionary<string, List<IndexDefinition>> existingByCollection, IReadOnlyList<ShapeEvidence> evidence, AdviceInput input)
    {
        var writes = evidence
            .Where(e => WriteOperations.Contains(e.Shape.Operation))
            .GroupBy(e => NamespaceParts.Collection(e.Shape.Namespace), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var group in candidates.GroupBy(c => c.Requirement.Namespace, StringComparer.Ordinal))
        {
            var sharedEquality = group
                .SelectMany(c => c.Requirement.Equality.Select(p => p.Path).Distinct())
                .GroupBy(path => path, StringComparer.Ordinal)
                .ToDictionary(paths => paths.Key, paths => paths.Count(), StringComparer.Ordinal);
            var arrayPaths = group.SelectMany(c => c.Evidence.MultikeyPaths).ToHashSet(StringComparer.Ordinal);

            var planned = group
                .Select(c => (Candidate: c, Planned: EsrPlanner.Plan(c.Requirement, sharedEquality, arrayPaths)))
                .OrderByDescending(p => p.Planned.Keys.Count)
                .ThenByDescending(p => p.Candidate.Evidence.TotalMillis)
                .ThenBy(p => KeyPattern.Format(p.Planned.Keys), StringComparer.Ordinal);

            var merged = new List<MergedPlan>();
            var signatures = new PlanSignatures();
            foreach (var (candidate, keys) in planned)
            {
                if (signatures.Find(candidate.Requirement) is { } id)
                {
                    merged[id].Candidates.Add(candidate);
                    continue;
                }

                var plan = new MergedPlan(keys);
                plan.Candidates.Add(candidate);
                signatures.Register(keys.Keys, merged.Count);
                merged.Add(plan);
            }

            foreach (var plan in merged)
            {
                yield return Build(group.Key, plan, existingByCollection, writes, arrayPaths, input);
            }
        }
    }

    private static IndexPlan Build(string ns, MergedPlan plan, Dictionary<string, List<IndexDefinition>> existingByCollection, Dictionary<string, List<ShapeEvidence>> writesByCollection, HashSet<string> arrayPaths, AdviceInput input)
    {
        var keys = plan.Keys.Keys;
        var shapes = plan.Candidates
            .GroupBy(c => c.Evidence.Shape.Fingerprint, StringComparer.Ordinal)
            .Select(g => new ShapeShare(g.First().Evidence, g.First().Share, g.Select(c => c.Requirement.Branch).Where(b => b >= 0).Distinct().Order().ToList(), g.First().Sites))
            .OrderByDescending(s => s.Evidence.TotalMillis)
            .ThenBy(s => s.Evidence.Shape.Fingerprint, StringComparer.Ordinal)
            .ToList();
        var onCollection = existingByCollection.GetValueOrDefault(NamespaceParts.Collection(ns), []).Where(e => NamespaceParts.SameCollection(e.Namespace, ns)).ToList();
        var writes = writesByCollection.GetValueOrDefault(NamespaceParts.Collection(ns), [])
            .Where(e => NamespaceParts.SameCollection(e.Shape.Namespace, ns))
            .Sum(e => e.Count);
        var schema = input.SchemaNames.TryGetValue(NamespaceParts.Collection(ns), out var declared)
            ? declared
            : PlanCommands.GuessSchemaName(NamespaceParts.Collection(ns));

        return new IndexPlan(ns, keys)
        {
            ImpactMillis = shapes.Sum(s => s.Evidence.TotalMillis),
            Shapes = shapes,
            Caveats = CaveatsFor(plan, onCollection, writes, arrayPaths),
            Replaces = onCollection.Where(e => IsReplacedBy(e, keys)).OrderBy(e => e.Name, StringComparer.Ordinal).ToList(),
            MongoshCommand = PlanCommands.CreateIndex(ns, keys),
            MongooseLine = PlanCommands.MongooseIndex(schema, keys),
        };
    }

    private static List<string> CaveatsFor(MergedPlan plan, List<IndexDefinition> onCollection, long writes, HashSet<string> arrayPaths)
    {
        var keys = plan.Keys.Keys;
        var requirements = plan.Candidates.Select(c => c.Requirement).ToList();
        var caveats = new List<string>(plan.Keys.Caveats)
        {
            Caveats.WriteCost(keys, onCollection.Count, writes),
        };

        if (Caveats.LowSelectivityLeadingField(keys, requirements) is { } lowSelectivity)
        {
            caveats.Add(lowSelectivity);
        }

        var arrays = keys.Where(key => arrayPaths.Contains(key.Path) || requirements.Any(r => r.Equality.Any(p => p.Path == key.Path && p.Kind is PredicateKind.All or PredicateKind.ElemMatch)));
        caveats.AddRange(arrays.Select(key => Caveats.ArrayField(key.Path)));

        var inBehindSort = requirements.SelectMany(r => r.InBehindSort).Distinct().Order(StringComparer.Ordinal).ToList();
        if (inBehindSort.Count > 0)
        {
            caveats.Add(Caveats.InBehindSort(inBehindSort));
        }

        var regex = requirements.SelectMany(r => r.Range.Concat(r.Equality)).Where(p => p.Kind == PredicateKind.Regex).Select(p => p.Path).Distinct().Order(StringComparer.Ordinal).ToList();
        if (regex.Count > 0)
        {
            caveats.Add(Caveats.Regex(regex));
        }

        var ranges = keys.Select(key => key.Path).Where(path => requirements.Any(r => r.Range.Any(p => p.Path == path))).ToList();
        if (ranges.Count > 1)
        {
            caveats.Add(Caveats.SeveralRanges(ranges));
        }

        var notIndexable = requirements.SelectMany(r => r.NotIndexable).Distinct().Order().ToList();
        if (notIndexable.Count > 0)
        {
            caveats.Add(Caveats.NotIndexable(notIndexable));
        }

        var branches = plan.Candidates.Where(c => c.Requirement.Branch >= 0).Select(c => c.Evidence.Shape.OrBranches.Count).DefaultIfEmpty(0).Max();
        if (branches > 0)
        {
            caveats.Add(Caveats.OrBranches(branches));
        }

        if (plan.Candidates.Any(c => c.Evidence.Shape.IsDynamic))
        {
            caveats.Add(Caveats.Dynamic);
        }

        foreach (var same in onCollection.Where(e => e.Keys.SequenceEqual(keys)))
        {
            if (IndexCoverage.WhyNotCounted(same) is { } why)
            {
                caveats.Add(Caveats.SameKeysNotCounted(same, why));
            }
        }

        return caveats;
    }

    // An existing index whose keys the plan starts with, and that adds nothing else (no uniqueness,
    // filter, collation or TTL), is served by the plan in every use: drop it once the plan is built.
    private static bool IsReplacedBy(IndexDefinition index, IReadOnlyList<IndexKey> keys) =>
        !index.IsIdIndex
        && index.OptionsKnown
        && !index.Unique && !index.Sparse && !index.Hidden
        && index.PartialFilterExpression is null && index.Collation is null && index.ExpireAfterSeconds is null
        && index.IsPlainBTree
        && index.Keys.Count < keys.Count
        && RedundantIndexFinder.IsPrefix(index.Keys, keys);

    private static List<IndexDefinition> Deduplicate(IEnumerable<IndexDefinition> indexes) =>
        indexes
            .GroupBy(index => (index.Namespace, index.Name))
            .Select(group => group.OrderByDescending(index => index.OptionsKnown).First())
            .ToList();

    // Indexes seen in the evidence's plans, unless a listing already has the same keys.
    private static List<IndexDefinition> WithPlanIndexes(List<IndexDefinition> indexes, IEnumerable<ShapeEvidence> evidence)
    {
        foreach (var seen in EvidenceIndexes.FromPlans(evidence))
        {
            if (!indexes.Any(index => index.HasSameKeys(seen) && NamespaceParts.SameCollection(index.Namespace, seen.Namespace)))
            {
                indexes.Add(seen);
            }
        }

        return indexes;
    }

    // Every collection has its _id index, listed or not.
    private static List<IndexDefinition> WithIdIndexes(List<IndexDefinition> indexes, IEnumerable<string> namespaces)
    {
        foreach (var ns in namespaces.Distinct(StringComparer.Ordinal))
        {
            if (!indexes.Any(index => index.IsIdIndex && NamespaceParts.SameCollection(index.Namespace, ns)))
            {
                indexes.Add(new IndexDefinition(ns, "_id_", [IndexKey.Ascending("_id")]) { Unique = true, Source = IndexSources.Implicit });
            }
        }

        return indexes;
    }

    private sealed record Candidate(ShapeEvidence Evidence, IndexRequirement Requirement, double Share, IReadOnlyList<CodeQuerySite> Sites);

    private sealed class MergedPlan(PlannedKeys keys)
    {
        public PlannedKeys Keys { get; } = keys;

        public List<Candidate> Candidates { get; } = [];
    }
}
