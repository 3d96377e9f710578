namespace RoleModel.Discovery.Text;

/// <summary>An inverted index of unit-length sparse vectors: the cosine of a query with every entry in one pass over its terms' postings.</summary>
internal sealed class SparseIndex
{
    private readonly SparseModel model;
    private readonly int count;
    private readonly int[][] postingEntries;
    private readonly float[][] postingWeights;

    public SparseIndex(SparseModel model, IReadOnlyList<string> texts)
    {
        this.model = model;
        count = texts.Count;
        var entries = new List<int>[model.TermCount];
        var weights = new List<float>[model.TermCount];
        for (var i = 0; i < texts.Count; i++)
        {
            foreach (var (term, weight) in model.Transform(texts[i]))
            {
                (entries[term] ??= []).Add(i);
                (weights[term] ??= []).Add(weight);
            }
        }

        postingEntries = [.. entries.Select(e => e?.ToArray() ?? [])];
        postingWeights = [.. weights.Select(w => w?.ToArray() ?? [])];
    }

    /// <summary>Adds the cosine of the query with every entry, times <paramref name="factor"/>, to <paramref name="scores"/>.</summary>
    public void AddScores(string query, float factor, float[] scores)
    {
        foreach (var (term, weight) in model.Transform(query))
        {
            var entries = postingEntries[term].AsSpan();
            var weights = postingWeights[term].AsSpan(0, entries.Length);
            var scaled = factor * weight;
            for (var i = 0; i < entries.Length; i++)
            {
                scores[entries[i]] += scaled * weights[i];
            }
        }
    }

    public int Count => count;
}
