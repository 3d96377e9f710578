namespace RoleModel;

/// <summary>A level on a named scale, such as level <c>e-3</c> of scale <c>ecf</c>. Immutable.</summary>
/// <remarks>Whether the scale and level exist is checked by <see cref="Catalogue.Validate()"/>.
/// Equality: the same scale identifier and level code (ordinal).</remarks>
public sealed class LevelReference : IEquatable<LevelReference>
{
    /// <summary>Creates a reference to a level.</summary>
    /// <param name="scaleId">The identifier of the scale.</param>
    /// <param name="levelCode">The code of the level within that scale.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty or padded with white space.</exception>
    public LevelReference(string scaleId, string levelCode)
    {
        ScaleId = Preconditions.CheckIdentifier(scaleId);
        LevelCode = Preconditions.CheckIdentifier(levelCode);
    }

    /// <summary>The identifier of the scale.</summary>
    public string ScaleId { get; }

    /// <summary>The code of the level within the scale.</summary>
    public string LevelCode { get; }

    /// <inheritdoc />
    public bool Equals(LevelReference? other) =>
        other is not null
        && string.Equals(ScaleId, other.ScaleId, StringComparison.Ordinal)
        && string.Equals(LevelCode, other.LevelCode, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as LevelReference);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(ScaleId, LevelCode);

    /// <summary>The reference as <c>scale:level</c>.</summary>
    /// <returns>The reference as text.</returns>
    public override string ToString() => $"{ScaleId}:{LevelCode}";
}
