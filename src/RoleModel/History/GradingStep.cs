using NodaTime;

namespace RoleModel.History;

/// <summary>One step of a <see cref="GradingSeries"/>: the share of working time meeting the criterion from <see cref="From"/> up to, not including, <see cref="Until"/>. Immutable.</summary>
/// <remarks>Equality: the same days, share and outcome.</remarks>
public sealed class GradingStep : IEquatable<GradingStep>
{
    internal GradingStep(LocalDate from, LocalDate until, decimal share, bool meetsThreshold) =>
        (From, Until, Share, MeetsThreshold) = (from, until, share, meetsThreshold);

    /// <summary>The first day of the step.</summary>
    public LocalDate From { get; }

    /// <summary>The first day after the step (exclusive end).</summary>
    public LocalDate Until { get; }

    /// <summary>The share of working time on matching tasks, in percent.</summary>
    public decimal Share { get; }

    /// <summary>Whether <see cref="Share"/> reaches the criterion's threshold.</summary>
    public bool MeetsThreshold { get; }

    /// <inheritdoc />
    public bool Equals(GradingStep? other) =>
        other is not null && From == other.From && Until == other.Until && Share == other.Share && MeetsThreshold == other.MeetsThreshold;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as GradingStep);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(From, Until, Share, MeetsThreshold);

    /// <summary>The days, share and outcome, such as <c>[2024-01-01, 2025-01-01) 55 % met</c>.</summary>
    /// <returns>The step as text.</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{From:uuuu-MM-dd}, {Until:uuuu-MM-dd}) {Share} % {(MeetsThreshold ? "met" : "not met")}");
}
