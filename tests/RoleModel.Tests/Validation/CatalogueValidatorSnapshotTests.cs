using RoleModel.Tests.Infrastructure;
using RoleModel.Validation;
using static RoleModel.Tests.Infrastructure.Make;
using static RoleModel.Tests.Infrastructure.TestCatalogues;

namespace RoleModel.Tests.Validation;

/// <summary>The rules of <see cref="Catalogue.Validate(RoleSnapshot, string)"/>: each broken once in the CDO's valid task profile.</summary>
public sealed class CatalogueValidatorSnapshotTests
{
    private static ValidationReport Validate(Role role, params RoleTask[] tasks) => Municipal().Validate(new RoleSnapshot(role, new TaskProfile(tasks)));

    private static ValidationReport ValidateCdo(Func<RoleTask[], RoleTask[]> change) => Validate(Cdo(), change([.. CdoTasks().Tasks]));

    private static RoleTask Task(string id, decimal share, string? area = null, TaskOrigin origin = TaskOrigin.Assigned, params CompetencyUse[] uses) =>
        new(id, Text(id), share, origin, areaId: area, uses: uses);

    [Fact]
    public void Validate_ValidProfileOfOpenRole_ReportsNothing() =>
        Municipal().Validate(new RoleSnapshot(Cdo(), CdoTasks())).Problems.Should().BeEmpty();

    [Fact]
    public void Validate_ProfileOfDerivedRole_UsesTheResolvedAreas() =>
        Validate(SmallTownCdo(), Task("plan", 30m, "strategy"), Task("apps", 25m, "transformation", TaskOrigin.SelfInitiated), Task("servers", 20m, "it-operations"))
            .Problems.Should().BeEmpty();

    [Fact]
    public void Validate_TaskInAreaRemovedByDerivation_IsReported() =>
        Validate(SmallTownCdo(), Task("plan", 30m, "strategy"), Task("apps", 25m, "transformation", TaskOrigin.SelfInitiated), Task("servers", 20m, "it-operations"), Task("data", 0m, "governance"))
            .ShouldReportOnly(ProblemCodes.UnresolvedReference, "$.tasks[3].area", "Task 'data' belongs to responsibility area 'governance', which role 'cdo-small-town' does not have.");

    [Fact]
    public void Validate_DuplicateTaskId_IsReported() =>
        ValidateCdo(t => [.. t, Task("smart-city", 0m)])
            .ShouldReportOnly(ProblemCodes.DuplicateId, "$.tasks[3].id", "The task identifier 'smart-city' is used more than once.");

    [Fact]
    public void Validate_UnknownCompetencyUsed_IsReported() =>
        ValidateCdo(t => [.. t, Task("gis", 0m, uses: [new CompetencyUse("data-governance"), new CompetencyUse("geodata")])])
            .ShouldReportOnly(ProblemCodes.UnresolvedReference, "$.tasks[3].uses[1].competency", "The competency 'geodata' does not exist in any framework of the catalogue.");

    [Fact]
    public void Validate_UnknownLevelUsed_IsReported() =>
        ValidateCdo(t => [.. t, Task("gis", 0m, uses: new CompetencyUse("data-governance", Level("e-6")))])
            .ShouldReportOnly(ProblemCodes.UnknownLevel, "$.tasks[3].uses[0].level", "The level 'e-6' is not a level of scale 'ecf' (levels: e-1, e-2, e-3, e-4, e-5).");

    [Fact]
    public void Validate_UnknownScaleUsed_IsReported() =>
        ValidateCdo(t => [.. t, Task("gis", 0m, uses: new CompetencyUse("data-governance", new LevelReference("sfia", "4")))])
            .ShouldReportOnly(ProblemCodes.UnresolvedReference, "$.tasks[3].uses[0].scale", "The proficiency scale 'sfia' does not exist in any framework of the catalogue.");

    [Fact]
    public void Validate_ActiveSharesAbove100_AreReported() =>
        ValidateCdo(t => [.. t, Task("events", 10.5m)])
            .ShouldReportOnly(ProblemCodes.TaskSharesExceedTotal, "$.tasks", "The active tasks of role 'cdo' take 100.5 % of working time, more than 100 %.");

    [Fact]
    public void Validate_InactiveTasks_DoNotCountTowardsTheTotal() =>
        ValidateCdo(t => [.. t, Task("old", 50m).WithStatus(RoleTaskStatus.Retired), Task("next", 50m).WithStatus(RoleTaskStatus.Planned)])
            .Problems.Should().BeEmpty();

    [Fact]
    public void Validate_SelfDirectedShareBelowOpennessBounds_IsAWarningNamingTheGap() =>
        ValidateCdo(t => [t[0], Task("smart-city", 40m, "transformation"), t[2]])
            .ShouldReportOnly(ProblemCodes.SelfDirectedShareBelowMinimum, "$.tasks",
                "The self-initiated tasks of role 'cdo' take 0 % of working time, 30 points short of the minimum of 30 % its openness expects.", ProblemSeverity.Warning);

    [Fact]
    public void Validate_SelfDirectedShareAboveOpennessBounds_IsReported() =>
        Validate(Cdo().WithOpenness(RoleOpenness.Framed(new ShareRange(0m, 20m))), [.. CdoTasks().Tasks])
            .ShouldReportOnly(ProblemCodes.SelfDirectedShareOutOfBounds, "$.tasks", "The self-initiated tasks of role 'cdo' take 40 % of working time, above the 0–20 % its openness allows.");

    [Fact]
    public void Validate_SelfInitiatedTaskInFixedRole_IsReportedAtItsOrigin() =>
        Validate(Cdo().WithOpenness(RoleOpenness.Fixed), [.. CdoTasks().Tasks])
            .ShouldReportOnly(ProblemCodes.SelfInitiatedTaskInFixedRole, "$.tasks[1].origin", "Task 'smart-city' is self-initiated, but role 'cdo' is fixed and has no self-initiated tasks.");

    [Fact]
    public void Validate_AreaShareOutsideExpectedRange_IsAWarning() =>
        ValidateCdo(t => [t[0].WithShare(10m), t[1], t[2]])
            .ShouldReportOnly(ProblemCodes.AreaShareOutOfRange, "$.tasks", "The active tasks in responsibility area 'strategy' of role 'cdo' take 10 % of working time, outside the expected 20–50 %.", ProblemSeverity.Warning);

    [Fact]
    public void Validate_WithTasksPath_LocatesProblemsThere() =>
        Municipal().Validate(new RoleSnapshot(Cdo(), new TaskProfile([.. CdoTasks().Tasks, Task("strategy", 0m)])), "$.history[2].tasks")
            .ShouldReportOnly(ProblemCodes.DuplicateId, "$.history[2].tasks[3].id", "The task identifier 'strategy' is used more than once.");

    [Fact]
    public void Validate_SnapshotOfRoleWithMissingTemplate_ChecksTheRoleAsItIs() =>
        Validate(SmallTownCdo().WithTemplate(new RoleTemplate("ghost")), Task("servers", 20m, "it-operations"), Task("found", 30m, origin: TaskOrigin.SelfInitiated))
            .Problems.Should().BeEmpty();
}
