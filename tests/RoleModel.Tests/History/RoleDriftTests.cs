using NodaTime;
using RoleModel.History;
using static RoleModel.Tests.History.CdoHistory;

namespace RoleModel.Tests.History;

public sealed class RoleDriftTests
{
    private static readonly RoleHistoryView Now = Cdo.AsKnownAt(Instant.MaxValue);

    [Fact]
    public void Turnover_WithoutTasksAtStart_IsNull() => Now.MeasureDrift(Day(2021, 1, 1), Day(2023, 1, 1)).Turnover.Should().BeNull();

    [Fact]
    public void Turnover_IsAddedPlusRemovedOverTasksAtStart() =>
        Now.MeasureDrift(Day(2022, 6, 1), Day(2024, 1, 1)).Should().Match<RoleDrift>(d =>
            d.TasksAtStart == 3 && d.TasksAdded == 1 && d.TasksRemoved == 1 && d.Turnover == 2m / 3m);

    [Fact]
    public void MeasureDrift_WithCatalogue_CountsInheritedRequirements()
    {
        var derived = new RoleHistory(
            new Role("cdo-2", LocalizedText.Invariant("CDO 2"), RoleOpenness.Open(ShareRange.Full), template: new RoleTemplate("cdo")),
            [RoleChange.AddTask("a", Day(2024, 1, 1), At(2024, 1, 1), "hr", Task("x", 10, "strategy", "digital-strategy", "e-4"))]);

        var drift = derived.AsKnownAt(Instant.MaxValue).MeasureDrift(Day(2024, 1, 1), Day(2024, 1, 1), Municipality);

        drift.UnrequiredCompetencyIds.Should().BeEmpty();
        drift.UnusedRequirementIds.Should().Equal("change-management", "procurement");
    }

    [Fact]
    public void Equals_SamePeriodOfTheSameHistory_IsTrue()
    {
        var drift = Now.MeasureDrift(Day(2022, 1, 1), Day(2024, 1, 1));

        drift.Should().Be(Now.MeasureDrift(Day(2022, 1, 1), Day(2024, 1, 1)));
        drift.GetHashCode().Should().Be(Now.MeasureDrift(Day(2022, 1, 1), Day(2024, 1, 1)).GetHashCode());
        drift.Should().NotBe(Now.MeasureDrift(Day(2022, 1, 1), Day(2024, 1, 2)));
    }
}
