using NodaTime;
using RoleModel.History;
using static RoleModel.Tests.History.CdoHistory;

namespace RoleModel.Tests.History;

public sealed class RoleDiffTests
{
    private static readonly RoleTask Portal = Task("portal", 30, "strategy", "change-management", "e-3");

    private static RoleSnapshot Snapshot(Role role, params RoleTask[] tasks) => new(role, new TaskProfile(tasks));

    [Fact]
    public void Between_EqualSnapshots_IsEmpty()
    {
        var diff = RoleDiff.Between(Snapshot(Baseline, Portal), Snapshot(Baseline, Portal));

        diff.IsEmpty.Should().BeTrue();
        diff.Definition.Should().BeNull();
    }

    [Fact]
    public void Between_TasksAddedRemovedAndChanged_ListsEachWithBeforeAndAfter()
    {
        var data = Task("data", 20, "data", "data-governance", "e-3");
        var chatbot = Task("chatbot", 10, "strategy", "ai-literacy", "e-2");

        var diff = RoleDiff.Between(Snapshot(Baseline, Portal, data), Snapshot(Baseline, chatbot, Portal.WithShare(35)));

        diff.Tasks.Should().Equal(new Revision<RoleTask>(Portal, Portal.WithShare(35)), new Revision<RoleTask>(data, null), new Revision<RoleTask>(null, chatbot));
        diff.AddedTasks.Should().Equal(chatbot);
        diff.RemovedTasks.Should().Equal(data);
        diff.ChangedTasks.Should().ContainSingle();
        diff.ShareChanges.Should().HaveCount(3);
    }

    [Fact]
    public void Between_StatusChangeToSuspended_IsAShareChange() =>
        RoleDiff.Between(Snapshot(Baseline, Portal), Snapshot(Baseline, Portal.WithStatus(RoleTaskStatus.Suspended)))
            .ShareChanges.Should().ContainSingle();

    [Fact]
    public void Between_TitleChange_IsNotAShareChange() =>
        RoleDiff.Between(Snapshot(Baseline, Portal), Snapshot(Baseline, new RoleTask("portal", LocalizedText.Invariant("Portal"), 30)))
            .ShareChanges.Should().BeEmpty();

    [Fact]
    public void Between_RequirementsAndDefinition_AreCompared()
    {
        var after = Baseline.WithRequirements(Baseline.Requirements.Skip(1).Append(new CompetencyRequirement("ai-literacy"))).WithOpenness(RoleOpenness.Fixed);

        var diff = RoleDiff.Between(Snapshot(Baseline), Snapshot(after));

        diff.Requirements.Select(r => (r.Before?.Id, r.After?.Id)).Should().Equal(("digital-strategy", null), (null, "ai-literacy"));
        diff.ChangedAspects.Should().Equal(RoleAspect.Openness);
        diff.Definition.Should().Be(new Revision<Role>(Baseline, after));
    }

    [Fact]
    public void Equals_SameDifference_IsTrue()
    {
        var now = Cdo.AsKnownAt(Instant.MaxValue);

        now.Compare(Day(2023, 1, 1), Day(2024, 6, 1)).Should().Be(now.Compare(Day(2023, 1, 1), Day(2024, 6, 1)));
        now.Compare(Day(2023, 1, 1), Day(2024, 6, 1)).Should().NotBe(now.Compare(Day(2023, 1, 1), Day(2023, 6, 1)));
    }

    [Fact]
    public void Between_WithNull_Throws() =>
        FluentActions.Invoking(() => RoleDiff.Between(null!, Snapshot(Baseline))).Should().Throw<ArgumentNullException>();
}
