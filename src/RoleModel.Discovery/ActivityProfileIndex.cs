using RoleModel.Evolution;

namespace RoleModel.Discovery;

/// <summary>
/// Texts as unit-length vectors of activity scores (see <see cref="ActivityTaskSimilarity"/>), optionally mixed with a
/// text index, with an exact search for the pairs above a threshold through an inverted index over activities.
/// </summary>
internal sealed class ActivityProfileIndex : TaskTextIndex
{
    private readonly int[][] activities;
    private readonly double[][] weights;
    private readonly List<(int Text, double Weight)>[] postings;
    private readonly TaskTextIndex? text;
    private readonly double textWeight;
    private readonly SparseGroupSums groups;

    /// <summary>Numbers the activities in order of first appearance, drops scores at or below 0 and, when <paramref name="unitLength"/>,
    /// scales each profile to length 1 (else keeps the scores, capped at 1: a weak guess then counts little).</summary>
    public ActivityProfileIndex(IReadOnlyList<IEnumerable<(string Id, double Score)>> profiles, TaskTextIndex? text, double textWeight, bool unitLength = true)
    {
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        activities = new int[profiles.Count][];
        weights = new double[profiles.Count][];
        for (var i = 0; i < profiles.Count; i++)
        {
            var kept = profiles[i].Where(p => p.Score > 0)
                .Select(p => (Number: numbers.TryGetValue(p.Id, out var n) ? n : numbers[p.Id] = numbers.Count, p.Score))
                .GroupBy(p => p.Number).Select(g => (Number: g.Key, Score: g.Max(p => p.Score))).OrderBy(p => p.Number).ToArray();
            var norm = unitLength ? Math.Sqrt(kept.Sum(p => p.Score * p.Score)) : 1d;
            activities[i] = [.. kept.Select(p => p.Number)];
            weights[i] = [.. kept.Select(p => Math.Min(p.Score / norm, 1d))];
        }

        postings = [.. Enumerable.Range(0, numbers.Count).Select(_ => new List<(int, double)>())];
        for (var i = 0; i < activities.Length; i++)
        {
            for (var k = 0; k < activities[i].Length; k++)
            {
                postings[activities[i][k]].Add((i, weights[i][k]));
            }
        }

        (this.text, this.textWeight) = (text, text is null ? 0 : textWeight);
        groups = new SparseGroupSums(activities, weights);
    }

    public override int Count => activities.Length;

    public override double Score(int first, int second) =>
        first == second ? 1d : Mixed(first, second, ProfileCosine(first, second));

    public override IEnumerable<(int First, int Second, double Score)> PairsAtLeast(double threshold)
    {
        var dot = new double[Count];
        var candidates = new List<int>();
        for (var x = 0; x < Count; x++)
        {
            candidates.Clear();
            for (var k = 0; k < activities[x].Length; k++)
            {
                foreach (var (y, weight) in postings[activities[x][k]])
                {
                    if (y > x)
                    {
                        if (dot[y] == 0d)
                        {
                            candidates.Add(y);
                        }

                        dot[y] += weights[x][k] * weight;
                    }
                }
            }

            candidates.Sort();
            foreach (var y in candidates)
            {
                var score = Mixed(x, y, Math.Min(dot[y], 1d));
                dot[y] = 0d;
                if (score >= threshold)
                {
                    yield return (x, y, score);
                }
            }
        }

        // Pairs without a shared activity score only their text part: textWeight × text score.
        if (text is not null && threshold / textWeight <= 1d)
        {
            foreach (var (x, y, score) in text.PairsAtLeast(threshold / textWeight))
            {
                if (!ShareAnActivity(x, y) && textWeight * score >= threshold)
                {
                    yield return (x, y, textWeight * score);
                }
            }
        }
    }

    /// <remarks>From the sums of the two sets' profiles, kept between calls for a set that only grows by appending (as grouping does).</remarks>
    public override double Average(IReadOnlyList<int> first, IReadOnlyList<int> second)
    {
        var profile = groups.Average(first, second);
        return text is null ? profile : ((1 - textWeight) * profile) + (textWeight * text.Average(first, second));
    }

    private double Mixed(int first, int second, double profile) =>
        Math.Clamp(text is null ? profile : ((1 - textWeight) * profile) + (textWeight * text.Score(first, second)), 0d, 1d);

    private double ProfileCosine(int first, int second)
    {
        var (a, b) = (activities[first], activities[second]);
        var dot = 0d;
        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            if (a[i] == b[j])
            {
                dot += weights[first][i++] * weights[second][j++];
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return Math.Min(dot, 1d);
    }

    private bool ShareAnActivity(int first, int second) => activities[first].Intersect(activities[second]).Any();
}
