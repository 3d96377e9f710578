using RoleModel.Evolution;

namespace RoleModel.Discovery.Text;

/// <summary>Unit-length embeddings with an inverted-file index for the pairs above a threshold (see <see cref="EmbeddingTaskSimilarity"/>).</summary>
internal sealed class DenseTextIndex : TaskTextIndex
{
    /// <summary>How many nearest centroids each text is filed under.</summary>
    internal const int Probes = 3;

    private const int Iterations = 5;

    private readonly float[][] vectors;
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<IReadOnlyList<int>, GroupSum> sums = [];

    public DenseTextIndex(IReadOnlyList<ReadOnlyMemory<float>> embeddings)
    {
        var dimensions = embeddings.Count == 0 ? 0 : embeddings[0].Length;
        vectors = [.. embeddings.Select(e => DenseIndex.Normalized(e.Span, dimensions))];
    }

    public override int Count => vectors.Length;

    public override double Score(int first, int second) =>
        first == second ? 1d : Math.Clamp(DenseIndex.Dot(vectors[first], vectors[second]), 0d, 1d);

    public override IEnumerable<(int First, int Second, double Score)> PairsAtLeast(double threshold)
    {
        var lists = Lists();
        var filed = new int[Count][];
        for (var i = 0; i < Count; i++)
        {
            filed[i] = [];
        }

        for (var list = 0; list < lists.Length; list++)
        {
            foreach (var i in lists[list])
            {
                filed[i] = [.. filed[i], list];
            }
        }

        for (var list = 0; list < lists.Length; list++)
        {
            var members = lists[list];
            for (var a = 0; a < members.Count; a++)
            {
                for (var b = a + 1; b < members.Count; b++)
                {
                    var (x, y) = members[a] < members[b] ? (members[a], members[b]) : (members[b], members[a]);
                    if (FirstShared(filed[x], filed[y]) != list)
                    {
                        continue;
                    }

                    var score = DenseIndex.Dot(vectors[x], vectors[y]);
                    if (score >= threshold)
                    {
                        yield return (x, y, Math.Min(score, 1d));
                    }
                }
            }
        }
    }

    /// <remarks>From the sums of the two sets' vectors, kept between calls for a set that only grows by appending (as grouping does).</remarks>
    public override double Average(IReadOnlyList<int> first, IReadOnlyList<int> second) =>
        DenseIndex.Dot(Sum(first), Sum(second)) / ((double)first.Count * second.Count);

    private float[] Sum(IReadOnlyList<int> members)
    {
        var sum = sums.GetValue(members, _ => new GroupSum());
        if (members.Count < sum.Members || sum.Vector.Length == 0)
        {
            (sum.Members, sum.Vector) = (0, new float[vectors.Length == 0 ? 0 : vectors[0].Length]);
        }

        for (; sum.Members < members.Count; sum.Members++)
        {
            var vector = vectors[members[sum.Members]];
            for (var k = 0; k < vector.Length; k++)
            {
                sum.Vector[k] += vector[k];
            }
        }

        return sum.Vector;
    }

    private static int FirstShared(int[] first, int[] second)
    {
        var shared = int.MaxValue;
        foreach (var a in first)
        {
            if (a < shared && Array.IndexOf(second, a) >= 0)
            {
                shared = a;
            }
        }

        return shared;
    }

    /// <summary>k-means over the vectors (deterministic start), then each vector filed under its nearest <see cref="Probes"/> centroids.</summary>
    private List<int>[] Lists()
    {
        if (Count == 0)
        {
            return [];
        }

        var k = Math.Max(1, (int)Math.Round(Math.Sqrt(Count)));
        var dimensions = Count == 0 ? 0 : vectors[0].Length;
        var centroids = Enumerable.Range(0, k).Select(c => (float[])vectors[(int)((long)c * Count / k)].Clone()).ToArray();
        var nearest = new int[Count];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            for (var i = 0; i < Count; i++)
            {
                nearest[i] = Nearest(centroids, vectors[i], 1)[0];
            }

            var sums = new float[k][];
            for (var c = 0; c < k; c++)
            {
                sums[c] = new float[dimensions];
            }

            for (var i = 0; i < Count; i++)
            {
                for (var d = 0; d < dimensions; d++)
                {
                    sums[nearest[i]][d] += vectors[i][d];
                }
            }

            for (var c = 0; c < k; c++)
            {
                if (sums[c].Any(v => v != 0f))
                {
                    centroids[c] = DenseIndex.Normalized(sums[c], dimensions);
                }
            }
        }

        var lists = Enumerable.Range(0, k).Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < Count; i++)
        {
            foreach (var c in Nearest(centroids, vectors[i], Math.Min(Probes, k)))
            {
                lists[c].Add(i);
            }
        }

        return lists;
    }

    private static int[] Nearest(float[][] centroids, float[] vector, int count)
    {
        var best = new (float Score, int Centroid)[count];
        Array.Fill(best, (float.NegativeInfinity, -1));
        for (var c = 0; c < centroids.Length; c++)
        {
            var score = DenseIndex.Dot(centroids[c], vector);
            if (score <= best[^1].Score)
            {
                continue;
            }

            var at = count - 1;
            while (at > 0 && best[at - 1].Score < score)
            {
                best[at] = best[at - 1];
                at--;
            }

            best[at] = (score, c);
        }

        return [.. best.Select(b => b.Centroid)];
    }

    /// <summary>The sum of the vectors of a set's first <see cref="Members"/> positions.</summary>
    private sealed class GroupSum
    {
        public int Members { get; set; }

        public float[] Vector { get; set; } = [];
    }
}
