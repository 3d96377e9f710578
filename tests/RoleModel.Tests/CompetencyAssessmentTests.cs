using NodaTime;
using NodaTime.Text;
using RoleModel.Tests.Infrastructure;

namespace RoleModel.Tests;

public sealed class CompetencyAssessmentTests
{
    private static readonly LocalDate March1 = new(2025, 3, 1);

    private static CompetencyAssessment Create(
        string competencyId = "data", string level = "e-3", LocalDate? assessedOn = null, AssessmentSource source = AssessmentSource.Certificate,
        LocalDate? expiresOn = null, string? evidence = "ISO 27001 lead auditor", ExtensionData? extensions = null, bool expires = true) =>
        new(competencyId, new LevelReference("ecf", level), assessedOn ?? March1, source, expires ? expiresOn ?? new LocalDate(2028, 3, 1) : null, evidence, extensions);

    [Theory]
    [InlineData("2025-02-28", false)]
    [InlineData("2025-03-01", true)]
    [InlineData("2028-02-29", true)]
    [InlineData("2028-03-01", false)]
    public void IsValidOn_FromAssessmentDayUntilBeforeExpiry(string day, bool expected) =>
        Create().IsValidOn(LocalDatePattern.Iso.Parse(day).Value).Should().Be(expected);

    [Fact]
    public void IsValidOn_WithoutExpiry_HoldsForever()
    {
        var assessment = Create(expires: false);

        assessment.ExpiresOn.Should().BeNull();
        assessment.IsValidOn(new LocalDate(2125, 1, 1)).Should().BeTrue();
        assessment.IsValidOn(March1.PlusDays(-1)).Should().BeFalse();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_WithExpiryNotAfterAssessment_Throws(int days) =>
        FluentActions.Invoking(() => Create(expiresOn: March1.PlusDays(days)))
            .Should().Throw<ArgumentException>().WithMessage("An assessment must expire after the day it was made.*").WithParameterName("expiresOn");

    [Fact]
    public void Constructor_WithUndefinedSource_Throws() =>
        FluentActions.Invoking(() => Create(source: (AssessmentSource)99))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("The source must be one of the values defined by AssessmentSource.*");

    [Fact]
    public void Constructor_WithNullLevel_Throws() =>
        FluentActions.Invoking(() => new CompetencyAssessment("data", null!, March1, AssessmentSource.Self))
            .Should().Throw<ArgumentNullException>().WithMessage("The level must not be null.*");

    [Fact]
    public void Constructor_WithPaddedCompetency_Throws() =>
        FluentActions.Invoking(() => Create(competencyId: "data "))
            .Should().Throw<ArgumentException>().WithMessage("The competencyId must not start or end with white space.*");

    [Fact]
    public void Constructor_WithNullCompetency_Throws() =>
        FluentActions.Invoking(() => Create(competencyId: null!)).Should().Throw<ArgumentNullException>().WithMessage("The competencyId must not be null.*");

    [Fact]
    public void Equals_FollowsContract_AndEachMemberMatters() =>
        EqualityAssert.Contract(
            Create(),
            Create(),
            Create(competencyId: "other"),
            Create(level: "e-4"),
            Create(assessedOn: March1.PlusDays(1)),
            Create(source: AssessmentSource.Test),
            Create(expiresOn: new LocalDate(2029, 1, 1)),
            Create(expires: false),
            Create(evidence: null),
            Create(extensions: Make.Extensions("x-assessor")));
}
