using System.Collections.Immutable;
using NodaTime;

namespace RoleModel.History;

/// <summary>
/// How a role's working time was split between groups of tasks (responsibility areas, origins, or any
/// grouping) over a period, as a step function: one <see cref="ShareStep"/> per run of days on which the
/// split stays the same. Created by <see cref="RoleHistoryView.GetShareSeries{TKey}"/> and its shortcuts. Immutable.
/// </summary>
/// <remarks>
/// <para>Sampling: the split is exact, not sampled at a fixed step. The series starts on the first day of the
/// period, and a new step starts on each day in the period on which a known change takes effect and alters the
/// split; days on which nothing in the split changes continue the current step. The steps cover the period
/// without gaps, the last one ending the day after the period's last day. Only active tasks take working time.
/// A chart can draw the steps as they are, or sample them at any step it likes with <see cref="GetShares"/>.</para>
/// <para>Equality: the same period, keys and steps.</para>
/// </remarks>
/// <typeparam name="TKey">The group, such as an area identifier or a <see cref="TaskOrigin"/>.</typeparam>
public sealed class ShareSeries<TKey> : IEquatable<ShareSeries<TKey>>
    where TKey : notnull
{
    private readonly Dictionary<TKey, int> positionByKey;

    internal ShareSeries(LocalDate from, LocalDate to, ImmutableArray<TKey> keys, ImmutableArray<ShareStep> steps)
    {
        (From, To, Keys, Steps) = (from, to, keys, steps);
        positionByKey = new Dictionary<TKey, int>(keys.Length);
        for (var i = 0; i < keys.Length; i++)
        {
            positionByKey.Add(keys[i], i);
        }
    }

    /// <summary>The first day of the period.</summary>
    public LocalDate From { get; }

    /// <summary>The last day of the period.</summary>
    public LocalDate To { get; }

    /// <summary>The groups, in the order of each step's <see cref="ShareStep.Shares"/>.</summary>
    public ImmutableArray<TKey> Keys { get; }

    /// <summary>The steps, in day order, covering the period without gaps; never empty.</summary>
    public ImmutableArray<ShareStep> Steps { get; }

    /// <summary>The step that holds on a day.</summary>
    /// <param name="day">A day of the period.</param>
    /// <returns>The step.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> lies outside the period.</exception>
    public ShareStep GetStep(LocalDate day)
    {
        if (day < From || day > To)
        {
            throw new ArgumentOutOfRangeException(nameof(day), day, "The day must lie within the period of the series.");
        }

        var low = 0;
        var high = Steps.Length - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            (low, high) = Steps[middle].From <= day ? (middle, high) : (low, middle - 1);
        }

        return Steps[low];
    }

    /// <summary>The shares of working time on a day, in the order of <see cref="Keys"/>.</summary>
    /// <param name="day">A day of the period.</param>
    /// <returns>The shares, in percent.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> lies outside the period.</exception>
    public ImmutableArray<decimal> GetShares(LocalDate day) => GetStep(day).Shares;

    /// <summary>The share of working time of one group on a day.</summary>
    /// <param name="key">The group.</param>
    /// <param name="day">A day of the period.</param>
    /// <returns>The share in percent; 0 for a group the series does not list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> lies outside the period.</exception>
    public decimal GetShare(TKey key, LocalDate day)
    {
        ArgumentNullException.ThrowIfNull(key);
        var shares = GetShares(day);
        return positionByKey.TryGetValue(key, out var position) ? shares[position] : 0m;
    }

    /// <inheritdoc />
    public bool Equals(ShareSeries<TKey>? other) =>
        other is not null && From == other.From && To == other.To && Equality.Sequence(Keys, other.Keys) && Equality.Sequence(Steps, other.Steps);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ShareSeries<TKey>);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(From, To, Equality.SequenceHash(Keys), Steps.Length);
}
