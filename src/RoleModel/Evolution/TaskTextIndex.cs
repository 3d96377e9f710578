namespace RoleModel.Evolution;

/// <summary>
/// Task texts prepared by an <see cref="ITaskSimilarity"/> for grouping: scores two texts, finds the pairs that score at
/// least a threshold, and averages the scores between two sets of texts. The base implementation compares every pair;
/// an index (such as <see cref="LexicalTaskSimilarity"/>'s) finds the pairs without doing so.
/// </summary>
public abstract class TaskTextIndex
{
    /// <summary>The number of texts; their positions are 0 to <see cref="Count"/> - 1.</summary>
    public abstract int Count { get; }

    /// <summary>An index over a scoring function that compares every pair (what a plain <see cref="ITaskSimilarity.Prepare"/> offers).</summary>
    /// <param name="score">Scores the texts at two positions (see <see cref="ITaskSimilarity.Prepare"/>).</param>
    /// <param name="count">The number of texts.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="score"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public static TaskTextIndex AllPairs(Func<int, int, double> score, int count)
    {
        Preconditions.CheckNotNull(score);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return new ScoredPairs(score, count);
    }

    /// <summary>The similarity of the texts at two positions, in [0, 1], symmetric, deterministic.</summary>
    /// <param name="first">A position.</param>
    /// <param name="second">Another position.</param>
    /// <returns>The similarity.</returns>
    public abstract double Score(int first, int second);

    /// <summary>
    /// Every pair of different texts (first position before the second) that scores at least <paramref name="threshold"/>,
    /// with its score; each pair once, in any order. An approximate index may miss pairs; it says so in its documentation.
    /// </summary>
    /// <param name="threshold">The lowest score, in (0, 1].</param>
    /// <returns>The pairs.</returns>
    public virtual IEnumerable<(int First, int Second, double Score)> PairsAtLeast(double threshold)
    {
        for (var i = 0; i < Count; i++)
        {
            for (var j = i + 1; j < Count; j++)
            {
                if (Score(i, j) is var s && s >= threshold)
                {
                    yield return (i, j, s);
                }
            }
        }
    }

    /// <summary>The mean score over every pair of a text of <paramref name="first"/> and one of <paramref name="second"/> (two disjoint sets of positions).</summary>
    /// <param name="first">Positions, at least one.</param>
    /// <param name="second">Other positions, at least one.</param>
    /// <returns>The mean score.</returns>
    public virtual double Average(IReadOnlyList<int> first, IReadOnlyList<int> second)
    {
        var sum = 0d;
        foreach (var i in first)
        {
            foreach (var j in second)
            {
                sum += Score(i, j);
            }
        }

        return sum / (first.Count * second.Count);
    }

    private sealed class ScoredPairs(Func<int, int, double> score, int count) : TaskTextIndex
    {
        public override int Count => count;

        public override double Score(int first, int second) => score(first, second);
    }
}
