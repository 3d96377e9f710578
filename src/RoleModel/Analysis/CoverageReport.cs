using System.Collections.Immutable;

namespace RoleModel.Analysis;

/// <summary>
/// Where a set of people covers a set of roles, and where it is thin: per requirement and per competency
/// who meets it, single points of failure, and the bench strength of each role. Immutable.
/// </summary>
/// <remarks>Equality: all collections equal, in the same order.</remarks>
public sealed class CoverageReport : IEquatable<CoverageReport>
{
    internal CoverageReport(ImmutableArray<RequirementCoverage> requirements, ImmutableArray<CompetencyCoverage> competencies, ImmutableArray<RoleBench> roles)
    {
        Requirements = requirements;
        Competencies = competencies;
        Roles = roles;
    }

    /// <summary>Per role (in the order given) and effective requirement (in the role's order), who meets it.</summary>
    public ImmutableArray<RequirementCoverage> Requirements { get; }

    /// <summary>Per required competency, in order of first appearance, who meets it.</summary>
    public ImmutableArray<CompetencyCoverage> Competencies { get; }

    /// <summary>Per role, in the order given, its bench.</summary>
    public ImmutableArray<RoleBench> Roles { get; }

    /// <summary>The requirements that exactly one person meets.</summary>
    public ImmutableArray<RequirementCoverage> SinglePointsOfFailure => [.. Requirements.Where(r => r.IsSinglePointOfFailure)];

    /// <inheritdoc />
    public bool Equals(CoverageReport? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && Equality.Sequence(Requirements, other.Requirements)
            && Equality.Sequence(Competencies, other.Competencies)
            && Equality.Sequence(Roles, other.Roles));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CoverageReport);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Requirements.Length, Competencies.Length, Roles.Length);
}
