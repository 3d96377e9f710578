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

    /// <summary>The share of first suggestions that must be right for a score to count as confident: nine in ten.</summary>
    public const double ConfidentPrecision = 0.9;

    /// <summary>
    /// The lowest threshold (of those given, in rising order) at which the first suggestion is right at least
    /// <see cref="ConfidentPrecision"/> of the time with 95 % confidence: the lower end of the Wilson score interval of
    /// the precision among the queries reaching it is at least that; NaN when no threshold is.
    /// </summary>
    public static double Confident(IReadOnlyList<(double Score, bool Right)> first, IReadOnlyList<double> thresholds) =>
        thresholds.Where(t => WilsonLower(first.Count(f => f.Score >= t && f.Right), first.Count(f => f.Score >= t)) >= ConfidentPrecision)
            .DefaultIfEmpty(double.NaN).First();

    /// <summary>The lower end of the 95 % Wilson score interval of a share of <paramref name="right"/> in <paramref name="count"/>; 0 for none.</summary>
    public static double WilsonLower(int right, int count)
    {
        if (count == 0)
        {
            return 0;
        }

        const double z = 1.959964;
        var p = right / (double)count;
        var z2 = z * z / count;
        return (p + (z2 / 2) - (z * Math.Sqrt((p * (1 - p) / count) + (z2 / (4 * count))))) / (1 + z2);
    }
}
