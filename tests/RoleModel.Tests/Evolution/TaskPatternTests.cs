using static RoleModel.Tests.Evolution.Towns;

namespace RoleModel.Tests.Evolution;

public sealed class TaskPatternTests
{
    [Fact]
    public void RolesOn_CountsRolesNotTasks()
    {
        var report = Find(Day(2020), Day(2026),
            Log("town-a",
                Add("a1", Day(2022), Task("x", "Open-data portal", "Open-Data-Portal")),
                Add("a2", Day(2022), Task("x2", "Open-data portal", "Open-Data-Portal"))),
            Log("town-b", Add("b1", Day(2023), Task("y", "Open-data portal", "Open-Data-Portal"))));

        var pattern = report.Patterns.Should().ContainSingle().Subject;
        pattern.Members.Should().HaveCount(3);
        pattern.RolesOn(Day(2022, 6)).Should().Be(1);
        pattern.RolesOn(Day(2023, 6)).Should().Be(2);
        pattern.RolesOn(Day(2021)).Should().Be(0);
        pattern.MedianShare.Should().Be(15m, "town-a's two tasks add up to 20 %, town-b has 10 %");
        pattern.Label.Should().Be(pattern.Members[0].Title);
        pattern.ToString().Should().Be("town-a/x (2 roles)");
    }
}
