using RoleModel.Interop.Esco;
using RoleModel.Serialization;

namespace RoleModel.Interop.Tests.Composition;

/// <summary>The composed sample set of docs/samples/composed in a fresh folder, beside the ESCO 1.1.1 export (imported once for the class).</summary>
public sealed class ComposedEscoFixture : IDisposable
{
    private readonly Lazy<string> folder = new(() =>
    {
        var created = Directory.CreateTempSubdirectory("rolemodel-composed-").FullName;
        foreach (var file in Directory.GetFiles(System.IO.Path.Combine(SharedData.RepositoryRoot!, "docs", "samples", "composed"), "*.json")
                     .Where(f => System.IO.Path.GetFileName(f) != "esco.json"))
        {
            File.Copy(file, System.IO.Path.Combine(created, System.IO.Path.GetFileName(file)));
        }

        var esco = EscoImporter.Import(SharedData.Path("esco", "v1.1.1"), new EscoImportOptions { Version = "1.1.1" }).Catalogue!;
        File.WriteAllBytes(System.IO.Path.Combine(created, "esco.json"), RoleModelJson.WriteToUtf8Bytes(esco));
        return created;
    });

    public string Path(string file) => System.IO.Path.Combine(folder.Value, file);

    /// <summary>Reads a file of the set with the file system resolver.</summary>
    public CompositionResult Read(string file)
    {
        using var stream = File.OpenRead(Path(file));
        return new CatalogueComposer(new FileSystemCatalogueResolver()).Read(stream, Path(file));
    }

    public void Dispose()
    {
        if (folder.IsValueCreated)
        {
            Directory.Delete(folder.Value, recursive: true);
        }
    }
}
