using System.Numerics;

namespace RoleModel.Discovery.Text;

/// <summary>Unit-length embeddings in one array: the cosine of a query with every entry is a dot product.</summary>
internal sealed class DenseIndex
{
    private readonly float[] data;

    public DenseIndex(IReadOnlyList<ReadOnlyMemory<float>> vectors, int dimensions)
    {
        Dimensions = dimensions;
        Count = vectors.Count;
        data = new float[Count * dimensions];
        for (var i = 0; i < vectors.Count; i++)
        {
            Normalized(vectors[i].Span, dimensions).CopyTo(data.AsSpan(i * dimensions));
        }
    }

    public int Dimensions { get; }

    public int Count { get; }

    /// <summary>A copy of a vector scaled to unit length (a zero vector stays zero).</summary>
    public static float[] Normalized(ReadOnlySpan<float> vector, int dimensions)
    {
        if (vector.Length != dimensions)
        {
            throw new InvalidOperationException($"The embedding generator returned a vector of {vector.Length} dimensions where {dimensions} were expected.");
        }

        var norm = 0.0;
        foreach (var value in vector)
        {
            norm += value * value;
        }

        var result = vector.ToArray();
        if (norm > 0)
        {
            var scale = (float)(1 / Math.Sqrt(norm));
            for (var i = 0; i < result.Length; i++)
            {
                result[i] *= scale;
            }
        }

        return result;
    }

    /// <summary>Adds the dot product of the unit-length query with every entry, times <paramref name="factor"/>, to <paramref name="scores"/>.</summary>
    public void AddScores(ReadOnlySpan<float> query, float factor, float[] scores)
    {
        for (var i = 0; i < Count; i++)
        {
            scores[i] += factor * Dot(query, data.AsSpan(i * Dimensions, Dimensions));
        }
    }

    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        var i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            sum += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        }

        var result = Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            result += a[i] * b[i];
        }

        return result;
    }
}
