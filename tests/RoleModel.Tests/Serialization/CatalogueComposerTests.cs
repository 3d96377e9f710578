using System.Text;
using RoleModel.Serialization;
using RoleModel.Validation;

namespace RoleModel.Tests.Serialization;

public sealed class CatalogueComposerTests
{
    private const string Skills = """
        {"schemaVersion": "1.1", "id": "skills", "version": "2", "issued": "2026-01-01",
         "frameworks": [{"id": "skills", "name": {"en": "Skills"},
           "scales": [{"id": "lvl", "levels": [{"code": "basic"}, {"code": "expert"}]}],
           "competencies": [{"id": "writing", "kind": "skill", "name": {"en": "Writing"}}]}],
         "roles": [{"id": "writer", "title": {"en": "Writer"}, "requirements": [{"competency": "writing", "importance": "essential"}]}]}
        """;

    private const string Roles = """
        {"schemaVersion": "1.1", "id": "roles", "version": "1", "issued": "2026-02-01",
         "imports": [{"catalogue": "skills", "version": "2", "href": "skills.json"}],
         "roles": [{"id": "clerk", "title": {"en": "Clerk"},
                    "requirements": [{"competency": "writing", "scale": "lvl", "level": "expert", "importance": "essential"}]},
                   {"id": "senior-writer", "title": {"en": "Senior writer"}, "template": {"role": "writer"}}]}
        """;

    private const string People = """
        {"schemaVersion": "1.1", "id": "people", "version": "1", "issued": "2026-02-01",
         "imports": [{"catalogue": "roles", "version": "1", "href": "roles.json"}],
         "people": [{"id": "p-1", "assessments": [{"competency": "writing", "scale": "lvl", "level": "basic", "assessedOn": "2026-01-10", "source": "self"}],
                     "assignments": [{"role": "clerk", "from": "2026-01-01"}]}]}
        """;

    private const string Histories = """
        {"schemaVersion": "1.1", "id": "histories", "version": "1", "issued": "2026-02-01",
         "imports": [{"catalogue": "roles", "version": "1", "href": "roles.json"}],
         "histories": [{"role": "clerk", "tasksFrom": "2026-01-01",
                        "tasks": [{"id": "letters", "title": {"en": "Letters"}, "share": 100, "origin": "assigned", "status": "active"}]}]}
        """;

    private const string Town = """
        {"schemaVersion": "1.1", "id": "town", "version": "1", "issued": "2026-02-01",
         "imports": [{"catalogue": "people", "version": "1", "href": "people.json"},
                     {"catalogue": "histories", "version": "1", "href": "histories.json"}]}
        """;

    private static MemoryResolver Set(params (string Name, string Json)[] replaced) =>
        new([.. new[] { ("skills.json", Skills), ("roles.json", Roles), ("people.json", People), ("histories.json", Histories), ("town.json", Town) }
            .Select(d => replaced.FirstOrDefault(r => r.Name == d.Item1) is { Name: not null } r ? r : d)]);

    [Fact]
    public void Read_RolesImportingAFramework_AreValidAndComposedWithIt()
    {
        var result = Set().Read("roles.json");

        result.Documents.SelectMany(d => d.Report.Problems).Should().BeEmpty();
        result.IsValid.Should().BeTrue();
        result.Documents.Select(d => d.Location).Should().Equal("roles.json", "skills.json");
        result.Document!.Roles.Select(r => r.Id).Should().Equal("clerk", "senior-writer");
        result.Document.FindCompetency("writing").Should().BeNull("the document holds only its own content");
        result.Composed!.Roles.Select(r => r.Id).Should().Equal("clerk", "senior-writer", "writer");
        result.Composed.FindCompetency("writing").Should().NotBeNull();
        result.Composed.Imports.Should().BeEmpty();
        result.Composed.Identity!.Id.Should().Be("roles");
    }

    [Fact]
    public void Read_DerivedFromAnImportedTemplate_ResolvesIt()
    {
        var composed = Set().Read("roles.json").Composed!;

        composed.Resolve(composed.FindRole("senior-writer")!).Requirements.Single().CompetencyIds.Should().Equal("writing");
    }

    [Fact]
    public void Read_TownOfPeopleAndHistories_ComposesEveryDocumentOnce()
    {
        var resolver = Set();

        var result = resolver.Read("town.json");

        result.IsValid.Should().BeTrue(string.Join("\n", result.Documents.SelectMany(d => d.Report.Problems)));
        result.Documents.Select(d => d.Location).Should().Equal("town.json", "people.json", "roles.json", "skills.json", "histories.json");
        resolver.Opened["roles.json"].Should().Be(1, "a catalogue imported twice is read once");
        var composed = result.Composed!;
        composed.People.Select(p => p.Id).Should().Equal("p-1");
        composed.Roles.Select(r => r.Id).Should().Equal("clerk", "senior-writer", "writer");
        composed.FindHistory("clerk")!.Baseline.Should().BeSameAs(composed.FindRole("clerk"));
        composed.Validate().IsValid.Should().BeTrue();
    }

    [Fact]
    public void Read_RequirementOnACompetencyTheImportLacks_IsALocatedErrorOfThatDocument()
    {
        var roles = Roles.Replace("\"competency\": \"writing\"", "\"competency\": \"typing\"", StringComparison.Ordinal);

        var result = Set(("roles.json", roles)).Read("people.json");

        var problem = result.Documents.Single(d => d.Location == "roles.json").Report.Problems.Should().ContainSingle().Subject;
        (problem.Code, problem.Path, problem.Line).Should().Be((ProblemCodes.UnresolvedReference, "$.roles[0].requirements[0].competency", 4));
        result.Documents.Single(d => d.Location == "people.json").Report.Problems.Should().BeEmpty();
        result.IsValid.Should().BeFalse();
    }

    [Theory]
    [InlineData("\"competency\": \"writing\"", "\"competency\": \"typing\"", "$.roles[0].requirements[0].competency", "The competency 'typing' does not exist in any framework of the catalogue or of the catalogues it imports.")]
    [InlineData("\"scale\": \"lvl\"", "\"scale\": \"grade\"", "$.roles[0].requirements[0].scale", "The proficiency scale 'grade' does not exist in any framework of the catalogue or of the catalogues it imports.")]
    public void Read_ReferenceNeitherTheDocumentNorItsImportsHave_SaysBothWereSearched(string from, string to, string path, string message)
    {
        var result = Set(("roles.json", Roles.Replace(from, to, StringComparison.Ordinal))).Read("roles.json");

        var problem = result.Documents.Single(d => d.Location == "roles.json").Report.Problems.Should().ContainSingle().Subject;
        (problem.Code, problem.Path, problem.Message).Should().Be((ProblemCodes.UnresolvedReference, path, message));
    }

    [Fact]
    public void Read_ScaleMappingOntoAnImportedScale_IsValid()
    {
        // Imported scales are referred to as the document's own, also by its frameworks' scale mappings.
        var roles = Roles.Replace("\"roles\": [{\"id\": \"clerk\"", """
            "frameworks": [{"id": "local", "name": {"en": "Local"}, "scales": [{"id": "grade", "levels": [{"code": "a"}]}],
                            "scaleMappings": [{"sourceScale": "grade", "targetScale": "lvl", "levels": {"a": "expert"}}]}],
            "roles": [{"id": "clerk"
            """, StringComparison.Ordinal);

        var result = Set(("roles.json", roles)).Read("roles.json");

        result.Documents.Single(d => d.Location == "roles.json").Report.Problems.Should().BeEmpty();
        result.Composed!.FindScale("grade").Should().NotBeNull();
    }

    [Theory]
    [InlineData("""{"competency": "typing"}""", "$.histories[0].tasks[0].uses[0].competency", "From 2026-01-01: The competency 'typing' does not exist in any framework of the catalogue or of the catalogues it imports.")]
    [InlineData("""{"competency": "writing", "scale": "grade", "level": "expert"}""", "$.histories[0].tasks[0].uses[0].scale", "From 2026-01-01: The proficiency scale 'grade' does not exist in any framework of the catalogue or of the catalogues it imports.")]
    public void Read_HistoryTaskUsingWhatNeitherTheDocumentNorItsImportsHave_SaysBothWereSearched(string use, string path, string message)
    {
        var histories = Histories.Replace("\"status\": \"active\"}", $"\"status\": \"active\", \"uses\": [{use}]}}", StringComparison.Ordinal);

        var result = Set(("histories.json", histories)).Read("histories.json");

        var problem = result.Documents.Single(d => d.Location == "histories.json").Report.Problems.Should().ContainSingle().Subject;
        (problem.Code, problem.Path, problem.Message).Should().Be((ProblemCodes.UnresolvedReference, path, message));
    }

    [Theory]
    [InlineData("\"version\": \"2\", \"href\"", "\"version\": \"3\", \"href\"", "$.imports[0].version", "The import expects catalogue 'skills' version '3', but 'skills.json' is catalogue 'skills' version '2'.")]
    [InlineData("\"catalogue\": \"skills\"", "\"catalogue\": \"skill\"", "$.imports[0].catalogue", "The import expects catalogue 'skill' version '2', but 'skills.json' is catalogue 'skills' version '2'.")]
    public void Read_ImportedDocumentOfAnotherIdentity_IsAnErrorNamingBoth(string from, string to, string path, string message)
    {
        var result = Set(("roles.json", Roles.Replace(from, to, StringComparison.Ordinal))).Read("roles.json");

        var problem = result.Documents[0].Report.Problems.Should().ContainSingle().Subject;
        (problem.Code, problem.Path, problem.Message, problem.Line).Should().Be((ProblemCodes.ImportMismatch, path, message, 2));
    }

    [Fact]
    public void Read_ImportWithoutIdentity_MatchesByItsFramework()
    {
        var skills = Skills.Replace("\"id\": \"skills\", \"version\": \"2\", \"issued\": \"2026-01-01\",", string.Empty, StringComparison.Ordinal)
            .Replace("{\"id\": \"skills\", \"name\"", "{\"id\": \"skills\", \"version\": \"2\", \"name\"", StringComparison.Ordinal);

        Set(("skills.json", skills)).Read("roles.json").IsValid.Should().BeTrue();
        var wrong = Set(("skills.json", skills.Replace("\"version\": \"2\"", "\"version\": \"1\"", StringComparison.Ordinal))).Read("roles.json");
        wrong.Documents[0].Report.Problems.Single().Message.Should().Be(
            "The import expects catalogue 'skills' version '2', but 'skills.json' has no identity, and its framework 'skills' is version '1'.");
    }

    [Fact]
    public void Read_ImportCycle_IsRefusedWithTheCycle()
    {
        var skills = Skills.Replace("\"issued\": \"2026-01-01\",", "\"issued\": \"2026-01-01\", \"imports\": [{\"catalogue\": \"roles\", \"version\": \"1\", \"href\": \"roles.json\"}],", StringComparison.Ordinal);

        var result = Set(("skills.json", skills)).Read("roles.json");

        var problem = result.Documents.Single(d => d.Location == "skills.json").Report.Problems.Should().ContainSingle().Subject;
        (problem.Code, problem.Path, problem.Message, problem.Line).Should().Be(
            (ProblemCodes.ImportCycle, "$.imports[0].catalogue", "Importing catalogue 'roles' here forms a cycle: skills → roles → skills.", 1));
        var own = result.Documents.Single(d => d.Location == "roles.json").Report.Problems.Should().ContainSingle().Subject;
        (own.Code, own.Path, own.Message).Should().Be(
            (ProblemCodes.ImportCycle, "$.imports[0].catalogue", "Importing catalogue 'skills' here forms a cycle: roles → skills → roles."));
        result.IsValid.Should().BeFalse("every document on a cycle is invalid, the one entered first included");
        result.Documents.Should().HaveCount(2);
    }

    [Theory]
    [InlineData("roles.json")]
    [InlineData("skills.json")]
    public void Read_ImportCycle_MakesEveryDocumentOnItInvalidWhicheverIsEntered(string entered)
    {
        var skills = Skills.Replace("\"issued\": \"2026-01-01\",", "\"issued\": \"2026-01-01\", \"imports\": [{\"catalogue\": \"roles\", \"version\": \"1\", \"href\": \"roles.json\"}],", StringComparison.Ordinal);

        var result = Set(("skills.json", skills)).Read(entered);

        result.Documents.Select(d => d.Location).Should().BeEquivalentTo(["roles.json", "skills.json"]);
        result.Documents.Should().AllSatisfy(d => d.Report.Problems.Should().ContainSingle(p => p.Code == ProblemCodes.ImportCycle && p.Path == "$.imports[0].catalogue"));
    }

    [Fact]
    public void Read_SelfImportUnderAnotherIdentity_IsACycleNotAMismatch()
    {
        var self = """
            {"schemaVersion": "1.1", "id": "roles", "version": "1", "issued": "2026-01-01",
             "imports": [{"catalogue": "other", "version": "1", "href": "roles.json"}]}
            """;

        var result = new MemoryResolver(("roles.json", self)).Read("roles.json");

        var problem = result.Documents.Should().ContainSingle().Subject.Report.Problems.Should().ContainSingle().Subject;
        (problem.Code, problem.Path, problem.Message).Should().Be(
            (ProblemCodes.ImportCycle, "$.imports[0].href", "Importing catalogue 'other' here forms a cycle, as it is the document 'roles' being read: roles → roles."));
    }

    [Fact]
    public void Read_ImportedFileMissing_IsALocatedErrorWithoutCascade()
    {
        var result = Set(("roles.json", Roles.Replace("skills.json", "skils.json", StringComparison.Ordinal))).Read("roles.json");

        var problem = result.Documents.Single().Report.Problems.Should().ContainSingle().Subject;
        (problem.Code, problem.Path, problem.Message).Should().Be(
            (ProblemCodes.ImportNotResolved, "$.imports[0].href", "The catalogue 'skills' 2 cannot be read: There is no document 'skils.json'."));
    }

    [Fact]
    public void Read_ImportWithoutHref_IsAnErrorUnlessTheResolverKnowsIt()
    {
        var result = Set(("roles.json", Roles.Replace(", \"href\": \"skills.json\"", string.Empty, StringComparison.Ordinal))).Read("roles.json");

        result.Documents.Single().Report.Problems.Single().Message.Should().Be(
            "The catalogue 'skills' 2 cannot be found: the import has no 'href', and no document of that catalogue was supplied.");
    }

    [Fact]
    public void Read_ImportedDocumentWithErrors_ReportsThemUnderItsOwnLocation()
    {
        var result = Set(("skills.json", Skills.Replace("\"kind\": \"skill\"", "\"kind\": 7", StringComparison.Ordinal))).Read("roles.json");

        result.Documents.Select(d => d.Location).Should().Equal("roles.json", "skills.json");
        result.Documents[1].Report.Problems.Select(p => (p.Code, p.Path, p.Line)).Should().Equal((ProblemCodes.WrongType, "$.frameworks[0].competencies[0].kind", 4));
        result.Documents[0].Report.Problems.Select(p => p.Code).Should().Equal(ProblemCodes.ImportNotResolved);
        result.Composed.Should().NotBeNull();
        result.IsValid.Should().BeFalse();
    }

    [Fact]
    public void Read_IdentifierDefinedAgainBesideTheImport_IsADuplicate()
    {
        var roles = Roles.Replace("\"id\": \"clerk\"", "\"id\": \"writer\"", StringComparison.Ordinal);

        var problem = Set(("roles.json", roles)).Read("roles.json").Documents[0].Report.Problems.Should().ContainSingle().Subject;

        (problem.Code, problem.Path, problem.Message).Should().Be(
            (ProblemCodes.DuplicateId, "$.roles[0].id", "The role identifier 'writer' is defined in the imported catalogue 'skills' too."));
    }

    [Fact]
    public void Read_ImportLongerThanTheLimit_IsAnErrorAtTheImport()
    {
        var resolver = Set();

        var result = new CatalogueComposer(resolver, new JsonReadOptions(Skills.Length - 10)).Read(Encoding.UTF8.GetBytes(Roles), "roles.json");

        var problem = result.Documents.Single().Report.Problems.Should().ContainSingle().Subject;
        (problem.Code, problem.Path).Should().Be((ProblemCodes.ImportNotResolved, "$.imports[0].href"));
        problem.Message.Should().Contain("is longer than the");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Read_StreamLongerThanTheLimit_IsOneProblemOfTheDocument(bool seekable)
    {
        var composer = new CatalogueComposer(Set(), new JsonReadOptions(10));
        var bytes = Encoding.UTF8.GetBytes(Roles);
        Stream stream = seekable ? new MemoryStream(bytes) : new UnseekableStream(bytes);

        var result = composer.Read(stream, "roles.json");

        result.Document.Should().BeNull();
        result.Composed.Should().BeNull();
        var report = result.Documents.Should().ContainSingle().Subject;
        report.Location.Should().Be("roles.json");
        report.Report.Problems.Should().ContainSingle().Which.Code.Should().Be(ProblemCodes.DocumentTooLarge);
    }

    [Fact]
    public void Read_StreamWithinTheLimit_IsReadWithItsImports()
    {
        var bytes = Encoding.UTF8.GetBytes(Roles);
        var composer = new CatalogueComposer(Set(), new JsonReadOptions(Math.Max(bytes.Length, Encoding.UTF8.GetByteCount(Skills))));

        var result = composer.Read(new UnseekableStream(bytes), "roles.json");

        result.IsValid.Should().BeTrue();
        result.Documents.Should().HaveCount(2);
    }

    /// <summary>A stream that cannot tell its length, as a pipe.</summary>
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    }

    [Fact]
    public void ReadOnItsOwn_DocumentWithImports_SaysEachImportIsNotRead()
    {
        var result = RoleModelJson.Read(Roles);

        result.Report.Problems.Select(p => (p.Code, p.Path)).Should().Equal((ProblemCodes.ImportNotResolved, "$.imports[0]"));
        result.Catalogue!.Imports.Should().Equal(new CatalogueImport("skills", "2", "skills.json"));
    }

    [Fact]
    public void Write_ComposedDocument_WritesOnlyItsOwnContentAndItsImports()
    {
        var document = Set().Read("histories.json").Document!;

        var written = RoleModelJson.WriteToString(document, indented: false);

        written.Should().Be("""{"schemaVersion":"1.1","id":"histories","version":"1","issued":"2026-02-01","imports":[{"catalogue":"roles","version":"1","href":"roles.json"}],"histories":[{"role":"clerk","tasksFrom":"2026-01-01","tasks":[{"id":"letters","title":{"en":"Letters"},"share":100,"origin":"assigned","status":"active"}]}]}""");
        new CatalogueComposer(Set(("histories.json", written))).Read(Encoding.UTF8.GetBytes(written), "histories.json").Document.Should().Be(document);
    }

    [Fact]
    public void Write_ImportsAlone_AreFormat11AndKeepTheirUnknownMembers()
    {
        const string json = """{"schemaVersion":"1.1","imports":[{"catalogue":"esco","version":"1.1.1","x:note":"pinned"}]}""";

        var catalogue = RoleModelJson.Read(json).Catalogue!;

        RoleModelJson.WriteToString(catalogue, indented: false).Should().Be(json);
    }

    [Theory]
    [InlineData("""{"schemaVersion": "1.1", "imports": [{"version": "1"}]}""", "RM006 $.imports[0].catalogue")]
    [InlineData("""{"schemaVersion": "1.1", "imports": [{"catalogue": "a", "version": "1", "hre": "a.json"}]}""", "RM010 $.imports[0].hre|RM113 $.imports[0]")]
    [InlineData("""{"schemaVersion": "1.1", "imports": [{"catalogue": "a", "version": 1}]}""", "RM003 $.imports[0].version")]
    [InlineData("""{"schemaVersion": "1.1", "imports": {"catalogue": "a"}}""", "RM003 $.imports")]
    public void Read_MalformedImport_IsALocatedProblem(string json, string expected) =>
        string.Join("|", RoleModelJson.Read(json).Report.Problems.Select(p => $"{p.Code} {p.Path}")).Should().Be(expected);

    [Fact]
    public void Read_SameCatalogueImportedTwice_IsADuplicate()
    {
        var roles = Roles.Replace("\"imports\": [{\"catalogue\": \"skills\", \"version\": \"2\", \"href\": \"skills.json\"}]",
            "\"imports\": [{\"catalogue\": \"skills\", \"version\": \"2\", \"href\": \"skills.json\"}, {\"catalogue\": \"skills\", \"version\": \"2\", \"href\": \"skills.json\"}]", StringComparison.Ordinal);

        var problem = Set(("roles.json", roles)).Read("roles.json").Documents[0].Report.Problems.Should().ContainSingle().Subject;

        (problem.Code, problem.Path).Should().Be((ProblemCodes.DuplicateId, "$.imports[1].catalogue"));
    }

    [Fact]
    public void Constructor_NullResolver_Throws() =>
        ((Action)(() => _ = new CatalogueComposer(null!))).Should().Throw<ArgumentNullException>();

    [Fact]
    public void Constructor_WithoutOptions_UsesTheDefaultLimit() =>
        new CatalogueComposer(Set()).Options.Should().Be(JsonReadOptions.Default);
}
