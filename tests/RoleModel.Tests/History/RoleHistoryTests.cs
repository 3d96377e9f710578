using NodaTime;
using RoleModel.History;
using RoleModel.Validation;
using static RoleModel.Tests.History.CdoHistory;

namespace RoleModel.Tests.History;

public sealed class RoleHistoryTests
{
    private const string Path = "$.histories[0]";

    private static ValidationReport ValidateWith(params RoleChange[] more) => Cdo.Append(more).Validate(Municipality, Path);

    [Fact]
    public void Constructor_KeepsBaselineAndChanges()
    {
        Cdo.RoleId.Should().Be("cdo");
        Cdo.Baseline.Should().Be(Baseline);
        Cdo.Changes.Should().Equal(Changes);
    }

    [Fact]
    public void Constructor_BaselineTasksWithoutTheirDay_OrTwice_Throws()
    {
        var task = new RoleTask("duty", LocalizedText.Of("en", "Duty"), 10m);

        FluentActions.Invoking(() => new RoleHistory(Baseline, baselineTasks: [task])).Should().Throw<ArgumentException>().WithParameterName("baselineTasksFrom");
        FluentActions.Invoking(() => new RoleHistory(Baseline, baselineTasksFrom: new LocalDate(2024, 1, 1))).Should().Throw<ArgumentException>().WithParameterName("baselineTasksFrom");
        FluentActions.Invoking(() => new RoleHistory(Baseline, baselineTasks: [task, task], baselineTasksFrom: new LocalDate(2024, 1, 1)))
            .Should().Throw<ArgumentException>().WithParameterName("baselineTasks");
    }

    [Fact]
    public void Append_KeepsTheBaselineTasks()
    {
        var history = new RoleHistory(Baseline, baselineTasks: [new RoleTask("duty", LocalizedText.Of("en", "Duty"), 10m)], baselineTasksFrom: new LocalDate(2022, 1, 1));

        var appended = history.Append(Changes[0]);

        appended.BaselineTasks.Should().Equal(history.BaselineTasks);
        appended.BaselineTasksFrom.Should().Be(new LocalDate(2022, 1, 1));
        history.Should().NotBe(new RoleHistory(Baseline));
    }

    [Fact]
    public void Constructor_WithChangesOutOfRecordedOrder_Throws() =>
        FluentActions.Invoking(() => new RoleHistory(Baseline, [Changes[2], Changes[0]]))
            .Should().Throw<ArgumentException>().WithMessage("Change 'c01' must not be recorded before change 'c03'*append-only*");

    [Fact]
    public void AppendIfUnchanged_ReadAtTheLastChange_Appends()
    {
        var change = RoleChange.RetireTask("c15", Day(2026, 6, 1), At(2026, 5, 1), "hr", "portal");

        var result = Cdo.AppendIfUnchanged(Cdo.LastChangeId, [change]);

        result.IsAppended.Should().BeTrue();
        result.History.Changes.Should().EndWith(change);
        result.Missed.Should().BeEmpty();
        result.Refusal.Should().BeNull();
    }

    [Fact]
    public void AppendIfUnchanged_HistoryMovedOn_IsRefusedNamingWhatWasMissed()
    {
        var readAt = Cdo.Changes[^3].Id;
        var change = RoleChange.RetireTask("c15", Day(2026, 6, 1), At(2026, 5, 1), "hr", "portal");

        var result = Cdo.AppendIfUnchanged(readAt, [change]);

        result.IsAppended.Should().BeFalse();
        result.History.Should().BeSameAs(Cdo);
        result.Missed.Should().Equal(Cdo.Changes[^2], Cdo.Changes[^1]);
        result.Refusal.Should().Be($"The history of role 'cdo' was read at change '{readAt}', but 2 changes were recorded since ('{Cdo.Changes[^2].Id}', '{Cdo.Changes[^1].Id}'); nothing was appended. Read it again and decide again.");
    }

    [Fact]
    public void AppendIfUnchanged_ReadEmptyOrAtAChangeItDoesNotHold_IsRefused()
    {
        var change = RoleChange.RetireTask("c15", Day(2026, 6, 1), At(2026, 5, 1), "hr", "portal");

        Cdo.AppendIfUnchanged(null, [change]).Missed.Should().Equal(Cdo.Changes);
        var unknown = Cdo.AppendIfUnchanged("elsewhere-7", [change]);
        unknown.IsAppended.Should().BeFalse();
        unknown.Refusal.Should().Be($"The history of role 'cdo' was read at change 'elsewhere-7', which it does not hold (its last change is '{Cdo.LastChangeId}'); nothing was appended.");
        new RoleHistory(Baseline).AppendIfUnchanged(null, [change]).IsAppended.Should().BeTrue();
    }

    [Fact]
    public void Append_ReturnsANewHistoryAndLeavesThisOneAlone()
    {
        var change = RoleChange.RetireTask("c15", Day(2026, 6, 1), At(2026, 5, 1), "hr", "portal");

        var appended = Cdo.Append(change);

        appended.Changes.Should().HaveCount(Changes.Length + 1).And.EndWith(change);
        Cdo.Changes.Should().HaveCount(Changes.Length);
    }

    [Fact]
    public void Append_RecordedBeforeTheLastChange_Throws() =>
        FluentActions.Invoking(() => Cdo.Append(RoleChange.RetireTask("c15", Day(2026, 6, 1), At(2026, 3, 14), "hr", "portal")))
            .Should().Throw<ArgumentException>().WithMessage("*must not be recorded before change 'c14'*");

    [Fact]
    public void Append_RepeatedIdentifier_Throws() =>
        FluentActions.Invoking(() => Cdo.Append(RoleChange.RetireTask("c14", Day(2026, 6, 1), At(2026, 5, 1), "hr", "portal")))
            .Should().Throw<ArgumentException>().WithMessage("The change identifier 'c14' must not occur twice in a history.*");

    [Fact]
    public void Append_AtTheSameInstantAsTheLastChange_IsAllowed() =>
        Cdo.Append(RoleChange.RetireTask("c15", Day(2026, 6, 1), Changes[^1].RecordedAt, "hr", "portal")).Changes.Should().HaveCount(15);

    [Fact]
    public void Equals_SameBaselineAndChanges_IsTrue()
    {
        new RoleHistory(Baseline, Changes).Should().Be(Cdo);
        new RoleHistory(Baseline, Changes).GetHashCode().Should().Be(Cdo.GetHashCode());
        new RoleHistory(Baseline, Changes[..^1]).Should().NotBe(Cdo);
    }

    [Fact]
    public void Validate_TheCdoHistory_FindsNoProblem() => Cdo.Validate(Municipality, Path).Problems.Should().BeEmpty();

    [Fact]
    public void Validate_ChangingATaskBeforeItExists_ReportsTheChangesPath() =>
        ValidateWith(RoleChange.ChangeTask("c15", Day(2021, 12, 1), At(2026, 4, 1), "hr", Task("strategy", 30, "strategy", "digital-strategy", "e-4")))
            .Problems.Should().ContainSingle().Which.Should().Match<ValidationProblem>(p =>
                p.Code == ProblemCodes.UnresolvedReference && p.Path == "$.histories[0].changes[14].task.id" && p.Message.Contains("does not have on 2021-12-01"));

    [Fact]
    public void Validate_RetiringAnUnknownTask_ReportsTheTaskReference() =>
        ValidateWith(RoleChange.RetireTask("c15", Day(2026, 6, 1), At(2026, 4, 1), "hr", "ghost"))
            .Problems.Select(p => (p.Code, p.Path)).Should().Equal((ProblemCodes.UnresolvedReference, "$.histories[0].changes[14].task"));

    [Fact]
    public void Validate_AddingATaskTheRoleHas_ReportsADuplicate() =>
        ValidateWith(RoleChange.AddTask("c15", Day(2023, 1, 1), At(2026, 4, 1), "hr", Task("portal", 1, "strategy", "change-management", "e-3")))
            .Problems.Should().Contain(p => p.Code == ProblemCodes.DuplicateId && p.Path == "$.histories[0].changes[14].task.id");

    [Fact]
    public void Validate_RequirementChanges_AreCheckedAgainstTheRequirementsOfTheirDay() =>
        ValidateWith(
            RoleChange.AddRequirement("c15", Day(2026, 6, 1), At(2026, 4, 1), "hr", new CompetencyRequirement("procurement")),
            RoleChange.ChangeRequirement("c16", Day(2024, 4, 30), At(2026, 4, 1), "hr", new CompetencyRequirement("ai-literacy")),
            RoleChange.RemoveRequirement("c17", Day(2026, 6, 1), At(2026, 4, 1), "hr", "nope"),
            RoleChange.AddRequirement("c18", Day(2026, 6, 1), At(2026, 4, 1), "hr", new CompetencyRequirement("quantum")))
            .Problems.Select(p => (p.Code, p.Path)).Should().Equal(
                (ProblemCodes.DuplicateId, "$.histories[0].changes[14].requirement.id"),
                (ProblemCodes.UnresolvedReference, "$.histories[0].changes[15].requirement.id"),
                (ProblemCodes.UnresolvedReference, "$.histories[0].changes[16].requirement"),
                (ProblemCodes.UnresolvedReference, "$.histories[0].changes[17].requirement.competency"));

    [Fact]
    public void Validate_DelegationToUnknownOrOwnRole_IsReported() =>
        ValidateWith(
            RoleChange.DelegateTask("c15", Day(2026, 6, 1), At(2026, 4, 1), "hr", "portal", "nobody"),
            RoleChange.DelegateTask("c16", Day(2026, 6, 1), At(2026, 4, 1), "hr", "strategy", "cdo"))
            .Problems.Select(p => (p.Code, p.Path)).Should().Equal(
                (ProblemCodes.UnresolvedReference, "$.histories[0].changes[14].targetRole"),
                (ProblemCodes.InvalidValue, "$.histories[0].changes[15].targetRole"));

    [Fact]
    public void Validate_TemplateChangeToUnknownRole_IsReported() =>
        ValidateWith(RoleChange.ChangeTemplate("c15", Day(2026, 6, 1), At(2026, 4, 1), "hr", new RoleTemplate("nobody")))
            .Problems.Should().Contain(p => p.Code == ProblemCodes.UnresolvedReference && p.Path == "$.histories[0].changes[14].template.role");

    [Fact]
    public void Validate_DecisionsOnUnknownDirectOrDecidedChanges_AreReported() =>
        ValidateWith(
            RoleChange.Decide("c15", Day(2026, 4, 1), At(2026, 4, 1), "mayor", "nope", ProposalState.Accepted),
            RoleChange.Decide("c16", Day(2026, 4, 1), At(2026, 4, 1), "mayor", "c01", ProposalState.Rejected),
            RoleChange.Decide("c17", Day(2026, 4, 1), At(2026, 4, 1), "mayor", "c04", ProposalState.Accepted))
            .Problems.Select(p => (p.Code, p.Path)).Should().Equal(
                (ProblemCodes.UnresolvedReference, "$.histories[0].changes[14].proposal"),
                (ProblemCodes.ProposalNotPending, "$.histories[0].changes[15].proposal"),
                (ProblemCodes.ProposalNotPending, "$.histories[0].changes[16].proposal"));

    [Fact]
    public void Validate_ProposalThatWouldBreakARule_IsReportedWhilePendingButNotOnceRejected()
    {
        var proposal = RoleChange.AddTask("c15", Day(2026, 6, 1), At(2026, 4, 1), "cdo-holder", Task("portal", 5, "strategy", "change-management", "e-3"), isProposal: true);
        var rejection = RoleChange.Decide("c16", Day(2026, 4, 2), At(2026, 4, 2), "mayor", "c15", ProposalState.Rejected);

        ValidateWith(proposal).Problems.Select(p => p.Code).Should().Equal(ProblemCodes.DuplicateId);
        ValidateWith(proposal, rejection).Problems.Should().BeEmpty();
    }

    [Fact]
    public void Validate_SecondDecision_DoesNotOverrideTheFirst() =>
        Cdo.Append(RoleChange.Decide("c15", Day(2026, 4, 1), At(2026, 4, 1), "mayor", "c04", ProposalState.Accepted))
            .AsKnownAt(Instant.MaxValue).GetState("c04").Should().Be(ProposalState.Rejected);

    [Fact]
    public void Validate_SharesAbove100_AreReportedOnceFromTheFirstDayTheyBreak()
    {
        var report = ValidateWith(RoleChange.AddTask("c15", Day(2024, 3, 1), At(2026, 4, 1), "hr", Task("extra", 20, "strategy", "procurement", "e-2")));

        report.Errors.Should().ContainSingle().Which.Should().Match<ValidationProblem>(p =>
            p.Code == ProblemCodes.TaskSharesExceedTotal
            && p.Path == "$.histories[0].changes[14]"
            && p.Message.StartsWith("From 2024-03-01: The active tasks of role 'cdo' take 105 %", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_SelfInitiatedTaskOnceTheRoleIsFixed_AreLocatedAtTheTasksChanges()
    {
        var report = ValidateWith(RoleChange.ChangeMetadata("c15", Day(2025, 1, 1), At(2026, 4, 1), "hr", openness: RoleOpenness.Fixed));

        report.Problems.Select(p => (p.Code, p.Path, p.Message[..16])).Should().Equal(
            (ProblemCodes.SelfInitiatedTaskInFixedRole, "$.histories[0].changes[5].task.origin", "From 2025-01-01:"),
            (ProblemCodes.SelfInitiatedTaskInFixedRole, "$.histories[0].changes[13].task.origin", "From 2026-01-01:"));
    }

    [Fact]
    public void Validate_RuleThatBreaksRecoversAndBreaksAgain_IsReportedTwice()
    {
        var report = ValidateWith(
            RoleChange.AddTask("c15", Day(2022, 2, 1), At(2026, 4, 1), "hr", Task("extra", 40, "strategy", "procurement", "e-2")),
            RoleChange.RetireTask("c16", Day(2022, 3, 1), At(2026, 4, 1), "hr", "extra"),
            RoleChange.AddTask("c17", Day(2022, 4, 1), At(2026, 4, 1), "hr", Task("extra", 40, "strategy", "procurement", "e-2")));

        report.Errors.Select(p => p.Message[..16]).Should().Equal("From 2022-02-01:", "From 2022-04-01:");
        report.Warnings.Should().HaveCount(2, "the strategy area is over its range on the same days");
    }

    [Fact]
    public void Validate_WithNullCatalogue_Throws() =>
        FluentActions.Invoking(() => Cdo.Validate(null!)).Should().Throw<ArgumentNullException>();
}
