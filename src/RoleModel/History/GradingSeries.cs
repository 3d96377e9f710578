using System.Collections.Immutable;
using NodaTime;

namespace RoleModel.History;

/// <summary>
/// A grading criterion evaluated over a period: the share of working time on matching tasks as a step function,
/// and the days it crosses the threshold (see <see cref="RoleHistoryView.EvaluateGrading"/>). Immutable.
/// </summary>
/// <remarks>
/// <para>The steps follow the rules of <see cref="ShareSeries{TKey}"/>: exact, a new step on each day the share
/// changes, covering the period without gaps. <see cref="Crossings"/> are the days in (from, to] on which the
/// outcome flips, as <see cref="RoleHistoryView.FindCrossings"/> reports them.</para>
/// <para>Equality: the same criterion, period and steps.</para>
/// </remarks>
public sealed class GradingSeries : IEquatable<GradingSeries>
{
    internal GradingSeries(GradingCriterion criterion, LocalDate from, LocalDate to, ImmutableArray<GradingStep> steps, ImmutableArray<ShareCrossing> crossings) =>
        (Criterion, From, To, Steps, Crossings) = (criterion, from, to, steps, crossings);

    /// <summary>The criterion evaluated.</summary>
    public GradingCriterion Criterion { get; }

    /// <summary>The first day of the period.</summary>
    public LocalDate From { get; }

    /// <summary>The last day of the period.</summary>
    public LocalDate To { get; }

    /// <summary>The steps, in day order; never empty.</summary>
    public ImmutableArray<GradingStep> Steps { get; }

    /// <summary>The days on which the share reaches the threshold or falls below it.</summary>
    public ImmutableArray<ShareCrossing> Crossings { get; }

    /// <summary>The number of days in the period on which the criterion is met.</summary>
    public int DaysMet => Steps.Where(s => s.MeetsThreshold).Sum(s => Period.DaysBetween(s.From, s.Until));

    /// <summary>Whether the criterion is met on the period's last day.</summary>
    public bool MetOnLastDay => Steps[^1].MeetsThreshold;

    /// <inheritdoc />
    public bool Equals(GradingSeries? other) =>
        other is not null && Criterion.Equals(other.Criterion) && From == other.From && To == other.To && Equality.Sequence(Steps, other.Steps);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as GradingSeries);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Criterion, From, To, Steps.Length);
}
