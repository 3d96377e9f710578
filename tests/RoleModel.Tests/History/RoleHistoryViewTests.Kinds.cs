using NodaTime;
using RoleModel.History;
using static RoleModel.Tests.History.CdoHistory;

namespace RoleModel.Tests.History;

/// <summary>What each kind of change does to the projection.</summary>
public sealed partial class RoleHistoryViewTests
{
    private static readonly LocalizedText NewTitle = LocalizedText.Of("en", "Chief Digital and AI Officer");
    private static readonly ResponsibilityArea AiArea = new("ai", LocalizedText.Of("en", "AI"), new ShareRange(0, 40));

    private static readonly RoleHistoryView EveryKind = new RoleHistory(Baseline, [
        RoleChange.ChangeRequirement("k1", Day(2024, 1, 1), At(2024, 1, 1), "hr", new CompetencyRequirement("procurement", Level("e-2"))),
        RoleChange.RemoveRequirement("k2", Day(2024, 2, 1), At(2024, 1, 1), "hr", "change-management"),
        RoleChange.ChangeMetadata("k3", Day(2024, 3, 1), At(2024, 1, 1), "hr", NewTitle, LocalizedText.Of("en", "AI too."), [LocalizedText.Of("en", "An AI policy")], RoleOpenness.Framed(new ShareRange(0, 20)), [AiArea]),
        RoleChange.ChangeTemplate("k4", Day(2024, 4, 1), At(2024, 1, 1), "hr", new RoleTemplate("data-officer")),
        RoleChange.ChangeTemplate("k5", Day(2024, 5, 1), At(2024, 1, 1), "hr", null),
        RoleChange.AddTask("k6", Day(2024, 1, 1), At(2024, 1, 1), "hr", Task("x", 10, "ai", "ai-literacy", "e-2")),
        RoleChange.ChangeTask("k7", Day(2024, 6, 1), At(2024, 1, 1), "hr", Task("x", 10, "ai", "ai-literacy", "e-2").WithStatus(RoleTaskStatus.Suspended)),
        RoleChange.RetireTask("k8", Day(2024, 7, 1), At(2024, 1, 1), "hr", "x"),
        RoleChange.ChangeMetadata("k9", Day(2024, 8, 1), At(2024, 1, 1), "hr", title: Baseline.Title),
    ]).AsKnownAt(Instant.MaxValue);

    [Fact]
    public void ProjectOn_RequirementChangedAndRemoved_ReplacesAndDrops()
    {
        EveryKind.ProjectOn(Day(2024, 1, 1)).Role.FindRequirement("procurement")!.MinimumLevel.Should().Be(Level("e-2"));
        EveryKind.ProjectOn(Day(2024, 1, 31)).Role.FindRequirement("change-management").Should().NotBeNull();
        EveryKind.ProjectOn(Day(2024, 2, 1)).Role.Requirements.Select(r => r.Id).Should().Equal("digital-strategy", "procurement");
    }

    [Fact]
    public void ProjectOn_MetadataChanged_ReplacesEveryGivenPart()
    {
        var role = EveryKind.ProjectOn(Day(2024, 3, 1)).Role;

        role.Title.Should().Be(NewTitle);
        role.Purpose.Should().Be(LocalizedText.Of("en", "AI too."));
        role.Outcomes.Should().Equal(LocalizedText.Of("en", "An AI policy"));
        role.Openness.Should().Be(RoleOpenness.Framed(new ShareRange(0, 20)));
        role.Areas.Should().Equal(AiArea);
    }

    [Fact]
    public void ProjectOn_PartialMetadataChange_KeepsTheOtherParts()
    {
        var role = EveryKind.ProjectOn(Day(2024, 8, 1)).Role;

        role.Title.Should().Be(Baseline.Title);
        role.Purpose.Should().Be(LocalizedText.Of("en", "AI too."));
    }

    [Fact]
    public void ProjectOn_TemplateChangedThenDropped_FollowsBoth()
    {
        EveryKind.ProjectOn(Day(2024, 4, 1)).Role.Template.Should().Be(new RoleTemplate("data-officer"));
        EveryKind.ProjectOn(Day(2024, 5, 1)).Role.Template.Should().BeNull();
    }

    [Fact]
    public void ProjectOn_TaskSuspendedThenRetired_StaysWithoutShareThenLeaves()
    {
        EveryKind.ProjectOn(Day(2024, 6, 1)).Tasks.Find("x")!.IsActive.Should().BeFalse();
        EveryKind.ProjectOn(Day(2024, 6, 1)).Tasks.ActiveShare.Should().Be(0);
        EveryKind.ProjectOn(Day(2024, 7, 1)).Tasks.Find("x").Should().BeNull();
    }

    [Fact]
    public void Compare_AcrossMetadataChange_NamesTheChangedAspects()
    {
        var diff = EveryKind.Compare(Day(2024, 2, 1), Day(2024, 5, 1));

        diff.ChangedAspects.Should().Equal(RoleAspect.Title, RoleAspect.Purpose, RoleAspect.Outcomes, RoleAspect.Openness, RoleAspect.Areas);
        diff.Definition!.After!.Title.Should().Be(NewTitle);
    }
}
