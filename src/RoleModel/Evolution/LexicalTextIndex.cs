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
    private readonly SparseGroupSums groups;

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

        groups = new SparseGroupSums(features, weights);
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

    /// <remarks>Exact: <see cref="PrefixPairSearch"/>.</remarks>
    public override IEnumerable<(int First, int Second, double Score)> PairsAtLeast(double threshold) =>
        PrefixPairSearch.Find(features, weights, documentFrequency, largestWeight, threshold);

    /// <remarks>From the sums of the two sets' vectors, kept between calls for a set that only grows by appending (as grouping does).</remarks>
    public override double Average(IReadOnlyList<int> first, IReadOnlyList<int> second) => groups.Average(first, second);
}
