using Nestor.Nest.Graph;

namespace Nestor.Nest.Output;

public enum GraphFormat
{
    Text,
    Json,
    Mermaid,
    Dot,
}

/// <summary>Renders a graph result in the asked format.</summary>
public static class GraphOutput
{
    public static string Render(GraphResult result, GraphFormat format) => format switch
    {
        GraphFormat.Json => GraphJsonWriter.Write(result),
        GraphFormat.Mermaid => GraphDiagramWriter.WriteMermaid(result),
        GraphFormat.Dot => GraphDiagramWriter.WriteDot(result),
        _ => GraphTextWriter.Write(result),
    };
}
