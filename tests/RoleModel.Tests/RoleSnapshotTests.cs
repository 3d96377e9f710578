using RoleModel.Tests.Infrastructure;

namespace RoleModel.Tests;

public sealed class RoleSnapshotTests
{
    [Fact]
    public void Constructor_KeepsRoleAndTasks()
    {
        var role = TestCatalogues.Cdo();
        var tasks = TestCatalogues.CdoTasks();

        var snapshot = new RoleSnapshot(role, tasks);

        snapshot.Role.Should().BeSameAs(role);
        snapshot.Tasks.Should().BeSameAs(tasks);
    }

    [Fact]
    public void Constructor_WithNull_Throws()
    {
        FluentActions.Invoking(() => new RoleSnapshot(null!, TaskProfile.Empty)).Should().Throw<ArgumentNullException>().WithMessage("The role must not be null.*");
        FluentActions.Invoking(() => new RoleSnapshot(TestCatalogues.Cdo(), null!)).Should().Throw<ArgumentNullException>().WithMessage("The tasks must not be null.*");
    }

    [Fact]
    public void Equals_FollowsContract_AndEachMemberMatters() =>
        EqualityAssert.Contract(
            new RoleSnapshot(TestCatalogues.Cdo(), TestCatalogues.CdoTasks()),
            new RoleSnapshot(TestCatalogues.Cdo(), TestCatalogues.CdoTasks()),
            new RoleSnapshot(TestCatalogues.SmallTownCdo(), TestCatalogues.CdoTasks()),
            new RoleSnapshot(TestCatalogues.Cdo(), TaskProfile.Empty));
}
