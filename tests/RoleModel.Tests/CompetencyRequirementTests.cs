using RoleModel.Tests.Infrastructure;

namespace RoleModel.Tests;

public sealed class CompetencyRequirementTests
{
    private static readonly LevelReference E3 = new("ecf", "e-3");

    private static CompetencyRequirement Create(
        string id = "tech", string[]? competencyIds = null, LevelReference? level = null,
        RequirementImportance importance = RequirementImportance.Essential, double weight = 2.0, ExtensionData? extensions = null) =>
        new(id, competencyIds ?? ["data-governance", "it-architecture"], level ?? E3, importance, weight, extensions);

    [Fact]
    public void SingleCompetency_IsIdentifiedByThatCompetency_WithDefaults()
    {
        var requirement = new CompetencyRequirement("digital-strategy");

        requirement.Id.Should().Be("digital-strategy");
        requirement.CompetencyIds.Should().Equal("digital-strategy");
        requirement.IsGroup.Should().BeFalse();
        requirement.MinimumLevel.Should().BeNull();
        requirement.Importance.Should().Be(RequirementImportance.Essential);
        requirement.Weight.Should().Be(1.0);
        requirement.ToString().Should().Be("digital-strategy");
    }

    [Fact]
    public void Group_NamesAlternatives()
    {
        var requirement = Create();

        requirement.IsGroup.Should().BeTrue();
        requirement.CompetencyIds.Should().Equal("data-governance", "it-architecture");
        requirement.MinimumLevel.Should().Be(E3);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Constructor_WithWeightNotPositiveAndFinite_Throws(double weight) =>
        FluentActions.Invoking(() => Create(weight: weight))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("The weight of a requirement must be a positive, finite number.*").WithParameterName("weight");

    [Fact]
    public void Constructor_WithUndefinedImportance_Throws() =>
        FluentActions.Invoking(() => new CompetencyRequirement("x", importance: (RequirementImportance)99))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("The importance must be one of the values defined by RequirementImportance.*");

    [Fact]
    public void Constructor_WithoutCompetency_Throws() =>
        FluentActions.Invoking(() => Create(competencyIds: []))
            .Should().Throw<ArgumentException>().WithMessage("A requirement must name at least one competency.*").WithParameterName("competencyIds");

    [Fact]
    public void Constructor_WithRepeatedCompetency_Throws() =>
        FluentActions.Invoking(() => Create(competencyIds: ["a", "a"]))
            .Should().Throw<ArgumentException>().WithMessage("The competencyIds must not contain 'a' twice.*").WithParameterName("competencyIds");

    [Fact]
    public void Constructor_WithNullCompetencyIds_Throws() =>
        FluentActions.Invoking(() => new CompetencyRequirement("x", (IEnumerable<string>)null!))
            .Should().Throw<ArgumentNullException>().WithMessage("The competencyIds must not be null.*").WithParameterName("competencyIds");

    [Fact]
    public void Constructor_WithPaddedGroupMember_Throws() =>
        FluentActions.Invoking(() => Create(competencyIds: ["a", "b "]))
            .Should().Throw<ArgumentException>().WithMessage("The competencyIds must not start or end with white space.*");

    [Fact]
    public void SingleCompetencyConstructor_WithNullOrPaddedCompetency_NamesCompetencyId()
    {
        FluentActions.Invoking(() => new CompetencyRequirement((string)null!))
            .Should().Throw<ArgumentNullException>().WithMessage("The competencyId must not be null.*").WithParameterName("competencyId");
        FluentActions.Invoking(() => new CompetencyRequirement(" x"))
            .Should().Throw<ArgumentException>().WithMessage("The competencyId must not start or end with white space.*").WithParameterName("competencyId");
    }

    [Fact]
    public void Equals_FollowsContract_AndEachMemberMatters() =>
        EqualityAssert.Contract(
            Create(),
            Create(),
            Create(id: "other"),
            Create(competencyIds: ["it-architecture", "data-governance"]),
            Create(level: new LevelReference("ecf", "e-4")),
            new CompetencyRequirement("tech", ["data-governance", "it-architecture"], null, RequirementImportance.Essential, 2.0),
            Create(importance: RequirementImportance.Optional),
            Create(weight: 2.5),
            Create(extensions: Make.Extensions("x-note")));
}
