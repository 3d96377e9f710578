using RoleModel.Serialization;

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
}
