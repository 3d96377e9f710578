using System.Collections.Immutable;
using NodaTime;

namespace RoleModel.Analysis;

/// <summary>Settings of gap analysis, fit scores, ranking and coverage. Immutable.</summary>
/// <remarks>Equality: the same staleness period, essential share and scale mappings in the same order.</remarks>
public sealed class AnalysisOptions : IEquatable<AnalysisOptions>
{
    private static readonly LocalDate Probe = new(2000, 1, 1);

    /// <summary>The defaults: assessments older than three years are stale, essential share 0.8, no scale mappings.</summary>
    public static AnalysisOptions Default { get; } = new();

    /// <summary>Creates options.</summary>
    /// <param name="stalenessPeriod">Assessments older than this on the analysis day are flagged stale; a positive
    /// period of years, months, weeks or days; defaults to three years.</param>
    /// <param name="essentialShare">The share of the fit score that essential requirements carry when a role has
    /// both essential and optional requirements; above 0.5 and at most 1; defaults to 0.8.</param>
    /// <param name="scaleMappings">Declared correspondences between scales; at most one per ordered pair of
    /// scales; defaults to none.</param>
    /// <exception cref="ArgumentException">The period has a time component or is not positive, the mappings hold
    /// null, or two mappings connect the same scales in the same direction.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The essential share is not above 0.5 and at most 1.</exception>
    public AnalysisOptions(Period? stalenessPeriod = null, double essentialShare = 0.8, IEnumerable<ScaleMapping>? scaleMappings = null)
    {
        StalenessPeriod = stalenessPeriod ?? Period.FromYears(3);
        if (StalenessPeriod.HasTimeComponent || Probe.Plus(StalenessPeriod) <= Probe)
        {
            throw new ArgumentException("The staleness period must be a positive period of years, months, weeks or days.", nameof(stalenessPeriod));
        }

        if (!(essentialShare > 0.5 && essentialShare <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(essentialShare), essentialShare, "The essential share must be above 0.5 and at most 1.");
        }

        EssentialShare = essentialShare;
        ScaleMappings = Preconditions.CheckItems(scaleMappings);
        var pairs = new HashSet<(string, string)>();
        foreach (var mapping in ScaleMappings)
        {
            if (!pairs.Add((mapping.SourceScaleId, mapping.TargetScaleId)))
            {
                throw new ArgumentException($"The scale mappings must not connect '{mapping.SourceScaleId}' to '{mapping.TargetScaleId}' twice.", nameof(scaleMappings));
            }
        }
    }

    /// <summary>Assessments older than this period on the analysis day are flagged stale (they still count).</summary>
    public Period StalenessPeriod { get; }

    /// <summary>The share of the fit score carried by essential requirements when a role also has optional ones.</summary>
    public double EssentialShare { get; }

    /// <summary>The declared correspondences between scales.</summary>
    public ImmutableArray<ScaleMapping> ScaleMappings { get; }

    /// <summary>A copy with other scale mappings.</summary>
    /// <param name="scaleMappings">The mappings.</param>
    /// <returns>The new options.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scaleMappings"/> is null.</exception>
    /// <exception cref="ArgumentException">The mappings hold null or connect the same scales twice.</exception>
    public AnalysisOptions WithScaleMappings(IEnumerable<ScaleMapping> scaleMappings) =>
        new(StalenessPeriod, EssentialShare, Preconditions.CheckNotNull(scaleMappings));

    /// <inheritdoc />
    public bool Equals(AnalysisOptions? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && StalenessPeriod.Equals(other.StalenessPeriod)
            && EssentialShare.Equals(other.EssentialShare)
            && Equality.Sequence(ScaleMappings, other.ScaleMappings));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AnalysisOptions);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(StalenessPeriod, EssentialShare, ScaleMappings.Length);
}
