using System.Text;
using RoleModel.Serialization;

namespace RoleModel.Tests.Serialization;

public sealed partial class RoleModelJsonTests
{
    private static Catalogue Sample(string file) =>
        RoleModelJson.Read(File.ReadAllBytes(Path.Combine(TestPaths.Samples, file))).Catalogue!;

    [Fact]
    public void Write_EqualCatalogues_GiveTheSameBytes()
    {
        var first = RoleModelJson.WriteToUtf8Bytes(Sample("municipal.json"));
        var second = RoleModelJson.WriteToUtf8Bytes(Sample("municipal.json"));

        second.Should().Equal(first);
    }

    [Fact]
    public void Write_Compact_HasNoIndentationAndReadsBackEqual()
    {
        var catalogue = Sample("municipal.json");

        var compact = RoleModelJson.WriteToString(catalogue, indented: false);

        compact.Should().NotContain("\n").And.NotContain("\": ");
        RoleModelJson.Read(compact).Catalogue.Should().Be(catalogue);
    }

    [Fact]
    public void Write_EmptyCatalogue_HasOnlyTheVersion() =>
        RoleModelJson.WriteToString(Catalogue.Empty, indented: false).Should().Be("{\"schemaVersion\":\"1.0\"}");

    [Fact]
    public void Write_MembersAtTheirDefaults_AreLeftOut()
    {
        var role = new Role("r", LocalizedText.Of("en", "R"), requirements: [new CompetencyRequirement("c")]);

        RoleModelJson.WriteToString(new Catalogue(roles: [role]), indented: false).Should().Be(
            """{"schemaVersion":"1.0","roles":[{"id":"r","title":{"en":"R"},"requirements":[{"competency":"c","importance":"essential"}]}]}""");
    }

    [Fact]
    public void Write_Requirements_UseCompetencyOrAnyOfAndKeepOtherIds()
    {
        CompetencyRequirement[] requirements =
        [
            new("own-id", ["c"], new LevelReference("s", "l"), RequirementImportance.Optional, 0.5),
            new("group", ["a", "b"]),
        ];
        var role = new Role("r", LocalizedText.Empty, requirements: requirements);

        RoleModelJson.WriteToString(new Catalogue(roles: [role]), indented: false).Should().Contain(
            """"requirements":[{"id":"own-id","competency":"c","scale":"s","level":"l","importance":"optional","weight":0.5},{"id":"group","anyOf":["a","b"],"importance":"essential"}]"""");
    }

    [Fact]
    public void Write_UnknownMembers_FollowTheKnownOnesAndSchemaComesFirst()
    {
        var json = """{"$schema":"urn:x","schemaVersion":"1.0","x-first":1,"roles":[{"x-role":true,"id":"r","title":{}}]}""";

        var written = RoleModelJson.WriteToString(RoleModelJson.Read(json).Catalogue!, indented: false);

        written.Should().Be("""{"$schema":"urn:x","schemaVersion":"1.0","roles":[{"id":"r","title":{},"x-role":true}],"x-first":1}""");
    }

    [Fact]
    public void Write_NonAsciiLetters_AreNotEscaped() =>
        RoleModelJson.WriteToString(new Catalogue(roles: [new Role("r", LocalizedText.Of("de", "Digitalisierungsbeauftragte für Ämter"))]))
            .Should().Contain("Digitalisierungsbeauftragte für Ämter");

    [Fact]
    public async Task Write_AllOverloads_GiveTheSameBytes()
    {
        var catalogue = Sample("municipal.json");
        var expected = RoleModelJson.WriteToUtf8Bytes(catalogue);
        using var stream = new MemoryStream();
        using var asyncStream = new MemoryStream();

        RoleModelJson.Write(catalogue, stream);
        await RoleModelJson.WriteAsync(catalogue, asyncStream);

        stream.ToArray().Should().Equal(expected);
        asyncStream.ToArray().Should().Equal(expected);
        Encoding.UTF8.GetBytes(RoleModelJson.WriteToString(catalogue)).Should().Equal(expected);
    }

    [Fact]
    public void Write_NullCatalogue_Throws()
    {
        FluentActions.Invoking(() => RoleModelJson.WriteToString(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => RoleModelJson.WriteToUtf8Bytes(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => RoleModelJson.Write(null!, new MemoryStream())).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Write_NullStream_Throws() =>
        FluentActions.Invoking(() => RoleModelJson.Write(Catalogue.Empty, null!)).Should().Throw<ArgumentNullException>();

    [Theory]
    [InlineData("id")]
    [InlineData("title")]
    [InlineData("requirements")]
    public void Write_UnknownMemberWithADefinedName_Throws(string name)
    {
        using var value = System.Text.Json.JsonDocument.Parse("1");
        var role = new Role("r", LocalizedText.Empty, extensions: new ExtensionData([new(name, value.RootElement)]));

        FluentActions.Invoking(() => RoleModelJson.WriteToString(new Catalogue(roles: [role])))
            .Should().Throw<ArgumentException>().WithMessage($"The unknown member '{name}' must not have the name of a member the format defines*");
    }

    [Fact]
    public void Write_UnknownMemberNamedLikeTheExtensionProperty_IsWritten()
    {
        using var value = System.Text.Json.JsonDocument.Parse("1");
        var role = new Role("r", LocalizedText.Empty, extensions: new ExtensionData([new("extensions", value.RootElement)]));

        RoleModelJson.WriteToString(new Catalogue(roles: [role]), indented: false).Should().Contain("\"extensions\":1");
    }
}
