using System.Collections.Immutable;

namespace RoleModel;

/// <summary>
/// An ordered list of proficiency levels, lowest first, such as e-CF's e-1 to e-5. Immutable.
/// </summary>
/// <remarks>
/// <para>A scale has at least one level; level codes are unique (ordinal). Levels are compared by their
/// position; <see cref="GetPosition"/> maps a level onto [0, 1] so that levels of scales of different
/// length can be shown side by side (it does not make them comparable: see the analysis documentation).</para>
/// <para>Equality: the same identifier, name, levels in the same order, and extension data.</para>
/// </remarks>
public sealed class ProficiencyScale : IEquatable<ProficiencyScale>
{
    private readonly Dictionary<string, int> indexByCode;

    /// <summary>Creates a scale.</summary>
    /// <param name="id">The identifier, unique in a catalogue.</param>
    /// <param name="levels">The levels, lowest first; at least one, with distinct codes.</param>
    /// <param name="name">The name; defaults to empty.</param>
    /// <param name="extensions">Unknown JSON members to keep; defaults to none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="levels"/> is null.</exception>
    /// <exception cref="ArgumentException">The identifier is blank, there are no levels, or a code occurs twice.</exception>
    public ProficiencyScale(string id, IEnumerable<ProficiencyLevel> levels, LocalizedText? name = null, ExtensionData? extensions = null)
    {
        Id = Preconditions.CheckIdentifier(id);
        Levels = Preconditions.CheckItems(Preconditions.CheckNotNull(levels), nameof(levels));
        if (Levels.IsEmpty)
        {
            throw new ArgumentException("A proficiency scale must have at least one level.", nameof(levels));
        }

        indexByCode = new(Levels.Length, StringComparer.Ordinal);
        for (var i = 0; i < Levels.Length; i++)
        {
            if (!indexByCode.TryAdd(Levels[i].Code, i))
            {
                throw new ArgumentException($"The level code '{Levels[i].Code}' must not occur twice in a scale.", nameof(levels));
            }
        }

        Name = name ?? LocalizedText.Empty;
        Extensions = extensions ?? ExtensionData.Empty;
    }

    /// <summary>The identifier, unique in a catalogue.</summary>
    public string Id { get; }

    /// <summary>The name, possibly empty.</summary>
    public LocalizedText Name { get; }

    /// <summary>The levels, lowest first.</summary>
    public ImmutableArray<ProficiencyLevel> Levels { get; }

    /// <summary>Unknown JSON members kept from the document.</summary>
    public ExtensionData Extensions { get; }

    /// <summary>The level with a code, or null.</summary>
    /// <param name="code">The level code (ordinal).</param>
    /// <returns>The level, or null when the scale has no such code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public ProficiencyLevel? FindLevel(string code) =>
        indexByCode.TryGetValue(Preconditions.CheckNotNull(code), out var index) ? Levels[index] : null;

    /// <summary>The zero-based rank of a level, lowest first, or -1 when the code is unknown.</summary>
    /// <param name="code">The level code.</param>
    /// <returns>The rank, or -1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    public int IndexOf(string code) =>
        indexByCode.TryGetValue(Preconditions.CheckNotNull(code), out var index) ? index : -1;

    /// <summary>Compares two levels of this scale by rank.</summary>
    /// <param name="left">The first level code.</param>
    /// <param name="right">The second level code.</param>
    /// <returns>Negative when <paramref name="left"/> is lower, zero when equal, positive when higher.</returns>
    /// <exception cref="ArgumentException">A code is not a level of this scale.</exception>
    public int Compare(string left, string right) => RequireIndex(left).CompareTo(RequireIndex(right));

    /// <summary>
    /// The position of a level on [0, 1]: rank divided by (level count - 1); 1 for a one-level scale.
    /// </summary>
    /// <param name="code">The level code.</param>
    /// <returns>The normalized position.</returns>
    /// <exception cref="ArgumentException"><paramref name="code"/> is not a level of this scale.</exception>
    public double GetPosition(string code)
    {
        var index = RequireIndex(code);
        return Levels.Length == 1 ? 1.0 : (double)index / (Levels.Length - 1);
    }

    /// <summary>
    /// A five-level scale in the style of the European e-Competence Framework: codes <c>e-1</c> to <c>e-5</c>.
    /// </summary>
    /// <param name="id">The identifier; defaults to <c>e-cf</c>.</param>
    /// <returns>The scale.</returns>
    public static ProficiencyScale CreateEcfStyle(string id = "e-cf") =>
        Create(id, "e-CF-style proficiency", [("e-1", "Level 1"), ("e-2", "Level 2"), ("e-3", "Level 3"), ("e-4", "Level 4"), ("e-5", "Level 5")]);

    /// <summary>A seven-level scale in the style of SFIA: codes <c>1</c> to <c>7</c>.</summary>
    /// <param name="id">The identifier; defaults to <c>sfia</c>.</param>
    /// <returns>The scale.</returns>
    public static ProficiencyScale CreateSfiaStyle(string id = "sfia") =>
        Create(id, "SFIA-style responsibility", [.. Enumerable.Range(1, 7).Select(i => (i.ToString(System.Globalization.CultureInfo.InvariantCulture), $"Level {i}"))]);

    /// <summary>
    /// A generic five-level scale: <c>novice</c>, <c>advanced-beginner</c>, <c>competent</c>, <c>proficient</c>, <c>expert</c>.
    /// </summary>
    /// <param name="id">The identifier; defaults to <c>generic</c>.</param>
    /// <returns>The scale.</returns>
    public static ProficiencyScale CreateNoviceToExpert(string id = "generic") =>
        Create(id, "Novice to expert", [("novice", "Novice"), ("advanced-beginner", "Advanced beginner"), ("competent", "Competent"), ("proficient", "Proficient"), ("expert", "Expert")]);

    private static ProficiencyScale Create(string id, string name, (string Code, string Label)[] levels) =>
        new(id, levels.Select(l => new ProficiencyLevel(l.Code, LocalizedText.Of("en", l.Label))), LocalizedText.Of("en", name));

    private int RequireIndex(string code, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(code))] string? name = null)
    {
        var index = IndexOf(code);
        return index >= 0 ? index : throw new ArgumentException($"The level code '{code}' must be a level of scale '{Id}'.", name);
    }

    /// <inheritdoc />
    public bool Equals(ProficiencyScale? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && string.Equals(Id, other.Id, StringComparison.Ordinal)
            && Name.Equals(other.Name)
            && Equality.Sequence(Levels, other.Levels)
            && Extensions.Equals(other.Extensions));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ProficiencyScale);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Equality.SequenceHash(Levels));

    /// <summary>The identifier.</summary>
    /// <returns>The identifier.</returns>
    public override string ToString() => Id;
}
