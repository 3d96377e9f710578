using NodaTime;

namespace RoleModel.History;

/// <summary>
/// A day on which the share of working time spent on some tasks crosses a threshold, such as the 50 % at
/// which a German pay grade applies (see <see cref="RoleHistoryView.FindCrossings"/>). Immutable.
/// </summary>
/// <remarks>Equality: the same day, share and direction.</remarks>
public sealed class ShareCrossing : IEquatable<ShareCrossing>
{
    internal ShareCrossing(LocalDate day, decimal share, bool reachesThreshold) =>
        (Day, Share, ReachesThreshold) = (day, share, reachesThreshold);

    /// <summary>The first day on the new side of the threshold.</summary>
    public LocalDate Day { get; }

    /// <summary>The share on that day, in percent.</summary>
    public decimal Share { get; }

    /// <summary>True when the share rises to the threshold or above; false when it falls below.</summary>
    public bool ReachesThreshold { get; }

    /// <inheritdoc />
    public bool Equals(ShareCrossing? other) =>
        other is not null && Day == other.Day && Share == other.Share && ReachesThreshold == other.ReachesThreshold;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ShareCrossing);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Day, Share, ReachesThreshold);

    /// <summary>The day, share and direction, such as <c>2024-07-01 55 % ↑</c>.</summary>
    /// <returns>The crossing as text.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Day:uuuu-MM-dd} {Share} % {(ReachesThreshold ? "↑" : "↓")}");
}
