namespace RoleModel.Interop.Tests;

/// <summary>A temporary folder, deleted on disposal.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("rolemodel-interop-").FullName;

    public void Write(string file, params string[] lines) =>
        File.WriteAllText(System.IO.Path.Combine(Path, file), string.Join('\n', lines) + "\n");

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
