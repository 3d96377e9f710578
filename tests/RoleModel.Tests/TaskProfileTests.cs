using RoleModel.Tests.Infrastructure;

namespace RoleModel.Tests;

public sealed class TaskProfileTests
{
    private static RoleTask Task(string id, decimal share, TaskOrigin origin = TaskOrigin.Assigned, RoleTaskStatus status = RoleTaskStatus.Active) =>
        new(id, Make.Text(id), share, origin, status);

    [Fact]
    public void Shares_CountOnlyActiveTasks_AndSelfInitiatedSeparately()
    {
        var profile = new TaskProfile(
        [
            Task("assigned", 30m),
            Task("found", 25.5m, TaskOrigin.SelfInitiated),
            Task("delegated", 10m, TaskOrigin.Delegated),
            Task("found-later", 15m, TaskOrigin.SelfInitiated, RoleTaskStatus.Planned),
            Task("old", 20m, status: RoleTaskStatus.Retired),
            Task("paused", 5m, TaskOrigin.SelfInitiated, RoleTaskStatus.Suspended),
        ]);

        profile.ActiveShare.Should().Be(65.5m);
        profile.SelfInitiatedShare.Should().Be(25.5m);
    }

    [Fact]
    public void Empty_HasNoTasksAndNoShares()
    {
        TaskProfile.Empty.Tasks.Should().BeEmpty();
        TaskProfile.Empty.ActiveShare.Should().Be(0m);
        TaskProfile.Empty.SelfInitiatedShare.Should().Be(0m);
    }

    [Fact]
    public void Shares_MayAddUpToMoreThan100_ForValidationToReport() =>
        new TaskProfile([Task("a", 70m), Task("b", 60m)]).ActiveShare.Should().Be(130m);

    [Fact]
    public void Find_ReturnsFirstTaskWithId_OrNull()
    {
        var first = Task("a", 10m);
        var profile = new TaskProfile([first, Task("a", 20m)]);

        profile.Find("a").Should().BeSameAs(first);
        profile.Find("b").Should().BeNull();
        FluentActions.Invoking(() => profile.Find(null!)).Should().Throw<ArgumentNullException>().WithParameterName("id");
    }

    [Fact]
    public void Constructor_WithNullTasksOrNullTask_Throws()
    {
        FluentActions.Invoking(() => new TaskProfile(null!)).Should().Throw<ArgumentNullException>().WithMessage("The tasks must not be null.*");
        FluentActions.Invoking(() => new TaskProfile([null!]))
            .Should().Throw<ArgumentException>().WithMessage("The tasks must not contain null elements.*").WithParameterName("tasks");
    }

    [Fact]
    public void Equals_FollowsContract_AndTasksAndTheirOrderMatter() =>
        EqualityAssert.Contract(
            new TaskProfile([Task("a", 10m), Task("b", 20m)]),
            new TaskProfile([Task("a", 10m), Task("b", 20m)]),
            new TaskProfile([Task("b", 20m), Task("a", 10m)]),
            new TaskProfile([Task("a", 10m), Task("b", 21m)]),
            new TaskProfile([Task("a", 10m)]),
            TaskProfile.Empty);
}
