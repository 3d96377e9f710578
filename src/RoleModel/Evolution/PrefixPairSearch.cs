namespace RoleModel.Evolution;

internal static class PrefixPairSearch
{
    private const double Slack = 1e-9;

    public static List<(int First, int Second, double Score)> Find(int[][] features, double[][] weights, int[] documentFrequency, double[] largestWeight, double threshold)
    {
        var count = features.Length;
        var featureCount = documentFrequency.Length;
        var rank = Ranks(documentFrequency);

        // Pass 1: each text's prefix length, the rank where it ends, the bound of its tail; the number of prefix entries per feature.
        var prefixLength = new int[count];
        var ends = new int[count];
        var tails = new double[count];
        var offsets = new int[featureCount + 1];
        var order = new int[16];
        var keys = new int[16];
        for (var x = 0; x < count; x++)
        {
            var n = Order(features[x], rank, ref order, ref keys);
            var (bound, squares, end) = (0d, 0d, n);
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

            prefixLength[x] = end;
            ends[x] = end == 0 ? -1 : rank[features[x][order[end - 1]]];
            tails[x] = Math.Min(bound, Math.Sqrt(squares));
            for (var j = 0; j < end; j++)
            {
                offsets[features[x][order[j]] + 1]++;
            }
        }

        for (var f = 0; f < featureCount; f++)
        {
            offsets[f + 1] += offsets[f];
        }

        var total = offsets[featureCount];
        var postText = new int[total];
        var postWeight = new double[total];
        var postAfter = new float[total];
        var fill = new int[featureCount];
        Array.Copy(offsets, fill, featureCount);

        var stamp = new int[count];
        var accumulated = new double[count];
        var scratch = new double[featureCount];
        var after = new double[16];
        var candidates = new List<int>();
        var result = new List<(int, int, double)>();
        for (var x = 0; x < count; x++)
        {
            var n = Order(features[x], rank, ref order, ref keys);
            if (after.Length < n)
            {
                after = new double[Math.Max(n, after.Length * 2)];
            }

            var squares = 0d;
            for (var j = n - 1; j >= 0; j--)
            {
                after[j] = Math.Sqrt(squares);
                var w = weights[x][order[j]];
                squares += w * w;
            }

            var (fx, wx) = (features[x], weights[x]);
            var live = x + 1;
            candidates.Clear();
            for (var j = 0; j < prefixLength[x]; j++)
            {
                var f = fx[order[j]];
                var (w, rest) = (wx[order[j]], after[j]);
                for (var e = offsets[f]; e < fill[f]; e++)
                {
                    var y = postText[e];
                    var s = stamp[y];
                    if (s == -live)
                    {
                        continue;
                    }

                    if (s != live)
                    {
                        var first = w * postWeight[e];
                        if (first + (rest * postAfter[e]) < threshold - Slack)
                        {
                            stamp[y] = -live;
                            continue;
                        }

                        (stamp[y], accumulated[y]) = (live, first);
                        candidates.Add(y);
                        continue;
                    }

                    var a = accumulated[y] + (w * postWeight[e]);
                    accumulated[y] = a;
                    if (a + (rest * postAfter[e]) < threshold - Slack)
                    {
                        stamp[y] = -live;
                    }
                }
            }

            if (candidates.Count > 0)
            {
                for (var k = 0; k < fx.Length; k++)
                {
                    scratch[fx[k]] = wx[k];
                }

                foreach (var y in candidates)
                {
                    if (stamp[y] != live || accumulated[y] + (ends[x] <= ends[y] ? tails[x] : tails[y]) < threshold - Slack)
                    {
                        continue;
                    }

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

                foreach (var f in fx)
                {
                    scratch[f] = 0d;
                }
            }

            for (var j = 0; j < prefixLength[x]; j++)
            {
                var e = fill[fx[order[j]]]++;
                (postText[e], postWeight[e], postAfter[e]) = (x, wx[order[j]], RoundUp(after[j]));
            }
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

    /// <summary>The positions of a text's features in the global order (into <paramref name="order"/>); returns how many.</summary>
    private static int Order(int[] features, int[] rank, ref int[] order, ref int[] keys)
    {
        var n = features.Length;
        if (order.Length < n)
        {
            order = new int[Math.Max(n, order.Length * 2)];
            keys = new int[order.Length];
        }

        for (var k = 0; k < n; k++)
        {
            (order[k], keys[k]) = (k, rank[features[k]]);
        }

        Array.Sort(keys, order, 0, n);
        return n;
    }

    /// <summary>A single-precision value at least as large as <paramref name="value"/>.</summary>
    private static float RoundUp(double value)
    {
        var rounded = (float)value;
        return rounded >= value ? rounded : MathF.BitIncrement(rounded);
    }
}
