namespace RoleModel.Serialization;

/// <summary>
/// Resolves imports to local files: an <see cref="CatalogueImport.Href"/> is a path, relative to the folder of
/// the importing document or absolute. It never reaches the network: an href with a scheme other than
/// <c>file:</c> (such as <c>https://...</c>) is refused. Immutable and thread-safe.
/// </summary>
/// <remarks>Locations are full paths, so that the imports of an imported document resolve against its own folder.</remarks>
public sealed class FileSystemCatalogueResolver : ICatalogueResolver
{
    /// <summary>Creates the resolver.</summary>
    public FileSystemCatalogueResolver()
    {
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="import"/> or <paramref name="importingLocation"/> is null.</exception>
    public string? Locate(CatalogueImport import, string importingLocation)
    {
        ArgumentNullException.ThrowIfNull(import);
        ArgumentNullException.ThrowIfNull(importingLocation);
        if (import.Href is not { } href)
        {
            return null;
        }

        var path = href;
        if (Uri.TryCreate(href, UriKind.Absolute, out var uri) && !Path.IsPathRooted(href))
        {
            if (!uri.IsFile)
            {
                throw new IOException($"'{href}' is not a file path: imports are read from local files only, never from the network.");
            }

            path = uri.LocalPath;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(importingLocation)) ?? Directory.GetCurrentDirectory();
        return Path.GetFullPath(path, folder);
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="location"/> is null.</exception>
    public Stream Open(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (Directory.Exists(location))
        {
            throw new IOException($"'{location}' is a folder, not a file.");
        }

        if (!File.Exists(location))
        {
            throw new FileNotFoundException($"The file '{location}' does not exist.", location);
        }

        return File.OpenRead(location);
    }
}
