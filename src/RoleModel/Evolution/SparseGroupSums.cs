using System.Runtime.CompilerServices;

namespace RoleModel.Evolution;

/// <summary>
/// The mean score between two sets of positions for an index whose score is the dot product of sparse vectors: the dot
/// product of the sets' summed vectors over the number of pairs. The sums are kept between calls for a set that only
/// grows by appending, as grouping does, so merging groups costs the size of the smaller sum, not of every pair.
/// </summary>
/// <remarks>Compiled into RoleModel and, as a linked file, into RoleModel.Discovery; internal to each.</remarks>
/// <param name="keys">Each position's vector: its keys (features, activities).</param>
/// <param name="weights">Each position's vector: the weight of each key.</param>
internal sealed class SparseGroupSums(int[][] keys, double[][] weights)
{
    private readonly ConditionalWeakTable<IReadOnlyList<int>, GroupSum> sums = [];

    /// <summary>The mean over all pairs of one position of each set of the dot product of their vectors.</summary>
    public double Average(IReadOnlyList<int> first, IReadOnlyList<int> second)
    {
        var (a, b) = (Sum(first), Sum(second));
        if (a.Count > b.Count)
        {
            (a, b) = (b, a);
        }

        var dot = 0d;
        foreach (var (key, weight) in a)
        {
            dot += weight * b.GetValueOrDefault(key);
        }

        return dot / ((double)first.Count * second.Count);
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
            for (var k = 0; k < keys[i].Length; k++)
            {
                sum.Vector[keys[i][k]] = sum.Vector.GetValueOrDefault(keys[i][k]) + weights[i][k];
            }
        }

        return sum.Vector;
    }

    /// <summary>The sum of the vectors of a set's first <see cref="Members"/> positions.</summary>
    private sealed class GroupSum
    {
        public int Members { get; set; }

        public Dictionary<int, double> Vector { get; set; } = [];
    }
}
