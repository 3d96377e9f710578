using System.Globalization;

namespace RoleModel;

/// <summary>
/// A closed range of percentages of working time, such as the 10 to 30 % expected for a responsibility
/// area. Immutable value type.
/// </summary>
/// <remarks>Equality: the same minimum and maximum. The default value is the range [0, 0].</remarks>
public readonly struct ShareRange : IEquatable<ShareRange>
{
    /// <summary>The whole range, 0 to 100 %.</summary>
    public static ShareRange Full { get; } = new(0m, 100m);

    /// <summary>The empty share, exactly 0 %.</summary>
    public static ShareRange None { get; } = new(0m, 0m);

    /// <summary>Creates a range of percentages.</summary>
    /// <param name="minimum">The smallest share, 0 to 100.</param>
    /// <param name="maximum">The largest share, <paramref name="minimum"/> to 100.</param>
    /// <exception cref="ArgumentOutOfRangeException">A bound lies outside 0 to 100, or the minimum is above the maximum.</exception>
    public ShareRange(decimal minimum, decimal maximum)
    {
        Preconditions.CheckPercentage(minimum);
        Preconditions.CheckPercentage(maximum);
        if (minimum > maximum)
        {
            throw new ArgumentOutOfRangeException(nameof(minimum), minimum, "The minimum share must not be above the maximum share.");
        }

        Minimum = minimum;
        Maximum = maximum;
    }

    /// <summary>The smallest share, in percent.</summary>
    public decimal Minimum { get; }

    /// <summary>The largest share, in percent.</summary>
    public decimal Maximum { get; }

    /// <summary>Whether a share lies within the range, bounds included.</summary>
    /// <param name="share">A share in percent.</param>
    /// <returns>True when <see cref="Minimum"/> &lt;= <paramref name="share"/> &lt;= <see cref="Maximum"/>.</returns>
    public bool Contains(decimal share) => share >= Minimum && share <= Maximum;

    /// <inheritdoc />
    public bool Equals(ShareRange other) => Minimum == other.Minimum && Maximum == other.Maximum;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ShareRange other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Minimum, Maximum);

    /// <summary>The range as <c>10–30 %</c> (invariant culture).</summary>
    /// <returns>The range as text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Minimum}–{Maximum} %");

    /// <summary>Equality operator.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>Whether the ranges are equal.</returns>
    public static bool operator ==(ShareRange left, ShareRange right) => left.Equals(right);

    /// <summary>Inequality operator.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>Whether the ranges differ.</returns>
    public static bool operator !=(ShareRange left, ShareRange right) => !left.Equals(right);
}
