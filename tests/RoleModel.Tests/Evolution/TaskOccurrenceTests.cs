using RoleModel.Evolution;
using RoleModel.History;
using static RoleModel.Tests.Evolution.Towns;

namespace RoleModel.Tests.Evolution;

public sealed class TaskOccurrenceTests
{
    private static readonly RoleTask First = Task("x", "Open-data portal", "Open-Data-Portal", 10);
    private static readonly RoleTask Second = Task("x", "Open data", "Offene Daten", 20);

    [Fact]
    public void Constructor_Versions_ExposeTheTaskAndItsDays()
    {
        var occurrence = new TaskOccurrence("town-a", [new(Day(2021), Day(2022), First), new(Day(2023), null, Second)]);

        occurrence.TaskId.Should().Be("x");
        occurrence.Title.Should().Be(Second.Title);
        occurrence.Origin.Should().Be(TaskOrigin.SelfInitiated);
        occurrence.Since.Should().Be(Day(2021));
        occurrence.Until.Should().BeNull();
        occurrence.On(Day(2021, 6)).Should().Be(First);
        occurrence.On(Day(2022, 6)).Should().BeNull("the task was absent in 2022");
        occurrence.On(Day(2030)).Should().Be(Second);
        occurrence.ToString().Should().Be("town-a/x");
    }

    [Fact]
    public void Constructor_BadVersions_Throw()
    {
        var empty = () => new TaskOccurrence("town-a", []);
        var mixed = () => new TaskOccurrence("town-a", [new(Day(2021), Day(2022), First), new(Day(2022), null, Task("y", "Other", "Andere"))]);
        var overlapping = () => new TaskOccurrence("town-a", [new(Day(2021), Day(2023), First), new(Day(2022), null, Second)]);
        var blank = () => new TaskOccurrence(" ", [new(Day(2021), null, First)]);

        empty.Should().Throw<ArgumentException>().WithMessage("*at least one version*");
        mixed.Should().Throw<ArgumentException>().WithMessage("*one task*");
        overlapping.Should().Throw<ArgumentException>().WithMessage("*without overlap*");
        blank.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Equals_SameRoleAndVersions_AreEqual()
    {
        DatedVersion<RoleTask>[] versions = [new(Day(2021), null, First)];

        new TaskOccurrence("town-a", versions).Should().Be(new TaskOccurrence("town-a", versions));
        new TaskOccurrence("town-a", versions).GetHashCode().Should().Be(new TaskOccurrence("town-a", versions).GetHashCode());
        new TaskOccurrence("town-a", versions).Should().NotBe(new TaskOccurrence("town-b", versions));
    }
}
