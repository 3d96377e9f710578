namespace RoleModel.Evolution;

/// <summary>The parts of <see cref="PrefixPairSearch"/>: each text's order, prefix and bounds; the lists of texts by prefix feature.</summary>
internal static partial class PrefixPairSearch
{
    /// <summary>Each text's features in the global order, its prefix for the threshold and the bounds of what follows.</summary>
    private sealed class Texts
    {
        private readonly int[][] features;
        private readonly double[][] weights;
        private readonly int[] rank;
        private int[] order = new int[16];
        private int[] keys = new int[16];
        private double[] after = new double[16];

        private Texts(int[][] features, double[][] weights, int[] rank)
        {
            (this.features, this.weights, this.rank) = (features, weights, rank);
            PrefixLength = new int[features.Length];
            Ends = new int[features.Length];
            Tails = new double[features.Length];
            RankedRanks = new int[features.Length][];
            PrefixCounts = new int[rank.Length];
            Suffixes = new float[features.Length][];
        }

        /// <summary>How many of each text's features, in the global order, make its prefix.</summary>
        public int[] PrefixLength { get; }

        /// <summary>How many texts have each feature in their prefix.</summary>
        public int[] PrefixCounts { get; }

        /// <summary>The rank of each text's last prefix feature, -1 for none.</summary>
        private int[] Ends { get; }

        /// <summary>The bound of each text's tail (the smaller of the two).</summary>
        private double[] Tails { get; }

        /// <summary>Each text's feature ranks, rising.</summary>
        private int[][] RankedRanks { get; }

        /// <summary>Each text's lengths from each position of <see cref="RankedRanks"/> on (rounded up; one more, 0, at the end).</summary>
        private float[][] Suffixes { get; }

        /// <summary>Orders and bounds every text for <paramref name="cut"/> (the threshold less the slack: a tail whose bound is within rounding of the threshold stays in the prefix).</summary>
        public static Texts Prepare(int[][] features, double[][] weights, int[] rank, double[] largestWeight, double cut)
        {
            var texts = new Texts(features, weights, rank);
            for (var x = 0; x < features.Length; x++)
            {
                var (order, _) = texts.Order(x);
                var n = features[x].Length;
                texts.RankedRanks[x] = texts.keys[..n];
                var suffix = texts.Suffixes[x] = new float[n + 1];
                var squares = 0d;
                for (var j = n - 1; j >= 0; j--)
                {
                    var w = weights[x][order[j]];
                    squares += w * w;
                    suffix[j] = RoundUp(Math.Sqrt(squares));
                }

                var (bound, tailSquares, end) = (0d, 0d, n);
                while (end > 0)
                {
                    var k = order[end - 1];
                    var (nextBound, nextSquares) = (bound + (weights[x][k] * largestWeight[features[x][k]]), tailSquares + (weights[x][k] * weights[x][k]));
                    if (Math.Min(nextBound, Math.Sqrt(nextSquares)) >= cut)
                    {
                        break;
                    }

                    (bound, tailSquares, end) = (nextBound, nextSquares, end - 1);
                }

                texts.PrefixLength[x] = end;
                for (var j = 0; j < end; j++)
                {
                    texts.PrefixCounts[features[x][order[j]]]++;
                }

                texts.Ends[x] = end == 0 ? -1 : texts.keys[end - 1];
                texts.Tails[x] = Math.Min(bound, Math.Sqrt(tailSquares));
            }

            return texts;
        }

        /// <summary>
        /// The positions of a text's features in the global order, and for each the length of the text after it; valid
        /// until the next call.
        /// </summary>
        public (int[] Order, double[] After) Order(int x)
        {
            var n = features[x].Length;
            if (order.Length < n)
            {
                (order, keys, after) = (new int[n * 2], new int[n * 2], new double[n * 2]);
            }

            for (var k = 0; k < n; k++)
            {
                (order[k], keys[k]) = (k, rank[features[x][k]]);
            }

            Array.Sort(keys, order, 0, n);
            var squares = 0d;
            for (var j = n - 1; j >= 0; j--)
            {
                after[j] = Math.Sqrt(squares);
                var w = weights[x][order[j]];
                squares += w * w;
            }

            return (order, after);
        }

        /// <summary>
        /// Whether texts <paramref name="x"/> and <paramref name="y"/>, whose shared prefix features sum to
        /// <paramref name="sum"/>, may reach <paramref name="cut"/>: every shared feature up to where the shorter prefix
        /// ends is in the sum; the rest is at most the tail bound of that text and the product of both lengths after it.
        /// The length of <paramref name="y"/> after the last shared feature seen, <paramref name="lastAfter"/>, is at least
        /// its length after that rank: a cheaper first test.
        /// </summary>
        public bool MayReach(int x, int y, double sum, float lastAfter, double cut)
        {
            var xFirst = Ends[x] <= Ends[y];
            var (end, tail) = xFirst ? (Ends[x], Tails[x]) : (Ends[y], Tails[y]);
            if (sum + tail < cut)
            {
                return false;
            }

            var restOfX = (double)After(x, end);
            if (xFirst && sum + (restOfX * lastAfter) < cut)
            {
                return false;
            }

            return sum + (restOfX * After(y, end)) >= cut;
        }

        /// <summary>The length of a text's features ranked after <paramref name="end"/>.</summary>
        private float After(int x, int end)
        {
            var ranks = RankedRanks[x];
            var (low, high) = (0, ranks.Length);
            while (low < high)
            {
                var middle = (low + high) >>> 1;
                if (ranks[middle] <= end)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle;
                }
            }

            return Suffixes[x][low];
        }
    }

    /// <summary>For each feature, the texts visited so far that have it in their prefix: text, weight, length after it.</summary>
    private sealed class Postings
    {
        /// <param name="lengths">How many texts have each feature in their prefix.</param>
        public Postings(int[] lengths)
        {
            var featureCount = lengths.Length;
            Start = new int[featureCount + 1];
            for (var f = 0; f < featureCount; f++)
            {
                Start[f + 1] = lengths[f];
            }

            for (var f = 0; f < featureCount; f++)
            {
                Start[f + 1] += Start[f];
            }

            Fill = Start[..featureCount];
            Text = new int[Start[featureCount]];
            Weight = new double[Text.Length];
            After = new float[Text.Length];
        }

        /// <summary>Where each feature's list starts.</summary>
        public int[] Start { get; }

        /// <summary>Where each feature's list ends so far.</summary>
        public int[] Fill { get; }

        public int[] Text { get; }

        public double[] Weight { get; }

        public float[] After { get; }

        /// <summary>Adds a text's prefix to the lists.</summary>
        public void Add(int x, int[] features, double[] weights, int[] order, double[] after, int prefixLength)
        {
            for (var j = 0; j < prefixLength; j++)
            {
                var e = Fill[features[order[j]]]++;
                (Text[e], Weight[e], After[e]) = (x, weights[order[j]], RoundUp(after[j]));
            }
        }
    }
}
