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

    /// <summary>
    /// For each threshold: the share of queries whose first suggestion scores at least the threshold, and the share of
    /// those whose first suggestion is right (0 when none reaches it).
    /// </summary>
    public static IEnumerable<(double Threshold, double Share, double Precision)> AtThresholds(IReadOnlyList<(double Score, bool Right)> first, IEnumerable<double> thresholds)
    {
        foreach (var threshold in thresholds)
        {
            var reached = first.Where(f => f.Score >= threshold).ToList();
            yield return (threshold, first.Count == 0 ? 0 : reached.Count / (double)first.Count, reached.Count == 0 ? 0 : reached.Count(f => f.Right) / (double)reached.Count);
        }
    }
}
