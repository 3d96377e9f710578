using System.Collections.Immutable;

namespace RoleModel.Discovery;

/// <summary>
/// A task of a role as the suggester indexes it: where it is, its title, the activities it belongs to and the
/// competencies it uses. Immutable.
/// </summary>
/// <remarks>Equality: reference equality (an index entry, not a value).</remarks>
public sealed class DiscoveryTask
{
    /// <summary>Creates an index entry.</summary>
    /// <param name="roleId">The role the task belongs to.</param>
    /// <param name="taskId">The task's identifier within the role.</param>
    /// <param name="title">The title, in one or more languages.</param>
    /// <param name="activityIds">The activities the task belongs to (such as O*NET DWA IDs); defaults to none.</param>
    /// <param name="competencyIds">The competencies the task uses; defaults to none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="roleId"/>, <paramref name="taskId"/> or <paramref name="title"/> is null.</exception>
    /// <exception cref="ArgumentException">An identifier is blank, or the title is empty.</exception>
    public DiscoveryTask(string roleId, string taskId, LocalizedText title, IEnumerable<string>? activityIds = null, IEnumerable<string>? competencyIds = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(roleId);
        ArgumentException.ThrowIfNullOrWhiteSpace(taskId);
        ArgumentNullException.ThrowIfNull(title);
        if (title.IsEmpty)
        {
            throw new ArgumentException("A task's title must have at least one entry.", nameof(title));
        }

        RoleId = roleId;
        TaskId = taskId;
        Title = title;
        ActivityIds = [.. (activityIds ?? []).Distinct(StringComparer.Ordinal)];
        CompetencyIds = [.. (competencyIds ?? []).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The role the task belongs to.</summary>
    public string RoleId { get; }

    /// <summary>The task's identifier within the role.</summary>
    public string TaskId { get; }

    /// <summary>The title.</summary>
    public LocalizedText Title { get; }

    /// <summary>The text the task is compared by: the English title where there is one (the default model is English), else the first.</summary>
    public string Text => RoleModel.Discovery.Text.TextScorer.EmbeddingText(Title);

    /// <summary>The activities the task belongs to, distinct, in the given order.</summary>
    public ImmutableArray<string> ActivityIds { get; }

    /// <summary>The competencies the task uses, distinct, in the given order.</summary>
    public ImmutableArray<string> CompetencyIds { get; }

    /// <inheritdoc />
    public override string ToString() => RoleId + "/" + TaskId;
}
