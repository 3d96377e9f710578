using NodaTime;

namespace RoleModel.Evolution;

/// <summary>One step of a <see cref="TaskPattern"/>'s series: from <see cref="Day"/> on, <see cref="Roles"/> roles had the work. Immutable.</summary>
/// <remarks>Equality: the same day and count.</remarks>
public sealed class PatternPoint : IEquatable<PatternPoint>
{
    /// <summary>Creates a point.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="roles"/> is negative.</exception>
    public PatternPoint(LocalDate day, int roles)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(roles);
        Day = day;
        Roles = roles;
    }

    /// <summary>The day the count took effect.</summary>
    public LocalDate Day { get; }

    /// <summary>The number of roles with an active task of the pattern from that day on.</summary>
    public int Roles { get; }

    /// <inheritdoc />
    public bool Equals(PatternPoint? other) => other is not null && Day == other.Day && Roles == other.Roles;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PatternPoint);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Day, Roles);

    /// <summary>The day and count, such as <c>2024-06-01: 3</c>.</summary>
    /// <returns>The point as text.</returns>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Day:uuuu-MM-dd}: {Roles}");
}
