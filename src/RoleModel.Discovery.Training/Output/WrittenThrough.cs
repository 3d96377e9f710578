namespace RoleModel.Discovery.Training.Output;

/// <summary>Writes a file through a temporary file beside it (<c>FILE.tmp</c>), renamed over the file when complete, so that a failed run leaves no half-written file.</summary>
internal static class WrittenThrough
{
    /// <summary>Calls <paramref name="write"/> with the temporary file's path, then renames it to <paramref name="path"/>; on failure deletes it and rethrows.</summary>
    /// <returns>What <paramref name="write"/> returned.</returns>
    public static T Temporary<T>(string path, Func<string, T> write)
    {
        var temporary = path + ".tmp";
        try
        {
            var result = write(temporary);
            File.Move(temporary, path, overwrite: true);
            return result;
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
