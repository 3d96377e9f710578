using NodaTime;
using RoleModel.History;
using static RoleModel.Tests.History.CdoHistory;

namespace RoleModel.Tests.History;

/// <summary>The event timeline: decisions on their proposals, tasks before and after, retroactive corrections.</summary>
public sealed class RoleEventTests
{
    private static readonly RoleHistoryView Now = Cdo.AsKnownAt(Instant.MaxValue);
    private static readonly RoleHistoryView KnownOnFirstMarch2026 = Cdo.AsKnownAt(Instant.FromUtc(2026, 3, 1, 0, 0));

    [Fact]
    public void GetEvents_WholeHistory_ListsEveryChangeButDecisionsInDayOrder()
    {
        var events = Now.GetEvents(Day(2020, 1, 1), Day(2030, 1, 1));

        events.Select(e => e.Change.Id).Should().Equal("c01", "c02", "c03", "c04", "c06", "c08", "c09", "c10", "c11", "c13", "c14");
        events.Select(e => e.Day).Should().BeInAscendingOrder();
    }

    [Fact]
    public void GetEvents_Proposals_CarryTheirDecisions()
    {
        var events = Now.GetEvents(Day(2020, 1, 1), Day(2030, 1, 1)).ToDictionary(e => e.Change.Id);

        (events["c04"].State, events["c04"].Decision!.Id).Should().Be((ProposalState.Rejected, "c05"));
        (events["c06"].State, events["c06"].Decision!.Id).Should().Be((ProposalState.Accepted, "c07"));
        (events["c11"].State, events["c11"].Decision!.Id).Should().Be((ProposalState.Withdrawn, "c12"));
        (events["c01"].State, events["c01"].Decision).Should().Be((ProposalState.Accepted, null));
    }

    [Fact]
    public void GetEvents_BeforeTheDecision_ShowsTheProposalPending()
    {
        var events = Cdo.AsKnownAt(Instant.FromUtc(2023, 9, 10, 0, 0)).GetEvents(Day(2023, 1, 1), Day(2023, 12, 31));

        var chatbot = events.Should().ContainSingle(e => e.Change.Id == "c06").Subject;
        (chatbot.State, chatbot.Decision, chatbot.IsRetroactive).Should().Be((ProposalState.Proposed, null, false));
    }

    [Fact]
    public void GetEvents_DelegationAndReweighting_NameTheTaskBefore()
    {
        var events = Now.GetEvents(Day(2024, 1, 1), Day(2024, 1, 1));

        var delegation = events.Single(e => e.Change.Id == "c08");
        (delegation.Change.TargetRoleId, delegation.Task!.Id, delegation.PreviousTask!.Share).Should().Be(("data-officer", "data", 20m));
        var reweighting = events.Single(e => e.Change.Id == "c09");
        (reweighting.PreviousTask!.Share, reweighting.Task!.Share).Should().Be((30m, 35m));
        events.Single(e => e.Change.Id == "c08").PreviousTask.Should().Be(Now.ProjectOn(Day(2023, 12, 31)).Tasks.Find("data"));
    }

    [Fact]
    public void GetEvents_RetroactiveCorrection_KnowsWhatWasKnownBefore()
    {
        var correction = Now.GetEvents(Day(2026, 1, 1), Day(2026, 1, 1)).Single(e => e.Change.Id == "c14");

        correction.IsRetroactive.Should().BeTrue();
        correction.IsCorrection.Should().BeTrue();
        correction.KnownBefore!.Share.Should().Be(15m);
        correction.KnownNow!.Share.Should().Be(5m);
        correction.KnownBefore.Should().Be(KnownOnFirstMarch2026.ProjectOn(Day(2026, 1, 1)).Tasks.Find("ai-governance"));
    }

    [Fact]
    public void GetEvents_LateEntryOfANewTask_IsRetroactiveButNoCorrection()
    {
        var late = Now.GetEvents(Day(2026, 1, 1), Day(2026, 1, 1)).Single(e => e.Change.Id == "c13");

        (late.IsRetroactive, late.IsCorrection, late.KnownBefore).Should().Be((true, false, null));
        late.KnownNow!.Share.Should().Be(5m, "as known now, the task of that day is the corrected version");
    }

    [Fact]
    public void GetEvents_BeforeTheCorrectionIsKnown_HasNoCorrection()
    {
        var events = KnownOnFirstMarch2026.GetEvents(Day(2026, 1, 1), Day(2026, 1, 1));

        events.Select(e => e.Change.Id).Should().Equal("c13");
        events[0].KnownNow!.Share.Should().Be(15m);
    }

    [Fact]
    public void GetEvents_ChangesRecordedBeforeTheyTakeEffect_AreNotRetroactive() =>
        Now.GetEvents(Day(2023, 10, 1), Day(2024, 1, 1)).Should().OnlyContain(e => !e.IsRetroactive && e.KnownBefore == null && e.KnownNow == null);

    [Fact]
    public void GetEvents_EmptyHistoryOrPeriodBeforeTheFirstChange_IsEmpty()
    {
        new RoleHistory(Baseline).AsKnownAt(Instant.MaxValue).GetEvents(Day(2020, 1, 1), Day(2030, 1, 1)).Should().BeEmpty();
        Now.GetEvents(Day(2020, 1, 1), Day(2021, 12, 31)).Should().BeEmpty();
        Now.Invoking(v => v.GetEvents(Day(2024, 1, 2), Day(2024, 1, 1))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Equality_AndText()
    {
        var first = Now.GetEvents(Day(2026, 1, 1), Day(2026, 1, 1));
        var second = Now.GetEvents(Day(2026, 1, 1), Day(2026, 1, 1));

        first.Should().Equal(second);
        first[0].GetHashCode().Should().Be(second[0].GetHashCode());
        first[0].Should().NotBe(first[1]);
        first[1].ToString().Should().Be("c14 TaskChanged 2026-01-01 Accepted correction");
    }
}
