namespace RoleModel.Evolution;

/// <summary>
/// Groups task occurrences of different roles by the similarity of their titles: greedy average linkage.
/// Deterministic: occurrences are sorted by role and task identifier, pairs by score, then by position.
/// </summary>
internal static class TaskGrouping
{
    /// <summary>
    /// Considers every pair of occurrences of different roles scoring at least <paramref name="threshold"/>,
    /// best first (ties by position); merges the two groups they belong to when the average score over all
    /// pairs across the two groups is at least the threshold too.
    /// </summary>
    /// <returns>The groups, each sorted by role and task identifier, in the order of their first member.</returns>
    internal static List<List<TaskOccurrence>> Group(IEnumerable<TaskOccurrence> occurrences, ITaskSimilarity similarity, double threshold)
    {
        var items = occurrences.OrderBy(o => o.RoleId, StringComparer.Ordinal).ThenBy(o => o.TaskId, StringComparer.Ordinal).ToList();
        var score = similarity.Prepare([.. items.Select(o => o.Title)]);
        var pairs = new List<(double Score, int First, int Second)>();
        for (var i = 0; i < items.Count; i++)
        {
            for (var j = i + 1; j < items.Count; j++)
            {
                if (!string.Equals(items[i].RoleId, items[j].RoleId, StringComparison.Ordinal) && score(i, j) is var s && s >= threshold)
                {
                    pairs.Add((s, i, j));
                }
            }
        }

        pairs.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.First != b.First ? a.First.CompareTo(b.First) : a.Second.CompareTo(b.Second));
        var groupOf = Enumerable.Range(0, items.Count).ToArray();
        var members = Enumerable.Range(0, items.Count).Select(i => new List<int> { i }).ToArray();
        foreach (var (_, first, second) in pairs)
        {
            var (a, b) = (groupOf[first], groupOf[second]);
            if (a == b || Average(members[a], members[b], score) < threshold)
            {
                continue;
            }

            var (keep, drop) = a < b ? (a, b) : (b, a);
            foreach (var member in members[drop])
            {
                groupOf[member] = keep;
            }

            members[keep].AddRange(members[drop]);
            members[drop].Clear();
        }

        return [.. members.Where(m => m.Count > 0).Select(m => m.Order().Select(i => items[i]).ToList())];
    }

    private static double Average(List<int> first, List<int> second, Func<int, int, double> score)
    {
        var sum = 0d;
        foreach (var i in first)
        {
            foreach (var j in second)
            {
                sum += score(i, j);
            }
        }

        return sum / (first.Count * second.Count);
    }
}
