namespace Nestor.Mongo.Logs;

/// <summary>What a line turned out to be.</summary>
public enum LineOutcome
{
    Operation,
    OtherMessage,
    Skipped,
}
