using Nestor.Rules.Reading;

namespace Nestor.Reporting;

/// <summary>The "read first" line every judging command prints before its findings.</summary>
public static class ReadingHeader
{
    public static string Render(ReadingResult reading)
    {
        var documents = string.Join(", ", reading.Documents.Select(d => d.Found ? $"{d.Path} (read)" : $"{d.Path} (missing)"));
        var counts = $"{reading.RulesFound} rule{(reading.RulesFound == 1 ? string.Empty : "s")} found, {reading.Enforced} enforced, {reading.NotMachineCheckable} not machine-checkable";
        var off = reading.SwitchedOff > 0 ? $", {reading.SwitchedOff} switched off" : string.Empty;
        return $"Read first: {documents}. {counts}{off}.";
    }
}
