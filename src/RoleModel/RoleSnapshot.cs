namespace RoleModel;

/// <summary>A role as it stood on one day: its definition and its task profile. Immutable.</summary>
/// <remarks>Equality: equal role and equal task profile.</remarks>
public sealed class RoleSnapshot : IEquatable<RoleSnapshot>
{
    /// <summary>Creates a snapshot.</summary>
    /// <param name="role">The role definition.</param>
    /// <param name="tasks">The task profile.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public RoleSnapshot(Role role, TaskProfile tasks)
    {
        Role = Preconditions.CheckNotNull(role);
        Tasks = Preconditions.CheckNotNull(tasks);
    }

    /// <summary>The role definition.</summary>
    public Role Role { get; }

    /// <summary>The task profile.</summary>
    public TaskProfile Tasks { get; }

    /// <inheritdoc />
    public bool Equals(RoleSnapshot? other) => other is not null && Role.Equals(other.Role) && Tasks.Equals(other.Tasks);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RoleSnapshot);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Role, Tasks);
}
