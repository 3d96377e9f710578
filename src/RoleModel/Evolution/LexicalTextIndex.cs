namespace RoleModel.Evolution;

/// <summary>
/// The texts of a <see cref="LexicalTaskSimilarity"/> as unit-length TF-IDF vectors over numbered features, with an
/// exact search for the pairs above a threshold by prefix filtering (all-pairs similarity search).
/// </summary>
/// <remarks>
/// Each vector's features are put in one global order, rising document frequency. The prefix is the shortest head such
/// that the tail cannot reach the threshold with any other text: the tail's sum of weight times the largest weight that
/// feature has anywhere (and the tail's length, by Cauchy–Schwarz) stays below it. Two texts that reach the threshold
/// share a feature of both prefixes (all shared features past the shorter prefix would lie in that text's tail), so an
/// inverted index over prefixes, probed with prefixes, yields every such pair; rare features have short lists.
/// </remarks>
internal sealed class LexicalTextIndex : TaskTextIndex
{
    private readonly int[][] features;
    private readonly double[][] weights;
    private readonly int[] documentFrequency;
    private readonly double[] largestWeight;
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<int>, GroupSum> sums = [];

    /// <summary>Weighs the features of each text (numbered in order of first appearance) by count times smoothed inverse document frequency.</summary>
    public LexicalTextIndex(int[][] featuresOfText, int[][] counts, int[] frequency)
    {
        documentFrequency = frequency;
        largestWeight = new double[frequency.Length];
        features = new int[featuresOfText.Length][];
        weights = new double[featuresOfText.Length][];
        for (var i = 0; i < featuresOfText.Length; i++)
        {
            var order = Enumerable.Range(0, featuresOfText[i].Length).OrderBy(k => featuresOfText[i][k]).ToArray();
            features[i] = [.. order.Select(k => featuresOfText[i][k])];
            var raw = order.Select(k => counts[i][k] * (Math.Log((1d + featuresOfText.Length) / (1d + frequency[featuresOfText[i][k]])) + 1d)).ToArray();
            var norm = Math.Sqrt(raw.Sum(w => w * w));
            weights[i] = norm == 0d ? raw : [.. raw.Select(w => w / norm)];
            for (var k = 0; k < raw.Length; k++)
            {
                largestWeight[features[i][k]] = Math.Max(largestWeight[features[i][k]], weights[i][k]);
            }
        }
    }

    public override int Count => features.Length;

    public override double Score(int first, int second)
    {
        if (first == second)
        {
            return 1d;
        }

        var (a, b) = (features[first], features[second]);
        var (wa, wb) = (weights[first], weights[second]);
        var dot = 0d;
        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            if (a[i] == b[j])
            {
                dot += wa[i++] * wb[j++];
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

        return Math.Clamp(dot, 0d, 1d);
    }

    public override IEnumerable<(int First, int Second, double Score)> PairsAtLeast(double threshold)
    {
        var (postings, prefixes, ends, tails) = Prefixes(threshold);
        var scratch = new double[documentFrequency.Length];
        var overlap = new double[Count];
        var candidates = new List<int>();
        for (var x = 0; x < Count; x++)
        {
            candidates.Clear();
            foreach (var (feature, weight) in prefixes[x])
            {
                foreach (var (y, other) in postings[feature] ?? [])
                {
                    if (y > x)
                    {
                        if (overlap[y] == 0d)
                        {
                            candidates.Add(y);
                        }

                        overlap[y] += weight * other;
                    }
                }
            }

            if (candidates.Count == 0)
            {
                continue;
            }

            for (var k = 0; k < features[x].Length; k++)
            {
                scratch[features[x][k]] = weights[x][k];
            }

            candidates.Sort();
            foreach (var y in candidates)
            {
                // What the prefixes share, plus at most the tail bound of the text whose prefix ends first in the global order.
                var bound = overlap[y] + (ends[x] <= ends[y] ? tails[x] : tails[y]);
                overlap[y] = 0d;
                if (bound < threshold)
                {
                    continue;
                }

                var dot = 0d;
                for (var k = 0; k < features[y].Length; k++)
                {
                    dot += scratch[features[y][k]] * weights[y][k];
                }

                if (dot >= threshold)
                {
                    yield return (x, y, Math.Min(dot, 1d));
                }
            }

            foreach (var feature in features[x])
            {
                scratch[feature] = 0d;
            }
        }
    }

    /// <remarks>From the sums of the two sets' vectors, kept between calls for a set that only grows by appending (as grouping does).</remarks>
    public override double Average(IReadOnlyList<int> first, IReadOnlyList<int> second)
    {
        var (a, b) = (Sum(first), Sum(second));
        if (a.Count > b.Count)
        {
            (a, b) = (b, a);
        }

        var dot = 0d;
        foreach (var (feature, weight) in a)
        {
            dot += weight * b.GetValueOrDefault(feature);
        }

        return dot / (first.Count * second.Count);
    }

    private Dictionary<int, double> Sum(IReadOnlyList<int> members)
    {
        var sum = sums.GetValue(members, _ => new GroupSum());
        if (members.Count < sum.Members)
        {
            (sum.Members, sum.Vector) = (0, []);
        }

        for (; sum.Members < members.Count; sum.Members++)
        {
            var i = members[sum.Members];
            for (var k = 0; k < features[i].Length; k++)
            {
                sum.Vector[features[i][k]] = sum.Vector.GetValueOrDefault(features[i][k]) + weights[i][k];
            }
        }

        return sum.Vector;
    }

    /// <summary>
    /// For each feature, the texts that have it in their prefix for the threshold, with its weight (null for none); each
    /// text's prefix; the global position at which it ends (-1 for none); the bound of its tail.
    /// </summary>
    private (List<(int Text, double Weight)>?[] Postings, (int Feature, double Weight)[][] Prefixes, long[] Ends, double[] Tails) Prefixes(double threshold)
    {
        var postings = new List<(int, double)>?[documentFrequency.Length];
        var prefixes = new (int, double)[Count][];
        var ends = new long[Count];
        var tails = new double[Count];
        for (var x = 0; x < Count; x++)
        {
            var order = Enumerable.Range(0, features[x].Length)
                .OrderBy(k => Rank(features[x][k])).ToArray();
            var (bound, squares, end) = (0d, 0d, order.Length);
            while (end > 0)
            {
                var k = order[end - 1];
                var (nextBound, nextSquares) = (bound + (weights[x][k] * largestWeight[features[x][k]]), squares + (weights[x][k] * weights[x][k]));
                if (Math.Min(nextBound, Math.Sqrt(nextSquares)) >= threshold)
                {
                    break;
                }

                (bound, squares, end) = (nextBound, nextSquares, end - 1);
            }

            prefixes[x] = [.. order.Take(end).Select(k => (features[x][k], weights[x][k]))];
            ends[x] = end == 0 ? -1 : Rank(features[x][order[end - 1]]);
            tails[x] = Math.Min(bound, Math.Sqrt(squares));
            foreach (var (feature, weight) in prefixes[x])
            {
                (postings[feature] ??= []).Add((x, weight));
            }
        }

        return (postings, prefixes, ends, tails);
    }

    /// <summary>A feature's position in the global order: rising document frequency, then feature number.</summary>
    private long Rank(int feature) => ((long)documentFrequency[feature] << 32) | (uint)feature;

    /// <summary>The sum of the vectors of a set's first <see cref="Members"/> positions.</summary>
    private sealed class GroupSum
    {
        public int Members { get; set; }

        public Dictionary<int, double> Vector { get; set; } = [];
    }
}
