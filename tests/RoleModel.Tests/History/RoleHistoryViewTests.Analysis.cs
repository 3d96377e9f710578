using NodaTime;
using RoleModel.History;
using static RoleModel.Tests.History.CdoHistory;

namespace RoleModel.Tests.History;

/// <summary>Timelines, drift and working-time shares.</summary>
public sealed partial class RoleHistoryViewTests
{
    private static readonly RoleHistoryView KnownOnFirstMarch2026 = Cdo.AsKnownAt(Instant.FromUtc(2026, 3, 1, 0, 0));

    [Fact]
    public void GetTaskTimeline_OfAReweightedTask_HasOneVersionPerShare() =>
        Now.GetTaskTimeline("portal").Select(v => (v.From, v.Until, v.Value.Share)).Should().Equal(
            (Day(2022, 1, 1), Day(2024, 1, 1), 30m),
            (Day(2024, 1, 1), (LocalDate?)null, 35m));

    [Fact]
    public void GetTaskTimeline_OfADelegatedTask_EndsOnTheDelegationDay() =>
        Now.GetTaskTimeline("data").Select(v => (v.From, v.Until)).Should().Equal((Day(2022, 6, 1), (LocalDate?)Day(2024, 1, 1)));

    [Fact]
    public void GetTaskTimeline_OfACorrectedTask_ShowsOnlyTheCorrectionOnceKnown()
    {
        KnownOnFirstMarch2026.GetTaskTimeline("ai-governance").Select(v => v.Value.Share).Should().Equal(15m);
        Now.GetTaskTimeline("ai-governance").Select(v => v.Value.Share).Should().Equal(5m);
    }

    [Fact]
    public void GetTaskTimeline_OfARejectedOrUnknownTask_IsEmpty()
    {
        Now.GetTaskTimeline("ai-pilot").Should().BeEmpty();
        Now.GetTaskTimeline("nope").Should().BeEmpty();
    }

    [Fact]
    public void GetTimeline_HasAVersionForEachDayTheRoleChanged()
    {
        var timeline = Now.GetTimeline().ToList();

        timeline.Select(v => v.From).Should().Equal(Day(2022, 1, 1), Day(2022, 6, 1), Day(2023, 10, 1), Day(2024, 1, 1), Day(2024, 5, 1), Day(2026, 1, 1));
        timeline.Skip(1).Select(v => (LocalDate?)v.From).Should().Equal(timeline.SkipLast(1).Select(v => v.Until));
        timeline[^1].Until.Should().BeNull();
        timeline[3].Value.Should().Be(Now.ProjectOn(Day(2024, 2, 1)));
    }

    [Fact]
    public void MeasureDrift_OverTheFirstTwoYears_MatchesTheHandComputedFigures()
    {
        var drift = Now.MeasureDrift(Day(2022, 1, 1), Day(2023, 12, 31));

        drift.NoveltyShare.Should().Be(30, "data (20 %) and chatbot (10 %) were not there on 1 January 2022");
        drift.SelfInitiatedShare.Should().Be(30);
        (drift.TasksAtStart, drift.TasksAdded, drift.TasksRemoved).Should().Be((2, 2, 0));
        drift.Turnover.Should().Be(1m);
        drift.UnrequiredCompetencyIds.Should().Equal("data-governance", "ai-literacy");
        drift.UnusedRequirementIds.Should().Equal("procurement");
    }

    [Fact]
    public void MeasureDrift_OverFourYears_CountsTheDelegationAndTheNewRequirement()
    {
        var drift = Now.MeasureDrift(Day(2022, 1, 1), Day(2025, 12, 31));

        drift.NoveltyShare.Should().Be(10);
        (drift.TasksAdded, drift.TasksRemoved).Should().Be((2, 1));
        drift.Turnover.Should().Be(1.5m);
        drift.UnrequiredCompetencyIds.Should().BeEmpty("ai-literacy became a requirement on 1 May 2024");
    }

    [Fact]
    public void MeasureDrift_WithToBeforeFrom_Throws() =>
        FluentActions.Invoking(() => Now.MeasureDrift(Day(2024, 1, 2), Day(2024, 1, 1)))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("*must not be before its first day*");

    [Fact]
    public void GetShare_OfTasksNeedingE4_FollowsTheCorrection()
    {
        KnownOnFirstMarch2026.GetShare(Day(2026, 1, 1), NeedsE4).Should().Be(55);
        Now.GetShare(Day(2026, 1, 1), NeedsE4).Should().Be(45);
    }

    [Fact]
    public void FindCrossings_PayGrade_AppliedOnlyUntilTheCorrectionWasKnown()
    {
        KnownOnFirstMarch2026.FindCrossings(Day(2022, 1, 1), Day(2026, 12, 31), NeedsE4, 50)
            .Should().Equal(new ShareCrossing(Day(2026, 1, 1), 55, true));
        Now.FindCrossings(Day(2022, 1, 1), Day(2026, 12, 31), NeedsE4, 50).Should().BeEmpty();
    }

    [Fact]
    public void FindCrossings_RisingAndFalling_ReportsBothDays()
    {
        var history = new RoleHistory(Baseline, [
            RoleChange.AddTask("a", Day(2024, 1, 1), At(2024, 1, 1), "hr", Task("lead", 60, "strategy", "digital-strategy", "e-4")),
            RoleChange.ChangeTask("b", Day(2024, 7, 1), At(2024, 6, 1), "hr", Task("lead", 30, "strategy", "digital-strategy", "e-4")),
            RoleChange.ChangeTask("c", Day(2024, 9, 1), At(2024, 6, 1), "hr", Task("lead", 50, "strategy", "digital-strategy", "e-4")),
        ]);

        history.AsKnownAt(Instant.MaxValue).FindCrossings(Day(2023, 12, 31), Day(2024, 12, 31), NeedsE4, 50).Should().Equal(
            new ShareCrossing(Day(2024, 1, 1), 60, true),
            new ShareCrossing(Day(2024, 7, 1), 30, false),
            new ShareCrossing(Day(2024, 9, 1), 50, true));
    }

    [Fact]
    public void FindCrossings_WithThresholdAbove100_Throws() =>
        FluentActions.Invoking(() => Now.FindCrossings(Day(2022, 1, 1), Day(2023, 1, 1), NeedsE4, 101))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("*percentage between 0 and 100*");
}
