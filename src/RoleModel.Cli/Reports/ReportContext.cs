using System.Globalization;
using NodaTime;
using RoleModel.Analysis;
using RoleModel.History;

namespace RoleModel.Cli.Reports;

/// <summary>What every page needs to name things: the catalogue, the language of the document's texts, and short names for days and shares;
/// and the settings of the gap analysis of holders (defaults unless given).</summary>
internal sealed class ReportContext(Catalogue catalogue, CultureInfo language, AnalysisOptions? analysis = null)
{
    public Catalogue Catalogue { get; } = catalogue;

    public AnalysisOptions Analysis { get; } = analysis ?? AnalysisOptions.Default;

    public CultureInfo Language { get; } = language;

    /// <summary>The language tag of the page (its <c>lang</c> attribute).</summary>
    public string LanguageTag => Language.TwoLetterISOLanguageName;

    public static string Day(LocalDate day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Percent(decimal share) => Text.Percent(share);

    public string Local(LocalizedText text) => text.Get(Language) ?? string.Empty;

    public string RoleTitle(string roleId) =>
        Catalogue.FindRole(roleId) is { } role ? Local(role.Title) : roleId;

    public string TaskTitle(RoleTask task) => Local(task.Title) is { Length: > 0 } title ? title : task.Id;

    public string AreaLabel(Role role, string? areaId) =>
        areaId is null or RoleHistoryView.NoArea ? "(no area)" : role.FindArea(areaId) is { } area ? Local(area.Name) : areaId;

    public string CompetencyName(string competencyId) =>
        Catalogue.FindCompetency(competencyId) is { } competency && Local(competency.Name) is { Length: > 0 } name ? name : competencyId;

    public string Requirement(CompetencyRequirement requirement) =>
        string.Join(" or ", requirement.CompetencyIds.Select(CompetencyName))
        + (requirement.MinimumLevel is { } level ? $" at {LevelName(level)} or higher" : string.Empty);

    public string LevelName(LevelReference level) =>
        Catalogue.FindScale(level.ScaleId)?.FindLevel(level.LevelCode) is { } found && Local(found.Label) is { Length: > 0 } name && !string.Equals(name, level.LevelCode, StringComparison.OrdinalIgnoreCase)
            ? $"{level.LevelCode} ({name})"
            : level.LevelCode;

    /// <summary>What the kind of openness means, in one sentence.</summary>
    public static string OpennessKind(OpennessKind kind) => kind switch
    {
        RoleModel.OpennessKind.Fixed => "Fixed: the tasks are assigned; the holder adds none of their own.",
        RoleModel.OpennessKind.Framed => "Framed: tasks come within set responsibility areas; the holder may add some.",
        _ => "Open: the holder finds the tasks within the mission.",
    };

    public static string OriginName(TaskOrigin origin) => origin switch
    {
        TaskOrigin.Assigned => "assigned",
        TaskOrigin.SelfInitiated => "self-initiated",
        TaskOrigin.Delegated => "delegated to this role",
        _ => "inherited from the template",
    };
}
