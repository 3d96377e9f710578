namespace RoleModel;

/// <summary>
/// A link from a competency to a concept of an external scheme such as ESCO, O*NET, e-CF or SFIA. Immutable.
/// </summary>
/// <remarks>Equality: the same relation, scheme and URI (ordinal) and extension data.</remarks>
public sealed class ConceptMapping : IEquatable<ConceptMapping>
{
    /// <summary>Creates a mapping.</summary>
    /// <param name="relation">How the competency relates to the concept.</param>
    /// <param name="scheme">The scheme, such as <c>esco</c> or <c>ecf</c>.</param>
    /// <param name="uri">The concept's URI, or its code where the scheme has no URIs (such as e-CF's <c>A.1</c>).</param>
    /// <param name="extensions">Unknown JSON members to keep; defaults to none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scheme"/> or <paramref name="uri"/> is null.</exception>
    /// <exception cref="ArgumentException">A string is blank, or <paramref name="relation"/> is undefined.</exception>
    public ConceptMapping(MappingRelation relation, string scheme, string uri, ExtensionData? extensions = null)
    {
        Relation = Preconditions.CheckDefined(relation);
        Scheme = Preconditions.CheckIdentifier(scheme);
        Uri = Preconditions.CheckIdentifier(uri);
        Extensions = extensions ?? ExtensionData.Empty;
    }

    /// <summary>How the competency relates to the concept.</summary>
    public MappingRelation Relation { get; }

    /// <summary>The external scheme.</summary>
    public string Scheme { get; }

    /// <summary>The concept's URI or code within the scheme.</summary>
    public string Uri { get; }

    /// <summary>Unknown JSON members kept from the document.</summary>
    public ExtensionData Extensions { get; }

    /// <inheritdoc />
    public bool Equals(ConceptMapping? other) =>
        other is not null && Relation == other.Relation
        && string.Equals(Scheme, other.Scheme, StringComparison.Ordinal)
        && string.Equals(Uri, other.Uri, StringComparison.Ordinal)
        && Extensions.Equals(other.Extensions);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ConceptMapping);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Relation, Scheme, Uri);

    /// <summary>The mapping as <c>exactMatch scheme:uri</c>.</summary>
    /// <returns>The mapping as text.</returns>
    public override string ToString() => $"{Relation} {Scheme}:{Uri}";
}
