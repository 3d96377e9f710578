namespace RoleModel.Validation;

/// <summary>Cycle detection in broader links and template derivation.</summary>
internal sealed partial class CatalogueValidator
{
    private void CheckBroaderCycles()
    {
        var nodes = new List<(string Id, string Path, IReadOnlyList<string> Next, bool IndexEdges)>();
        for (var i = 0; i < catalogue.Frameworks.Length; i++)
        {
            var competencies = catalogue.Frameworks[i].Competencies;
            for (var j = 0; j < competencies.Length; j++)
            {
                nodes.Add((competencies[j].Id, $"$.frameworks[{i}].competencies[{j}].broader", competencies[j].BroaderIds, true));
            }
        }

        FindCycles(nodes, ProblemCodes.BroaderCycle, "The broader links of competency '{0}' form a cycle: {1}.");
    }

    private void CheckTemplateCycles()
    {
        var nodes = catalogue.Roles
            .Select((r, i) => (r.Id, $"$.roles[{i}].template.role", (IReadOnlyList<string>)(r.Template is { } t ? [t.RoleId] : []), false))
            .ToList();
        FindCycles(nodes, ProblemCodes.TemplateCycle, "The template derivation of role '{0}' forms a cycle: {1}.");
    }

    /// <summary>
    /// Depth-first search without recursion (hierarchies can be deep); reports each cycle once, at the node
    /// where the search closed it. Edges to unknown or duplicate nodes are ignored: other rules report them.
    /// </summary>
    private void FindCycles(List<(string Id, string Path, IReadOnlyList<string> Next, bool IndexEdges)> nodes, string code, string messageFormat)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var n = 0; n < nodes.Count; n++)
        {
            index.TryAdd(nodes[n].Id, n);
        }

        var state = new byte[nodes.Count]; // 0 unvisited, 1 on stack, 2 done
        var stack = new Stack<(int Node, int Edge)>();
        for (var start = 0; start < nodes.Count; start++)
        {
            if (state[start] != 0)
            {
                continue;
            }

            stack.Push((start, 0));
            state[start] = 1;
            while (stack.Count > 0)
            {
                var (node, edge) = stack.Pop();
                var next = nodes[node].Next;
                if (edge >= next.Count)
                {
                    state[node] = 2;
                    continue;
                }

                stack.Push((node, edge + 1));
                if (!index.TryGetValue(next[edge], out var target))
                {
                    continue;
                }

                if (state[target] == 1)
                {
                    var cycle = stack.Select(s => nodes[s.Node].Id).TakeWhile(id => !string.Equals(id, nodes[target].Id, StringComparison.Ordinal)).Reverse().Prepend(nodes[target].Id).Append(nodes[target].Id);
                    var path = nodes[node].IndexEdges ? $"{nodes[node].Path}[{edge}]" : nodes[node].Path;
                    Add(code, path, string.Format(System.Globalization.CultureInfo.InvariantCulture, messageFormat, nodes[node].Id, string.Join(" → ", cycle)));
                }
                else if (state[target] == 0)
                {
                    state[target] = 1;
                    stack.Push((target, 0));
                }
            }
        }
    }
}
