namespace RoleModel.Evolution;

/// <summary>
/// Groups task occurrences of different roles by the similarity of their titles: greedy average linkage.
/// Deterministic: occurrences are sorted by role and task identifier, pairs by score, then by position.
/// </summary>
internal static class TaskGrouping
{
    /// <summary>
    /// Considers every pair of occurrences of different roles scoring at least <paramref name="threshold"/> (found by the
    /// similarity's index, <see cref="ITaskSimilarity.Index"/>),
    /// best first (ties by position); merges the two groups they belong to when the average score over all
    /// pairs across the two groups is at least the threshold too.
    /// </summary>
    /// <returns>The groups, each sorted by role and task identifier, in the order of their first member.</returns>
    internal static List<List<TaskOccurrence>> Group(IEnumerable<TaskOccurrence> occurrences, ITaskSimilarity similarity, double threshold)
    {
        var items = occurrences.OrderBy(o => o.RoleId, StringComparer.Ordinal).ThenBy(o => o.TaskId, StringComparer.Ordinal).ToList();
        var index = similarity.Index([.. items.Select(o => o.Title)]);
        var pairs = index.PairsAtLeast(threshold)
            .Where(p => !string.Equals(items[p.First].RoleId, items[p.Second].RoleId, StringComparison.Ordinal))
            .Select(p => (p.Score, p.First, p.Second))
            .ToList();
        pairs.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.First != b.First ? a.First.CompareTo(b.First) : a.Second.CompareTo(b.Second));
        var groupOf = Enumerable.Range(0, items.Count).ToArray();
        var members = Enumerable.Range(0, items.Count).Select(i => new List<int> { i }).ToArray();
        foreach (var (_, first, second) in pairs)
        {
            var (a, b) = (groupOf[first], groupOf[second]);
            if (a == b || index.Average(members[a], members[b]) < threshold)
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
}
