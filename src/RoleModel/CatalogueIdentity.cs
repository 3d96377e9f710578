using NodaTime;

namespace RoleModel;

/// <summary>
/// Who a catalogue is and which release of it a document holds: an identifier, a version, the day it was
/// issued and, optionally, its publisher (JSON format 1.1: the top-level <c>id</c>, <c>version</c>,
/// <c>issued</c> and <c>publisher</c>). Immutable.
/// </summary>
/// <remarks>Equality: all members equal (ordinal).</remarks>
public sealed class CatalogueIdentity : IEquatable<CatalogueIdentity>
{
    /// <summary>Creates an identity.</summary>
    /// <param name="id">The catalogue's identifier, such as <c>esco</c>.</param>
    /// <param name="version">The release, such as <c>1.1.1</c>.</param>
    /// <param name="issued">The day the release was issued.</param>
    /// <param name="publisher">Who publishes the catalogue, free text; defaults to none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> or <paramref name="version"/> is null.</exception>
    /// <exception cref="ArgumentException">An identifier is blank or has white space at either end, or the publisher is blank.</exception>
    public CatalogueIdentity(string id, string version, LocalDate issued, string? publisher = null)
    {
        Id = Preconditions.CheckIdentifier(id);
        Version = Preconditions.CheckIdentifier(version);
        if (publisher is not null && FormatWhiteSpace.IsBlank(publisher))
        {
            throw new ArgumentException("A publisher must not be blank; leave it out instead.", nameof(publisher));
        }

        Issued = issued;
        Publisher = publisher;
    }

    /// <summary>The catalogue's identifier.</summary>
    public string Id { get; }

    /// <summary>The release.</summary>
    public string Version { get; }

    /// <summary>The day the release was issued.</summary>
    public LocalDate Issued { get; }

    /// <summary>Who publishes the catalogue, or null.</summary>
    public string? Publisher { get; }

    /// <inheritdoc />
    public bool Equals(CatalogueIdentity? other) =>
        other is not null
        && string.Equals(Id, other.Id, StringComparison.Ordinal)
        && string.Equals(Version, other.Version, StringComparison.Ordinal)
        && Issued == other.Issued
        && string.Equals(Publisher, other.Publisher, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as CatalogueIdentity);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Id, Version, Issued);

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Version}";
}
