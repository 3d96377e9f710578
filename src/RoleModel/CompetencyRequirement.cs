using System.Collections.Immutable;

namespace RoleModel;

/// <summary>
/// What a role requires: a competency (or any one of several, a requirement group) at a minimum level,
/// with an importance and a weight. Immutable.
/// </summary>
/// <remarks>
/// <para>A requirement has an identifier, unique within its role, so that a derived role can override or
/// remove it; for a single competency it defaults to the competency identifier.</para>
/// <para>The minimum level is optional: catalogues such as ESCO name competencies without levels.</para>
/// <para>Equality: all members equal, competency identifiers in the same order.</para>
/// </remarks>
public sealed class CompetencyRequirement : IEquatable<CompetencyRequirement>
{
    /// <summary>Creates a requirement of a single competency, identified by that competency's identifier.</summary>
    /// <param name="competencyId">The competency.</param>
    /// <param name="minimumLevel">The minimum level, or null when the requirement names no level.</param>
    /// <param name="importance">The importance; defaults to essential.</param>
    /// <param name="weight">The weight in fit scores, positive and finite; defaults to 1.</param>
    /// <param name="extensions">Unknown JSON members to keep; defaults to none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="competencyId"/> is null.</exception>
    /// <exception cref="ArgumentException">The identifier is blank.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The weight is not positive and finite, or the importance is undefined.</exception>
    public CompetencyRequirement(
        string competencyId,
        LevelReference? minimumLevel = null,
        RequirementImportance importance = RequirementImportance.Essential,
        double weight = 1.0,
        ExtensionData? extensions = null)
        : this(Preconditions.CheckIdentifier(competencyId), [competencyId], minimumLevel, importance, weight, extensions)
    {
    }

    /// <summary>Creates a requirement that any one of several competencies satisfies.</summary>
    /// <param name="id">The identifier, unique within the role.</param>
    /// <param name="competencyIds">The competencies, at least one, distinct; more than one makes a group.</param>
    /// <param name="minimumLevel">The minimum level, or null when the requirement names no level.</param>
    /// <param name="importance">The importance; defaults to essential.</param>
    /// <param name="weight">The weight in fit scores, positive and finite; defaults to 1.</param>
    /// <param name="extensions">Unknown JSON members to keep; defaults to none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="competencyIds"/> is null.</exception>
    /// <exception cref="ArgumentException">An identifier is blank or repeated, or there is no competency.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The weight is not positive and finite, or the importance is undefined.</exception>
    public CompetencyRequirement(
        string id,
        IEnumerable<string> competencyIds,
        LevelReference? minimumLevel = null,
        RequirementImportance importance = RequirementImportance.Essential,
        double weight = 1.0,
        ExtensionData? extensions = null)
        : this(id, Preconditions.CheckItems(Preconditions.CheckNotNull(competencyIds), nameof(competencyIds)), minimumLevel, importance, weight, extensions)
    {
    }

    /// <summary>
    /// The same requirement from identifiers already in an immutable array, which is kept as it is (the reader
    /// shares one-item arrays between requirements), with the same checks.
    /// </summary>
    internal CompetencyRequirement(
        string id,
        ImmutableArray<string> competencyIds,
        LevelReference? minimumLevel,
        RequirementImportance importance,
        double weight,
        ExtensionData? extensions)
    {
        Id = Preconditions.CheckIdentifier(id);
        CompetencyIds = Preconditions.CheckDistinctIdentifiers(competencyIds, nameof(competencyIds));
        if (CompetencyIds.IsEmpty)
        {
            throw new ArgumentException("A requirement must name at least one competency.", nameof(competencyIds));
        }

        if (!double.IsFinite(weight) || weight <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(weight), weight, "The weight of a requirement must be a positive, finite number.");
        }

        MinimumLevel = minimumLevel;
        Importance = Preconditions.CheckDefined(importance);
        Weight = weight;
        Extensions = extensions ?? ExtensionData.Empty;
    }

    /// <summary>The identifier, unique within the role.</summary>
    public string Id { get; }

    /// <summary>The competencies; any one of them satisfies the requirement.</summary>
    public ImmutableArray<string> CompetencyIds { get; }

    /// <summary>Whether this is a group of several alternative competencies.</summary>
    public bool IsGroup => CompetencyIds.Length > 1;

    /// <summary>The minimum level, or null when the requirement names no level.</summary>
    public LevelReference? MinimumLevel { get; }

    /// <summary>The importance.</summary>
    public RequirementImportance Importance { get; }

    /// <summary>The weight in fit scores.</summary>
    public double Weight { get; }

    /// <summary>Unknown JSON members kept from the document.</summary>
    public ExtensionData Extensions { get; }

    /// <inheritdoc />
    public bool Equals(CompetencyRequirement? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && string.Equals(Id, other.Id, StringComparison.Ordinal)
            && Equality.Sequence(CompetencyIds, other.CompetencyIds)
            && Equals(MinimumLevel, other.MinimumLevel)
            && Importance == other.Importance
            && Weight.Equals(other.Weight)
            && Extensions.Equals(other.Extensions));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CompetencyRequirement);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, MinimumLevel, Importance, Weight);

    /// <summary>The identifier.</summary>
    /// <returns>The identifier.</returns>
    public override string ToString() => Id;
}
