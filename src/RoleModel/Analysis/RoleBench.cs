using System.Collections.Immutable;

namespace RoleModel.Analysis;

/// <summary>
/// The bench of one role in a coverage report: the people who meet all of its essential requirements, and
/// so could hold it without closing an essential gap first. Immutable.
/// </summary>
/// <remarks>Equality: the same role and people in the same order.</remarks>
public sealed class RoleBench : IEquatable<RoleBench>
{
    internal RoleBench(string roleId, ImmutableArray<string> personIds)
    {
        RoleId = roleId;
        PersonIds = personIds;
    }

    /// <summary>The role.</summary>
    public string RoleId { get; }

    /// <summary>The people who meet every essential requirement, in the order they were given.</summary>
    public ImmutableArray<string> PersonIds { get; }

    /// <summary>The bench strength: how many people meet every essential requirement.</summary>
    public int Strength => PersonIds.Length;

    /// <inheritdoc />
    public bool Equals(RoleBench? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && string.Equals(RoleId, other.RoleId, StringComparison.Ordinal)
            && Equality.Sequence(PersonIds, other.PersonIds));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RoleBench);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RoleId, PersonIds.Length);

    /// <summary>The role and bench strength, such as <c>cdo: 2</c>.</summary>
    /// <returns>The bench as text.</returns>
    public override string ToString() => $"{RoleId}: {Strength}";
}
