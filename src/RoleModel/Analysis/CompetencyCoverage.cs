using System.Collections.Immutable;

namespace RoleModel.Analysis;

/// <summary>
/// Who meets one required competency, among the people of a coverage report: those whose held level of it
/// meets every requirement of the selected roles that names it. Immutable.
/// </summary>
/// <remarks>Equality: the same competency and people in the same order.</remarks>
public sealed class CompetencyCoverage : IEquatable<CompetencyCoverage>
{
    internal CompetencyCoverage(string competencyId, ImmutableArray<string> personIds)
    {
        CompetencyId = competencyId;
        PersonIds = personIds;
    }

    /// <summary>The competency.</summary>
    public string CompetencyId { get; }

    /// <summary>The people who meet it, in the order they were given.</summary>
    public ImmutableArray<string> PersonIds { get; }

    /// <summary>How many people meet it.</summary>
    public int Count => PersonIds.Length;

    /// <inheritdoc />
    public bool Equals(CompetencyCoverage? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && string.Equals(CompetencyId, other.CompetencyId, StringComparison.Ordinal)
            && Equality.Sequence(PersonIds, other.PersonIds));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CompetencyCoverage);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(CompetencyId, PersonIds.Length);

    /// <summary>The competency and number of people, such as <c>strategy: 3</c>.</summary>
    /// <returns>The coverage as text.</returns>
    public override string ToString() => $"{CompetencyId}: {Count}";
}
