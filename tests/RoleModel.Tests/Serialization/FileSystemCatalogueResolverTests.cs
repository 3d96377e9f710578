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

        var location = new FileSystemCatalogueResolver().Locate(new CatalogueImport("esco", "1.1.1", "shared/esco.json"), importing);

        location.Should().Be(Path.Combine(folder.FullName, "town", "shared", "esco.json"));
    }

    [Fact]
    public void Locate_OutsideTheImportingFolderButInsideAnAllowedFolder_IsFollowed()
    {
        var importing = Path.Combine(folder.FullName, "town", "roles.json");

        var location = new FileSystemCatalogueResolver([Path.Combine(folder.FullName, "shared")]).Locate(new CatalogueImport("esco", "1.1.1", "../shared/esco.json"), importing);

        location.Should().Be(Path.Combine(folder.FullName, "shared", "esco.json"));
    }

    [Fact]
    public void Locate_AllowedFolderIsTheFileSystemRoot_AllowsAnyRelativePath()
    {
        var importing = Path.Combine(folder.FullName, "town", "roles.json");

        var location = new FileSystemCatalogueResolver([Path.GetPathRoot(folder.FullName)!]).Locate(new CatalogueImport("esco", "1.1.1", "../../shared/esco.json"), importing);

        location.Should().Be(Path.GetFullPath(Path.Combine(folder.FullName, "..", "shared", "esco.json")));
    }

    [Theory]
    [InlineData("/etc/shadow", "is an absolute path")]
    [InlineData("/proc/self/environ", "is an absolute path")]
    [InlineData("file:///etc/passwd", "is an absolute address")]
    [InlineData("../../secret/config.json", "leads outside the importing document's folder: imports are read from inside it only.")]
    [InlineData("sub/../../roles.json", "leads outside the importing document's folder")]
    [InlineData("a{NUL}b", "holds the character U+0000, which a path cannot hold.")]
    public void Locate_HrefLeavingTheFolder_IsRefusedNamingTheRule(string href, string rule)
    {
        var importing = Path.Combine(folder.FullName, "town", "roles.json");

        var locate = () => new FileSystemCatalogueResolver().Locate(new CatalogueImport("x", "1", href.Replace("{NUL}", "\0", StringComparison.Ordinal)), importing);

        locate.Should().Throw<IOException>().Which.Message.Should().Contain(rule);
    }

    [Fact]
    public void Locate_SymbolicLinkLeadingOut_IsRefused()
    {
        var town = Directory.CreateDirectory(Path.Combine(folder.FullName, "town")).FullName;
        var secret = Directory.CreateDirectory(Path.Combine(folder.FullName, "secret")).FullName;
        File.WriteAllText(Path.Combine(secret, "config.json"), "{}");
        Directory.CreateSymbolicLink(Path.Combine(town, "shared"), secret);
        File.CreateSymbolicLink(Path.Combine(town, "esco.json"), Path.Combine(secret, "config.json"));
        var resolver = new FileSystemCatalogueResolver();

        foreach (var href in new[] { "shared/config.json", "esco.json" })
        {
            var locate = () => resolver.Locate(new CatalogueImport("x", "1", href), Path.Combine(town, "roles.json"));
            locate.Should().Throw<IOException>().WithMessage("*passes through a symbolic link that leads outside the importing document's folder*");
        }
    }

    [Fact]
    public void Locate_SymbolicLinkStayingInside_IsFollowed()
    {
        var town = Directory.CreateDirectory(Path.Combine(folder.FullName, "town")).FullName;
        Directory.CreateDirectory(Path.Combine(town, "releases", "2026"));
        Directory.CreateSymbolicLink(Path.Combine(town, "current"), Path.Combine(town, "releases", "2026"));

        var location = new FileSystemCatalogueResolver().Locate(new CatalogueImport("x", "1", "current/esco.json"), Path.Combine(town, "roles.json"));

        location.Should().Be(Path.Combine(town, "current", "esco.json"));
    }

    [Fact]
    public void Open_PipeOrEmptyFile_IsRefusedWithoutWaitingForAWriter()
    {
        File.WriteAllText(Path.Combine(folder.FullName, "empty.json"), string.Empty);
        var resolver = new FileSystemCatalogueResolver();

        ((Action)(() => resolver.Open(Path.Combine(folder.FullName, "empty.json")))).Should().Throw<IOException>().WithMessage("*is empty, or is not a regular file (a device, a pipe or a socket)*");
        if (!OperatingSystem.IsWindows())
        {
            var pipe = Path.Combine(folder.FullName, "pipe.json");
            using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [pipe]))
            {
                mkfifo.WaitForExit();
            }

            ((Action)(() => resolver.Open(pipe))).Should().Throw<IOException>().WithMessage("*not a regular file (a device, a pipe or a socket)*");
        }
    }

    [Fact]
    public void Read_ImportOfAFileThatIsNotADocument_IsOneProblemShowingNothingOfIt()
    {
        File.WriteAllText(Path.Combine(folder.FullName, "appsettings.json"), """{"ConnectionStrings": {"Main": "Server=db;Password=hunter2"}, "apiKey": "s3cr3t"}""");
        File.WriteAllText(Path.Combine(folder.FullName, "notes.json"), "root:x:0:0:root:/root:/bin/bash");
        var roles = Path.Combine(folder.FullName, "roles.json");
        var document = """
            {"schemaVersion": "1.1", "imports": [{"catalogue": "a", "version": "1", "href": "appsettings.json"}, {"catalogue": "b", "version": "1", "href": "notes.json"}]}
            """u8.ToArray();

        var result = new CatalogueComposer(new FileSystemCatalogueResolver()).Read(document, roles);

        result.Documents.Should().ContainSingle("a file that is not a document is not listed with problems of its own");
        var problems = result.Documents[0].Report.Problems;
        problems.Select(p => (p.Code, p.Path)).Should().Equal(("RM113", "$.imports[0].href"), ("RM113", "$.imports[1].href"));
        problems.Should().AllSatisfy(p => p.Message.Should().Contain("is not a RoleModel document").And.Contain("its content is not shown"));
        string.Join("\n", problems.Select(p => p.Message)).Should().NotContainAny("ConnectionStrings", "apiKey", "hunter2", "s3cr3t", "'r'", "root:");
    }

    [Fact]
    public void Read_HrefWithANulCharacter_IsALocatedProblem()
    {
        var document = """{"schemaVersion":"1.1","imports":[{"catalogue":"a","version":"1","href":"a\u0000b"}]}"""u8.ToArray();

        var result = new CatalogueComposer(new FileSystemCatalogueResolver()).Read(document, Path.Combine(folder.FullName, "roles.json"));

        result.Documents[0].Report.Problems.Should().ContainSingle().Which.Should().Match<RoleModel.Validation.ValidationProblem>(
            p => p.Code == "RM113" && p.Path == "$.imports[0].href" && p.Message.Contains("U+0000, which a path cannot hold"));
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
