using System.Text.RegularExpressions;

namespace RoleModel.Cli;

/// <summary>
/// Writes a file so that it is either complete or untouched: the content goes to a temporary file
/// <c>.NAME.GUID.tmp</c> in the same folder, which then replaces the target in one rename. A failed write
/// deletes its temporary file. A killed process (<c>kill -9</c>, a power cut) cannot, and leaves it behind: the
/// next successful write of the same target deletes such stale temporary files of earlier runs, so once
/// a write succeeds no stray file is left.
/// </summary>
internal static partial class AtomicFile
{
    /// <summary>
    /// How long a temporary file must be untouched to count as stale. A running write holds its file exclusively
    /// from creating it to renaming it, except for the instants between opening and locking and between closing
    /// and renaming; this margin covers those on a loaded machine.
    /// </summary>
    internal static readonly TimeSpan StaleAfter = TimeSpan.FromSeconds(10);

    /// <summary>Fails with a usage error when <paramref name="path"/> cannot be a written file: its folder is missing or is a file, or it is a folder.</summary>
    public static void CheckTarget(string path)
    {
        var fullPath = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(fullPath)!;
        if (!Directory.Exists(folder))
        {
            throw FirstFileOnTheWay(folder) is { } file
                ? UsageException.Worded("Usage.WriteUnderFile", path, file)
                : UsageException.Worded("Usage.WriteNoFolder", path, folder);
        }

        if (Directory.Exists(fullPath))
        {
            throw UsageException.Worded("Usage.WriteFolder", path);
        }
    }

    public static void Write(string path, Action<Stream> write) => Replace(path, expected: null, write);

    /// <summary>
    /// Writes the file as <see cref="Write"/> does, but only if, right before the rename, the file still holds
    /// <paramref name="expected"/> (the content it was read with); otherwise nothing is written.
    /// </summary>
    /// <param name="path">The file to replace.</param>
    /// <param name="expected">The content the file must still hold, or null to replace whatever it holds.</param>
    /// <param name="write">Writes the new content.</param>
    /// <exception cref="FileChangedException">The file no longer holds <paramref name="expected"/>; it is left as it is.</exception>
    public static void Replace(string path, byte[]? expected, Action<Stream> write)
    {
        CheckTarget(path);
        var fullPath = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(fullPath)!;

        var temporary = Path.Combine(folder, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            if (expected is not null && !Holds(fullPath, expected))
            {
                throw new FileChangedException(path);
            }

            File.Move(temporary, fullPath, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }

        DeleteStaleTemporaries(fullPath);
    }

    /// <summary>Whether the file exists and holds exactly <paramref name="expected"/>.</summary>
    private static bool Holds(string fullPath, byte[] expected)
    {
        try
        {
            return File.ReadAllBytes(fullPath).AsSpan().SequenceEqual(expected);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>
    /// Deletes the temporary files that earlier writes of this target left when they were killed: those named
    /// by this class's pattern, not written to for <see cref="StaleAfter"/>, and not held open by a running
    /// write (which holds its file exclusively). Best effort: a file that cannot be deleted stays.
    /// </summary>
    private static void DeleteStaleTemporaries(string fullPath)
    {
        var folder = Path.GetDirectoryName(fullPath)!;
        var name = Path.GetFileName(fullPath);
        foreach (var candidate in Directory.EnumerateFiles(folder, $".{name}.*.tmp"))
        {
            var match = TemporaryName().Match(Path.GetFileName(candidate));
            if (!match.Success || match.Groups[1].Value != name
                || DateTime.UtcNow - File.GetLastWriteTimeUtc(candidate) < StaleAfter)
            {
                continue;
            }

            try
            {
                using (new FileStream(candidate, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
                {
                    // Opened exclusively: no running write holds it.
                }

                File.Delete(candidate);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // In use or not ours to delete: leave it.
            }
        }
    }

    /// <summary>The nearest existing ancestor of a missing folder when it is a file (<c>--out notes.txt/x</c>), or null.</summary>
    private static string? FirstFileOnTheWay(string folder)
    {
        for (var at = folder; !string.IsNullOrEmpty(at); at = Path.GetDirectoryName(at))
        {
            if (File.Exists(at))
            {
                return at;
            }

            if (Directory.Exists(at))
            {
                return null;
            }
        }

        return null;
    }

    [GeneratedRegex("^\\.(.+)\\.[0-9a-f]{32}\\.tmp$", RegexOptions.CultureInvariant)]
    private static partial Regex TemporaryName();
}
