using System.Collections.Immutable;

namespace RoleModel.Serialization;

/// <summary>
/// Resolves imports to local files, confined: an <see cref="CatalogueImport.Href"/> is a path relative to the folder
/// of the importing document, and it must lead to a regular file inside that folder's tree, or inside one of the
/// folders named when the resolver was created. It never reaches the network. Immutable and thread-safe.
/// </summary>
/// <remarks>
/// <para>Each of these is refused with an <see cref="IOException"/> whose message names the rule (the composer reports it
/// as <see cref="Validation.ProblemCodes.ImportNotResolved"/> at the import): an href with a character a path cannot hold
/// (such as U+0000); an address with a scheme other than <c>file:</c> (such as <c>https://...</c>); an absolute path or
/// a <c>file:</c> address; a path whose <c>..</c> leaves the allowed folders; a path through a symbolic link (or
/// junction) that leads out of them; a file on a special file system (<c>/proc</c>, <c>/sys</c>, <c>/dev</c>); and, when
/// opened, a file that is empty or not a regular file (a device, a pipe or a socket).</para>
/// <para>Locations are full paths, so that the imports of an imported document resolve against its own folder. The
/// checks are made when the import is located and opened; a file system changed between the two by someone with local
/// access is outside what the resolver can guard against (see the threat model in docs/design.md).</para>
/// </remarks>
public sealed class FileSystemCatalogueResolver : ICatalogueResolver
{
    private const int MaximumLinks = 40;

    private static readonly string[] SpecialFileSystems = ["/proc", "/sys", "/dev"];

    /// <summary>Creates the resolver: each import is read from inside its importing document's folder tree only.</summary>
    public FileSystemCatalogueResolver()
        : this([])
    {
    }

    /// <summary>Creates the resolver: each import is read from inside its importing document's folder tree, or inside one of <paramref name="allowedFolders"/>.</summary>
    /// <param name="allowedFolders">Further folders whose files (and the files of their subfolders) imports may name, such as a shared catalogue folder; made full paths against the current folder.</param>
    /// <exception cref="ArgumentNullException"><paramref name="allowedFolders"/> or one of its items is null.</exception>
    /// <exception cref="ArgumentException">A folder is blank, or holds a character a path cannot hold.</exception>
    public FileSystemCatalogueResolver(IEnumerable<string> allowedFolders)
    {
        Preconditions.CheckNotNull(allowedFolders);
        AllowedFolders = [.. allowedFolders.Select(folder =>
        {
            Preconditions.CheckIdentifier(folder, nameof(allowedFolders));
            if (UnpathableCharacter(folder) is { } c)
            {
                throw new ArgumentException($"The folder '{folder.Replace('\0', ' ')}' holds {c}, which a path cannot hold.", nameof(allowedFolders));
            }

            return Path.GetFullPath(folder);
        })];
    }

    /// <summary>The folders named at creation, as full paths, besides each importing document's own folder.</summary>
    public ImmutableArray<string> AllowedFolders { get; }

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

        if (UnpathableCharacter(href) is { } character)
        {
            throw new IOException($"The href holds {character}, which a path cannot hold.");
        }

        if (Uri.TryCreate(href, UriKind.Absolute, out var uri) && !Path.IsPathRooted(href))
        {
            throw new IOException(uri.IsFile
                ? $"'{href}' is an absolute address: an import names a file by its path relative to the importing document."
                : $"'{href}' is not a file path: imports are read from local files only, never from the network.");
        }

        if (Path.IsPathRooted(href))
        {
            throw new IOException($"'{href}' is an absolute path: an import names a file by its path relative to the importing document.");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(importingLocation)) ?? Directory.GetCurrentDirectory();
        var location = Path.GetFullPath(href, folder);
        ImmutableArray<string> allowed = [folder, .. AllowedFolders];
        if (!allowed.Any(root => IsInside(location, root)))
        {
            throw new IOException($"'{href}' leads outside the importing document's folder{Others()}: imports are read from inside {(AllowedFolders.IsEmpty ? "it" : "these")} only.");
        }

        var real = RealPath(location, 0);
        if (!allowed.Any(root => IsInside(real, RealPath(root, 0))))
        {
            throw new IOException($"'{href}' passes through a symbolic link that leads outside the importing document's folder{Others()}: imports are read from inside {(AllowedFolders.IsEmpty ? "it" : "these")} only.");
        }

        if (SpecialFileSystems.Any(special => IsInside(real, special)) && !OperatingSystem.IsWindows())
        {
            throw new IOException($"'{href}' is on a special file system ({SpecialFileSystems.First(special => IsInside(real, special))}): imports are read from regular files only.");
        }

        return location;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentNullException"><paramref name="location"/> is null.</exception>
    public Stream Open(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (UnpathableCharacter(location) is { } character)
        {
            throw new IOException($"The location holds {character}, which a path cannot hold.");
        }

        if (Directory.Exists(location))
        {
            throw new IOException($"'{location}' is a folder, not a file.");
        }

        var file = new FileInfo(location);
        if (!file.Exists)
        {
            throw new FileNotFoundException($"The file '{location}' does not exist.", location);
        }

        // A pipe, a device or a socket has no length; opening a pipe would wait for a writer, so it is never opened.
        if (file.Length == 0)
        {
            throw new IOException($"'{location}' is empty, or is not a regular file (a device, a pipe or a socket): imports are read from regular files only.");
        }

        var stream = new FileStream(location, FileMode.Open, FileAccess.Read, FileShare.Read);
        if (!stream.CanSeek)
        {
            stream.Dispose();
            throw new IOException($"'{location}' is not a regular file (a device, a pipe or a socket): imports are read from regular files only.");
        }

        return stream;
    }

    private string Others() => AllowedFolders.IsEmpty ? string.Empty : " and the other folders the reader allows";

    /// <summary>The first character of <paramref name="path"/> that no path can hold, named (such as <c>U+0000</c>), or null.</summary>
    internal static string? UnpathableCharacter(string path)
    {
        var invalid = Path.GetInvalidPathChars();
        foreach (var c in path)
        {
            if (c == '\0' || Array.IndexOf(invalid, c) >= 0)
            {
                return $"the character U+{(int)c:X4}";
            }
        }

        return null;
    }

    private static bool IsInside(string path, string folder)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var root = Path.TrimEndingDirectorySeparator(folder);
        if (Path.EndsInDirectorySeparator(root))
        {
            // A file system's root (/, C:\) keeps its separator: everything on it is inside.
            return path.StartsWith(root, comparison);
        }

        return path.Equals(root, comparison)
            || (path.StartsWith(root, comparison) && path.Length > root.Length && Path.IsPathRooted(path)
                && (path[root.Length] == Path.DirectorySeparatorChar || path[root.Length] == Path.AltDirectorySeparatorChar));
    }

    /// <summary>The path with every symbolic link (or junction) on it followed, as far as the path exists.</summary>
    private static string RealPath(string fullPath, int depth)
    {
        if (depth > MaximumLinks)
        {
            throw new IOException($"'{fullPath}' passes through more than {MaximumLinks} symbolic links.");
        }

        var root = Path.GetPathRoot(fullPath)!;
        var current = root;
        var parts = fullPath[root.Length..].Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (!info.Exists && info.LinkTarget is null)
            {
                // The rest does not exist (yet): nothing on it can lead elsewhere.
                return Path.Combine([next, .. parts[(i + 1)..]]);
            }

            if (info.LinkTarget is { } target)
            {
                next = RealPath(Path.GetFullPath(target, current), depth + 1);
            }

            current = next;
        }

        return current;
    }
}
