using System.Collections.Immutable;

namespace RoleModel.Analysis;

/// <summary>
/// A declared correspondence between the levels of two proficiency scales, such as "SFIA 5 counts as
/// e-CF e-4". Immutable.
/// </summary>
/// <remarks>
/// <para>A mapping is directional: it translates a level held on the source scale into a level of the
/// target scale, the scale a requirement names. Analysis never compares levels of different scales
/// without a mapping; declare a second mapping for the other direction when it is needed.</para>
/// <para>Source levels without a correspondence stay not comparable. Several source levels may map to
/// the same target level.</para>
/// <para>A framework declares mappings in a document (<see cref="CompetencyFramework.ScaleMappings"/>), and
/// <see cref="AnalysisOptions.ScaleMappings"/> supplies them in code; analysis uses both.</para>
/// <para>Equality: the same scale identifiers, the same correspondences in any order, and the same extension data.</para>
/// </remarks>
public sealed class ScaleMapping : IEquatable<ScaleMapping>
{
    private readonly ImmutableSortedDictionary<string, string> targetBySource;

    /// <summary>Creates a mapping.</summary>
    /// <param name="sourceScaleId">The scale the held levels are on.</param>
    /// <param name="targetScaleId">The scale the required levels are on; different from the source.</param>
    /// <param name="levels">Source level code to target level code; at least one correspondence.</param>
    /// <param name="extensions">Unknown JSON members to keep; defaults to none.</param>
    /// <exception cref="ArgumentNullException">An identifier or <paramref name="levels"/> is null.</exception>
    /// <exception cref="ArgumentException">An identifier or code is blank, the scales are the same, or there is no correspondence.</exception>
    public ScaleMapping(string sourceScaleId, string targetScaleId, IReadOnlyDictionary<string, string> levels, ExtensionData? extensions = null)
    {
        SourceScaleId = Preconditions.CheckIdentifier(sourceScaleId);
        TargetScaleId = Preconditions.CheckIdentifier(targetScaleId);
        Preconditions.CheckNotNull(levels);
        if (string.Equals(sourceScaleId, targetScaleId, StringComparison.Ordinal))
        {
            throw new ArgumentException("A scale mapping must connect two different scales.", nameof(targetScaleId));
        }

        if (levels.Count == 0)
        {
            throw new ArgumentException("A scale mapping must declare at least one level correspondence.", nameof(levels));
        }

        var builder = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        foreach (var (source, target) in levels)
        {
            builder.Add(Preconditions.CheckIdentifier(source, nameof(levels)), Preconditions.CheckIdentifier(target, nameof(levels)));
        }

        targetBySource = builder.ToImmutable();
        Extensions = extensions ?? ExtensionData.Empty;
    }

    /// <summary>The scale the held levels are on.</summary>
    public string SourceScaleId { get; }

    /// <summary>The scale the required levels are on.</summary>
    public string TargetScaleId { get; }

    /// <summary>The correspondences, source level code to target level code, ordered by source code (ordinal).</summary>
    public IReadOnlyDictionary<string, string> Levels => targetBySource;

    /// <summary>Unknown JSON members kept from the document.</summary>
    public ExtensionData Extensions { get; }

    /// <summary>The target level a source level corresponds to, or null when none is declared.</summary>
    /// <param name="sourceLevelCode">A level code of the source scale.</param>
    /// <returns>The target level code, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sourceLevelCode"/> is null.</exception>
    public string? Map(string sourceLevelCode) =>
        targetBySource.GetValueOrDefault(Preconditions.CheckNotNull(sourceLevelCode));

    /// <inheritdoc />
    public bool Equals(ScaleMapping? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && string.Equals(SourceScaleId, other.SourceScaleId, StringComparison.Ordinal)
            && string.Equals(TargetScaleId, other.TargetScaleId, StringComparison.Ordinal)
            && targetBySource.Count == other.targetBySource.Count
            && targetBySource.All(pair => other.targetBySource.TryGetValue(pair.Key, out var target)
                && string.Equals(pair.Value, target, StringComparison.Ordinal))
            && Extensions.Equals(other.Extensions));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ScaleMapping);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(SourceScaleId, TargetScaleId, targetBySource.Count);

    /// <summary>The mapping as <c>source -&gt; target</c>.</summary>
    /// <returns>The mapping as text.</returns>
    public override string ToString() => $"{SourceScaleId} -> {TargetScaleId}";
}
