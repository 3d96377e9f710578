using RoleModel.History;
using static RoleModel.Tests.History.CdoHistory;

namespace RoleModel.Tests.History;

public sealed class GradingCriterionTests
{
    private static readonly GradingCriterion NeedsE4Criterion = GradingCriterion.NeedsLevel(Ecf, "e-4");

    [Fact]
    public void InArea_MatchesActiveTasksOfTheAreaOnly()
    {
        var criterion = GradingCriterion.InArea("data");
        var task = Task("x", 10, "data", "data-governance", "e-2");

        criterion.Matches(task).Should().BeTrue();
        criterion.Matches(task.WithStatus(RoleTaskStatus.Suspended)).Should().BeFalse();
        criterion.Matches(Task("y", 10, "strategy", "data-governance", "e-2")).Should().BeFalse();
        criterion.Threshold.Should().Be(50m);
        criterion.ToString().Should().Be("share(area data) >= 50 %");
    }

    [Fact]
    public void NeedsLevel_MatchesUsesAtOrAboveTheLevelOfTheSameScale()
    {
        NeedsE4Criterion.Matches(Task("a", 10, "data", "x", "e-4")).Should().BeTrue();
        NeedsE4Criterion.Matches(Task("b", 10, "data", "x", "e-5")).Should().BeTrue();
        NeedsE4Criterion.Matches(Task("c", 10, "data", "x", "e-3")).Should().BeFalse();
        NeedsE4Criterion.Matches(new RoleTask("d", LocalizedText.Of("en", "d"), 10, uses: [new CompetencyUse("x", new LevelReference("sfia", "e-4"))])).Should().BeFalse();
        NeedsE4Criterion.Matches(new RoleTask("e", LocalizedText.Of("en", "e"), 10, uses: [new CompetencyUse("x")])).Should().BeFalse();
        NeedsE4Criterion.ToString().Should().Be("share(level e-cf:e-4+) >= 50 %");
    }

    [Fact]
    public void Factories_InvalidArguments_Throw()
    {
        FluentActions.Invoking(() => GradingCriterion.NeedsLevel(Ecf, "e-9")).Should().Throw<ArgumentException>().WithMessage("*'e-9'*");
        FluentActions.Invoking(() => GradingCriterion.NeedsLevel(null!, "e-4")).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => GradingCriterion.InArea("data", 101m)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => GradingCriterion.InArea("", 50m)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Equality_FollowsTheStatement()
    {
        GradingCriterion.InArea("data").Should().Be(GradingCriterion.InArea("data", 50m));
        GradingCriterion.InArea("data").GetHashCode().Should().Be(GradingCriterion.InArea("data").GetHashCode());
        GradingCriterion.InArea("data").Should().NotBe(GradingCriterion.InArea("data", 40m));
        GradingCriterion.InArea("data").Should().NotBe(GradingCriterion.InArea("strategy"));
        NeedsE4Criterion.Should().Be(GradingCriterion.NeedsLevel(ProficiencyScale.CreateEcfStyle(), "e-4"));
        NeedsE4Criterion.Should().NotBe(GradingCriterion.NeedsLevel(Ecf, "e-3"));
        (NeedsE4Criterion.Scale, NeedsE4Criterion.LevelCode, NeedsE4Criterion.AreaId).Should().Be((Ecf, "e-4", null));
    }
}
