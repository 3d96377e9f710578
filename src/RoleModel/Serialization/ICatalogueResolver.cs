namespace RoleModel.Serialization;

/// <summary>
/// Finds and opens the documents that imports refer to (see <see cref="CatalogueImport"/>), for
/// <see cref="CatalogueComposer"/>. A resolver decides what an <see cref="CatalogueImport.Href"/> means; the one
/// this library ships, <see cref="FileSystemCatalogueResolver"/>, reads local files only.
/// </summary>
/// <remarks>
/// Implementations must be safe to call from one thread at a time; a composer calls them in order, never
/// concurrently. A location is an opaque string to the composer: it is passed back to <see cref="Open"/>, used
/// as the importing location of the document's own imports, and names the document in problems.
/// </remarks>
public interface ICatalogueResolver
{
    /// <summary>Where the document an import refers to is.</summary>
    /// <param name="import">The import declaration.</param>
    /// <param name="importingLocation">The location of the document that declares the import.</param>
    /// <returns>The location of the imported document, or null when this resolver cannot find it (such as an import without href).</returns>
    /// <exception cref="IOException">The import cannot be located; the message says why (reported as a problem at the import).</exception>
    string? Locate(CatalogueImport import, string importingLocation);

    /// <summary>Opens the document at a location that <see cref="Locate"/> returned.</summary>
    /// <param name="location">The location.</param>
    /// <returns>A readable stream of the document's UTF-8 text; the composer disposes it.</returns>
    /// <exception cref="IOException">The document cannot be opened; the message says why (reported as a problem at the import).</exception>
    /// <exception cref="UnauthorizedAccessException">The document may not be read (reported as a problem at the import).</exception>
    Stream Open(string location);
}
