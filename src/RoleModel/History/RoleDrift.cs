using System.Collections.Immutable;
using NodaTime;

namespace RoleModel.History;

/// <summary>
/// How far a role has drifted over a period, from its profile on the first day to its profile on the last
/// (see <see cref="RoleHistoryView.MeasureDrift"/>). Immutable.
/// </summary>
/// <remarks>
/// <para>Definitions. Shares are percentages of working time, taken from the active tasks on the last day.
/// <see cref="NoveltyShare"/>: the share of tasks not in the profile on the first day.
/// <see cref="TasksAdded"/> and <see cref="TasksRemoved"/> count every day in (from, to] on which a task
/// joins or leaves the profile, so a task that comes and goes within the period counts once in each.
/// <see cref="Turnover"/> = (added + removed) / tasks on the first day. Competencies and requirements compare
/// the competencies used by the active tasks on the last day with the requirements of the role on that day.</para>
/// <para>Equality: all members equal, collections in the same order.</para>
/// </remarks>
public sealed class RoleDrift : IEquatable<RoleDrift>
{
    internal RoleDrift(
        LocalDate from,
        LocalDate to,
        decimal noveltyShare,
        decimal selfInitiatedShare,
        int tasksAtStart,
        int tasksAdded,
        int tasksRemoved,
        ImmutableArray<string> unrequiredCompetencyIds,
        ImmutableArray<string> unusedRequirementIds)
    {
        (From, To, NoveltyShare, SelfInitiatedShare) = (from, to, noveltyShare, selfInitiatedShare);
        (TasksAtStart, TasksAdded, TasksRemoved) = (tasksAtStart, tasksAdded, tasksRemoved);
        UnrequiredCompetencyIds = unrequiredCompetencyIds;
        UnusedRequirementIds = unusedRequirementIds;
    }

    /// <summary>The first day of the period.</summary>
    public LocalDate From { get; }

    /// <summary>The last day of the period.</summary>
    public LocalDate To { get; }

    /// <summary>The share of working time, on the last day, spent on tasks that were not in the profile on the first day, in percent.</summary>
    public decimal NoveltyShare { get; }

    /// <summary>The share of working time, on the last day, spent on self-initiated tasks, in percent.</summary>
    public decimal SelfInitiatedShare { get; }

    /// <summary>The number of tasks in the profile on the first day (any status).</summary>
    public int TasksAtStart { get; }

    /// <summary>How often a task joined the profile during the period.</summary>
    public int TasksAdded { get; }

    /// <summary>How often a task left the profile during the period (retired or delegated).</summary>
    public int TasksRemoved { get; }

    /// <summary>(added + removed) / tasks on the first day, such as 0.5 for half; null when the profile was empty on the first day.</summary>
    public decimal? Turnover => TasksAtStart == 0 ? null : (decimal)(TasksAdded + TasksRemoved) / TasksAtStart;

    /// <summary>Competencies used by active tasks on the last day that no requirement of the role names: the role outgrowing its definition.</summary>
    public ImmutableArray<string> UnrequiredCompetencyIds { get; }

    /// <summary>Requirements of the role on the last day that no active task uses any more.</summary>
    public ImmutableArray<string> UnusedRequirementIds { get; }

    /// <inheritdoc />
    public bool Equals(RoleDrift? other) =>
        other is not null
        && From == other.From
        && To == other.To
        && NoveltyShare == other.NoveltyShare
        && SelfInitiatedShare == other.SelfInitiatedShare
        && TasksAtStart == other.TasksAtStart
        && TasksAdded == other.TasksAdded
        && TasksRemoved == other.TasksRemoved
        && Equality.Sequence(UnrequiredCompetencyIds, other.UnrequiredCompetencyIds)
        && Equality.Sequence(UnusedRequirementIds, other.UnusedRequirementIds);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RoleDrift);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(From, To, NoveltyShare, SelfInitiatedShare, TasksAdded, TasksRemoved);
}
