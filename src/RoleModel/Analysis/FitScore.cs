namespace RoleModel.Analysis;

/// <summary>The fit score formula (see docs/analysis.md), shared by the detailed and the indexed path.</summary>
internal static class FitScore
{
    /// <summary>The share of the score one requirement can carry: its tier's share times its weight over the tier's weight.</summary>
    internal static double MaxContribution(bool essential, double weight, double essentialWeight, double optionalWeight, double essentialShare)
    {
        var tierWeight = essential ? essentialWeight : optionalWeight;
        return TierShare(essential, essentialWeight, optionalWeight, essentialShare) * weight / tierWeight;
    }

    /// <summary>The score from the weighted fulfilment sums of both tiers; 1 for a role without requirements.</summary>
    internal static double Combine(double essentialSum, double essentialWeight, double optionalSum, double optionalWeight, double essentialShare)
    {
        if (essentialWeight == 0)
        {
            return optionalWeight == 0 ? 1.0 : optionalSum / optionalWeight;
        }

        return optionalWeight == 0
            ? essentialSum / essentialWeight
            : (essentialShare * (essentialSum / essentialWeight)) + ((1.0 - essentialShare) * (optionalSum / optionalWeight));
    }

    private static double TierShare(bool essential, double essentialWeight, double optionalWeight, double essentialShare)
    {
        if (essentialWeight == 0 || optionalWeight == 0)
        {
            return 1.0;
        }

        return essential ? essentialShare : 1.0 - essentialShare;
    }
}
