using System.Collections.Immutable;

namespace RoleModel;

/// <summary>
/// The tasks of a role on one day, with the shares of working time they take. Immutable.
/// </summary>
/// <remarks>
/// <para>A task profile is a projection, not a source of truth: the role's dated history produces one for
/// any day. Where a task identifier occurs twice (a problem validation reports), <see cref="Find"/> returns
/// the first.</para>
/// <para>Equality: the same tasks in the same order.</para>
/// </remarks>
public sealed class TaskProfile : IEquatable<TaskProfile>
{
    /// <summary>A profile without tasks.</summary>
    public static TaskProfile Empty { get; } = new([]);

    private Dictionary<string, RoleTask>? taskById; // built on the first Find: a history projects many profiles that are never searched

    /// <summary>Creates a profile.</summary>
    /// <param name="tasks">The tasks.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tasks"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="tasks"/> holds null.</exception>
    public TaskProfile(IEnumerable<RoleTask> tasks)
    {
        Tasks = Preconditions.CheckItems(Preconditions.CheckNotNull(tasks), nameof(tasks));
        foreach (var task in Tasks)
        {
            if (task.IsActive)
            {
                ActiveShare += task.Share;
                if (task.Origin == TaskOrigin.SelfInitiated)
                {
                    SelfInitiatedShare += task.Share;
                }
            }
        }
    }

    /// <summary>Creates a profile whose sums are already known (a projection of a history); no checks.</summary>
    internal TaskProfile(ImmutableArray<RoleTask> tasks, decimal activeShare, decimal selfInitiatedShare) =>
        (Tasks, ActiveShare, SelfInitiatedShare) = (tasks, activeShare, selfInitiatedShare);

    /// <summary>The tasks, in order.</summary>
    public ImmutableArray<RoleTask> Tasks { get; }

    /// <summary>The sum of the shares of the active tasks, in percent.</summary>
    public decimal ActiveShare { get; }

    /// <summary>The sum of the shares of the active, self-initiated tasks, in percent: the self-directed share.</summary>
    public decimal SelfInitiatedShare { get; }

    /// <summary>The task with an identifier, or null.</summary>
    /// <param name="id">The identifier (ordinal).</param>
    /// <returns>The task, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public RoleTask? Find(string id)
    {
        Preconditions.CheckNotNull(id);
        return (taskById ?? LazyInitializer.EnsureInitialized(ref taskById, IndexTasks)).GetValueOrDefault(id);
    }

    private Dictionary<string, RoleTask> IndexTasks()
    {
        var byId = new Dictionary<string, RoleTask>(Tasks.Length, StringComparer.Ordinal);
        foreach (var task in Tasks)
        {
            byId.TryAdd(task.Id, task);
        }

        return byId;
    }

    /// <inheritdoc />
    public bool Equals(TaskProfile? other) =>
        ReferenceEquals(this, other) || (other is not null && Equality.Sequence(Tasks, other.Tasks));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TaskProfile);

    /// <inheritdoc />
    public override int GetHashCode() => Equality.SequenceHash(Tasks);
}
