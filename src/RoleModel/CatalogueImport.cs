namespace RoleModel;

/// <summary>
/// A document's declaration that it uses another catalogue (JSON format 1.1: an item of the top-level
/// <c>imports</c>): the catalogue's identifier and release, and optionally where to find it. Immutable.
/// </summary>
/// <remarks>
/// <para>A document that imports a catalogue may refer to its frameworks, competencies, scales, roles, people
/// and histories as if they were its own; imports are transitive. The imported document must declare the same
/// identity (<see cref="CatalogueIdentity.Id"/> and <see cref="CatalogueIdentity.Version"/>). Imports are
/// resolved by <see cref="Serialization.CatalogueComposer"/> through an
/// <see cref="Serialization.ICatalogueResolver"/>; <see cref="Href"/> is interpreted by the resolver (the file
/// system resolver reads it as a path relative to the importing document).</para>
/// <para>Equality: all members equal (ordinal).</para>
/// </remarks>
public sealed class CatalogueImport : IEquatable<CatalogueImport>
{
    /// <summary>Creates an import declaration.</summary>
    /// <param name="catalogueId">The imported catalogue's identifier, such as <c>esco</c>.</param>
    /// <param name="version">The release expected, such as <c>1.1.1</c>.</param>
    /// <param name="href">Where the document is, for the resolver, such as <c>esco.json</c>; defaults to none (the resolver finds it by identifier).</param>
    /// <param name="extensions">Unknown JSON members, kept for round trips; defaults to none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="catalogueId"/> or <paramref name="version"/> is null.</exception>
    /// <exception cref="ArgumentException">An identifier or the href is blank or has white space at either end.</exception>
    public CatalogueImport(string catalogueId, string version, string? href = null, ExtensionData? extensions = null)
    {
        CatalogueId = Preconditions.CheckIdentifier(catalogueId);
        Version = Preconditions.CheckIdentifier(version);
        Href = Preconditions.CheckOptionalIdentifier(href);
        Extensions = extensions ?? ExtensionData.Empty;
    }

    /// <summary>The imported catalogue's identifier.</summary>
    public string CatalogueId { get; }

    /// <summary>The release expected.</summary>
    public string Version { get; }

    /// <summary>Where the document is, for the resolver, or null.</summary>
    public string? Href { get; }

    /// <summary>Unknown JSON members kept from the document.</summary>
    public ExtensionData Extensions { get; }

    /// <inheritdoc />
    public bool Equals(CatalogueImport? other) =>
        other is not null
        && string.Equals(CatalogueId, other.CatalogueId, StringComparison.Ordinal)
        && string.Equals(Version, other.Version, StringComparison.Ordinal)
        && string.Equals(Href, other.Href, StringComparison.Ordinal)
        && Extensions.Equals(other.Extensions);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CatalogueImport);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(CatalogueId, Version, Href);

    /// <inheritdoc />
    public override string ToString() => $"{CatalogueId} {Version}";
}
