namespace RoleModel.History;

/// <summary>A value before and after a change: both set for a change, only <see cref="After"/> for an addition, only <see cref="Before"/> for a removal. Immutable.</summary>
/// <typeparam name="T">The value, such as a <see cref="RoleTask"/>.</typeparam>
/// <remarks>Equality: equal before and after values.</remarks>
public sealed class Revision<T> : IEquatable<Revision<T>>
    where T : class
{
    /// <summary>Creates a revision.</summary>
    /// <param name="before">The value before, or null for an addition.</param>
    /// <param name="after">The value after, or null for a removal.</param>
    /// <exception cref="ArgumentException">Both values are null.</exception>
    public Revision(T? before, T? after)
    {
        if (before is null && after is null)
        {
            throw new ArgumentException("A revision must have a value before or after.", nameof(after));
        }

        Before = before;
        After = after;
    }

    /// <summary>The value before, or null for an addition.</summary>
    public T? Before { get; }

    /// <summary>The value after, or null for a removal.</summary>
    public T? After { get; }

    /// <summary>Whether the value was added.</summary>
    public bool IsAddition => Before is null;

    /// <summary>Whether the value was removed.</summary>
    public bool IsRemoval => After is null;

    /// <inheritdoc />
    public bool Equals(Revision<T>? other) => other is not null && Equals(Before, other.Before) && Equals(After, other.After);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Revision<T>);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Before, After);

    /// <summary>The values as <c>before → after</c>, with <c>∅</c> for a missing one.</summary>
    /// <returns>The revision as text.</returns>
    public override string ToString() => $"{Before?.ToString() ?? "∅"} → {After?.ToString() ?? "∅"}";
}
