using System.Globalization;

namespace RoleModel.Cli;

/// <summary>
/// Titles for people, in one language: <c>--lang</c> when given, else the user's language when the document
/// has it, else the document's first language. Ids stay beside titles so that a line can be used again.
/// </summary>
internal sealed class Labels
{
    private readonly Catalogue catalogue;

    private Labels(Catalogue catalogue, CultureInfo culture)
    {
        this.catalogue = catalogue;
        Culture = culture;
    }

    public CultureInfo Culture { get; }

    /// <summary>Chooses the language; an unknown or absent <paramref name="lang"/> is a usage error naming the document's languages.</summary>
    public static Labels For(Catalogue catalogue, string? lang, CliConsole console)
    {
        var languages = Languages(catalogue);
        if (lang is not null)
        {
            if (!languages.Any(l => Matches(l, lang) || Matches(l, lang.Split('-')[0])))
            {
                throw new UsageException($"the document has no text in language '{lang}' (--lang); its languages: {string.Join(", ", languages.DefaultIfEmpty("none"))}.");
            }

            return new Labels(catalogue, CultureInfo.GetCultureInfo(lang));
        }

        var user = console.Culture ?? CultureInfo.CurrentUICulture;
        var chosen = languages.FirstOrDefault(l => Matches(l, user.Name) || Matches(l, user.TwoLetterISOLanguageName))
            ?? languages.FirstOrDefault();
        return new Labels(catalogue, chosen is null ? CultureInfo.InvariantCulture : CultureInfo.GetCultureInfo(chosen));
    }

    public string Show(LocalizedText text) => text.Get(Culture) ?? string.Empty;

    /// <summary>The role's title, or an empty string for an unknown id.</summary>
    public string RoleTitle(string id) => catalogue.FindRole(id) is { } role ? Show(role.Title) : string.Empty;

    /// <summary>The competency's name, or an empty string for an unknown id.</summary>
    public string CompetencyName(string id) => catalogue.FindCompetency(id) is { } competency ? Show(competency.Name) : string.Empty;

    /// <summary><c>title (id)</c>, or the bare id when the role is unknown.</summary>
    public string Role(string id) => WithId(RoleTitle(id), id);

    /// <summary><c>name (id)</c>, or the bare id when the competency is unknown.</summary>
    public string Competency(string id) => WithId(CompetencyName(id), id);

    private static string WithId(string title, string id) => title.Length == 0 ? id : $"{title} ({id})";

    /// <summary>The languages of the document's role titles and competency names, in order of first appearance.</summary>
    private static List<string> Languages(Catalogue catalogue)
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
