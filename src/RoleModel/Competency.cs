using System.Collections.Immutable;

namespace RoleModel;

/// <summary>
/// A skill, piece of knowledge, ability or attitude of a <see cref="CompetencyFramework"/>. Immutable.
/// </summary>
/// <remarks>
/// <para>Identifiers are strings so that URIs such as ESCO's fit. A competency may have several broader
/// competencies (a poly-hierarchy); that they exist and form no cycle is checked by
/// <see cref="Catalogue.Validate()"/>.</para>
/// <para>Equality: all members equal, collections in the same order.</para>
/// </remarks>
public sealed class Competency : IEquatable<Competency>
{
    /// <summary>Creates a competency.</summary>
    /// <param name="id">The identifier, unique in a catalogue (a URI or any other non-blank string).</param>
    /// <param name="kind">The kind.</param>
    /// <param name="name">The name.</param>
    /// <param name="description">The description; defaults to empty.</param>
    /// <param name="broaderIds">The identifiers of broader competencies; defaults to none. Distinct.</param>
    /// <param name="mappings">Links to concepts of external schemes; defaults to none.</param>
    /// <param name="extensions">Unknown JSON members to keep; defaults to none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/>, <paramref name="kind"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException">The identifier is blank, or a broader identifier is blank or repeated.</exception>
    public Competency(
        string id,
        CompetencyKind kind,
        LocalizedText name,
        LocalizedText? description = null,
        IEnumerable<string>? broaderIds = null,
        IEnumerable<ConceptMapping>? mappings = null,
        ExtensionData? extensions = null)
    {
        Id = Preconditions.CheckIdentifier(id);
        Kind = Preconditions.CheckNotNull(kind);
        Name = Preconditions.CheckNotNull(name);
        Description = description ?? LocalizedText.Empty;
        BroaderIds = Preconditions.CheckDistinctIdentifiers(broaderIds);
        Mappings = Preconditions.CheckItems(mappings);
        Extensions = extensions ?? ExtensionData.Empty;
    }

    /// <summary>The identifier, unique in a catalogue.</summary>
    public string Id { get; }

    /// <summary>The kind.</summary>
    public CompetencyKind Kind { get; }

    /// <summary>The name.</summary>
    public LocalizedText Name { get; }

    /// <summary>The description, possibly empty.</summary>
    public LocalizedText Description { get; }

    /// <summary>The identifiers of the broader competencies.</summary>
    public ImmutableArray<string> BroaderIds { get; }

    /// <summary>Links to concepts of external schemes.</summary>
    public ImmutableArray<ConceptMapping> Mappings { get; }

    /// <summary>Unknown JSON members kept from the document.</summary>
    public ExtensionData Extensions { get; }

    /// <inheritdoc />
    public bool Equals(Competency? other) =>
        ReferenceEquals(this, other)
        || (other is not null
            && string.Equals(Id, other.Id, StringComparison.Ordinal)
            && Kind.Equals(other.Kind)
            && Name.Equals(other.Name)
            && Description.Equals(other.Description)
            && Equality.Sequence(BroaderIds, other.BroaderIds)
            && Equality.Sequence(Mappings, other.Mappings)
            && Extensions.Equals(other.Extensions));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Competency);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Kind, Name);

    /// <summary>The identifier.</summary>
    /// <returns>The identifier.</returns>
    public override string ToString() => Id;
}
