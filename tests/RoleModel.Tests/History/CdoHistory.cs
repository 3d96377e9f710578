using NodaTime;
using RoleModel.History;

namespace RoleModel.Tests.History;

/// <summary>
/// The municipal Chief Digital Officer of docs/history.md, 2022 to 2026: self-found tasks, a rejected and an
/// accepted proposal, a delegation to the new data officer role, a withdrawn retitling and a retroactive
/// correction recorded on 15 March 2026 of a task added on 1 January 2026.
/// </summary>
internal static class CdoHistory
{
    internal static readonly ProficiencyScale Ecf = ProficiencyScale.CreateEcfStyle();

    internal static readonly Catalogue Municipality = new(
        frameworks: [new CompetencyFramework("muni", LocalizedText.Invariant("Municipal digital competencies"), [Ecf],
            [Competency("digital-strategy"), Competency("change-management"), Competency("data-governance"), Competency("ai-literacy"), Competency("procurement")])],
        roles: [Baseline, new Role("data-officer", LocalizedText.Of("en", "Data officer"), RoleOpenness.Framed(new ShareRange(0, 30)))]);

    internal static Role Baseline => new(
        "cdo",
        LocalizedText.Of("en", "Chief Digital Officer"),
        RoleOpenness.Open(new ShareRange(0, 60)),
        LocalizedText.Of("en", "Drive the digital transformation of the town."),
        requirements: [new CompetencyRequirement("digital-strategy", Level("e-4")), new CompetencyRequirement("change-management", Level("e-3")), new CompetencyRequirement("procurement")],
        areas: [new ResponsibilityArea("strategy", LocalizedText.Of("en", "Strategy")), new ResponsibilityArea("data", LocalizedText.Of("en", "Data"))]);

    internal static readonly RoleChange[] Changes =
    [
        RoleChange.AddTask("c01", Day(2022, 1, 1), At(2022, 1, 3), "hr", Task("strategy", 40, "strategy", "digital-strategy", "e-4"), "Initial job description."),
        RoleChange.AddTask("c02", Day(2022, 1, 1), At(2022, 1, 3), "hr", Task("portal", 30, "strategy", "change-management", "e-3")),
        RoleChange.AddTask("c03", Day(2022, 6, 1), At(2022, 6, 10), "cdo-holder", Task("data", 20, "data", "data-governance", "e-3", TaskOrigin.SelfInitiated), "Found: nobody curates the town's data."),
        RoleChange.AddTask("c04", Day(2023, 3, 1), At(2023, 2, 15), "cdo-holder", Task("ai-pilot", 10, "strategy", "ai-literacy", "e-2", TaskOrigin.SelfInitiated), isProposal: true),
        RoleChange.Decide("c05", Day(2023, 2, 28), At(2023, 2, 28), "mayor", "c04", ProposalState.Rejected, "No budget."),
        RoleChange.AddTask("c06", Day(2023, 10, 1), At(2023, 9, 1), "cdo-holder", Task("chatbot", 10, "strategy", "ai-literacy", "e-2", TaskOrigin.SelfInitiated), isProposal: true),
        RoleChange.Decide("c07", Day(2023, 9, 20), At(2023, 9, 20), "mayor", "c06", ProposalState.Accepted),
        RoleChange.DelegateTask("c08", Day(2024, 1, 1), At(2023, 12, 1), "hr", "data", "data-officer", "The new data officer takes over."),
        RoleChange.ChangeTask("c09", Day(2024, 1, 1), At(2023, 12, 1), "hr", Task("portal", 35, "strategy", "change-management", "e-3")),
        RoleChange.AddRequirement("c10", Day(2024, 5, 1), At(2024, 5, 1), "hr", new CompetencyRequirement("ai-literacy", Level("e-2"))),
        RoleChange.ChangeMetadata("c11", Day(2025, 3, 1), At(2025, 2, 1), "cdo-holder", title: LocalizedText.Of("en", "Chief Digital and AI Officer"), isProposal: true),
        RoleChange.Decide("c12", Day(2025, 2, 20), At(2025, 2, 20), "cdo-holder", "c11", ProposalState.Withdrawn),
        RoleChange.AddTask("c13", Day(2026, 1, 1), At(2026, 1, 5), "cdo-holder", Task("ai-governance", 15, "data", "data-governance", "e-4", TaskOrigin.SelfInitiated)),
        RoleChange.ChangeTask("c14", Day(2026, 1, 1), At(2026, 3, 15), "hr", Task("ai-governance", 5, "data", "data-governance", "e-4", TaskOrigin.SelfInitiated), "Correction: the share was mis-typed."),
    ];

    internal static RoleHistory Cdo { get; } = new(Baseline, Changes);

    internal static LocalDate Day(int year, int month, int day) => new(year, month, day);

    internal static Instant At(int year, int month, int day) => Instant.FromUtc(year, month, day, 12, 0);

    internal static LevelReference Level(string code) => new("e-cf", code);

    internal static RoleTask Task(string id, decimal share, string area, string competency, string level, TaskOrigin origin = TaskOrigin.Assigned) =>
        new(id, LocalizedText.Of("en", id), share, origin, areaId: area, uses: [new CompetencyUse(competency, Level(level))]);

    /// <summary>Whether a task needs some competency at e-4 or higher (the pay-grading criterion of the tests).</summary>
    internal static bool NeedsE4(RoleTask task) => task.Uses.Any(u => u.Level is { } l && Ecf.Compare(l.LevelCode, "e-4") >= 0);

    private static Competency Competency(string id) => new(id, CompetencyKind.Skill, LocalizedText.Of("en", id));
}
