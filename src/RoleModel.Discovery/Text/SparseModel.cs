namespace RoleModel.Discovery.Text;

/// <summary>
/// TF-IDF over a fixed vocabulary learnt from the indexed texts: term weight (1 + ln tf) · idf, idf =
/// ln((N + 1) / (df + 1)) + 1, vectors of unit length. Terms outside the vocabulary are ignored.
/// </summary>
internal sealed class SparseModel
{
    private readonly Func<string, List<string>> tokenize;
    private readonly Dictionary<string, int> termIds = new(StringComparer.Ordinal);
    private readonly List<float> idf = [];

    public SparseModel(IReadOnlyList<string> texts, Func<string, List<string>> tokenize)
    {
        this.tokenize = tokenize;
        var frequency = new List<int>();
        foreach (var text in texts)
        {
            foreach (var term in tokenize(text).Distinct(StringComparer.Ordinal))
            {
                if (termIds.TryGetValue(term, out var id))
                {
                    frequency[id]++;
                }
                else
                {
                    termIds[term] = frequency.Count;
                    frequency.Add(1);
                }
            }
        }

        foreach (var df in frequency)
        {
            idf.Add((float)(Math.Log((texts.Count + 1.0) / (df + 1.0)) + 1.0));
        }
    }

    public int TermCount => idf.Count;

    /// <summary>The unit-length vector of a text as (term, weight) pairs sorted by term; empty when no term is known.</summary>
    public (int Term, float Weight)[] Transform(string text)
    {
        var counts = new Dictionary<int, int>();
        foreach (var term in tokenize(text))
        {
            if (termIds.TryGetValue(term, out var id))
            {
                counts[id] = counts.GetValueOrDefault(id) + 1;
            }
        }

        var vector = counts.Select(p => (p.Key, (float)((1 + Math.Log(p.Value)) * idf[p.Key]))).OrderBy(p => p.Key).ToArray();
        var norm = (float)Math.Sqrt(vector.Sum(p => (double)p.Item2 * p.Item2));
        for (var i = 0; i < vector.Length; i++)
        {
            vector[i].Item2 /= norm;
        }

        return vector;
    }

    /// <summary>The dot product of two vectors sorted by term.</summary>
    public static double Dot((int Term, float Weight)[] a, (int Term, float Weight)[] b)
    {
        double sum = 0;
        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            if (a[i].Term == b[j].Term)
            {
                sum += a[i++].Weight * b[j++].Weight;
            }
            else if (a[i].Term < b[j].Term)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return sum;
    }
}
