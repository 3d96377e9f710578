using NodaTime;
using NodaTime.Testing;
using RoleModel.History;
using static RoleModel.Tests.History.CdoHistory;

namespace RoleModel.Tests.History;

public sealed partial class RoleHistoryViewTests
{
    private static readonly RoleHistoryView Now = Cdo.AsKnownAt(Instant.MaxValue);

    private static decimal? ShareOf(RoleSnapshot snapshot, string taskId) => snapshot.Tasks.Find(taskId)?.Share;

    [Fact]
    public void ProjectOn_BeforeFirstChange_IsBaselineWithoutTasks()
    {
        var snapshot = Now.ProjectOn(Day(2021, 12, 31));

        snapshot.Role.Should().Be(Baseline);
        snapshot.Tasks.Tasks.Should().BeEmpty();
    }

    [Fact]
    public void ProjectOn_Mid2023_HoldsTheAcceptedTasksOnly()
    {
        var snapshot = Now.ProjectOn(Day(2023, 6, 1));

        snapshot.Tasks.Tasks.Select(t => t.Id).Should().Equal("strategy", "portal", "data");
        snapshot.Tasks.ActiveShare.Should().Be(90);
        snapshot.Tasks.SelfInitiatedShare.Should().Be(20);
    }

    [Fact]
    public void ProjectOn_AuditQuestion_AnswersWhatWasKnownOnFirstMarchAboutFirstJanuary()
    {
        var knownOnFirstMarch = Cdo.AsKnownAt(Instant.FromUtc(2026, 3, 1, 0, 0)).ProjectOn(Day(2026, 1, 1));
        var knownNow = Now.ProjectOn(Day(2026, 1, 1));

        ShareOf(knownOnFirstMarch, "ai-governance").Should().Be(15);
        ShareOf(knownNow, "ai-governance").Should().Be(5, "the correction recorded on 15 March takes effect retroactively on 1 January");
    }

    [Fact]
    public void ProjectOn_KnownBeforeTheTaskWasRecorded_LacksTheTask() =>
        Cdo.AsKnownAt(At(2022, 6, 9)).ProjectOn(Day(2022, 6, 1)).Tasks.Find("data").Should().BeNull();

    [Fact]
    public void ProjectOn_SharesWithManyDecimals_AreSummedExactly()
    {
        var third = 100m / 3m;
        var history = new RoleHistory(Baseline, [
            RoleChange.AddTask("a", Day(2024, 1, 1), At(2024, 1, 1), "hr", Task("x", third, "strategy", "procurement", "e-1", TaskOrigin.SelfInitiated)),
            RoleChange.AddTask("b", Day(2024, 1, 1), At(2024, 1, 1), "hr", Task("y", 12.5m, "strategy", "procurement", "e-1")),
        ]);

        var profile = history.AsKnownAt(Instant.MaxValue).ProjectOn(Day(2024, 1, 1)).Tasks;

        (profile.ActiveShare, profile.SelfInitiatedShare).Should().Be((third + 12.5m, third));
        Now.ProjectOn(Day(2023, 6, 1)).Tasks.ActiveShare.ToString(System.Globalization.CultureInfo.InvariantCulture).Should().Be("90");
    }

    [Fact]
    public void ProjectOn_RejectedProposal_NeverTakesEffect()
    {
        Now.ProjectOn(Day(2023, 6, 1)).Tasks.Find("ai-pilot").Should().BeNull();
        Now.GetState("c04").Should().Be(ProposalState.Rejected);
    }

    [Fact]
    public void ProjectOn_AcceptedProposal_TakesEffectAsKnownFromItsAcceptance()
    {
        var beforeAcceptance = Cdo.AsKnownAt(At(2023, 9, 10));
        var afterAcceptance = Cdo.AsKnownAt(At(2023, 9, 21));

        beforeAcceptance.ProjectOn(Day(2023, 10, 1)).Tasks.Find("chatbot").Should().BeNull();
        beforeAcceptance.GetState("c06").Should().Be(ProposalState.Proposed);
        beforeAcceptance.PendingProposals.Select(c => c.Id).Should().Equal("c06");
        afterAcceptance.ProjectOn(Day(2023, 10, 1)).Tasks.Find("chatbot").Should().NotBeNull();
        afterAcceptance.GetState("c06").Should().Be(ProposalState.Accepted);
        afterAcceptance.PendingProposals.Should().BeEmpty();
    }

    [Fact]
    public void ProjectOn_WithdrawnProposal_LeavesTheTitleAsItWas()
    {
        Cdo.AsKnownAt(At(2025, 2, 10)).GetState("c11").Should().Be(ProposalState.Proposed);
        Now.GetState("c11").Should().Be(ProposalState.Withdrawn);
        Now.ProjectOn(Day(2025, 6, 1)).Role.Title.Should().Be(Baseline.Title);
    }

    [Fact]
    public void GetState_OfUnknownOrNotYetRecordedChange_IsNull()
    {
        Now.GetState("nope").Should().BeNull();
        Cdo.AsKnownAt(At(2022, 1, 1)).GetState("c01").Should().BeNull();
        Now.GetState("c01").Should().Be(ProposalState.Accepted);
    }

    [Fact]
    public void ProjectOn_AfterDelegation_LacksTheTask_AndTheReceivingRoleHasItAsDelegated()
    {
        var receiving = new RoleHistory(
            Municipality.FindRole("data-officer")!,
            [RoleChange.AddTask("d01", Day(2024, 1, 1), At(2023, 12, 1), "hr", Task("data", 25, "data", "data-governance", "e-3", TaskOrigin.Delegated))]);

        Now.ProjectOn(Day(2024, 1, 1)).Tasks.Find("data").Should().BeNull();
        Now.ProjectOn(Day(2023, 12, 31)).Tasks.Find("data").Should().NotBeNull();
        receiving.AsKnownAt(Instant.MaxValue).ProjectOn(Day(2024, 1, 1)).Tasks.Find("data")!.Origin.Should().Be(TaskOrigin.Delegated);
    }

    [Fact]
    public void AsKnownAt_Clock_IsTheViewAtTheClocksInstant()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 3, 1, 0, 0));

        Cdo.AsKnownAt(clock).Should().Be(Cdo.AsKnownAt(clock.GetCurrentInstant()));
        ShareOf(Cdo.AsKnownAt(clock).ProjectOn(Day(2026, 1, 1)), "ai-governance").Should().Be(15);
    }

    [Fact]
    public void Members_WithNullArguments_Throw()
    {
        FluentActions.Invoking(() => Cdo.AsKnownAt((IClock)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Now.GetState(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Now.GetTaskTimeline(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Now.GetShare(Day(2024, 1, 1), null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => Now.FindCrossings(Day(2024, 1, 1), Day(2024, 2, 1), null!, 50)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void KnownChanges_AreThoseRecordedUpToTheInstant() =>
        Cdo.AsKnownAt(At(2022, 6, 10)).KnownChanges.Select(c => c.Id).Should().Equal("c01", "c02", "c03");

    [Fact]
    public void Compare_AcrossTheDelegation_ReportsRemovalAndShareChange()
    {
        var diff = Now.Compare(Day(2023, 12, 31), Day(2024, 1, 1));

        diff.RemovedTasks.Select(t => t.Id).Should().Equal("data");
        diff.ChangedTasks.Should().ContainSingle().Which.After!.Share.Should().Be(35);
        diff.ShareChanges.Select(r => (r.Before ?? r.After)!.Id).Should().Equal("portal", "data");
        diff.Requirements.Should().BeEmpty();
        diff.ChangedAspects.Should().BeEmpty();
    }

    [Fact]
    public void Compare_AcrossARequirementAddition_ReportsTheRequirement() =>
        Now.Compare(Day(2024, 4, 30), Day(2024, 5, 1)).Requirements.Should().ContainSingle().Which.After!.Id.Should().Be("ai-literacy");

    [Fact]
    public void Compare_SameDay_IsEmpty() => Now.Compare(Day(2024, 3, 3), Day(2024, 3, 3)).IsEmpty.Should().BeTrue();

    [Fact]
    public void Equals_SameHistoryAndInstant_IsTrue()
    {
        Cdo.AsKnownAt(At(2024, 1, 1)).Should().Be(Cdo.AsKnownAt(At(2024, 1, 1)));
        Cdo.AsKnownAt(At(2024, 1, 1)).Should().NotBe(Cdo.AsKnownAt(At(2024, 1, 2)));
    }
}
