using Nestor.Mongo.Advice;
using Nestor.Nest;
using Nestor.Nest.Mongoose;

namespace Nestor.Cli.Mongo.Advise;

/// <summary>
/// Hands the advisor what the NestJS/Mongoose model knows of a project. The Mongo layer never
/// sees TypeScript, so the command line is where the two meet.
/// </summary>
internal static class ProjectEvidenceReader
{
    public static ProjectEvidence Read(string root)
    {
        var project = NestProjectLoader.Load(root);
        var indexes = project.Schemas.SelectMany(schema => schema.Indexes).ToList();
        var sites = project.QuerySites
            .Where(site => !site.Shape.IsDynamic)
            .Select(site => new CodeQuerySite(Path.GetRelativePath(root, site.Location.Path).Replace('\\', '/'), site.Location.Line, site.Shape))
            .ToList();
        return new ProjectEvidence(indexes, sites, project.Schemas.Count) { SchemaNames = SchemaNames(project.Schemas) };
    }

    // A collection whose schemas are held by different variables (two apps, two models) has no one name: the advisor guesses.
    private static Dictionary<string, string> SchemaNames(IEnumerable<MongooseSchema> schemas) =>
        schemas.Where(schema => schema.Variable is not null)
            .GroupBy(schema => schema.Collection, StringComparer.Ordinal)
            .Where(group => group.Select(schema => schema.Variable).Distinct(StringComparer.Ordinal).Count() == 1)
            .ToDictionary(group => group.Key, group => group.First().Variable!, StringComparer.Ordinal);
}
