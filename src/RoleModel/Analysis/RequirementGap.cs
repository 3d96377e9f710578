namespace RoleModel.Analysis;

/// <summary>
/// How a person stands against one effective requirement of a role on a day, and what that adds to the fit
/// score. Immutable.
/// </summary>
/// <remarks>
/// <para>For a requirement group, the member competency with the best result speaks for the group.</para>
/// <para>Gaps are measured on the required level's scale, after a declared <see cref="ScaleMapping"/> when the
/// held level is on another scale: positive is a shortfall, zero or negative means the level is reached.</para>
/// <para>Equality: all members equal (the requirement and the assessment by value).</para>
/// </remarks>
public sealed class RequirementGap : IEquatable<RequirementGap>
{
    internal RequirementGap(
        CompetencyRequirement requirement,
        RequirementStatus status,
        string? competencyId,
        CompetencyAssessment? assessment,
        bool isStale,
        int? levelGap,
        double? positionGap,
        double fulfilment,
        double maxContribution)
    {
        Requirement = requirement;
        Status = status;
        CompetencyId = competencyId;
        Assessment = assessment;
        IsStale = isStale;
        LevelGap = levelGap;
        PositionGap = positionGap;
        Fulfilment = fulfilment;
        MaxContribution = maxContribution;
    }

    /// <summary>The effective requirement.</summary>
    public CompetencyRequirement Requirement { get; }

    /// <summary>The status.</summary>
    public RequirementStatus Status { get; }

    /// <summary>The competency that gave the result (the best member of a group), or null when <see cref="RequirementStatus.Missing"/>.</summary>
    public string? CompetencyId { get; }

    /// <summary>The assessment used: the latest one valid on the day, or null when <see cref="RequirementStatus.Missing"/>.</summary>
    public CompetencyAssessment? Assessment { get; }

    /// <summary>The required level, or null when the requirement names none.</summary>
    public LevelReference? RequiredLevel => Requirement.MinimumLevel;

    /// <summary>The held level as assessed (on its own scale), or null when <see cref="RequirementStatus.Missing"/>.</summary>
    public LevelReference? HeldLevel => Assessment?.Level;

    /// <summary>Whether the assessment used is older than <see cref="AnalysisOptions.StalenessPeriod"/> (it still counts).</summary>
    public bool IsStale { get; }

    /// <summary>Required rank minus held rank on the required scale; null without a level, or when missing or not comparable.</summary>
    public int? LevelGap { get; }

    /// <summary>Required minus held position on [0, 1] of the required scale; null when <see cref="LevelGap"/> is null.</summary>
    public double? PositionGap { get; }

    /// <summary>How far the requirement is fulfilled, on [0, 1]: 1 when met, 1 - <see cref="PositionGap"/> when partly met, else 0.</summary>
    public double Fulfilment { get; }

    /// <summary>The most this requirement can add to the fit score (its share of the score).</summary>
    public double MaxContribution { get; }

    /// <summary>What this requirement adds to the fit score: <see cref="Fulfilment"/> times <see cref="MaxContribution"/>.</summary>
    public double Contribution => Fulfilment * MaxContribution;

    /// <inheritdoc />
    public bool Equals(RequirementGap? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Requirement.Equals(other.Requirement)
            && Status == other.Status
            && string.Equals(CompetencyId, other.CompetencyId, StringComparison.Ordinal)
            && Equals(Assessment, other.Assessment)
            && IsStale == other.IsStale
            && LevelGap == other.LevelGap
            && Nullable.Equals(PositionGap, other.PositionGap)
            && Fulfilment.Equals(other.Fulfilment)
            && MaxContribution.Equals(other.MaxContribution));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RequirementGap);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Requirement.Id, Status, CompetencyId, Fulfilment);

    /// <summary>The requirement and its status, such as <c>strategy: PartlyMet</c>.</summary>
    /// <returns>The gap as text.</returns>
    public override string ToString() => $"{Requirement.Id}: {Status}";
}
