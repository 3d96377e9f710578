namespace RoleModel.Discovery.Text;

/// <summary>Deterministic top-k: by score descending, ties by position (which callers keep stable).</summary>
internal static class Ranking
{
    /// <summary>The positions of the <paramref name="count"/> best positive scores among those <paramref name="allowed"/>.</summary>
    /// <remarks><paramref name="allowed"/> is asked only for a score that would enter the list, not for every position.</remarks>
    public static List<int> Top(float[] scores, int count, Func<int, bool> allowed)
    {
        var best = new List<int>(count + 1);
        var bar = 0f;
        for (var i = 0; i < scores.Length; i++)
        {
            if (scores[i] <= bar || !allowed(i))
            {
                continue;
            }

            var at = best.Count;
            while (at > 0 && scores[best[at - 1]] < scores[i])
            {
                at--;
            }

            best.Insert(at, i);
            if (best.Count > count)
            {
                best.RemoveAt(count);
            }

            if (best.Count == count)
            {
                bar = scores[best[^1]];
            }
        }

        return best;
    }

    /// <summary>The entries with the best scores, ties by key (ordinal).</summary>
    public static List<KeyValuePair<string, T>> Top<T>(Dictionary<string, T> entries, Func<T, double> score, int count) =>
        [.. entries.OrderByDescending(e => score(e.Value)).ThenBy(e => e.Key, StringComparer.Ordinal).Take(count)];
}
