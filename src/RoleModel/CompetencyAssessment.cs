using NodaTime;

namespace RoleModel;

/// <summary>
/// A dated, sourced statement that a person holds a competency at a level. Immutable.
/// </summary>
/// <remarks>Equality: all members equal.</remarks>
public sealed class CompetencyAssessment : IEquatable<CompetencyAssessment>
{
    /// <summary>Creates an assessment.</summary>
    /// <param name="competencyId">The competency.</param>
    /// <param name="level">The level held.</param>
    /// <param name="assessedOn">The day of the assessment.</param>
    /// <param name="source">Who or what established it.</param>
    /// <param name="expiresOn">The first day on which it no longer counts; defaults to never.</param>
    /// <param name="evidence">A note on the evidence; defaults to none.</param>
    /// <param name="extensions">Unknown JSON members to keep; defaults to none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="competencyId"/> or <paramref name="level"/> is null.</exception>
    /// <exception cref="ArgumentException">The identifier is blank, or the expiry is not after the assessment day.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="source"/> is undefined.</exception>
    public CompetencyAssessment(
        string competencyId,
        LevelReference level,
        LocalDate assessedOn,
        AssessmentSource source,
        LocalDate? expiresOn = null,
        string? evidence = null,
        ExtensionData? extensions = null)
    {
        CompetencyId = Preconditions.CheckIdentifier(competencyId);
        Level = Preconditions.CheckNotNull(level);
        Source = Preconditions.CheckDefined(source);
        if (expiresOn is { } expiry && expiry <= assessedOn)
        {
            throw new ArgumentException("An assessment must expire after the day it was made.", nameof(expiresOn));
        }

        AssessedOn = assessedOn;
        ExpiresOn = expiresOn;
        Evidence = evidence;
        Extensions = extensions ?? ExtensionData.Empty;
    }

    /// <summary>The competency.</summary>
    public string CompetencyId { get; }

    /// <summary>The level held.</summary>
    public LevelReference Level { get; }

    /// <summary>The day of the assessment.</summary>
    public LocalDate AssessedOn { get; }

    /// <summary>Who or what established it.</summary>
    public AssessmentSource Source { get; }

    /// <summary>The first day on which the assessment no longer counts, or null when it does not expire.</summary>
    public LocalDate? ExpiresOn { get; }

    /// <summary>A note on the evidence, or null.</summary>
    public string? Evidence { get; }

    /// <summary>Unknown JSON members kept from the document.</summary>
    public ExtensionData Extensions { get; }

    /// <summary>Whether the assessment counts on a day: made on or before it, not yet expired.</summary>
    /// <param name="day">The day.</param>
    /// <returns>True when <see cref="AssessedOn"/> &lt;= day &lt; <see cref="ExpiresOn"/>.</returns>
    public bool IsValidOn(LocalDate day) => AssessedOn <= day && (ExpiresOn is not { } expiry || day < expiry);

    /// <inheritdoc />
    public bool Equals(CompetencyAssessment? other) =>
        other is not null
        && string.Equals(CompetencyId, other.CompetencyId, StringComparison.Ordinal)
        && Level.Equals(other.Level)
        && AssessedOn == other.AssessedOn
        && Source == other.Source
        && ExpiresOn == other.ExpiresOn
        && string.Equals(Evidence, other.Evidence, StringComparison.Ordinal)
        && Extensions.Equals(other.Extensions);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CompetencyAssessment);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(CompetencyId, Level, AssessedOn, Source, ExpiresOn);
}
