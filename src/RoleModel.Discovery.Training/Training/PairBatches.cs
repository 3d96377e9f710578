using RoleModel.Discovery.Training.Onet;

namespace RoleModel.Discovery.Training.Training;

/// <summary>
/// Splits the pairs of one epoch into batches in which no DWA and no task appears twice, so that every other pair of a
/// batch is a true negative for the in-batch loss.
/// </summary>
internal static class PairBatches
{
    /// <summary>
    /// Shuffles the pairs with <paramref name="random"/>, then fills each batch greedily, in that order, with the pending
    /// pairs whose DWA and task it does not hold yet, up to <paramref name="size"/>; a batch of fewer than two pairs
    /// (no negative) is dropped.
    /// </summary>
    /// <returns>The batches as indexes into <paramref name="pairs"/>.</returns>
    public static List<List<int>> Of(IReadOnlyList<TrainingPair> pairs, int size, Random random)
    {
        // One draw per pair, in index order: the order of the draws is part of the recipe.
        var pending = new LinkedList<int>(Enumerable.Range(0, pairs.Count).OrderBy(_ => random.Next()));
        var batches = new List<List<int>>();
        while (pending.Count > 0)
        {
            var batch = new List<int>();
            var activities = new HashSet<string>(StringComparer.Ordinal);
            var tasks = new HashSet<string>(StringComparer.Ordinal);
            for (var node = pending.First; node is not null && batch.Count < size;)
            {
                var next = node.Next;
                var pair = pairs[node.Value];
                if (!activities.Contains(pair.ActivityId) && !tasks.Contains(pair.TaskKey))
                {
                    batch.Add(node.Value);
                    activities.Add(pair.ActivityId);
                    tasks.Add(pair.TaskKey);
                    pending.Remove(node);
                }

                node = next;
            }

            if (batch.Count >= 2)
            {
                batches.Add(batch);
            }
        }

        return batches;
    }
}
