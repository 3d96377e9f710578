using System.Text;
using RoleModel.Serialization;

namespace RoleModel.Tests.Serialization;

public sealed class FileSystemCatalogueResolverTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("rolemodel-resolver-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public void Locate_RelativeHref_IsRelativeToTheImportingDocument()
    {
        var importing = Path.Combine(folder.FullName, "town", "roles.json");

        var location = new FileSystemCatalogueResolver().Locate(new CatalogueImport("esco", "1.1.1", "../shared/esco.json"), importing);

        location.Should().Be(Path.Combine(folder.FullName, "shared", "esco.json"));
    }

    [Fact]
    public void Locate_NoHref_IsNull() =>
        new FileSystemCatalogueResolver().Locate(new CatalogueImport("esco", "1.1.1"), "roles.json").Should().BeNull();

    [Theory]
    [InlineData("https://example.org/esco.json")]
    [InlineData("http://example.org/esco.json")]
    public void Locate_NetworkAddress_IsRefused(string href)
    {
        var locate = () => new FileSystemCatalogueResolver().Locate(new CatalogueImport("esco", "1.1.1", href), "roles.json");

        locate.Should().Throw<IOException>().WithMessage("*local files only, never from the network.");
    }

    [Fact]
    public void Open_MissingFileOrFolder_ThrowsIOExceptionNamingIt()
    {
        var resolver = new FileSystemCatalogueResolver();

        ((Action)(() => resolver.Open(Path.Combine(folder.FullName, "none.json")))).Should().Throw<FileNotFoundException>().WithMessage("The file '*none.json' does not exist.");
        ((Action)(() => resolver.Open(folder.FullName))).Should().Throw<IOException>().WithMessage("*is a folder, not a file.");
    }

    [Fact]
    public void Read_DocumentsInFolders_ResolveEachImportAgainstItsOwnFolder()
    {
        Directory.CreateDirectory(Path.Combine(folder.FullName, "shared"));
        File.WriteAllText(Path.Combine(folder.FullName, "shared", "skills.json"), """
            {"schemaVersion": "1.1", "id": "skills", "version": "1", "issued": "2026-01-01",
             "frameworks": [{"id": "skills", "name": {"en": "Skills"}, "competencies": [{"id": "writing", "kind": "skill", "name": {"en": "Writing"}}]}]}
            """);
        File.WriteAllText(Path.Combine(folder.FullName, "shared", "roles.json"), """
            {"schemaVersion": "1.1", "id": "roles", "version": "1", "issued": "2026-01-01",
             "imports": [{"catalogue": "skills", "version": "1", "href": "skills.json"}],
             "roles": [{"id": "clerk", "title": {"en": "Clerk"}, "requirements": [{"competency": "writing", "importance": "essential"}]}]}
            """);
        var people = Path.Combine(folder.FullName, "people.json");
        File.WriteAllText(people, """
            {"schemaVersion": "1.1", "imports": [{"catalogue": "roles", "version": "1", "href": "shared/roles.json"}],
             "people": [{"id": "p-1", "assignments": [{"role": "clerk", "from": "2026-01-01"}]}]}
            """);

        using var stream = File.OpenRead(people);
        var result = new CatalogueComposer(new FileSystemCatalogueResolver()).Read(stream, people);

        result.IsValid.Should().BeTrue(string.Join("\n", result.Documents.SelectMany(d => d.Report.Problems)));
        result.Documents.Select(d => Path.GetRelativePath(folder.FullName, d.Location)).Should().Equal("people.json", Path.Combine("shared", "roles.json"), Path.Combine("shared", "skills.json"));
        Encoding.UTF8.GetString(RoleModelJson.WriteToUtf8Bytes(result.Document!, indented: false)).Should().NotContain("clerk\",\"title");
    }
}
