using NodaTime;

namespace RoleModel;

/// <summary>A person holding a role from one day to another (both included), or open-ended. Immutable.</summary>
/// <remarks>Equality: the same role, days and extension data.</remarks>
public sealed class RoleAssignment : IEquatable<RoleAssignment>
{
    /// <summary>Creates an assignment.</summary>
    /// <param name="roleId">The role.</param>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day, included; defaults to open-ended.</param>
    /// <param name="extensions">Unknown JSON members to keep; defaults to none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="roleId"/> is null.</exception>
    /// <exception cref="ArgumentException">The identifier is blank, or the last day is before the first.</exception>
    public RoleAssignment(string roleId, LocalDate start, LocalDate? end = null, ExtensionData? extensions = null)
    {
        RoleId = Preconditions.CheckIdentifier(roleId);
        if (end is { } last && last < start)
        {
            throw new ArgumentException("The last day of an assignment must not be before its first day.", nameof(end));
        }

        Start = start;
        End = end;
        Extensions = extensions ?? ExtensionData.Empty;
    }

    /// <summary>The role.</summary>
    public string RoleId { get; }

    /// <summary>The first day.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day, included, or null when open-ended.</summary>
    public LocalDate? End { get; }

    /// <summary>Unknown JSON members kept from the document.</summary>
    public ExtensionData Extensions { get; }

    /// <summary>Whether the assignment covers a day.</summary>
    /// <param name="day">The day.</param>
    /// <returns>True when <see cref="Start"/> &lt;= day &lt;= <see cref="End"/>.</returns>
    public bool Contains(LocalDate day) => Start <= day && (End is not { } last || day <= last);

    /// <inheritdoc />
    public bool Equals(RoleAssignment? other) =>
        other is not null
        && string.Equals(RoleId, other.RoleId, StringComparison.Ordinal)
        && Start == other.Start
        && End == other.End
        && Extensions.Equals(other.Extensions);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RoleAssignment);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RoleId, Start, End);
}
