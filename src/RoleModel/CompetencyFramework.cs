using System.Collections.Immutable;
using RoleModel.Analysis;

namespace RoleModel;

/// <summary>
/// An identified, versioned catalogue of competencies with the proficiency scales they are rated on,
/// such as a municipality's digital competency framework or an imported ESCO release. Immutable.
/// </summary>
/// <remarks>
/// <para>Lookups index the competencies once, at construction. Where an identifier occurs twice (a problem
/// that <see cref="Catalogue.Validate()"/> reports), lookups return the first.</para>
/// <para>Hierarchy queries follow <see cref="Competency.BroaderIds"/> within this framework; they visit each
/// competency once, so they end even on a cyclic hierarchy.</para>
/// <para>Equality: all members equal, collections in the same order.</para>
/// </remarks>
public sealed class CompetencyFramework : IEquatable<CompetencyFramework>
{
    private readonly Dictionary<string, Competency> competencyById;
    /// <summary>The narrower competencies by broader identifier, made when first asked for (reading needs none).</summary>
    private Dictionary<string, List<Competency>>? childrenById;
    private readonly Dictionary<string, ProficiencyScale> scaleById;

    /// <summary>Creates a framework.</summary>
    /// <param name="id">The identifier, unique in a catalogue.</param>
    /// <param name="name">The name.</param>
    /// <param name="scales">The proficiency scales; defaults to none.</param>
    /// <param name="competencies">The competencies; defaults to none.</param>
    /// <param name="version">The version, such as <c>1.1.1</c>; defaults to none.</param>
    /// <param name="description">The description; defaults to empty.</param>
    /// <param name="extensions">Unknown JSON members to keep; defaults to none.</param>
    /// <param name="scaleMappings">How the levels of one scale map onto another, for analysis (format 1.1); defaults to none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">The identifier or version is blank, or a collection holds null.</exception>
    public CompetencyFramework(
        string id,
        LocalizedText name,
        IEnumerable<ProficiencyScale>? scales = null,
        IEnumerable<Competency>? competencies = null,
        string? version = null,
        LocalizedText? description = null,
        ExtensionData? extensions = null,
        IEnumerable<ScaleMapping>? scaleMappings = null)
    {
        Id = Preconditions.CheckIdentifier(id);
        Name = Preconditions.CheckNotNull(name);
        Scales = Preconditions.CheckItems(scales);
        Competencies = Preconditions.CheckItems(competencies);
        Version = Preconditions.CheckOptionalIdentifier(version);
        Description = description ?? LocalizedText.Empty;
        Extensions = extensions ?? ExtensionData.Empty;
        ScaleMappings = Preconditions.CheckItems(scaleMappings);

        scaleById = new(StringComparer.Ordinal);
        foreach (var scale in Scales)
        {
            scaleById.TryAdd(scale.Id, scale);
        }

        competencyById = new(Competencies.Length, StringComparer.Ordinal);
        foreach (var competency in Competencies)
        {
            competencyById.TryAdd(competency.Id, competency);
        }
    }

    /// <summary>The identifier, unique in a catalogue.</summary>
    public string Id { get; }

    /// <summary>The version, or null.</summary>
    public string? Version { get; }

    /// <summary>The name.</summary>
    public LocalizedText Name { get; }

    /// <summary>The description, possibly empty.</summary>
    public LocalizedText Description { get; }

    /// <summary>The proficiency scales.</summary>
    public ImmutableArray<ProficiencyScale> Scales { get; }

    /// <summary>The competencies.</summary>
    public ImmutableArray<Competency> Competencies { get; }

    /// <summary>
    /// The declared correspondences between the levels of two scales, such as SFIA levels onto e-CF levels. The
    /// scales may belong to any framework of the catalogue. Gap analysis, fit scores, ranking and coverage use
    /// them; <see cref="Catalogue.Validate()"/> checks that they name existing scales and levels and that no
    /// two connect the same scales in the same direction.
    /// </summary>
    public ImmutableArray<ScaleMapping> ScaleMappings { get; }

    /// <summary>Unknown JSON members kept from the document.</summary>
    public ExtensionData Extensions { get; }

    /// <summary>The competencies by identifier (the first where one occurs twice), for the catalogue to share.</summary>
    internal Dictionary<string, Competency> CompetencyIndex => competencyById;

    private Dictionary<string, List<Competency>> ChildrenById =>
        childrenById ?? LazyInitializer.EnsureInitialized(ref childrenById, IndexChildren);

    private Dictionary<string, List<Competency>> IndexChildren()
    {
        var index = new Dictionary<string, List<Competency>>(StringComparer.Ordinal);
        foreach (var competency in Competencies)
        {
            foreach (var broader in competency.BroaderIds)
            {
                if (!index.TryGetValue(broader, out var children))
                {
                    index[broader] = children = [];
                }

                children.Add(competency);
            }
        }

        return index;
    }

    /// <summary>The competency with an identifier, or null.</summary>
    /// <param name="id">The identifier (ordinal).</param>
    /// <returns>The competency, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public Competency? FindCompetency(string id) =>
        competencyById.GetValueOrDefault(Preconditions.CheckNotNull(id));

    /// <summary>The scale with an identifier, or null.</summary>
    /// <param name="id">The identifier (ordinal).</param>
    /// <returns>The scale, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public ProficiencyScale? FindScale(string id) =>
        scaleById.GetValueOrDefault(Preconditions.CheckNotNull(id));

    /// <summary>The competencies that name a competency as broader, in framework order.</summary>
    /// <param name="id">The identifier of the broader competency.</param>
    /// <returns>The direct children; empty when there are none or the identifier is unknown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public ImmutableArray<Competency> GetChildren(string id) =>
        ChildrenById.TryGetValue(Preconditions.CheckNotNull(id), out var children) ? [.. children] : [];

    /// <summary>
    /// All broader competencies of a competency, transitively, nearest first (breadth-first), each once.
    /// Broader identifiers that this framework does not hold are skipped.
    /// </summary>
    /// <param name="id">The identifier of the competency.</param>
    /// <returns>The ancestors; empty when there are none or the identifier is unknown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public ImmutableArray<Competency> GetAncestors(string id) =>
        Traverse(id, c => c.BroaderIds.Select(FindCompetency).OfType<Competency>());

    /// <summary>All narrower competencies of a competency, transitively, nearest first (breadth-first), each once.</summary>
    /// <param name="id">The identifier of the competency.</param>
    /// <returns>The descendants; empty when there are none or the identifier is unknown.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public ImmutableArray<Competency> GetDescendants(string id) =>
        Traverse(id, c => ChildrenById.TryGetValue(c.Id, out var children) ? children : []);

    private ImmutableArray<Competency> Traverse(string id, Func<Competency, IEnumerable<Competency>> next)
    {
        var start = FindCompetency(id);
        if (start is null)
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<Competency>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { start.Id };
        var queue = new Queue<Competency>();
        queue.Enqueue(start);
        while (queue.TryDequeue(out var current))
        {
            foreach (var neighbour in next(current))
            {
                if (seen.Add(neighbour.Id))
                {
                    result.Add(neighbour);
                    queue.Enqueue(neighbour);
                }
            }
        }

        return result.ToImmutable();
    }

    /// <inheritdoc />
    public bool Equals(CompetencyFramework? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && string.Equals(Id, other.Id, StringComparison.Ordinal)
            && string.Equals(Version, other.Version, StringComparison.Ordinal)
            && Name.Equals(other.Name)
            && Description.Equals(other.Description)
            && Equality.Sequence(Scales, other.Scales)
            && Equality.Sequence(Competencies, other.Competencies)
            && Equality.Sequence(ScaleMappings, other.ScaleMappings)
            && Extensions.Equals(other.Extensions));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CompetencyFramework);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Version, Competencies.Length);

    /// <summary>The identifier.</summary>
    /// <returns>The identifier.</returns>
    public override string ToString() => Id;
}
