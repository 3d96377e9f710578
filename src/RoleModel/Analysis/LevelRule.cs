namespace RoleModel.Analysis;

/// <summary>The status rules for one competency: a required level against a held one (see docs/analysis.md).</summary>
internal static class LevelRule
{
    /// <summary>Fulfilment in [0, 1]: 1 when met, 1 - position gap when partly met, 0 otherwise.</summary>
    internal static RequirementStatus Evaluate(
        ScaleTable scales, int requiredScale, int requiredRank, int heldScale, int heldRank, out double fulfilment, out int levelGap, out double positionGap)
    {
        levelGap = 0;
        positionGap = 0;
        if (requiredScale == ScaleTable.NoLevel)
        {
            fulfilment = 1.0;
            return RequirementStatus.Met;
        }

        var rank = requiredScale == ScaleTable.Unknown ? -1 : scales.RankOn(heldScale, heldRank, requiredScale);
        if (rank < 0)
        {
            fulfilment = 0.0;
            return RequirementStatus.NotComparable;
        }

        levelGap = requiredRank - rank;
        positionGap = scales.Position(requiredScale, requiredRank) - scales.Position(requiredScale, rank);
        fulfilment = levelGap <= 0 ? 1.0 : 1.0 - positionGap;
        return levelGap <= 0 ? RequirementStatus.Met : RequirementStatus.PartlyMet;
    }

    /// <summary>Whether a member result beats the best so far: higher fulfilment, then not comparable over missing.</summary>
    internal static bool IsBetter(double fulfilment, RequirementStatus status, double bestFulfilment, RequirementStatus bestStatus) =>
        fulfilment > bestFulfilment || (fulfilment == bestFulfilment && status == RequirementStatus.NotComparable && bestStatus == RequirementStatus.Missing);
}
