using RoleModel.Serialization;
using RoleModel.Validation;

namespace RoleModel.Tests.Serialization;

public sealed partial class RoleModelJsonTests
{
    [Fact]
    public void GetSchema_IsTheDocumentedSchemaFile() =>
        RoleModelJson.GetSchema().Should().Be(File.ReadAllText(TestPaths.SchemaFile));

    [Fact]
    public void GetSchema_DeclaresDraft202012() =>
        RoleModelJson.GetSchema().Should().Contain("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");

    [Fact]
    public void GetSchema_IsValidAgainstTheDraft202012MetaSchema() => SchemaCheck.SchemaIsValid().Should().BeTrue();

    [Theory]
    [MemberData(nameof(ValidSamples))]
    public void GetSchema_ValidSample_Passes(string file) =>
        SchemaCheck.Errors(File.ReadAllText(Path.Combine(TestPaths.Samples, file))).Should().BeEmpty();

    [Fact]
    public void GetSchema_Imports_AreAcceptedAndTheirTyposRefused()
    {
        SchemaCheck.Errors("""{"schemaVersion":"1.1","imports":[{"catalogue":"esco","version":"1.1.1","href":"esco.json","x:note":"pinned"}]}""").Should().BeEmpty();
        SchemaCheck.Errors("""{"schemaVersion":"1.1","imports":[{"catalogue":"esco","version":"1.1.1","hre":"esco.json"}]}""").Should().NotBeEmpty();
        SchemaCheck.Errors("""{"schemaVersion":"1.1","imports":[{"catalogue":"esco"}]}""").Should().NotBeEmpty();
    }

    [Theory]
    [InlineData("roles.json")]
    [InlineData("people.json")]
    [InlineData("histories.json")]
    [InlineData("municipality.json")]
    public void GetSchema_ComposedSample_Passes(string file) =>
        SchemaCheck.Errors(File.ReadAllText(Path.Combine(TestPaths.Samples, "composed", file))).Should().BeEmpty();

    /// <summary>The invalid samples whose fault a schema can see (not syntax, duplicates, depth, huge numbers or cross-references).</summary>
    [Theory]
    [InlineData("wrong-type.json")]
    [InlineData("unknown-enum.json")]
    [InlineData("missing-schema-version.json")]
    [InlineData("missing-member.json")]
    [InlineData("major-version.json")]
    [InlineData("share-above-100.json")]
    [InlineData("bad-date.json")]
    public void GetSchema_InvalidSample_Fails(string file) =>
        SchemaCheck.Errors(File.ReadAllText(Path.Combine(TestPaths.InvalidSamples, file))).Should().NotBeEmpty();

    [Theory]
    [InlineData("""{"schemaVersion":"1.0","roles":[{"id":"r","title":{},"requirements":[{"competency":"c","anyOf":["c"],"importance":"essential"}]}]}""")]
    [InlineData("""{"schemaVersion":"1.0","roles":[{"id":"r","title":{},"requirements":[{"anyOf":["c"],"importance":"essential"}]}]}""")]
    [InlineData("""{"schemaVersion":"1.0","roles":[{"id":"r","title":{},"requirements":[{"competency":"c","scale":"s","importance":"essential"}]}]}""")]
    [InlineData("""{"schemaVersion":"1.0","roles":[{"id":" r","title":{}}]}""")]
    [InlineData("""{"schemaVersion":"1.0","roles":[{"id":"r","title":{},"tags":["a","a"]}]}""")]
    [InlineData("""{"schemaVersion":"1.0","people":[{"id":"p","assignments":[{"role":"r","from":"1.1.2026"}]}]}""")]
    public void GetSchema_DocumentTheReaderRefuses_FailsToo(string json)
    {
        SchemaCheck.Errors(json).Should().NotBeEmpty();
        RoleModelJson.Read(json).Catalogue.Should().BeNull();
    }

    [Theory]
    [InlineData("""{"schemaVersion":"1.0","roles":[{"id":"r","title":{},"requirments":[]}]}""")]
    [InlineData("""{"schemaVersion":"1.0","histories":[{"role":"r","changes":[{"id":"c","kind":"taskRetired","effective":"2026-01-01","recorded":"2026-01-01T00:00:00Z","author":"a","task":"t","reasn":"x"}]}]}""")]
    [InlineData("""{"schemaVersion":"1.0","framworks":[]}""")]
    public void GetSchema_UnknownMember_FailsWhereTheReaderWarns(string json)
    {
        SchemaCheck.Errors(json).Should().NotBeEmpty("schema-based validators in other languages catch typos too");
        RoleModelJson.Read(json).Report.Warnings.Should().ContainSingle().Which.Code.Should().Be(ProblemCodes.UnknownMember);
    }

    [Fact]
    public void GetSchema_ExtensionNamespace_IsAccepted()
    {
        const string json = """{"schemaVersion":"1.0","hr:system":1,"roles":[{"id":"r","title":{},"esco:uri":"u","openness":{"kind":"open","x-1:a":[]}}]}""";

        SchemaCheck.Errors(json).Should().BeEmpty();
        RoleModelJson.Read(json).Report.Problems.Should().BeEmpty();
    }

    [Fact]
    public void Read_UnknownMemberOfNewerMinorVersion_WarnsThatItMayBelongToThatVersion()
    {
        var problem = RoleModelJson.Read("""{"schemaVersion":"1.9","roles":[{"id":"r","title":{},"badge":1}]}""").Report.Problems.Single();

        problem.Severity.Should().Be(ProblemSeverity.Warning);
        problem.Message.Should().Contain("Unknown member 'badge' in $.roles[0]").And.Contain("version 1.9, newer than the 1.1 this library knows");
    }
}
