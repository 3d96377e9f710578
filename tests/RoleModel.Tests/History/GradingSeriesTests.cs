using NodaTime;
using RoleModel.History;
using static RoleModel.Tests.History.CdoHistory;

namespace RoleModel.Tests.History;

/// <summary>Grading criteria and their evaluation over time, checked against GetShare and FindCrossings.</summary>
public sealed class GradingSeriesTests
{
    private static readonly RoleHistoryView Now = Cdo.AsKnownAt(Instant.MaxValue);
    private static readonly RoleHistoryView KnownOnFirstMarch2026 = Cdo.AsKnownAt(Instant.FromUtc(2026, 3, 1, 0, 0));
    private static readonly GradingCriterion NeedsE4Criterion = GradingCriterion.NeedsLevel(Ecf, "e-4");

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void EvaluateGrading_EveryStep_EqualsGetShareAndTheThreshold(bool correctionKnown)
    {
        var view = correctionKnown ? Now : KnownOnFirstMarch2026;
        var series = view.EvaluateGrading(Day(2021, 1, 1), Day(2026, 12, 31), NeedsE4Criterion);

        foreach (var step in series.Steps)
        {
            foreach (var day in new[] { step.From, step.Until.PlusDays(-1) })
            {
                step.Share.Should().Be(view.GetShare(day, NeedsE4));
                step.MeetsThreshold.Should().Be(view.GetShare(day, NeedsE4) >= 50m);
            }
        }

        series.Steps.Zip(series.Steps.Skip(1)).Should().OnlyContain(p => p.First.Share != p.Second.Share && p.First.Until == p.Second.From);
        series.Crossings.Should().Equal(view.FindCrossings(Day(2021, 1, 1), Day(2026, 12, 31), NeedsE4, 50m));
    }

    [Fact]
    public void EvaluateGrading_RetroactiveCorrection_TakesTheGradeAwayOnceKnown()
    {
        var before = KnownOnFirstMarch2026.EvaluateGrading(Day(2025, 1, 1), Day(2026, 6, 30), NeedsE4Criterion);
        var now = Now.EvaluateGrading(Day(2025, 1, 1), Day(2026, 6, 30), NeedsE4Criterion);

        before.MetOnLastDay.Should().BeTrue();
        before.Steps[^1].Share.Should().Be(55m);
        before.DaysMet.Should().Be(Period.DaysBetween(Day(2026, 1, 1), Day(2026, 7, 1)));
        now.MetOnLastDay.Should().BeFalse();
        now.Steps[^1].Share.Should().Be(45m);
        now.DaysMet.Should().Be(0);
        now.Crossings.Should().BeEmpty();
    }

    [Fact]
    public void EvaluateGrading_EmptyHistory_IsOneStepNotMet()
    {
        var series = new RoleHistory(Baseline).AsKnownAt(Instant.MaxValue).EvaluateGrading(Day(2024, 1, 1), Day(2024, 1, 1), NeedsE4Criterion);

        series.Steps.Should().ContainSingle().Which.Should().Be(series.Steps[0]);
        (series.Steps[0].Share, series.Steps[0].MeetsThreshold, series.MetOnLastDay).Should().Be((0m, false, false));
    }

    [Fact]
    public void EvaluateGrading_NullCriterion_Throws() =>
        Now.Invoking(v => v.EvaluateGrading(Day(2024, 1, 1), Day(2024, 1, 2), null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void EvaluateGrading_ZeroThreshold_IsMetEvenWithNoTasks()
    {
        var series = Now.EvaluateGrading(Day(2021, 1, 1), Day(2021, 1, 31), GradingCriterion.InArea("data", 0m));

        series.Steps.Should().ContainSingle().Which.MeetsThreshold.Should().BeTrue();
    }

    [Fact]
    public void Equality_FollowsCriterionPeriodAndSteps()
    {
        var series = Now.EvaluateGrading(Day(2022, 1, 1), Day(2026, 1, 1), NeedsE4Criterion);
        series.Should().Be(Now.EvaluateGrading(Day(2022, 1, 1), Day(2026, 1, 1), NeedsE4Criterion));
        series.Should().NotBe(KnownOnFirstMarch2026.EvaluateGrading(Day(2022, 1, 1), Day(2026, 1, 1), NeedsE4Criterion));
    }
}
