namespace Nestor.Nest.Graph;

/// <summary>A cycle: the nodes in order (the first repeated last) and the edge that closes it.</summary>
public sealed record Cycle<TEdge>(IReadOnlyList<string> Path, TEdge Closing);

/// <summary>Finds one shortest cycle per strongly connected group of nodes, starting from the group's first node by name.</summary>
public static class Cycles
{
    public static IReadOnlyList<Cycle<TEdge>> Find<TEdge>(IReadOnlyList<string> nodes, Func<string, IEnumerable<(string Target, TEdge Edge)>> edgesOf)
    {
        var names = nodes.ToHashSet(StringComparer.Ordinal);
        var edges = names.ToDictionary(n => n, n => edgesOf(n).Where(e => names.Contains(e.Target)).ToList(), StringComparer.Ordinal);
        var cycles = new List<Cycle<TEdge>>();
        foreach (var component in StronglyConnected(names.Order(StringComparer.Ordinal).ToList(), edges))
        {
            var start = component.Min(StringComparer.Ordinal)!;
            var isCycle = component.Count > 1 || edges[start].Any(e => e.Target == start);
            if (isCycle && ShortestCycle(start, component, edges) is { } cycle)
            {
                cycles.Add(cycle);
            }
        }

        return cycles.OrderBy(c => c.Path[0], StringComparer.Ordinal).ToList();
    }

    private static Cycle<TEdge>? ShortestCycle<TEdge>(string start, HashSet<string> component, Dictionary<string, List<(string Target, TEdge Edge)>> edges)
    {
        var previous = new Dictionary<string, string>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var name))
        {
            foreach (var (target, edge) in edges[name].Where(e => component.Contains(e.Target)))
            {
                if (target == start)
                {
                    var path = new List<string> { start };
                    for (var at = name; at != start; at = previous[at])
                    {
                        path.Insert(1, at);
                    }

                    path.Add(start);
                    return new Cycle<TEdge>(path, edge);
                }

                if (previous.TryAdd(target, name))
                {
                    queue.Enqueue(target);
                }
            }
        }

        return null;
    }

    // Tarjan's algorithm, iterative so that a long chain cannot overflow the stack.
    private static List<HashSet<string>> StronglyConnected<TEdge>(List<string> nodes, Dictionary<string, List<(string Target, TEdge Edge)>> edges)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var low = new Dictionary<string, int>(StringComparer.Ordinal);
        var onStack = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<string>();
        var result = new List<HashSet<string>>();
        var counter = 0;
        foreach (var root in nodes)
        {
            if (index.ContainsKey(root))
            {
                continue;
            }

            var work = new Stack<(string Node, int Edge)>();
            work.Push((root, 0));
            index[root] = low[root] = counter++;
            stack.Push(root);
            onStack.Add(root);
            while (work.TryPop(out var frame))
            {
                var (node, edge) = frame;
                var targets = edges[node];
                if (edge < targets.Count)
                {
                    work.Push((node, edge + 1));
                    var next = targets[edge].Target;
                    if (!index.ContainsKey(next))
                    {
                        index[next] = low[next] = counter++;
                        stack.Push(next);
                        onStack.Add(next);
                        work.Push((next, 0));
                    }
                    else if (onStack.Contains(next))
                    {
                        low[node] = Math.Min(low[node], index[next]);
                    }

                    continue;
                }

                if (work.TryPeek(out var parent))
                {
                    low[parent.Node] = Math.Min(low[parent.Node], low[node]);
                }

                if (low[node] == index[node])
                {
                    var component = new HashSet<string>(StringComparer.Ordinal);
                    string member;
                    do
                    {
                        member = stack.Pop();
                        onStack.Remove(member);
                        component.Add(member);
                    }
                    while (member != node);
                    result.Add(component);
                }
            }
        }

        return result;
    }
}
