namespace RoleModel.Cli.Discovery;

/// <summary>
/// How well groups of tasks agree with labels (O*NET's DWAs), pair by pair: a pair is two labelled tasks of different
/// roles; it is right when the two share a label. Precision: right pairs among those grouped together; recall: grouped
/// pairs among all right pairs. Tasks without labels count on neither side.
/// </summary>
internal static class PairwiseAgreement
{
    /// <summary>The pairwise agreement of groups (lists of item positions) with the items' labels.</summary>
    public static PairwiseScores Of(IReadOnlyList<(string Role, IReadOnlySet<string> Labels)> items, IEnumerable<IReadOnlyList<int>> groups)
    {
        long grouped = 0, right = 0;
        foreach (var group in groups)
        {
            var labelled = group.Where(i => items[i].Labels.Count > 0).ToList();
            for (var a = 0; a < labelled.Count; a++)
            {
                for (var b = a + 1; b < labelled.Count; b++)
                {
                    var (x, y) = (items[labelled[a]], items[labelled[b]]);
                    if (!string.Equals(x.Role, y.Role, StringComparison.Ordinal))
                    {
                        grouped++;
                        right += x.Labels.Overlaps(y.Labels) ? 1 : 0;
                    }
                }
            }
        }

        return new PairwiseScores(grouped, right, RightPairs(items));
    }

    /// <summary>The number of pairs of items of different roles that share a label.</summary>
    public static long RightPairs(IReadOnlyList<(string Role, IReadOnlySet<string> Labels)> items)
    {
        var byLabel = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            foreach (var label in items[i].Labels)
            {
                (byLabel.TryGetValue(label, out var list) ? list : byLabel[label] = []).Add(i);
            }
        }

        var pairs = new HashSet<long>();
        foreach (var members in byLabel.Values)
        {
            for (var a = 0; a < members.Count; a++)
            {
                for (var b = a + 1; b < members.Count; b++)
                {
                    if (!string.Equals(items[members[a]].Role, items[members[b]].Role, StringComparison.Ordinal))
                    {
                        pairs.Add(((long)members[a] * items.Count) + members[b]);
                    }
                }
            }
        }

        return pairs.Count;
    }
}

/// <summary>Pairwise counts and the figures from them (0 where a figure has nothing to divide by).</summary>
internal readonly record struct PairwiseScores(long Grouped, long Right, long RightPairs)
{
    public double Precision => Grouped == 0 ? 0 : Right / (double)Grouped;

    public double Recall => RightPairs == 0 ? 0 : Right / (double)RightPairs;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
