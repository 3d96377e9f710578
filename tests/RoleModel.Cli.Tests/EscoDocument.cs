using RoleModel.Interop.Esco;
using RoleModel.Serialization;

namespace RoleModel.Cli.Tests;

/// <summary>The real ESCO 1.1.1 import as a document on disk, imported once for all tests that use it.</summary>
public sealed class EscoDocument : IDisposable
{
    private readonly Lazy<(TemporaryFile File, Catalogue Catalogue)> document = new(() =>
    {
        var catalogue = EscoImporter.Import(System.IO.Path.Combine(RepositoryPaths.SharedData, "esco", "v1.1.1")).Catalogue!;
        return (new TemporaryFile(RoleModelJson.WriteToUtf8Bytes(catalogue), "esco.json"), catalogue);
    });

    public string Path => document.Value.File.Path;

    public Catalogue Catalogue => document.Value.Catalogue;

    public void Dispose()
    {
        if (document.IsValueCreated)
        {
            document.Value.File.Dispose();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class EscoDocumentGroup : ICollectionFixture<EscoDocument>
{
    public const string Name = "ESCO document";
}
