using RoleModel.Tests.Infrastructure;

namespace RoleModel.Tests;

public sealed class CompetencyUseTests
{
    [Fact]
    public void ToString_ShowsCompetencyAndLevel()
    {
        new CompetencyUse("data").ToString().Should().Be("data");
        new CompetencyUse("data", new LevelReference("ecf", "e-3")).ToString().Should().Be("data@ecf:e-3");
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    [InlineData("data ")]
    public void Constructor_WithInvalidCompetency_Throws(string? competencyId) =>
        FluentActions.Invoking(() => new CompetencyUse(competencyId!))
            .Should().Throw<ArgumentException>().WithMessage("The competencyId must not *").WithParameterName("competencyId");

    [Fact]
    public void Equals_FollowsContract_AndEachMemberMatters() =>
        EqualityAssert.Contract(
            new CompetencyUse("data", new LevelReference("ecf", "e-3")),
            new CompetencyUse("data", new LevelReference("ecf", "e-3")),
            new CompetencyUse("iot", new LevelReference("ecf", "e-3")),
            new CompetencyUse("data", new LevelReference("ecf", "e-2")),
            new CompetencyUse("data"),
            new CompetencyUse("data", new LevelReference("ecf", "e-3"), Make.Extensions("x-note")));
}
