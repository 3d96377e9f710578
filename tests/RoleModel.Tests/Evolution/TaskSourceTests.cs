using RoleModel.Evolution;
using static RoleModel.Tests.Evolution.Towns;

namespace RoleModel.Tests.Evolution;

public sealed class TaskSourceTests
{
    [Fact]
    public void Properties_OfAnOwnTask_HaveNoSource()
    {
        var catalogue = new Catalogue(roles: [Role("cdo")], histories: [Log("cdo", Add("c1", Day(2022), Task("radar", "Innovation radar", "Innovationsradar")))]);

        var source = TaskSources.Trace(catalogue, "cdo", Now).Tasks.Should().ContainSingle().Subject;

        source.Kind.Should().Be(TaskSourceKind.Own);
        source.SourceRoleId.Should().BeNull();
        source.SourceDay.Should().BeNull();
        source.ChangeId.Should().BeNull();
        source.Task.Since.Should().Be(Day(2022));
    }
}
