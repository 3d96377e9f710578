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
public sealed partial class RoleHistoryView : IEquatable<RoleHistoryView>
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
}
