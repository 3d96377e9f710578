using System.Collections.Immutable;
using NodaTime;

namespace RoleModel.History;

/// <summary>
/// A <see cref="RoleHistory"/> as it was known at one instant (<see cref="KnownAt"/>): changes and decisions
/// recorded later are ignored. Answers what the role looked like on any day, how it changed and how far it
/// drifted. Immutable and cheap to create; the history's index does the work.
/// </summary>
/// <remarks>
/// <para>On a day, each task (and each requirement and part of the definition) is the version of the latest
/// accepted change effective on or before that day; among changes effective on the same day, the one known
/// last wins. A task added, then delegated or retired, is absent from that day on. Tasks and requirements
/// come in the order their identifiers were first mentioned in the log, so appending never reorders them.</para>
/// <para>Equality: the same history (by reference) and the same instant.</para>
/// </remarks>
public sealed class RoleHistoryView : IEquatable<RoleHistoryView>
{
    private readonly HistoryIndex index;
    private readonly int bound;

    internal RoleHistoryView(HistoryIndex index, Instant knownAt)
    {
        this.index = index;
        KnownAt = knownAt;
        bound = index.BoundFor(knownAt);
    }

    /// <summary>The history viewed.</summary>
    public RoleHistory History => index.History;

    /// <summary>The instant as of which the history is known.</summary>
    public Instant KnownAt { get; }

    /// <summary>The changes known at <see cref="KnownAt"/>: those recorded at or before it.</summary>
    public IEnumerable<RoleChange> KnownChanges => History.Changes.Take(bound);

    /// <summary>The proposals still pending at <see cref="KnownAt"/>, in recorded order.</summary>
    public IEnumerable<RoleChange> PendingProposals =>
        KnownChanges.Where((c, i) => c.IsProposal && GetDecisionState(i) == ProposalState.Proposed);

    /// <summary>The role and its task profile on a day.</summary>
    /// <param name="day">The day.</param>
    /// <returns>The snapshot; before the first change, the baseline role with no tasks.</returns>
    public RoleSnapshot ProjectOn(LocalDate day)
    {
        var number = DayNumbers.From(day);
        return new RoleSnapshot(index.ProjectRole(number, bound), index.ProjectTasks(number, bound));
    }

    /// <summary>The state of a change: <see cref="ProposalState.Accepted"/> for a direct change or decision; for a proposal, its decision if one is known, else <see cref="ProposalState.Proposed"/>.</summary>
    /// <param name="changeId">The change identifier.</param>
    /// <returns>The state, or null when no change with that identifier was known at <see cref="KnownAt"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="changeId"/> is null.</exception>
    public ProposalState? GetState(string changeId) =>
        index.PositionById.TryGetValue(Preconditions.CheckNotNull(changeId), out var position) && position < bound
            ? GetDecisionState(position)
            : null;

    /// <summary>The versions of one task, oldest first, each with the days it held; gaps are days the task was absent.</summary>
    /// <param name="taskId">The task identifier.</param>
    /// <returns>The timeline; empty when the task never took effect.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="taskId"/> is null.</exception>
    public ImmutableArray<DatedVersion<RoleTask>> GetTaskTimeline(string taskId)
    {
        var slot = index.Tasks.Find(Preconditions.CheckNotNull(taskId));
        if (slot < 0)
        {
            return [];
        }

        var entries = index.Tasks.Timeline(slot, bound);
        var result = ImmutableArray.CreateBuilder<DatedVersion<RoleTask>>();
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Value is { } task)
            {
                LocalDate? until = i + 1 < entries.Count ? DayNumbers.ToDate(entries[i + 1].Day) : null;
                result.Add(new DatedVersion<RoleTask>(DayNumbers.ToDate(entries[i].Day), until, task));
            }
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// The versions of the whole role, oldest first: a new version on each day a known change alters the role
    /// or its profile. Before the first version the role is its baseline with no tasks. Computed lazily, one
    /// projection per version, so that a long history costs memory only for the versions read.
    /// </summary>
    /// <returns>The timeline.</returns>
    public IEnumerable<DatedVersion<RoleSnapshot>> GetTimeline()
    {
        RoleSnapshot? current = null;
        var currentDay = default(LocalDate);
        foreach (var day in ChangeDays(DayNumbers.Beginning, int.MaxValue))
        {
            var date = DayNumbers.ToDate(day);
            var next = ProjectOn(date);
            if (current is not null && next.Equals(current))
            {
                continue;
            }

            if (current is not null)
            {
                yield return new DatedVersion<RoleSnapshot>(currentDay, date, current);
            }

            (current, currentDay) = (next, date);
        }

        if (current is not null)
        {
            yield return new DatedVersion<RoleSnapshot>(currentDay, null, current);
        }
    }

    /// <summary>The difference between the role on two days.</summary>
    /// <param name="from">The earlier day.</param>
    /// <param name="to">The later day.</param>
    /// <returns>The difference; empty when nothing changed.</returns>
    public RoleDiff Compare(LocalDate from, LocalDate to)
    {
        var (first, second) = (DayNumbers.From(from), DayNumbers.From(to));
        var tasks = index.Tasks;
        var revisions = ImmutableArray.CreateBuilder<Revision<RoleTask>>();
        var additions = new List<Revision<RoleTask>>();
        for (var slot = 0; slot < tasks.Keys.Length; slot++)
        {
            // The same entry on both days is the same version: no need to compare tasks.
            var (before, after) = (tasks.LookupEntry(slot, first, bound), tasks.LookupEntry(slot, second, bound));
            if (before != after && tasks.Value(before) is var old && tasks.Value(after) is var current && !Equals(old, current))
            {
                (old is null ? additions : (ICollection<Revision<RoleTask>>)revisions).Add(new Revision<RoleTask>(old, current));
            }
        }

        revisions.AddRange(additions);
        return RoleDiff.Create(revisions.ToImmutable(), index.ProjectRole(first, bound), index.ProjectRole(second, bound));
    }

    /// <summary>How far the role drifted from <paramref name="from"/> to <paramref name="to"/> (see <see cref="RoleDrift"/> for the definitions).</summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day, not before <paramref name="from"/>.</param>
    /// <param name="catalogue">A catalogue that resolves the role's template, so that inherited requirements count; defaults to none (own requirements only).</param>
    /// <returns>The drift.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    /// <exception cref="InvalidOperationException">The catalogue cannot resolve the role's template.</exception>
    public RoleDrift MeasureDrift(LocalDate from, LocalDate to, Catalogue? catalogue = null)
    {
        CheckPeriod(from, to);
        return DriftMeasure.Measure(this, index.Tasks, bound, from, to, catalogue);
    }

    /// <summary>The share of working time on a day spent on active tasks that satisfy a predicate.</summary>
    /// <param name="day">The day.</param>
    /// <param name="predicate">Which tasks count, such as tasks that need a given level or higher.</param>
    /// <returns>The share, in percent.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="predicate"/> is null.</exception>
    public decimal GetShare(LocalDate day, Func<RoleTask, bool> predicate) =>
        ShareOn(DayNumbers.From(day), Preconditions.CheckNotNull(predicate));

    /// <summary>
    /// The days in (<paramref name="from"/>, <paramref name="to"/>] on which the share of working time spent on
    /// active tasks satisfying a predicate reaches the threshold from below, or falls below it. German pay
    /// grading is the example: a grade applies while at least 50 % of working time meets its criteria.
    /// </summary>
    /// <param name="from">The day whose side of the threshold is the starting point.</param>
    /// <param name="to">The last day examined, not before <paramref name="from"/>.</param>
    /// <param name="predicate">Which tasks count.</param>
    /// <param name="threshold">The threshold in percent, 0 to 100; a share equal to it counts as reaching it.</param>
    /// <returns>The crossings, in day order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="predicate"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The threshold lies outside 0 to 100, or <paramref name="to"/> is before <paramref name="from"/>.</exception>
    public ImmutableArray<ShareCrossing> FindCrossings(LocalDate from, LocalDate to, Func<RoleTask, bool> predicate, decimal threshold)
    {
        Preconditions.CheckNotNull(predicate);
        Preconditions.CheckPercentage(threshold);
        CheckPeriod(from, to);
        var (first, last) = (DayNumbers.From(from), DayNumbers.From(to));
        var tasks = index.Tasks;
        var counted = new decimal[tasks.Keys.Length];
        var share = 0m;
        for (var slot = 0; slot < counted.Length; slot++)
        {
            share += counted[slot] = Counted(tasks.LookupEntry(slot, first, bound), predicate);
        }

        var result = ImmutableArray.CreateBuilder<ShareCrossing>();
        var reached = share >= threshold;
        tasks.Replay(first, last, bound,
            entry =>
            {
                var slot = tasks.Slot(entry);
                share -= counted[slot];
                share += counted[slot] = Counted(entry, predicate);
            },
            day =>
            {
                if ((share >= threshold) != reached)
                {
                    reached = !reached;
                    result.Add(new ShareCrossing(DayNumbers.ToDate(day), share, reached));
                }
            });
        return result.ToImmutable();
    }

    /// <inheritdoc />
    public bool Equals(RoleHistoryView? other) => other is not null && ReferenceEquals(History, other.History) && KnownAt == other.KnownAt;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RoleHistoryView);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(History, KnownAt);

    /// <summary>The distinct days in (after, until] on which a known change to anything takes effect, ascending.</summary>
    internal IEnumerable<int> ChangeDays(int after, int until) =>
        index.Tasks.ChangeDays(after, until, bound)
            .Concat(index.Requirements.ChangeDays(after, until, bound))
            .Concat(index.Parts.ChangeDays(after, until, bound))
            .Distinct()
            .Order();

    private ProposalState GetDecisionState(int position)
    {
        if (!History.Changes[position].IsProposal)
        {
            return ProposalState.Accepted;
        }

        var decision = index.DecisionOf[position];
        return decision >= 0 && decision < bound ? History.Changes[decision].Decision!.Value : ProposalState.Proposed;
    }

    private decimal ShareOn(int day, Func<RoleTask, bool> predicate)
    {
        var share = 0m;
        for (var slot = 0; slot < index.Tasks.Keys.Length; slot++)
        {
            share += Counted(index.Tasks.LookupEntry(slot, day, bound), predicate);
        }

        return share;
    }

    /// <summary>The active share of a task entry when its task satisfies the predicate, else 0.</summary>
    private decimal Counted(int entry, Func<RoleTask, bool> predicate) =>
        entry >= 0 && index.Tasks.Value(entry) is { IsActive: true } task && predicate(task) ? task.Share : 0m;

    private static void CheckPeriod(LocalDate from, LocalDate to)
    {
        if (to < from)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, "The last day of a period must not be before its first day.");
        }
    }
}
