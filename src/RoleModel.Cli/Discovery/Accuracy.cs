namespace RoleModel.Cli.Discovery;

/// <summary>Top-k accuracy: the share of queries whose first k suggestions hold at least one right answer.</summary>
internal static class Accuracy
{
    public static double TopK(IReadOnlyList<IReadOnlyList<string>> ranked, IReadOnlyList<IReadOnlySet<string>> right, int k)
    {
        if (ranked.Count != right.Count)
        {
            throw new ArgumentException("Every query needs its right answers.", nameof(right));
        }

        return ranked.Count == 0 ? 0 : ranked.Where((r, i) => r.Take(k).Any(right[i].Contains)).Count() / (double)ranked.Count;
    }
}
