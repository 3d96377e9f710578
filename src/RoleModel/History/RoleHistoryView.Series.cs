using System.Collections.Immutable;
using NodaTime;

namespace RoleModel.History;

/// <summary>Time series of working-time shares, grading over time, and the event timeline: what a report draws.</summary>
public sealed partial class RoleHistoryView
{
    /// <summary>The key under which <see cref="GetSharesByArea"/> collects active tasks that name no responsibility area.</summary>
    public const string NoArea = "";

    /// <summary>
    /// How working time was split between groups of active tasks over a period, as an exact step function
    /// (see <see cref="ShareSeries{TKey}"/> for the sampling rule).
    /// </summary>
    /// <typeparam name="TKey">The group.</typeparam>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day, not before <paramref name="from"/>.</param>
    /// <param name="groupOf">The group of an active task.</param>
    /// <param name="leadingKeys">Groups listed first, in this order, even when no task falls into them; defaults to none. Other groups follow in the order first met.</param>
    /// <returns>The series.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="groupOf"/> is null, or returns null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public ShareSeries<TKey> GetShareSeries<TKey>(LocalDate from, LocalDate to, Func<RoleTask, TKey> groupOf, IEnumerable<TKey>? leadingKeys = null)
        where TKey : notnull
    {
        Preconditions.CheckNotNull(groupOf);
        CheckPeriod(from, to);
        var keys = new List<TKey>();
        var position = new Dictionary<TKey, int>();
        foreach (var key in leadingKeys ?? [])
        {
            ArgumentNullException.ThrowIfNull(key, nameof(leadingKeys));
            if (position.TryAdd(key, keys.Count))
            {
                keys.Add(key);
            }
        }

        var (first, last) = (DayNumbers.From(from), DayNumbers.From(to));
        var samples = new List<(int Day, List<decimal> Shares)>();
        foreach (var day in ChangeDays(first, last).Prepend(first))
        {
            var shares = new List<decimal>(keys.Count);
            foreach (var task in index.ProjectTasks(day, bound).Tasks)
            {
                if (!task.IsActive)
                {
                    continue;
                }

                var key = groupOf(task) ?? throw new ArgumentNullException(nameof(groupOf), "The group of a task must not be null.");
                if (position.TryAdd(key, keys.Count))
                {
                    keys.Add(key);
                }

                var at = position[key];
                while (shares.Count <= at)
                {
                    shares.Add(0m);
                }

                shares[at] += task.Share;
            }

            samples.Add((day, shares));
        }

        return new ShareSeries<TKey>(from, to, [.. keys], ToSteps(samples, keys.Count, last));
    }

    /// <summary>
    /// Working time by responsibility area over a period. The keys are the role's areas on the last day, in its
    /// order, then any other area that tasks name, then <see cref="NoArea"/> if some active task names none.
    /// </summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day, not before <paramref name="from"/>.</param>
    /// <returns>The series, keyed by area identifier.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public ShareSeries<string> GetSharesByArea(LocalDate from, LocalDate to)
    {
        CheckPeriod(from, to);
        var areas = index.ProjectRole(DayNumbers.From(to), bound).Areas.Select(a => a.Id);
        return GetShareSeries(from, to, t => t.AreaId ?? NoArea, areas);
    }

    /// <summary>
    /// Working time by origin over a period. The keys are always <see cref="TaskOrigin.Assigned"/>,
    /// <see cref="TaskOrigin.SelfInitiated"/> and <see cref="TaskOrigin.Delegated"/>, then any other origin met.
    /// The self-initiated share is what a role's openness bounds (<see cref="RoleOpenness.SelfDirectedShare"/>).
    /// </summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day, not before <paramref name="from"/>.</param>
    /// <returns>The series, keyed by origin.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public ShareSeries<TaskOrigin> GetSharesByOrigin(LocalDate from, LocalDate to) =>
        GetShareSeries(from, to, t => t.Origin, [TaskOrigin.Assigned, TaskOrigin.SelfInitiated, TaskOrigin.Delegated]);

    /// <summary>A grading criterion over a period: the share of working time on matching tasks, and when it meets the threshold.</summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day, not before <paramref name="from"/>.</param>
    /// <param name="criterion">The criterion.</param>
    /// <returns>The series.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="criterion"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public GradingSeries EvaluateGrading(LocalDate from, LocalDate to, GradingCriterion criterion)
    {
        Preconditions.CheckNotNull(criterion);
        var series = GetShareSeries(from, to, criterion.Matches, [true]);
        var steps = ImmutableArray.CreateBuilder<GradingStep>();
        foreach (var step in series.Steps)
        {
            var share = step.Shares[0];
            if (steps.Count > 0 && steps[^1].Share == share)
            {
                steps[^1] = new GradingStep(steps[^1].From, step.Until, share, share >= criterion.Threshold);
            }
            else
            {
                steps.Add(new GradingStep(step.From, step.Until, share, share >= criterion.Threshold));
            }
        }

        return new GradingSeries(criterion, from, to, steps.ToImmutable(), FindCrossings(from, to, criterion.Matches, criterion.Threshold));
    }

    /// <summary>
    /// The known changes that take effect in a period, in day order (then recorded order), each with its decision,
    /// the task before and after, and for a retroactive change what was known before it (see <see cref="RoleEvent"/>).
    /// Decisions are not listed on their own: each belongs to its proposal. Proposals not accepted are listed with
    /// their state, on the day they would have taken effect.
    /// </summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day, not before <paramref name="from"/>.</param>
    /// <returns>The events.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public ImmutableArray<RoleEvent> GetEvents(LocalDate from, LocalDate to)
    {
        CheckPeriod(from, to);
        var result = new List<(int Day, int Position, RoleEvent Event)>();
        var changes = History.Changes;
        for (var i = 0; i < bound; i++)
        {
            var change = changes[i];
            if (change.Kind == RoleChangeKind.ProposalDecided || change.EffectiveOn < from || change.EffectiveOn > to)
            {
                continue;
            }

            var day = DayNumbers.From(change.EffectiveOn);
            var state = GetDecisionState(i);
            var decisionAt = index.DecisionOf[i];
            var decision = decisionAt >= 0 && decisionAt < bound ? changes[decisionAt] : null;
            var previous = change.IsTaskChange && change.Kind != RoleChangeKind.TaskAdded
                ? index.ProjectTasks(day - 1, bound).Find(change.TaskId!)
                : null;
            var knownSince = state == ProposalState.Accepted ? index.VisibleFrom[i] : i;
            var retroactive = state == ProposalState.Accepted && change.EffectiveOn < changes[knownSince].RecordedAt.InUtc().Date;
            RoleTask? before = null, now = null;
            if (retroactive && change.IsTaskChange)
            {
                before = index.ProjectTasks(day, knownSince).Find(change.TaskId!);
                now = index.ProjectTasks(day, bound).Find(change.TaskId!);
            }

            result.Add((day, i, new RoleEvent(change, state, decision, previous, retroactive, before, now)));
        }

        return [.. result.OrderBy(e => e.Day).ThenBy(e => e.Position).Select(e => e.Event)];
    }

    /// <summary>Turns samples (one per change day) into steps, merging consecutive samples with equal shares.</summary>
    private static ImmutableArray<ShareStep> ToSteps(List<(int Day, List<decimal> Shares)> samples, int keyCount, int last)
    {
        var steps = ImmutableArray.CreateBuilder<ShareStep>(samples.Count);
        var (start, current) = (samples[0].Day, Pad(samples[0].Shares, keyCount));
        for (var s = 1; s <= samples.Count; s++)
        {
            var next = s < samples.Count ? Pad(samples[s].Shares, keyCount) : default;
            if (s < samples.Count && Equality.Sequence(next, current))
            {
                continue;
            }

            var until = s < samples.Count ? samples[s].Day : last + 1;
            steps.Add(new ShareStep(DayNumbers.ToDate(start), DayNumbers.ToDate(until), current));
            if (s < samples.Count)
            {
                (start, current) = (samples[s].Day, next);
            }
        }

        return steps.ToImmutable();
    }

    private static ImmutableArray<decimal> Pad(List<decimal> shares, int count)
    {
        while (shares.Count < count)
        {
            shares.Add(0m);
        }

        return [.. shares];
    }
}
