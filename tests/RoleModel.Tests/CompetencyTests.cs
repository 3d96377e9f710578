using RoleModel.Tests.Infrastructure;

namespace RoleModel.Tests;

public sealed class CompetencyTests
{
    private const string EscoId = "http://data.europa.eu/esco/skill/0a1b2c3d-4e5f";

    private static Competency Create(
        string id = EscoId,
        CompetencyKind? kind = null,
        string name = "Manage digital transformation",
        string description = "Plans and leads change.",
        string[]? broader = null,
        ConceptMapping[]? mappings = null,
        ExtensionData? extensions = null) =>
        new(id, kind ?? CompetencyKind.Skill, Make.Text(name), Make.Text(description), broader ?? ["strategy", "change"],
            mappings ?? [new ConceptMapping(MappingRelation.CloseMatch, "ecf", "E.7")], extensions);

    [Fact]
    public void Constructor_AcceptsUriIdentifier_AndDefaultsOptionalMembers()
    {
        var competency = new Competency(EscoId, CompetencyKind.Knowledge, Make.Text("x"));

        competency.Id.Should().Be(EscoId);
        competency.Description.Should().Be(LocalizedText.Empty);
        competency.BroaderIds.Should().BeEmpty();
        competency.Mappings.Should().BeEmpty();
        competency.Extensions.Should().Be(ExtensionData.Empty);
        competency.ToString().Should().Be(EscoId);
    }

    [Fact]
    public void Constructor_WithRepeatedBroaderId_Throws() =>
        FluentActions.Invoking(() => Create(broader: ["a", "b", "a"]))
            .Should().Throw<ArgumentException>().WithMessage("The broaderIds must not contain 'a' twice.*").WithParameterName("broaderIds");

    [Theory]
    [InlineData("", "must not be empty or white space")]
    [InlineData("a ", "must not start or end with white space")]
    public void Constructor_WithBlankOrPaddedBroaderId_Throws(string broader, string rule) =>
        FluentActions.Invoking(() => Create(broader: [broader]))
            .Should().Throw<ArgumentException>().WithMessage($"The broaderIds {rule}.*").WithParameterName("broaderIds");

    [Fact]
    public void Constructor_WithNullMapping_Throws() =>
        FluentActions.Invoking(() => Create(mappings: [null!]))
            .Should().Throw<ArgumentException>().WithMessage("The mappings must not contain null elements.*");

    [Fact]
    public void Constructor_WithNullKindOrName_Throws()
    {
        FluentActions.Invoking(() => new Competency("x", null!, Make.Text("x"))).Should().Throw<ArgumentNullException>().WithMessage("The kind must not be null.*");
        FluentActions.Invoking(() => new Competency("x", CompetencyKind.Skill, null!)).Should().Throw<ArgumentNullException>().WithMessage("The name must not be null.*");
    }

    [Theory]
    [InlineData(" ", "The id must not be empty or white space.*")]
    [InlineData(" x", "The id must not start or end with white space.*")]
    public void Constructor_WithBlankOrPaddedId_Throws(string id, string message) =>
        FluentActions.Invoking(() => Create(id: id)).Should().Throw<ArgumentException>().WithMessage(message).WithParameterName("id");

    [Fact]
    public void Constructor_WithNullId_Throws() =>
        FluentActions.Invoking(() => Create(id: null!)).Should().Throw<ArgumentNullException>().WithMessage("The id must not be null.*").WithParameterName("id");

    [Fact]
    public void Equals_FollowsContract_AndEachMemberMatters() =>
        EqualityAssert.Contract(
            Create(),
            Create(),
            Create(id: "other"),
            Create(kind: CompetencyKind.Knowledge),
            Create(name: "Other"),
            Create(description: "Other"),
            Create(broader: ["change", "strategy"]),
            Create(mappings: []),
            Create(extensions: Make.Extensions("x-origin")));
}
