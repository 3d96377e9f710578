using System.Collections.Immutable;
using NodaTime;
using RoleModel.History;

namespace RoleModel.Evolution;

/// <summary>
/// One task of one role, as a member of a <see cref="TaskPattern"/>: the days it was active and what it was
/// called. Immutable.
/// </summary>
/// <remarks>Equality: the same role, task and versions.</remarks>
public sealed class TaskOccurrence : IEquatable<TaskOccurrence>
{
    /// <summary>Creates an occurrence.</summary>
    /// <param name="roleId">The role that has the task.</param>
    /// <param name="versions">The task's active versions, oldest first, as from <see cref="RoleHistoryView.GetTaskTimeline"/>; at least one, all with the same task identifier.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="roleId"/> is not an identifier, <paramref name="versions"/> is empty, out of order, or mixes tasks.</exception>
    public TaskOccurrence(string roleId, IEnumerable<DatedVersion<RoleTask>> versions)
    {
        RoleId = Preconditions.CheckIdentifier(roleId);
        Versions = Preconditions.CheckItems(versions);
        if (Versions.IsEmpty)
        {
            throw new ArgumentException("An occurrence needs at least one version of its task.", nameof(versions));
        }

        for (var i = 1; i < Versions.Length; i++)
        {
            if (!string.Equals(Versions[i].Value.Id, Versions[0].Value.Id, StringComparison.Ordinal) || Versions[i].From < (Versions[i - 1].Until ?? LocalDate.MaxIsoValue))
            {
                throw new ArgumentException("The versions of an occurrence must be of one task and follow each other without overlap.", nameof(versions));
            }
        }
    }

    /// <summary>The role that has the task.</summary>
    public string RoleId { get; }

    /// <summary>The task's identifier within its role.</summary>
    public string TaskId => Versions[0].Value.Id;

    /// <summary>The task's latest title.</summary>
    public LocalizedText Title => Versions[^1].Value.Title;

    /// <summary>How the task came to the role: the origin of its first version.</summary>
    public TaskOrigin Origin => Versions[0].Value.Origin;

    /// <summary>The first day the task was active.</summary>
    public LocalDate Since => Versions[0].From;

    /// <summary>The first day the task was no longer active after its last version, or null when it still is.</summary>
    public LocalDate? Until => Versions[^1].Until;

    /// <summary>The task's active versions, oldest first; gaps are days it was absent.</summary>
    public ImmutableArray<DatedVersion<RoleTask>> Versions { get; }

    /// <summary>The active version on a day.</summary>
    /// <returns>The task as it was that day, or null when it was not active.</returns>
    public RoleTask? On(LocalDate day)
    {
        foreach (var version in Versions)
        {
            if (version.Contains(day))
            {
                return version.Value;
            }
        }

        return null;
    }

    /// <inheritdoc />
    public bool Equals(TaskOccurrence? other) =>
        other is not null && string.Equals(RoleId, other.RoleId, StringComparison.Ordinal) && Equality.Sequence(Versions, other.Versions);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TaskOccurrence);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(RoleId, TaskId, Versions.Length);

    /// <summary>The role and task, such as <c>cdo/ai-pilot</c>.</summary>
    /// <returns>The key as text.</returns>
    public override string ToString() => $"{RoleId}/{TaskId}";

    /// <summary>Every task of a history that was active on some day up to <paramref name="until"/>, in the order the history first mentions them.</summary>
    internal static IEnumerable<TaskOccurrence> Collect(RoleHistoryView view, LocalDate until)
    {
        var ids = view.KnownChanges.Where(c => c.IsTaskChange).Select(c => c.Task?.Id ?? c.TaskId!).Distinct(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var active = ActiveVersions(view.GetTaskTimeline(id), until);
            if (!active.IsEmpty)
            {
                yield return new TaskOccurrence(view.History.RoleId, active);
            }
        }
    }

    private static ImmutableArray<DatedVersion<RoleTask>> ActiveVersions(ImmutableArray<DatedVersion<RoleTask>> timeline, LocalDate until) =>
        [.. timeline.Where(v => v.Value.IsActive && v.From <= until)];
}
