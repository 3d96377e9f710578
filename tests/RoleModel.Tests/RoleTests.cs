using RoleModel.Tests.Infrastructure;

namespace RoleModel.Tests;

public sealed class RoleTests
{
    private static Role Create(
        string id = "cdo", string title = "CDO", RoleOpenness? openness = null, string purpose = "Drive change",
        string[]? outcomes = null, CompetencyRequirement[]? requirements = null, ResponsibilityArea[]? areas = null,
        RoleTemplate? template = null, string[]? tags = null, ExtensionData? extensions = null) =>
        new(id, Make.Text(title), openness ?? RoleOpenness.Open(new ShareRange(30m, 80m)), Make.Text(purpose),
            (outcomes ?? ["Services", "Skills"]).Select(Make.Text),
            requirements ?? [new CompetencyRequirement("digital-strategy"), new CompetencyRequirement("law")],
            areas ?? [new ResponsibilityArea("strategy", Make.Text("Strategy")), new ResponsibilityArea("projects", Make.Text("Projects"))],
            template ?? new RoleTemplate("base"), tags ?? ["digital", "leadership"], extensions);

    [Fact]
    public void Constructor_DefaultsToFixedUnderivedRoleWithoutParts()
    {
        var role = new Role("clerk", Make.Text("Clerk"));

        role.Openness.Should().BeSameAs(RoleOpenness.Fixed);
        role.Purpose.Should().Be(LocalizedText.Empty);
        role.Outcomes.Should().BeEmpty();
        role.Requirements.Should().BeEmpty();
        role.Areas.Should().BeEmpty();
        role.Template.Should().BeNull();
        role.Tags.Should().BeEmpty();
        role.Extensions.Should().Be(ExtensionData.Empty);
        role.ToString().Should().Be("clerk");
    }

    [Fact]
    public void FindRequirementAndFindArea_LookUpOwnPartsById()
    {
        var role = Create();

        role.FindRequirement("law").Should().BeSameAs(role.Requirements[1]);
        role.FindRequirement("LAW").Should().BeNull();
        role.FindArea("projects").Should().BeSameAs(role.Areas[1]);
        role.FindArea("none").Should().BeNull();
        FluentActions.Invoking(() => role.FindRequirement(null!)).Should().Throw<ArgumentNullException>().WithParameterName("id");
        FluentActions.Invoking(() => role.FindArea(null!)).Should().Throw<ArgumentNullException>().WithParameterName("id");
    }

    [Fact]
    public void WithMethods_ReplaceOnlyTheirPart()
    {
        var role = Create();
        var requirements = new[] { new CompetencyRequirement("x") };
        var areas = new[] { new ResponsibilityArea("y", Make.Text("Y")) };

        role.WithRequirements(requirements).Should().Be(Create(requirements: requirements));
        role.WithAreas(areas).Should().Be(Create(areas: areas));
        role.WithOpenness(RoleOpenness.Fixed).Should().Be(Create(openness: RoleOpenness.Fixed));
        role.WithTemplate(new RoleTemplate("other")).Should().Be(Create(template: new RoleTemplate("other")));
        role.WithTemplate(null).Template.Should().BeNull();
        role.WithDescription(Make.Text("T"), Make.Text("P"), [Make.Text("O")]).Should().Be(Create(title: "T", purpose: "P", outcomes: ["O"]));
        role.Should().Be(Create(), "the original is immutable");
    }

    [Fact]
    public void WithMethods_WithNull_Throw()
    {
        var role = Create();
        FluentActions.Invoking(() => role.WithRequirements(null!)).Should().Throw<ArgumentNullException>().WithParameterName("requirements");
        FluentActions.Invoking(() => role.WithAreas(null!)).Should().Throw<ArgumentNullException>().WithParameterName("areas");
        role.WithOpenness(null).OwnOpenness.Should().BeNull("null states no openness: a derived role then takes its template's");
        FluentActions.Invoking(() => role.WithDescription(Make.Text("T"), null!, [])).Should().Throw<ArgumentNullException>().WithParameterName("purpose");
    }

    [Fact]
    public void Constructor_WithRepeatedTag_Throws() =>
        FluentActions.Invoking(() => Create(tags: ["digital", "digital"]))
            .Should().Throw<ArgumentException>().WithMessage("The tags must not contain 'digital' twice.*").WithParameterName("tags");

    [Fact]
    public void Constructor_WithPaddedTag_Throws() =>
        FluentActions.Invoking(() => Create(tags: [" digital"]))
            .Should().Throw<ArgumentException>().WithMessage("The tags must not start or end with white space.*");

    [Fact]
    public void Constructor_WithNullRequirement_Throws() =>
        FluentActions.Invoking(() => Create(requirements: [null!]))
            .Should().Throw<ArgumentException>().WithMessage("The requirements must not contain null elements.*").WithParameterName("requirements");

    [Theory]
    [InlineData(null, typeof(ArgumentNullException), "The id must not be null.*")]
    [InlineData("\t", typeof(ArgumentException), "The id must not be empty or white space.*")]
    [InlineData("cdo\n", typeof(ArgumentException), "The id must not start or end with white space.*")]
    public void Constructor_WithInvalidId_Throws(string? id, Type exception, string message) =>
        FluentActions.Invoking(() => Create(id: id!)).Should().Throw<ArgumentException>()
            .WithMessage(message).WithParameterName("id").Which.Should().BeOfType(exception);

    [Fact]
    public void Equals_FollowsContract_AndEachMemberMatters() =>
        EqualityAssert.Contract(
            Create(),
            Create(),
            Create(id: "other"),
            Create(title: "Other"),
            Create(openness: RoleOpenness.Framed(new ShareRange(30m, 80m))),
            Create(purpose: "Other"),
            Create(outcomes: ["Skills", "Services"]),
            Create(requirements: [new CompetencyRequirement("digital-strategy")]),
            Create(areas: [new ResponsibilityArea("strategy", Make.Text("Strategy"))]),
            Create(template: new RoleTemplate("other")),
            Create(tags: ["leadership", "digital"]),
            Create(extensions: Make.Extensions("x-grade", "\"E15\"")));
}
