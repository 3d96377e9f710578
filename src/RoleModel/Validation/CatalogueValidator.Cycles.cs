namespace RoleModel.Validation;

/// <summary>Cycle detection in broader links and template derivation.</summary>
internal sealed partial class CatalogueValidator
{
    private void CheckBroaderCycles()
    {
        var nodes = new List<(string Id, IReadOnlyList<string> Next)>();
        var positions = new List<(int Framework, int Competency)>();
        for (var i = 0; i < catalogue.Frameworks.Length; i++)
        {
            var competencies = catalogue.Frameworks[i].Competencies;
            for (var j = 0; j < competencies.Length; j++)
            {
                nodes.Add((competencies[j].Id, competencies[j].BroaderIds));
                positions.Add((i, j));
            }
        }

        FindCycles(
            nodes,
            (node, edge) => Format($"$.frameworks[{positions[node].Framework}].competencies[{positions[node].Competency}].broader[{edge}]"),
            ProblemCodes.BroaderCycle,
            "The broader links of competency '{0}' form a cycle: {1}.");
    }

    private void CheckTemplateCycles()
    {
        var nodes = catalogue.Roles
            .Select(r => (r.Id, (IReadOnlyList<string>)(r.Template is { } t ? [t.RoleId] : [])))
            .ToList();
        FindCycles(nodes, (node, _) => Format($"$.roles[{node}].template.role"), ProblemCodes.TemplateCycle, "The template derivation of role '{0}' forms a cycle: {1}.");
    }

    // Paths are built only for the problems found: a catalogue the size of ESCO has tens of thousands of nodes.
    private void FindCycles(List<(string Id, IReadOnlyList<string> Next)> nodes, Func<int, int, string> pathOf, string code, string messageFormat)
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
                    Add(code, pathOf(node, edge), string.Format(System.Globalization.CultureInfo.InvariantCulture, messageFormat, nodes[node].Id, string.Join(" → ", cycle)));
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
