using System.Globalization;
using NodaTime;
using RoleModel.Cli.Localization;

namespace RoleModel.Cli;

/// <summary>
/// Titles for people, and the tool's own wording, in one language chosen by the one rule of every command
/// (docs/cli.md, "Languages"): <c>--lang</c> when given, which must be a language the document has texts in;
/// else the user's language (<c>LC_ALL</c>, <c>LC_MESSAGES</c>, <c>LANG</c>, as .NET's CurrentUICulture reads them)
/// when the document has texts in it; else the document's default language, the first one its texts use.
/// The tool's wording follows the chosen language: German for <c>de</c> and its regional variants, English otherwise.
/// </summary>
internal sealed class Labels
{
    private readonly Catalogue catalogue;

    private Labels(Catalogue catalogue, CultureInfo culture)
    {
        this.catalogue = catalogue;
        Culture = culture;
        W = Wording.For(culture);
    }

    /// <summary>The language of the document's texts.</summary>
    public CultureInfo Culture { get; }

    /// <summary>The tool's own wording in that language.</summary>
    public Wording W { get; }

    /// <summary>The language tag the chosen language has in the document (<c>de</c>), for texts the tool records.</summary>
    public string Tag => Culture.Name;

    /// <summary>Chooses the language; a <paramref name="lang"/> the document has no text in is a usage error naming the document's languages.</summary>
    public static Labels For(Catalogue catalogue, string? lang, CliConsole console) =>
        new(catalogue, Choose(Languages(catalogue), lang, console.Culture ?? CultureInfo.CurrentUICulture));

    /// <summary>The language rule of every command, for the languages a document has texts in (in order of first use).</summary>
    public static CultureInfo Choose(IReadOnlyList<string> languages, string? lang, CultureInfo user)
    {
        if (lang is not null)
        {
            var given = languages.FirstOrDefault(l => Matches(l, lang)) ?? languages.FirstOrDefault(l => Matches(l, lang.Split('-')[0]));
            if (given is null)
            {
                throw new UsageException(Wording.For(user).Format("Error.UnknownLanguage", lang, string.Join(", ", languages.DefaultIfEmpty("-"))));
            }

            return CultureOf(given);
        }

        var chosen = languages.FirstOrDefault(l => Matches(l, user.Name))
            ?? languages.FirstOrDefault(l => Matches(l, user.TwoLetterISOLanguageName))
            ?? (languages.Count > 0 ? languages[0] : null);
        return chosen is null ? user : CultureOf(chosen);
    }

    private static CultureInfo CultureOf(string tag)
    {
        try
        {
            return CultureInfo.GetCultureInfo(tag);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    /// <summary>A share range such as 30–80 %, written the way the wording's language writes numbers.</summary>
    public string Range(ShareRange range) => W.Format("Format.Range", W.Number(range.Minimum), W.Number(range.Maximum));

    /// <summary>How much of its work a role's holder may choose: "fixed, no self-directed share" rather than "0–0 %".</summary>
    public string Openness(RoleOpenness openness) => openness.Kind == OpennessKind.Fixed && openness.SelfDirectedShare.Maximum == 0
        ? W["Openness.FixedNone"]
        : W.Format("Openness.Range", W.Name(openness.Kind), Range(openness.SelfDirectedShare));

    public string Show(LocalizedText text) => text.Get(Culture) ?? string.Empty;

    /// <summary>The role's title, or an empty string for an unknown id.</summary>
    public string RoleTitle(string id) => catalogue.FindRole(id) is { } role ? Show(role.Title) : string.Empty;

    /// <summary>The competency's name, or an empty string for an unknown id.</summary>
    public string CompetencyName(string id) => catalogue.FindCompetency(id) is { } competency ? Show(competency.Name) : string.Empty;

    /// <summary><c>title (id)</c>, or the bare id when the role is unknown.</summary>
    public string Role(string id) => WithId(RoleTitle(id), id);

    /// <summary>
    /// A task of a role's history as <c>title (id)</c>, with the title it had as last recorded by <paramref name="knownAt"/>
    /// (a retired task keeps the title it had), else in the baseline duty list; the bare id when the history has no such task.
    /// </summary>
    public string Task(string roleId, string taskId, Instant knownAt)
    {
        var view = catalogue.FindHistory(roleId)?.AsKnownAt(knownAt);
        var task = view?.KnownChanges.Reverse().Select(c => c.Task).FirstOrDefault(t => string.Equals(t?.Id, taskId, StringComparison.Ordinal))
            ?? view?.History.BaselineTasks.FirstOrDefault(t => string.Equals(t.Id, taskId, StringComparison.Ordinal));
        return task is null ? taskId : WithId(Show(task.Title), taskId);
    }

    /// <summary><c>name (id)</c>, or the bare id when the competency is unknown.</summary>
    public string Competency(string id) => WithId(CompetencyName(id), id);

    /// <summary>A requirement as <c>competency name (id)</c>, alternatives joined with " / "; the bare id when no competency has a name.</summary>
    public string Requirement(CompetencyRequirement requirement) =>
        WithId(string.Join(" / ", requirement.CompetencyIds.Select(CompetencyName).Where(n => n.Length > 0)), requirement.Id);

    /// <summary>A requirement of a role (with what it inherits) by its id, as <see cref="Requirement(CompetencyRequirement)"/>; the bare id when the role has none such.</summary>
    public string Requirement(Role role, string requirementId) =>
        catalogue.Resolve(role).Requirements.FirstOrDefault(r => string.Equals(r.Id, requirementId, StringComparison.Ordinal)) is { } requirement
            ? Requirement(requirement)
            : requirementId;

    private static string WithId(string title, string id) => title.Length == 0 ? id : $"{title} ({id})";

    /// <summary>The languages of the document's role titles and competency names, in order of first appearance.</summary>
    public static List<string> Languages(Catalogue catalogue)
    {
        var seen = new List<string>();
        var texts = catalogue.Roles.Select(r => r.Title).Concat(catalogue.Frameworks.SelectMany(f => f.Competencies).Select(c => c.Name));
        foreach (var text in texts)
        {
            foreach (var entry in text.Entries)
            {
                if (entry.Key.Length > 0 && !seen.Contains(entry.Key, StringComparer.OrdinalIgnoreCase))
                {
                    seen.Add(entry.Key);
                }
            }
        }

        return seen;
    }

    private static bool Matches(string documentLanguage, string wanted) =>
        wanted.Length > 0 && string.Equals(documentLanguage, wanted, StringComparison.OrdinalIgnoreCase);
}
