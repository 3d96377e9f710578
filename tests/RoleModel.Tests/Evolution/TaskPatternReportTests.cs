using static RoleModel.Tests.Evolution.Towns;

namespace RoleModel.Tests.Evolution;

public sealed class TaskPatternReportTests
{
    [Fact]
    public void Emerging_IsTheEmergingSubsetInOrder()
    {
        var report = Find(Day(2020), Day(2026), AiPilots());

        report.From.Should().Be(Day(2020));
        report.To.Should().Be(Day(2026));
        report.KnownAt.Should().Be(Now);
        report.RolesCompared.Should().Be(4);
        report.TasksCompared.Should().Be(6);
        report.Emerging.Should().Equal(report.Patterns.Where(p => p.IsEmerging));
        report.Emerging.Select(p => p.Key).Should().Equal("town-a/ai-pilot");
    }
}
