namespace RoleModel.Cli;

/// <summary>
/// Writes a file so that it is either complete or untouched: the content goes to a temporary file in the
/// same folder, which then replaces the target in one rename. An interrupted or failed run leaves an
/// existing file as it was and no half-written file behind.
/// </summary>
internal static class AtomicFile
{
    /// <summary>Fails with a usage error when <paramref name="path"/> cannot be a written file: its folder is missing, or it is a folder.</summary>
    public static void CheckTarget(string path)
    {
        var fullPath = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(fullPath)!;
        if (!Directory.Exists(folder))
        {
            throw new UsageException($"cannot write '{path}': the folder '{folder}' does not exist.");
        }

        if (Directory.Exists(fullPath))
        {
            throw new UsageException($"cannot write '{path}': it is a folder.");
        }
    }

    public static void Write(string path, Action<Stream> write)
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

            File.Move(temporary, fullPath, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }
}
