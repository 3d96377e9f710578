using RoleModel.Discovery.Training.Onet;

namespace RoleModel.Discovery.Training.Training;

/// <summary>
/// Splits the pairs of one epoch into batches in which no DWA and no task appears twice, so that every other pair of a
/// batch is a true negative for the in-batch loss. With hard negatives, a batch holds each DWA once whether as a pair's
/// own DWA or as a hard negative, so that no title is both a positive and a negative.
/// </summary>
internal static class PairBatches
{
    /// <summary>
    /// Shuffles the pairs with <paramref name="random"/>, then fills each batch greedily, in that order, with the pending
    /// pairs whose DWA, hard negative and task it does not hold yet, up to <paramref name="size"/>; a batch of fewer than
    /// two pairs (no negative) is dropped.
    /// </summary>
    /// <param name="pairs">The pairs.</param>
    /// <param name="size">The largest number of pairs in a batch.</param>
    /// <param name="random">The generator of the order.</param>
    /// <param name="negatives">The hard negative DWA ID of each pair (null for none), or null when there are none at all.</param>
    /// <returns>The batches as indexes into <paramref name="pairs"/>.</returns>
    public static List<List<int>> Of(IReadOnlyList<TrainingPair> pairs, int size, Random random, IReadOnlyList<string?>? negatives = null)
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
                var negative = negatives?[node.Value];
                if (!activities.Contains(pair.ActivityId) && (negative is null || !activities.Contains(negative)) && !tasks.Contains(pair.TaskKey))
                {
                    batch.Add(node.Value);
                    activities.Add(pair.ActivityId);
                    if (negative is not null)
                    {
                        activities.Add(negative);
                    }

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
