namespace Nestor.Rules.Engine;

/// <summary>The stages of a review, in the order they run.</summary>
public enum ReviewStage
{
    Reading,
    Parsing,
    Modelling,
    FileRules,
    ProjectRules,
    Fixing,
}

/// <summary>How far a review is: a stage and, where it counts items, how many of how many.</summary>
public sealed record ReviewProgress(ReviewStage Stage, int Done, int Total)
{
    public string Describe() => Stage switch
    {
        ReviewStage.Reading => "Reading docs/ARCHITECTURE.md and docs/RULES.md",
        ReviewStage.Parsing => "Parsing and binding the source files",
        ReviewStage.Modelling => $"Building the NestJS and Mongoose model of {Total:N0} files",
        ReviewStage.FileRules => $"Checking files {Done:N0}/{Total:N0}",
        ReviewStage.ProjectRules => $"Running project rules {Done:N0}/{Total:N0}",
        ReviewStage.Fixing => $"Applying safe fixes, round {Done}",
        _ => Stage.ToString(),
    };
}
