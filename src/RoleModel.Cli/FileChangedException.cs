namespace RoleModel.Cli;

/// <summary>A file changed between being read and being replaced; it was left as it is.</summary>
internal sealed class FileChangedException(string path) : IOException($"'{path}' was changed by another program after it was read.")
{
    /// <summary>The file, as given.</summary>
    public string FilePath { get; } = path;
}
