using System.Collections.Immutable;
using NodaTime;

namespace RoleModel.Analysis;

/// <summary>
/// A person against the effective requirements of a role on a day: one <see cref="RequirementGap"/> per
/// requirement, and the fit score they add up to. Immutable.
/// </summary>
/// <remarks>
/// <para>The score is the sum of the requirements' contributions (see docs/analysis.md for the formula).</para>
/// <para>Equality: the same role, person, day, score and requirement gaps in the same order.</para>
/// </remarks>
public sealed class GapAnalysis : IEquatable<GapAnalysis>
{
    internal GapAnalysis(string roleId, string personId, LocalDate asOf, ImmutableArray<RequirementGap> requirements, double score)
    {
        RoleId = roleId;
        PersonId = personId;
        AsOf = asOf;
        Requirements = requirements;
        Score = score;
    }

    /// <summary>The role.</summary>
    public string RoleId { get; }

    /// <summary>The person.</summary>
    public string PersonId { get; }

    /// <summary>The day of the analysis.</summary>
    public LocalDate AsOf { get; }

    /// <summary>One entry per effective requirement, in the role's order.</summary>
    public ImmutableArray<RequirementGap> Requirements { get; }

    /// <summary>The fit score on [0, 1]; 1 for a role without requirements.</summary>
    public double Score { get; }

    /// <summary>Whether every essential requirement is <see cref="RequirementStatus.Met"/>.</summary>
    public bool AllEssentialMet =>
        Requirements.All(r => r.Requirement.Importance != RequirementImportance.Essential || r.Status == RequirementStatus.Met);

    /// <inheritdoc />
    public bool Equals(GapAnalysis? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && string.Equals(RoleId, other.RoleId, StringComparison.Ordinal)
            && string.Equals(PersonId, other.PersonId, StringComparison.Ordinal)
            && AsOf == other.AsOf
            && Score.Equals(other.Score)
            && Equality.Sequence(Requirements, other.Requirements));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as GapAnalysis);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RoleId, PersonId, AsOf, Score);

    /// <summary>The role, person and score, such as <c>cdo / p-17: 0.83</c>.</summary>
    /// <returns>The analysis as text.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{RoleId} / {PersonId}: {Score:0.###}");
}
