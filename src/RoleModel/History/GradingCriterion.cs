using System.Globalization;

namespace RoleModel.History;

/// <summary>
/// A pay-grading criterion stated as a share of working time: "at least <see cref="Threshold"/> % of working time
/// on tasks that …", where the tasks are those of one responsibility area, or those that need some competency at
/// a given proficiency level or higher. German public service grades this way ("zeitlich mindestens zur Hälfte",
/// TVöD § 12). Immutable.
/// </summary>
/// <remarks>
/// <para>A task counts when it is active and matches: for <see cref="InArea"/>, its area is the area; for
/// <see cref="NeedsLevel"/>, one of its competency uses names a level of the criterion's scale that is at or
/// above the criterion's level. A share equal to the threshold meets it.</para>
/// <para>Equality: the same area, or the same scale (by identifier and levels) and level; and the same threshold.</para>
/// </remarks>
public sealed class GradingCriterion : IEquatable<GradingCriterion>
{
    private GradingCriterion(string? areaId, ProficiencyScale? scale, string? levelCode, decimal threshold)
    {
        (AreaId, Scale, LevelCode) = (areaId, scale, levelCode);
        Threshold = Preconditions.CheckPercentage(threshold);
    }

    /// <summary>The area whose tasks count (<see cref="InArea"/>), else null.</summary>
    public string? AreaId { get; }

    /// <summary>The scale of <see cref="LevelCode"/> (<see cref="NeedsLevel"/>), else null.</summary>
    public ProficiencyScale? Scale { get; }

    /// <summary>The lowest level that counts (<see cref="NeedsLevel"/>), else null.</summary>
    public string? LevelCode { get; }

    /// <summary>The share of working time, in percent, that the matching tasks must reach.</summary>
    public decimal Threshold { get; }

    /// <summary>"At least <paramref name="threshold"/> % of working time on tasks of area <paramref name="areaId"/>."</summary>
    /// <param name="areaId">The responsibility area.</param>
    /// <param name="threshold">The threshold in percent, 0 to 100; defaults to 50 (half of the working time).</param>
    /// <returns>The criterion.</returns>
    /// <exception cref="ArgumentException"><paramref name="areaId"/> is not a valid identifier.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> lies outside 0 to 100.</exception>
    public static GradingCriterion InArea(string areaId, decimal threshold = 50m) =>
        new(Preconditions.CheckIdentifier(areaId), null, null, threshold);

    /// <summary>"At least <paramref name="threshold"/> % of working time on tasks that need a competency at <paramref name="levelCode"/> or higher."</summary>
    /// <param name="scale">The scale that orders the levels.</param>
    /// <param name="levelCode">The lowest level that counts, a level of <paramref name="scale"/>.</param>
    /// <param name="threshold">The threshold in percent, 0 to 100; defaults to 50 (half of the working time).</param>
    /// <returns>The criterion.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scale"/> or <paramref name="levelCode"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="levelCode"/> is not a level of <paramref name="scale"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> lies outside 0 to 100.</exception>
    public static GradingCriterion NeedsLevel(ProficiencyScale scale, string levelCode, decimal threshold = 50m)
    {
        Preconditions.CheckNotNull(scale);
        Preconditions.CheckNotNull(levelCode);
        if (scale.FindLevel(levelCode) is null)
        {
            throw new ArgumentException($"The level '{levelCode}' must be a level of the scale '{scale.Id}'.", nameof(levelCode));
        }

        return new(null, scale, levelCode, threshold);
    }

    /// <summary>Whether a task counts towards the share: it is active and matches the criterion.</summary>
    /// <param name="task">The task.</param>
    /// <returns>True when it counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="task"/> is null.</exception>
    public bool Matches(RoleTask task)
    {
        Preconditions.CheckNotNull(task);
        if (!task.IsActive)
        {
            return false;
        }

        if (AreaId is not null)
        {
            return string.Equals(task.AreaId, AreaId, StringComparison.Ordinal);
        }

        return task.Uses.Any(u => u.Level is { } level
            && string.Equals(level.ScaleId, Scale!.Id, StringComparison.Ordinal)
            && Scale.FindLevel(level.LevelCode) is not null
            && Scale.Compare(level.LevelCode, LevelCode!) >= 0);
    }

    /// <inheritdoc />
    public bool Equals(GradingCriterion? other) =>
        other is not null
        && string.Equals(AreaId, other.AreaId, StringComparison.Ordinal)
        && Equals(Scale, other.Scale)
        && string.Equals(LevelCode, other.LevelCode, StringComparison.Ordinal)
        && Threshold == other.Threshold;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as GradingCriterion);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(AreaId, Scale?.Id, LevelCode, Threshold);

    /// <summary>The criterion in short, such as <c>share(area strategy) &gt;= 50 %</c> or <c>share(level e-cf:e-4+) &gt;= 50 %</c>.</summary>
    /// <returns>The criterion as text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"share({(AreaId is not null ? "area " + AreaId : $"level {Scale!.Id}:{LevelCode}+")}) >= {Threshold} %");
}
