using System.Collections.Immutable;
using NodaTime;

namespace RoleModel.History;

/// <summary>
/// One step of a <see cref="ShareSeries{TKey}"/>: the shares of working time by group that hold from
/// <see cref="From"/> up to, not including, <see cref="Until"/>. Immutable.
/// </summary>
/// <remarks>Equality: the same days and the same shares in the same order.</remarks>
public sealed class ShareStep : IEquatable<ShareStep>
{
    internal ShareStep(LocalDate from, LocalDate until, ImmutableArray<decimal> shares) =>
        (From, Until, Shares) = (from, until, shares);

    /// <summary>The first day of the step.</summary>
    public LocalDate From { get; }

    /// <summary>The first day after the step (exclusive end); for the last step, the day after the series' last day.</summary>
    public LocalDate Until { get; }

    /// <summary>The share of working time of each group, in percent, in the order of <see cref="ShareSeries{TKey}.Keys"/>.</summary>
    public ImmutableArray<decimal> Shares { get; }

    /// <summary>The share of working time of all active tasks together, in percent (the sum of <see cref="Shares"/>).</summary>
    public decimal Total => Shares.Sum();

    /// <summary>The number of days the step holds.</summary>
    public int Days => Period.DaysBetween(From, Until);

    /// <inheritdoc />
    public bool Equals(ShareStep? other) =>
        other is not null && From == other.From && Until == other.Until && Equality.Sequence(Shares, other.Shares);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ShareStep);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(From, Until, Equality.SequenceHash(Shares));

    /// <summary>The days and shares, such as <c>[2024-01-01, 2024-07-01) 40 30 15</c>.</summary>
    /// <returns>The step as text.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{From:uuuu-MM-dd}, {Until:uuuu-MM-dd}) {string.Join(' ', Shares)}");
}
