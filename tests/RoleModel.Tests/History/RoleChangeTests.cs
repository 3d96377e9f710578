using NodaTime;
using RoleModel.History;
using static RoleModel.Tests.History.CdoHistory;

namespace RoleModel.Tests.History;

public sealed class RoleChangeTests
{
    private static readonly RoleTask Portal = Task("portal", 30, "strategy", "change-management", "e-3");

    [Fact]
    public void AddTask_SetsHeaderAndPayload()
    {
        var change = RoleChange.AddTask("c1", Day(2024, 1, 1), At(2024, 1, 2), "hr", Portal, "Why not.", isProposal: true);

        (change.Id, change.Kind, change.EffectiveOn, change.RecordedAt, change.Author, change.Reason, change.IsProposal)
            .Should().Be(("c1", RoleChangeKind.TaskAdded, Day(2024, 1, 1), At(2024, 1, 2), "hr", "Why not.", true));
        (change.Task, change.TaskId, change.IsTaskChange).Should().Be((Portal, "portal", true));
        change.Requirement.Should().BeNull();
        change.Extensions.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Factories_SetTheirKindAndOnlyTheirPayload()
    {
        var requirement = new CompetencyRequirement("ai-literacy");
        var (day, at) = (Day(2024, 1, 1), At(2024, 1, 1));

        RoleChange.ChangeTask("c", day, at, "hr", Portal).Should().Match<RoleChange>(c => c.Kind == RoleChangeKind.TaskChanged && c.TaskId == "portal");
        RoleChange.DelegateTask("c", day, at, "hr", "data", "data-officer").Should().Match<RoleChange>(c => c.Kind == RoleChangeKind.TaskDelegated && c.TargetRoleId == "data-officer" && c.Task == null);
        RoleChange.RetireTask("c", day, at, "hr", "data").Should().Match<RoleChange>(c => c.Kind == RoleChangeKind.TaskRetired && c.TaskId == "data");
        RoleChange.AddRequirement("c", day, at, "hr", requirement).Should().Match<RoleChange>(c => c.Kind == RoleChangeKind.RequirementAdded && c.RequirementId == "ai-literacy" && !c.IsTaskChange);
        RoleChange.ChangeRequirement("c", day, at, "hr", requirement).Kind.Should().Be(RoleChangeKind.RequirementChanged);
        RoleChange.RemoveRequirement("c", day, at, "hr", "ai-literacy").Should().Match<RoleChange>(c => c.Kind == RoleChangeKind.RequirementRemoved && c.Requirement == null);
        RoleChange.ChangeMetadata("c", day, at, "hr", openness: RoleOpenness.Fixed).Should().Match<RoleChange>(c => c.Kind == RoleChangeKind.MetadataChanged && c.Title == null && c.Outcomes == null);
        RoleChange.ChangeTemplate("c", day, at, "hr", null).Should().Match<RoleChange>(c => c.Kind == RoleChangeKind.TemplateChanged && c.Template == null);
        RoleChange.Decide("c", day, at, "mayor", "p", ProposalState.Withdrawn).Should().Match<RoleChange>(c => c.Kind == RoleChangeKind.ProposalDecided && c.ProposalId == "p" && c.Decision == ProposalState.Withdrawn);
    }

    [Fact]
    public void ChangeMetadata_WithoutAnyPart_Throws() =>
        FluentActions.Invoking(() => RoleChange.ChangeMetadata("c", Day(2024, 1, 1), At(2024, 1, 1), "hr"))
            .Should().Throw<ArgumentException>().WithMessage("A metadata change must replace at least one of*");

    [Fact]
    public void Decide_Proposed_Throws() =>
        FluentActions.Invoking(() => RoleChange.Decide("c", Day(2024, 1, 1), At(2024, 1, 1), "mayor", "p", ProposalState.Proposed))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("A decision must accept, reject or withdraw a proposal.*");

    [Fact]
    public void Factory_WithNonIsoDay_Throws() =>
        FluentActions.Invoking(() => RoleChange.RetireTask("c", Day(2024, 1, 1).WithCalendar(CalendarSystem.Julian), At(2024, 1, 1), "hr", "t"))
            .Should().Throw<ArgumentException>().WithMessage("The effective day of a change must be in the ISO calendar.*");

    [Theory]
    [InlineData("")]
    [InlineData(" hr")]
    public void Factory_WithBlankOrPaddedAuthor_Throws(string author) =>
        FluentActions.Invoking(() => RoleChange.RetireTask("c", Day(2024, 1, 1), At(2024, 1, 1), author, "t")).Should().Throw<ArgumentException>();

    [Fact]
    public void Factory_WithNullTask_Throws() =>
        FluentActions.Invoking(() => RoleChange.AddTask("c", Day(2024, 1, 1), At(2024, 1, 1), "hr", null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void Equals_SameMembers_IsTrue_AndAnyDifferenceMatters()
    {
        RoleChange Make(string reason = "r", params LocalizedText[] outcomes) =>
            RoleChange.ChangeMetadata("c", Day(2024, 1, 1), At(2024, 1, 1), "hr", outcomes: outcomes, reason: reason);

        Make("r", LocalizedText.Invariant("a")).Should().Be(Make("r", LocalizedText.Invariant("a")));
        Make("r", LocalizedText.Invariant("a")).GetHashCode().Should().Be(Make("r", LocalizedText.Invariant("a")).GetHashCode());
        Make("r", LocalizedText.Invariant("a")).Should().NotBe(Make("r", LocalizedText.Invariant("b")));
        Make("r").Should().NotBe(Make("s"));
        RoleChange.RetireTask("c", Day(2024, 1, 1), At(2024, 1, 1), "hr", "t")
            .Should().NotBe(RoleChange.RetireTask("c", Day(2024, 1, 1), At(2024, 1, 1), "hr", "t", isProposal: true));
    }

    [Fact]
    public void ToString_NamesIdKindAndDay() =>
        RoleChange.RetireTask("c7", Day(2024, 1, 1), At(2024, 1, 1), "hr", "t").ToString().Should().Be("c7 TaskRetired 2024-01-01");
}
