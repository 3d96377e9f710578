namespace RoleModel;

/// <summary>A competency that a task uses, and the level it needs, if any. Immutable.</summary>
/// <remarks>Equality: the same competency, level and extension data.</remarks>
public sealed class CompetencyUse : IEquatable<CompetencyUse>
{
    /// <summary>Creates a competency use.</summary>
    /// <param name="competencyId">The competency.</param>
    /// <param name="level">The level the task needs; defaults to none.</param>
    /// <param name="extensions">Unknown JSON members to keep; defaults to none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="competencyId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="competencyId"/> is blank.</exception>
    public CompetencyUse(string competencyId, LevelReference? level = null, ExtensionData? extensions = null)
    {
        CompetencyId = Preconditions.CheckIdentifier(competencyId);
        Level = level;
        Extensions = extensions ?? ExtensionData.Empty;
    }

    /// <summary>The competency.</summary>
    public string CompetencyId { get; }

    /// <summary>The level the task needs, or null.</summary>
    public LevelReference? Level { get; }

    /// <summary>Unknown JSON members kept from the document.</summary>
    public ExtensionData Extensions { get; }

    /// <inheritdoc />
    public bool Equals(CompetencyUse? other) =>
        other is not null
        && string.Equals(CompetencyId, other.CompetencyId, StringComparison.Ordinal)
        && Equals(Level, other.Level)
        && Extensions.Equals(other.Extensions);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CompetencyUse);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(CompetencyId, Level);

    /// <summary>The competency and level, such as <c>data-governance@e-cf:e-3</c>.</summary>
    /// <returns>The use as text.</returns>
    public override string ToString() => Level is null ? CompetencyId : $"{CompetencyId}@{Level}";
}
