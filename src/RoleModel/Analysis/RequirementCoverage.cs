using System.Collections.Immutable;

namespace RoleModel.Analysis;

/// <summary>Who meets one effective requirement of a role, among the people of a coverage report. Immutable.</summary>
/// <remarks>Equality: the same role, requirement and people in the same order.</remarks>
public sealed class RequirementCoverage : IEquatable<RequirementCoverage>
{
    internal RequirementCoverage(string roleId, CompetencyRequirement requirement, ImmutableArray<string> personIds)
    {
        RoleId = roleId;
        Requirement = requirement;
        PersonIds = personIds;
    }

    /// <summary>The role.</summary>
    public string RoleId { get; }

    /// <summary>The effective requirement.</summary>
    public CompetencyRequirement Requirement { get; }

    /// <summary>The people who meet it (status <see cref="RequirementStatus.Met"/>), in the order they were given.</summary>
    public ImmutableArray<string> PersonIds { get; }

    /// <summary>Whether exactly one person meets it: losing that person leaves the requirement uncovered.</summary>
    public bool IsSinglePointOfFailure => PersonIds.Length == 1;

    /// <inheritdoc />
    public bool Equals(RequirementCoverage? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && string.Equals(RoleId, other.RoleId, StringComparison.Ordinal)
            && Requirement.Equals(other.Requirement)
            && Equality.Sequence(PersonIds, other.PersonIds));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RequirementCoverage);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RoleId, Requirement.Id, PersonIds.Length);

    /// <summary>The role, requirement and number of people, such as <c>cdo/strategy: 2</c>.</summary>
    /// <returns>The coverage as text.</returns>
    public override string ToString() => $"{RoleId}/{Requirement.Id}: {PersonIds.Length}";
}
