using System.Globalization;
using NodaTime;
using RoleModel.Analysis;
using RoleModel.Cli.Localization;
using RoleModel.History;

namespace RoleModel.Cli.Reports;

/// <summary>What every page needs to name things: the catalogue, the language of the document's texts, the tool's
/// wording in that language with its way of writing days and shares; and the settings of the gap analysis of holders
/// (defaults unless given).</summary>
internal sealed class ReportContext(Catalogue catalogue, CultureInfo language, AnalysisOptions? analysis = null)
{
    public Catalogue Catalogue { get; } = catalogue;

    public AnalysisOptions Analysis { get; } = analysis ?? AnalysisOptions.Default;

    /// <summary>The language of the document's texts on the page.</summary>
    public CultureInfo Language { get; } = language;

    /// <summary>The tool's own wording: German for German, English otherwise (or a language the tool has a translation for).</summary>
    public Wording W { get; } = Wording.For(language);

    /// <summary>The language tag of the document's texts (their <c>lang</c> attribute).</summary>
    public string LanguageTag => Language.TwoLetterISOLanguageName;

    /// <summary>A day in tables: 2024-06-30, 30.06.2024.</summary>
    public string Day(LocalDate day) => W.Day(day);

    /// <summary>A day in running text: 30 June 2024, 30. Juni 2024.</summary>
    public string LongDay(LocalDate day) => W.LongDay(day);

    public string Percent(decimal share) => W.Percent(share);

    /// <summary>A share range such as 30–80 %.</summary>
    public string Range(ShareRange range) => W.Format("Format.Range", W.Number(range.Minimum), W.Number(range.Maximum));

    /// <summary>The wording of <paramref name="key"/> as HTML: the text may hold markup, the values are escaped unless they are <see cref="HtmlFragment"/>s.</summary>
    public HtmlFragment Html(string key, params object?[] values) =>
        new(string.Format(W.Culture, W[key], [.. values.Select(v => v is HtmlFragment f ? f.Html : HtmlWriter.Escape(Convert.ToString(v, W.Culture)))]));

    /// <summary>A value in bold, escaped.</summary>
    public static HtmlFragment Strong(string text) => new($"<strong>{HtmlWriter.Escape(text)}</strong>");

    public string Local(LocalizedText text) => text.Get(Language) ?? string.Empty;

    public string RoleTitle(string roleId) =>
        Catalogue.FindRole(roleId) is { } role ? Local(role.Title) : roleId;

    public string TaskTitle(RoleTask task) => Local(task.Title) is { Length: > 0 } title ? title : task.Id;

    public string AreaLabel(Role role, string? areaId) =>
        areaId is null or RoleHistoryView.NoArea ? W["Area.None"] : role.FindArea(areaId) is { } area ? Local(area.Name) : areaId;

    public string CompetencyName(string competencyId) =>
        Catalogue.FindCompetency(competencyId) is { } competency && Local(competency.Name) is { Length: > 0 } name ? name : competencyId;

    public string Requirement(CompetencyRequirement requirement) =>
        string.Join(W["Requirement.Or"], requirement.CompetencyIds.Select(CompetencyName))
        + (requirement.MinimumLevel is { } level ? W.Format("Requirement.AtLevel", LevelName(level)) : string.Empty);

    /// <summary>A level by its name in the page's language where the scale has one (Experte), else by its code (e-4).</summary>
    public string LevelName(LevelReference level) =>
        Catalogue.FindScale(level.ScaleId)?.FindLevel(level.LevelCode) is { } found && found.Label.TryGetExact(LanguageTag, out var name) && name.Length > 0
            ? name
            : level.LevelCode;

    /// <summary>What the kind of openness means, in one sentence.</summary>
    public string OpennessKind(OpennessKind kind) => W[$"OpennessKind.{kind}.Sentence"];

    public string OriginName(TaskOrigin origin) => W.Name(origin);
}
