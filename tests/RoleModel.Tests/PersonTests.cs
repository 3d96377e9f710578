using NodaTime;
using RoleModel.Tests.Infrastructure;

namespace RoleModel.Tests;

public sealed class PersonTests
{
    private static readonly CompetencyAssessment Strategy = new("strategy", new("ecf", "e-4"), new LocalDate(2025, 3, 1), AssessmentSource.Manager);
    private static readonly CompetencyAssessment Data = new("data", new("ecf", "e-2"), new LocalDate(2025, 3, 1), AssessmentSource.Self);
    private static readonly RoleAssignment Cdo = new("cdo", new LocalDate(2025, 1, 1));

    private static Person Create(string id = "p-0001", CompetencyAssessment[]? assessments = null, RoleAssignment[]? assignments = null, ExtensionData? extensions = null) =>
        new(id, assessments ?? [Strategy, Data], assignments ?? [Cdo], extensions);

    [Fact]
    public void Constructor_DefaultsToNoAssessmentsOrAssignments()
    {
        var person = new Person("p-1");

        person.Assessments.Should().BeEmpty();
        person.Assignments.Should().BeEmpty();
        person.Extensions.Should().Be(ExtensionData.Empty);
        person.ToString().Should().Be("p-1");
    }

    [Fact]
    public void Constructor_WithNullElements_Throws()
    {
        FluentActions.Invoking(() => Create(assessments: [null!])).Should().Throw<ArgumentException>().WithMessage("The assessments must not contain null elements.*");
        FluentActions.Invoking(() => Create(assignments: [null!])).Should().Throw<ArgumentException>().WithMessage("The assignments must not contain null elements.*");
    }

    [Theory]
    [InlineData("")]
    [InlineData(" p-1")]
    public void Constructor_WithBlankOrPaddedId_Throws(string id) =>
        FluentActions.Invoking(() => Create(id: id)).Should().Throw<ArgumentException>().WithMessage("The id must not *white space.*").WithParameterName("id");

    [Fact]
    public void Constructor_WithNullId_Throws() =>
        FluentActions.Invoking(() => new Person(null!)).Should().Throw<ArgumentNullException>().WithMessage("The id must not be null.*").WithParameterName("id");

    [Fact]
    public void Equals_FollowsContract_AndEachMemberMatters() =>
        EqualityAssert.Contract(
            Create(),
            Create(),
            Create(id: "p-0002"),
            Create(assessments: [Data, Strategy]),
            Create(assessments: [Strategy]),
            Create(assignments: []),
            Create(extensions: Make.Extensions("x-hr-id", "\"4711\"")));
}
