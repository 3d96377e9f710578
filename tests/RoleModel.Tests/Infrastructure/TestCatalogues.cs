using NodaTime;
using static RoleModel.Tests.Infrastructure.Make;

namespace RoleModel.Tests.Infrastructure;

/// <summary>
/// A small, valid municipal catalogue: a digital competency framework, a Chief Digital Officer with an open task
/// space, a small-town variant derived from it, and one role holder. Every call builds fresh instances, so tests
/// can take parts apart and put broken variants together (indices are stable: see the comments).
/// </summary>
internal static class TestCatalogues
{
    /// <summary>Frameworks[0]: scale <c>ecf</c> (e-1..e-5); competencies 0 digital-strategy, 1 change-management,
    /// 2 data-governance and 3 it-architecture (both narrower than digital-strategy), 4 procurement-law.</summary>
    public static CompetencyFramework Framework() => new(
        "muni-digital",
        Text("Municipal digital competencies"),
        [ProficiencyScale.CreateEcfStyle("ecf")],
        [
            new Competency("digital-strategy", CompetencyKind.Skill, Text("Digital strategy")),
            new Competency("change-management", CompetencyKind.Skill, Text("Change management")),
            new Competency("data-governance", CompetencyKind.Skill, Text("Data governance"), broaderIds: ["digital-strategy"]),
            new Competency("it-architecture", CompetencyKind.Knowledge, Text("IT architecture"), broaderIds: ["digital-strategy"]),
            new Competency("procurement-law", CompetencyKind.Knowledge, Text("Public procurement law")),
        ],
        version: "2026.1");

    /// <summary>Roles[0]: requirements 0 digital-strategy, 1 change-management, 2 data-or-architecture (group),
    /// 3 procurement-law; areas 0 strategy, 1 transformation, 2 governance.</summary>
    public static Role Cdo() => new(
        "cdo",
        new LocalizedText([new("de", "Chief Digital Officer (CDO)"), new("", "Chief Digital Officer")]),
        RoleOpenness.Open(new ShareRange(30m, 80m)),
        Text("Drive the digital transformation of the municipality within its mission."),
        [Text("Digital services for citizens"), Text("A digitally able administration")],
        [
            new CompetencyRequirement("digital-strategy", Level("e-4")),
            new CompetencyRequirement("change-management", Level("e-3")),
            new CompetencyRequirement("data-or-architecture", ["data-governance", "it-architecture"], Level("e-3")),
            new CompetencyRequirement("procurement-law", importance: RequirementImportance.Optional, weight: 0.5),
        ],
        [
            new ResponsibilityArea("strategy", Text("Digital strategy"), new ShareRange(20m, 50m)),
            new ResponsibilityArea("transformation", Text("Transformation projects"), new ShareRange(20m, 60m)),
            new ResponsibilityArea("governance", Text("Data governance"), new ShareRange(0m, 30m)),
        ],
        tags: ["digital", "leadership"]);

    /// <summary>Roles[1]: derives from cdo, drops procurement-law and governance, lowers change-management
    /// (requirements[0]) and adds the area it-operations (areas[0]).</summary>
    public static Role SmallTownCdo() => new(
        "cdo-small-town",
        Text("Digital officer of a small town"),
        RoleOpenness.Open(new ShareRange(20m, 60m)),
        requirements: [new CompetencyRequirement("change-management", Level("e-2"))],
        areas: [new ResponsibilityArea("it-operations", Text("IT operations"), new ShareRange(10m, 40m))],
        template: new RoleTemplate("cdo", ["procurement-law"], ["governance"]),
        tags: ["small-town"]);

    /// <summary>People[0]: one assessment (digital-strategy at e-4), assigned to cdo since 2025-01-01.</summary>
    public static Person Holder() => new(
        "p-0001",
        [new CompetencyAssessment("digital-strategy", Level("e-4"), new LocalDate(2025, 3, 1), AssessmentSource.Manager)],
        [new RoleAssignment("cdo", new LocalDate(2025, 1, 1))]);

    /// <summary>The whole valid catalogue: Framework(), roles Cdo() and SmallTownCdo(), people Holder().</summary>
    public static Catalogue Municipal() => new([Framework()], [Cdo(), SmallTownCdo()], [Holder()]);

    /// <summary>A valid task profile of the CDO: tasks 0 strategy (assigned, 30 %), 1 smart-city (self-initiated,
    /// 40 %), 2 data-policy (assigned, 20 %).</summary>
    public static TaskProfile CdoTasks() => new(
    [
        new RoleTask("strategy", Text("Write the digital strategy"), 30m, areaId: "strategy", uses: [new CompetencyUse("digital-strategy", Level("e-4"))]),
        new RoleTask("smart-city", Text("Smart-city pilot"), 40m, TaskOrigin.SelfInitiated, areaId: "transformation"),
        new RoleTask("data-policy", Text("Open data policy"), 20m, areaId: "governance", uses: [new CompetencyUse("data-governance")]),
    ]);

    /// <summary>A level of scale <c>ecf</c>.</summary>
    public static LevelReference Level(string code) => new("ecf", code);
}
