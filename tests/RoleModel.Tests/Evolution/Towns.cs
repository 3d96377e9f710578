using NodaTime;
using RoleModel.Evolution;
using RoleModel.History;

namespace RoleModel.Tests.Evolution;

/// <summary>Small histories of municipal roles for the evolution tests: one task list per role, built change by change.</summary>
internal static class Towns
{
    internal static readonly Instant Now = Instant.FromUtc(2030, 1, 1, 0, 0);

    internal static LocalDate Day(int year, int month = 1, int day = 1) => new(year, month, day);

    internal static Role Role(string id, string? template = null, params CompetencyRequirement[] requirements) =>
        new(id, LocalizedText.Of("en", id), RoleOpenness.Open(new ShareRange(0, 100)), requirements: requirements, template: template is null ? null : new RoleTemplate(template));

    internal static RoleTask Task(string id, string en, string de, decimal share = 10, TaskOrigin origin = TaskOrigin.SelfInitiated, params string[] uses) =>
        new(id, new LocalizedText([new("de", de), new("en", en)]), share, origin, uses: uses.Select(u => new CompetencyUse(u)));

    internal static RoleChange Add(string changeId, LocalDate day, RoleTask task, bool proposal = false) =>
        RoleChange.AddTask(changeId, day, At(day), "holder", task, isProposal: proposal);

    internal static RoleChange Change(string changeId, LocalDate day, RoleTask task) => RoleChange.ChangeTask(changeId, day, At(day), "holder", task);

    internal static RoleChange Retire(string changeId, LocalDate day, string taskId) => RoleChange.RetireTask(changeId, day, At(day), "holder", taskId);

    internal static RoleHistory Log(Role role, params RoleChange[] changes) => new(role, changes);

    internal static RoleHistory Log(string roleId, params RoleChange[] changes) => new(Role(roleId), changes);

    internal static Instant At(LocalDate day) => day.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();

    internal static TaskPatternReport Find(LocalDate from, LocalDate to, params RoleHistory[] histories) => TaskPatterns.Find(histories, Now, from, to);

    /// <summary>Three towns with differently worded AI pilots, and one with unrelated work.</summary>
    internal static RoleHistory[] AiPilots() =>
    [
        Log("town-a",
            Add("a1", Day(2022), Task("strategy", "Digital strategy", "Digitalstrategie", 40, TaskOrigin.Assigned)),
            Add("a2", Day(2024), Task("ai-pilot", "Pilot: AI assistance for case workers", "Pilot: KI-Assistenz für die Sachbearbeitung", 15))),
        Log("town-b",
            Add("b1", Day(2022), Task("strategy", "Digital strategy of the town", "Digitalstrategie der Stadt", 30, TaskOrigin.Assigned)),
            Add("b2", Day(2024, 6), Task("ki-pilot", "AI pilot for case handling", "KI-Pilot für die Sachbearbeitung", 20))),
        Log("town-c",
            Add("c1", Day(2025), Task("ai", "AI assistant for case workers", "KI-Assistent für die Sachbearbeitung", 10, TaskOrigin.Assigned))),
        Log("town-d",
            Add("d1", Day(2023), Task("wifi", "Public Wi-Fi in the library", "WLAN in der Bibliothek", 10))),
    ];
}
