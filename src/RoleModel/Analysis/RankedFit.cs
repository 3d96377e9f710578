namespace RoleModel.Analysis;

/// <summary>One hit of a ranking: a role and a person with their fit score, and on request the gap analysis. Immutable.</summary>
/// <remarks>Equality: all members equal (the analysis by value, or both absent).</remarks>
public sealed class RankedFit : IEquatable<RankedFit>
{
    internal RankedFit(string roleId, string personId, double score, bool allEssentialMet, GapAnalysis? analysis)
    {
        RoleId = roleId;
        PersonId = personId;
        Score = score;
        AllEssentialMet = allEssentialMet;
        Analysis = analysis;
    }

    /// <summary>The role.</summary>
    public string RoleId { get; }

    /// <summary>The person.</summary>
    public string PersonId { get; }

    /// <summary>The fit score on [0, 1].</summary>
    public double Score { get; }

    /// <summary>Whether the person meets every essential requirement of the role.</summary>
    public bool AllEssentialMet { get; }

    /// <summary>The gap analysis behind the score, or null when the ranking was not asked for it.</summary>
    public GapAnalysis? Analysis { get; }

    /// <inheritdoc />
    public bool Equals(RankedFit? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && string.Equals(RoleId, other.RoleId, StringComparison.Ordinal)
            && string.Equals(PersonId, other.PersonId, StringComparison.Ordinal)
            && Score.Equals(other.Score)
            && AllEssentialMet == other.AllEssentialMet
            && Equals(Analysis, other.Analysis));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RankedFit);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RoleId, PersonId, Score);

    /// <summary>The role, person and score, such as <c>cdo / p-17: 0.83</c>.</summary>
    /// <returns>The hit as text.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{RoleId} / {PersonId}: {Score:0.###}");
}
