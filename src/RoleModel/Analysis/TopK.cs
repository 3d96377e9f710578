namespace RoleModel.Analysis;

/// <summary>
/// The best k candidates seen so far, in a bounded binary heap whose root is the worst kept candidate.
/// Each candidate carries a flag (all essential requirements met). Better means a higher score, then a lower ordinal rank of the identifier. Offering allocates nothing.
/// </summary>
internal sealed class TopK
{
    private readonly int[] ordinalRank;
    private readonly int[] items;
    private readonly double[] scores;
    private readonly bool[] flags;

    internal TopK(int capacity, int[] ordinalRank)
    {
        this.ordinalRank = ordinalRank;
        items = new int[capacity];
        scores = new double[capacity];
        flags = new bool[capacity];
    }

    internal int Count { get; private set; }

    internal void Offer(int item, double score, bool flag)
    {
        if (Count < items.Length)
        {
            var i = Count++;
            (items[i], scores[i], flags[i]) = (item, score, flag);
            SiftUp(i);
        }
        else if (IsBetter(item, score, items[0], scores[0]))
        {
            (items[0], scores[0], flags[0]) = (item, score, flag);
            SiftDown(0);
        }
    }

    /// <summary>The kept candidates, best first.</summary>
    internal (int Item, double Score, bool Flag)[] ToSortedArray()
    {
        var result = new (int Item, double Score, bool Flag)[Count];
        for (var i = 0; i < Count; i++)
        {
            result[i] = (items[i], scores[i], flags[i]);
        }

        Array.Sort(result, (a, b) => IsBetter(a.Item, a.Score, b.Item, b.Score) ? -1 : IsBetter(b.Item, b.Score, a.Item, a.Score) ? 1 : 0);
        return result;
    }

    private bool IsBetter(int a, double scoreA, int b, double scoreB) =>
        scoreA > scoreB || (scoreA == scoreB && ordinalRank[a] < ordinalRank[b]);

    private void SiftUp(int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!IsBetter(items[parent], scores[parent], items[i], scores[i]))
            {
                return;
            }

            Swap(i, parent);
            i = parent;
        }
    }

    private void SiftDown(int i)
    {
        while (true)
        {
            var worst = i;
            foreach (var child in (ReadOnlySpan<int>)[(2 * i) + 1, (2 * i) + 2])
            {
                if (child < Count && IsBetter(items[worst], scores[worst], items[child], scores[child]))
                {
                    worst = child;
                }
            }

            if (worst == i)
            {
                return;
            }

            Swap(i, worst);
            i = worst;
        }
    }

    private void Swap(int a, int b)
    {
        (items[a], items[b]) = (items[b], items[a]);
        (scores[a], scores[b]) = (scores[b], scores[a]);
        (flags[a], flags[b]) = (flags[b], flags[a]);
    }
}
