namespace RoleModel.Cli.Tests;

/// <summary>A file in a fresh temporary folder, deleted with the folder on dispose.</summary>
public sealed class TemporaryFile : IDisposable
{
    public TemporaryFile(byte[] content, string name = "document.json")
    {
        Folder = Directory.CreateTempSubdirectory("rolemodel-cli-").FullName;
        Path = System.IO.Path.Combine(Folder, name);
        File.WriteAllBytes(Path, content);
    }

    public string Folder { get; }

    public string Path { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
