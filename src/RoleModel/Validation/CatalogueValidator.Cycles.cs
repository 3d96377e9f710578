using System.Collections.Immutable;

namespace RoleModel.Validation;

/// <summary>Cycle detection in broader links and template derivation.</summary>
internal sealed partial class CatalogueValidator
{
    private void CheckBroaderCycles()
    {
        var count = catalogue.Frameworks.Sum(f => f.Competencies.Length);
        var nodes = new List<(string Id, ImmutableArray<string> Next)>(count);
        var positions = new List<(int Framework, int Competency)>(count);
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
            "BroaderCycle");
    }

    private void CheckTemplateCycles()
    {
        var nodes = catalogue.Roles
            .Select(r => (r.Id, r.Template is { } t ? ImmutableArray.Create(t.RoleId) : []))
            .ToList();
        FindCycles(nodes, (node, _) => Format($"$.roles[{node}].template.role"), ProblemCodes.TemplateCycle, "TemplateCycle");
    }

    // Paths are built only for the problems found: a catalogue the size of ESCO has tens of thousands of nodes.
    private void FindCycles(List<(string Id, ImmutableArray<string> Next)> nodes, Func<int, int, string> pathOf, string code, string messageKey)
    {
        var index = new Dictionary<string, int>(nodes.Count, StringComparer.Ordinal);
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
                if (edge >= next.Length)
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
                    Add(code, pathOf(node, edge), ProblemMessage.Of(messageKey, nodes[node].Id, Cycle(nodes, stack, nodes[target].Id)));
                }
                else if (state[target] == 0)
                {
                    state[target] = 1;
                    stack.Push((target, 0));
                }
            }
        }
    }

    /// <summary>
    /// The cycle closed by an edge back to <paramref name="first"/>, in words ("a → b → a"). A method of its own,
    /// so that the search loop allocates nothing for the lambdas (tens of thousands of steps on ESCO).
    /// </summary>
    private static string Cycle(List<(string Id, ImmutableArray<string> Next)> nodes, Stack<(int Node, int Edge)> stack, string first)
    {
        var cycle = stack.Select(s => nodes[s.Node].Id).TakeWhile(id => !string.Equals(id, first, StringComparison.Ordinal)).Reverse().Prepend(first).Append(first);
        return string.Join(" → ", cycle);
    }
}
