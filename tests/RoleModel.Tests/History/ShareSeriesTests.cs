using NodaTime;
using RoleModel.History;
using static RoleModel.Tests.History.CdoHistory;

namespace RoleModel.Tests.History;

/// <summary>Share series by area, by origin and by any grouping, checked against the projections of the same view.</summary>
public sealed class ShareSeriesTests
{
    private static readonly RoleHistoryView Now = Cdo.AsKnownAt(Instant.MaxValue);
    private static readonly LocalDate Start = Day(2021, 6, 1);
    private static readonly LocalDate End = Day(2026, 12, 31);

    public static TheoryData<string> Views() => ["now", "2026-03-01", "2023-09-10"];

    [Theory]
    [MemberData(nameof(Views))]
    public void GetSharesByArea_OnEveryDay_EqualsTheProjectedAreaSums(string knownAt)
    {
        var view = ViewAt(knownAt);
        var series = view.GetSharesByArea(Start, End);

        foreach (var day in SampleDays())
        {
            var active = view.ProjectOn(day).Tasks.Tasks.Where(t => t.IsActive).ToList();
            foreach (var key in series.Keys)
            {
                series.GetShare(key, day).Should().Be(active.Where(t => (t.AreaId ?? RoleHistoryView.NoArea) == key).Sum(t => t.Share), $"area {key} on {day}");
            }

            series.GetStep(day).Total.Should().Be(active.Sum(t => t.Share));
        }
    }

    [Theory]
    [MemberData(nameof(Views))]
    public void GetSharesByOrigin_OnEveryDay_EqualsTheProjectedOriginSums(string knownAt)
    {
        var view = ViewAt(knownAt);
        var series = view.GetSharesByOrigin(Start, End);

        series.Keys.Take(3).Should().Equal(TaskOrigin.Assigned, TaskOrigin.SelfInitiated, TaskOrigin.Delegated);
        foreach (var day in SampleDays())
        {
            var profile = view.ProjectOn(day).Tasks;
            series.GetShare(TaskOrigin.SelfInitiated, day).Should().Be(profile.SelfInitiatedShare);
            series.GetShare(TaskOrigin.Assigned, day).Should().Be(profile.Tasks.Where(t => t.IsActive && t.Origin == TaskOrigin.Assigned).Sum(t => t.Share));
        }
    }

    [Fact]
    public void Steps_CoverThePeriodWithoutGapsAndDifferFromTheirNeighbours()
    {
        var series = Now.GetSharesByArea(Start, End);

        series.Steps[0].From.Should().Be(Start);
        series.Steps[^1].Until.Should().Be(End.PlusDays(1));
        series.Steps.Skip(1).Select(s => s.From).Should().Equal(series.Steps.SkipLast(1).Select(s => s.Until));
        series.Steps.Zip(series.Steps.Skip(1)).Should().OnlyContain(p => !p.First.Shares.SequenceEqual(p.Second.Shares));
        series.Steps.Sum(s => s.Days).Should().Be(Period.DaysBetween(Start, End) + 1);
    }

    [Fact]
    public void GetSharesByArea_StartsANewStepOnlyOnDaysTheSplitChanges()
    {
        // 2024-05-01 adds a requirement only: the split of working time does not change that day.
        Now.GetSharesByArea(Day(2022, 1, 1), Day(2026, 6, 30)).Steps.Select(s => s.From)
            .Should().Equal(Day(2022, 1, 1), Day(2022, 6, 1), Day(2023, 10, 1), Day(2024, 1, 1), Day(2026, 1, 1));
    }

    [Fact]
    public void GetSharesByArea_KeysAreTheRoleAreasFirst()
    {
        var series = Now.GetSharesByArea(Start, End);

        series.Keys.Should().Equal("strategy", "data");
    }

    [Fact]
    public void GetSharesByArea_BeforeTheFirstChange_IsOneStepOfZeros()
    {
        var series = Now.GetSharesByArea(Day(2020, 1, 1), Day(2021, 12, 31));

        series.Steps.Should().ContainSingle().Which.Shares.Should().Equal(0m, 0m);
        series.Keys.Should().Equal("strategy", "data");
    }

    [Fact]
    public void GetSharesByOrigin_OfOneDay_IsOneStepOfOneDay()
    {
        var series = Now.GetSharesByOrigin(Day(2024, 1, 1), Day(2024, 1, 1));

        var step = series.Steps.Should().ContainSingle().Subject;
        (step.From, step.Until, step.Days).Should().Be((Day(2024, 1, 1), Day(2024, 1, 2), 1));
        series.GetShare(TaskOrigin.Assigned, Day(2024, 1, 1)).Should().Be(75m);
        series.GetShare(TaskOrigin.SelfInitiated, Day(2024, 1, 1)).Should().Be(10m);
    }

    [Fact]
    public void GetSharesByOrigin_OfAnEmptyHistory_IsZeroForTheThreeOrigins()
    {
        var series = new RoleHistory(Baseline).AsKnownAt(Instant.MaxValue).GetSharesByOrigin(Day(2024, 1, 1), Day(2024, 12, 31));

        series.Keys.Should().Equal(TaskOrigin.Assigned, TaskOrigin.SelfInitiated, TaskOrigin.Delegated);
        series.Steps.Should().ContainSingle().Which.Shares.Should().Equal(0m, 0m, 0m);
    }

    [Fact]
    public void GetSharesByArea_RetroactiveCorrection_ChangesTheShareOnlyOnceKnown()
    {
        var day = Day(2026, 1, 1);

        Cdo.AsKnownAt(Instant.FromUtc(2026, 3, 1, 0, 0)).GetSharesByArea(day, day).GetShare("data", day).Should().Be(15m);
        Now.GetSharesByArea(day, day).GetShare("data", day).Should().Be(5m);
    }

    [Fact]
    public void GetSharesByArea_TaskWithoutArea_CountsUnderNoArea()
    {
        var history = new RoleHistory(Baseline, [RoleChange.AddTask("a", Day(2024, 1, 1), At(2024, 1, 1), "hr", new RoleTask("loose", LocalizedText.Of("en", "Loose"), 25))]);

        var series = history.AsKnownAt(Instant.MaxValue).GetSharesByArea(Day(2024, 1, 1), Day(2024, 1, 1));

        series.Keys.Should().Equal("strategy", "data", RoleHistoryView.NoArea);
        series.GetShare(RoleHistoryView.NoArea, Day(2024, 1, 1)).Should().Be(25m);
    }

    [Fact]
    public void GetShareSeries_SuspendedTasks_TakeNoWorkingTime()
    {
        var history = Cdo.Append(RoleChange.ChangeTask("s1", Day(2026, 6, 1), At(2026, 5, 1), "hr", Task("portal", 35, "strategy", "change-management", "e-3").WithStatus(RoleTaskStatus.Suspended)));

        var series = history.AsKnownAt(Instant.MaxValue).GetShareSeries(Day(2026, 5, 31), Day(2026, 6, 1), t => t.Id);

        series.GetShare("portal", Day(2026, 5, 31)).Should().Be(35m);
        series.GetShare("portal", Day(2026, 6, 1)).Should().Be(0m);
    }

    [Fact]
    public void GetShareSeries_InvalidArguments_Throw()
    {
        Now.Invoking(v => v.GetShareSeries<string>(Day(2024, 1, 1), Day(2023, 1, 1), t => t.Id)).Should().Throw<ArgumentOutOfRangeException>();
        Now.Invoking(v => v.GetShareSeries<string>(Day(2024, 1, 1), Day(2024, 2, 1), null!)).Should().Throw<ArgumentNullException>();
        Now.Invoking(v => v.GetShareSeries(Day(2024, 1, 1), Day(2024, 2, 1), t => (string)null!)).Should().Throw<ArgumentNullException>();
        Now.Invoking(v => v.GetSharesByArea(Day(2024, 1, 1), Day(2023, 1, 1))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void GetStep_OutsideThePeriod_Throws()
    {
        var series = Now.GetSharesByArea(Day(2024, 1, 1), Day(2024, 12, 31));

        series.Invoking(s => s.GetStep(Day(2023, 12, 31))).Should().Throw<ArgumentOutOfRangeException>();
        series.Invoking(s => s.GetStep(Day(2025, 1, 1))).Should().Throw<ArgumentOutOfRangeException>();
        series.GetShare("unknown-area", Day(2024, 6, 1)).Should().Be(0m);
    }

    [Fact]
    public void Equality_FollowsPeriodKeysAndSteps()
    {
        var series = Now.GetSharesByArea(Day(2022, 1, 1), Day(2024, 12, 31));

        series.Should().Be(Now.GetSharesByArea(Day(2022, 1, 1), Day(2024, 12, 31)));
        series.GetHashCode().Should().Be(Now.GetSharesByArea(Day(2022, 1, 1), Day(2024, 12, 31)).GetHashCode());
        series.Should().NotBe(Now.GetSharesByArea(Day(2022, 1, 1), Day(2025, 12, 31)));
        series.Steps[0].Should().Be(Now.GetSharesByArea(Day(2022, 1, 1), Day(2022, 5, 31)).Steps[0]);
        series.Steps[0].Should().NotBe(Now.GetSharesByArea(Day(2022, 1, 1), Day(2022, 5, 30)).Steps[0]);
        series.Steps[0].ToString().Should().Be("[2022-01-01, 2022-06-01) 70 0");
    }

    private static RoleHistoryView ViewAt(string knownAt) =>
        knownAt == "now" ? Now : Cdo.AsKnownAt(NodaTime.Text.LocalDatePattern.Iso.Parse(knownAt).Value.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant());

    /// <summary>Every change day, the days around it, and the period's ends.</summary>
    private static IEnumerable<LocalDate> SampleDays() =>
        Cdo.Changes.SelectMany(c => new[] { c.EffectiveOn.PlusDays(-1), c.EffectiveOn, c.EffectiveOn.PlusDays(1) })
            .Append(Start).Append(End)
            .Where(d => d >= Start && d <= End)
            .Distinct();
}
