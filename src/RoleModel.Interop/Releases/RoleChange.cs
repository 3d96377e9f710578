namespace RoleModel.Interop.Releases;

/// <summary>One difference of one role between two releases, with the old and new value where both exist. Immutable.</summary>
/// <remarks>
/// Values are plain text: for <see cref="RoleChangeKind.Relabelled"/> the titles (first entry), for
/// <see cref="RoleChangeKind.Regrouped"/> the group as <c>tags | broader</c>, for added and removed roles the
/// title. Equality: all members equal.
/// </remarks>
public sealed class RoleChange : IEquatable<RoleChange>
{
    /// <summary>Creates a change.</summary>
    /// <param name="kind">The kind of change.</param>
    /// <param name="roleId">The role.</param>
    /// <param name="oldValue">The value in the older release, or null when it has no such role.</param>
    /// <param name="newValue">The value in the newer release, or null when it has no such role.</param>
    /// <exception cref="ArgumentNullException"><paramref name="roleId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="roleId"/> is blank, or <paramref name="kind"/> is undefined.</exception>
    public RoleChange(RoleChangeKind kind, string roleId, string? oldValue, string? newValue)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(roleId);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentException("The kind must be one of the values defined by RoleChangeKind.", nameof(kind));
        }

        Kind = kind;
        RoleId = roleId;
        OldValue = oldValue;
        NewValue = newValue;
    }

    /// <summary>The kind of change.</summary>
    public RoleChangeKind Kind { get; }

    /// <summary>The role.</summary>
    public string RoleId { get; }

    /// <summary>The value in the older release, or null.</summary>
    public string? OldValue { get; }

    /// <summary>The value in the newer release, or null.</summary>
    public string? NewValue { get; }

    /// <inheritdoc />
    public bool Equals(RoleChange? other) =>
        other is not null && Kind == other.Kind
        && string.Equals(RoleId, other.RoleId, StringComparison.Ordinal)
        && string.Equals(OldValue, other.OldValue, StringComparison.Ordinal)
        && string.Equals(NewValue, other.NewValue, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as RoleChange);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Kind, RoleId, OldValue, NewValue);

    /// <summary>The change as <c>Relabelled id: old -> new</c>.</summary>
    /// <returns>The change as text.</returns>
    public override string ToString() => $"{Kind} {RoleId}: {OldValue} -> {NewValue}";
}
