namespace RoleModel.Evolution;

/// <summary>
/// The exact search for the pairs of unit vectors (sparse, features numbered) whose dot product reaches a threshold:
/// prefix filtering with bounds on the length of what is left of both vectors (all-pairs similarity search).
/// </summary>
/// <remarks>
/// <para>Features are put in one global order, rising document frequency. A text's prefix is the shortest head whose tail
/// cannot reach the threshold with any text (the tail's sum of weight times the largest weight that feature has anywhere,
/// or the tail's length); two texts that reach the threshold share a feature of both prefixes. The texts are visited in
/// turn; each walks the lists of its prefix features, which hold only the texts before it, then joins them.</para>
/// <para>For a text met in a list at feature f, the products summed so far are exact for every shared feature up to f
/// (both prefixes hold them), and the rest is at most the product of the two lengths after f (Cauchy–Schwarz): a pair
/// whose sum plus that bound falls below the threshold is dropped at once, without scoring. Before scoring, the same
/// bound is taken after the rank where the shorter prefix ends. The survivors are scored as <see cref="LexicalTextIndex.Score"/>
/// does, in feature order, so the scores are the same to the last bit.</para>
/// </remarks>
internal static partial class PrefixPairSearch
{
    /// <summary>How much below the threshold a bound must fall to drop a pair: bounds are rounded, scores are exact.</summary>
    private const double Slack = 1e-9;

    /// <summary>Every pair of texts (first before second) whose dot product is at least <paramref name="threshold"/>, with it.</summary>
    /// <param name="features">Each text's feature numbers, rising.</param>
    /// <param name="weights">Each text's weights, in the order of its features; the vector has length 1 (or is empty).</param>
    /// <param name="documentFrequency">How many texts have each feature.</param>
    /// <param name="largestWeight">The largest weight each feature has in any text.</param>
    /// <param name="threshold">The lowest dot product, above 0.</param>
    /// <returns>The pairs, grouped by their second text.</returns>
    public static List<(int First, int Second, double Score)> Find(int[][] features, double[][] weights, int[] documentFrequency, double[] largestWeight, double threshold)
    {
        var cut = threshold - Slack;
        var texts = Texts.Prepare(features, weights, Ranks(documentFrequency), largestWeight, cut);
        var postings = new Postings(texts.PrefixCounts);
        var state = new Candidate[features.Length];
        var scratch = new double[documentFrequency.Length];
        var candidates = new List<int>();
        var result = new List<(int, int, double)>();
        for (var x = 0; x < features.Length; x++)
        {
            var (fx, wx) = (features[x], weights[x]);
            var (order, after) = texts.Order(x);
            var live = x + 1;
            candidates.Clear();
            for (var j = 0; j < texts.PrefixLength[x]; j++)
            {
                var (f, w, rest) = (fx[order[j]], wx[order[j]], after[j]);
                for (var e = postings.Start[f]; e < postings.Fill[f]; e++)
                {
                    var y = postings.Text[e];
                    ref var c = ref state[y];
                    if (c.Stamp == -live)
                    {
                        continue;
                    }

                    var sum = (c.Stamp == live ? c.Sum : 0d) + (w * postings.Weight[e]);
                    if (sum + (rest * postings.After[e]) < cut)
                    {
                        c.Stamp = -live;
                        continue;
                    }

                    if (c.Stamp != live)
                    {
                        c.Stamp = live;
                        candidates.Add(y);
                    }

                    (c.Sum, c.After) = (sum, postings.After[e]);
                }
            }

            if (candidates.Count == 0)
            {
                postings.Add(x, fx, wx, order, after, texts.PrefixLength[x]);
                continue;
            }

            for (var k = 0; k < fx.Length; k++)
            {
                scratch[fx[k]] = wx[k];
            }

            foreach (var y in candidates)
            {
                if (state[y].Stamp == live && texts.MayReach(x, y, state[y].Sum, state[y].After, cut))
                {
                    var (fy, wy) = (features[y], weights[y]);
                    var dot = 0d;
                    for (var k = 0; k < fy.Length; k++)
                    {
                        dot += scratch[fy[k]] * wy[k];
                    }

                    if (dot >= threshold)
                    {
                        result.Add((y, x, Math.Min(dot, 1d)));
                    }
                }
            }

            foreach (var f in fx)
            {
                scratch[f] = 0d;
            }

            postings.Add(x, fx, wx, order, after, texts.PrefixLength[x]);
        }

        return result;
    }

    /// <summary>Each feature's position in the global order: rising document frequency, then feature number.</summary>
    private static int[] Ranks(int[] documentFrequency)
    {
        var byRank = new int[documentFrequency.Length];
        var keys = new long[documentFrequency.Length];
        for (var f = 0; f < byRank.Length; f++)
        {
            (byRank[f], keys[f]) = (f, ((long)documentFrequency[f] << 32) | (uint)f);
        }

        Array.Sort(keys, byRank);
        var rank = new int[byRank.Length];
        for (var r = 0; r < byRank.Length; r++)
        {
            rank[byRank[r]] = r;
        }

        return rank;
    }

    /// <summary>A single-precision value at least as large as <paramref name="value"/>.</summary>
    internal static float RoundUp(double value)
    {
        var rounded = (float)value;
        return rounded >= value ? rounded : MathF.BitIncrement(rounded);
    }

    /// <summary>What the search knows of a text met while visiting another: a stamp (the visitor plus one, negative when dropped), the sum so far, the other's length after the last shared feature.</summary>
    private struct Candidate
    {
        public int Stamp;
        public float After;
        public double Sum;
    }
}
