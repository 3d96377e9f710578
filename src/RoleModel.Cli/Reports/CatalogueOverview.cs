using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using RoleModel.Cli.Commands;
using RoleModel.History;

namespace RoleModel.Cli.Reports;

/// <summary>
/// The overview of a catalogue: a summary, then every role in a table (drift, self-directed share, open proposals),
/// paged so that a catalogue of thousands of roles (ESCO) stays a set of light pages with no chart at all. Rows link
/// to role reports written next to the overview.
/// </summary>
internal static partial class CatalogueOverview
{
    private sealed record Row(Role Role, RoleDrift? Drift, decimal? SelfDirected, int Proposals, string? Link);

    /// <summary>Writes the overview's pages of <paramref name="roles"/> (and, on request, their reports) and returns the number of pages.</summary>
    public static int Write(ReportContext context, ReportSettings settings, FileInfo target, int pageSize, bool writeRoleReports, IReadOnlyList<Role> roles)
    {
        var folder = target.Directory?.FullName ?? Directory.GetCurrentDirectory();
        var rows = new List<Row>();
        foreach (var role in roles)
        {
            var history = context.Catalogue.FindHistory(role.Id);
            var start = history?.AsKnownAt(settings.KnownAt ?? Today.Now).KnownChanges.Select(c => (NodaTime.LocalDate?)c.EffectiveOn).Min();
            if (start is not { } first || settings.To < first)
            {
                rows.Add(new Row(context.Catalogue.Resolve(role), null, null, 0, ExistingLink(folder, role.Id)));
                continue;
            }

            // One period for every role, but never before a role's history starts.
            var request = (settings.From < first ? settings with { From = first } : settings).For(context.Catalogue, role.Id);
            if (writeRoleReports)
            {
                ReportCommand.Write(Path.Combine(folder, ReportFileName(role.Id)), RoleReport.Render(context, request));
            }

            var end = request.View.ProjectOn(request.To);
            rows.Add(new Row(context.Catalogue.Resolve(end.Role), request.View.MeasureDrift(request.From, request.To, context.Catalogue), end.Tasks.SelfInitiatedShare,
                request.View.PendingProposals.Count(), ExistingLink(folder, role.Id)));
        }

        var ordered = rows.OrderBy(r => r.Drift is null).ThenByDescending(r => r.Drift?.NoveltyShare ?? 0).ThenBy(r => context.Local(r.Role.Title), StringComparer.CurrentCultureIgnoreCase).ThenBy(r => r.Role.Id, StringComparer.Ordinal).ToList();
        var pages = Math.Max(1, (ordered.Count + pageSize - 1) / pageSize);
        for (var page = 1; page <= pages; page++)
        {
            var html = Page.Render(context.W.Tag, context.W.Format(pages > 1 ? "Overview.TitlePaged" : "Overview.Title", settings.DocumentName, page, pages),
                writer => WritePage(writer, context, settings, ordered, page, pages, pageSize, target.Name));
            ReportCommand.Write(Path.Combine(folder, PageFileName(target.Name, page)), html);
        }

        return pages;
    }

    /// <summary>The file name of a role's report: the identifier where it is a safe file name, else a safe form with a short hash to keep names distinct.</summary>
    public static string ReportFileName(string roleId)
    {
        var safe = UnsafeFileCharacters().Replace(roleId, "_");
        if (safe != roleId || safe.StartsWith('.'))
        {
            safe = $"{safe.TrimStart('.')[..Math.Min(safe.TrimStart('.').Length, 60)]}-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(roleId)))[..10]}";
        }

        return $"role-{safe}.html";
    }

    public static string PageFileName(string first, int page) =>
        page == 1 ? first : $"{Path.GetFileNameWithoutExtension(first)}-{page}{Path.GetExtension(first)}";

    private static string? ExistingLink(string folder, string roleId) =>
        File.Exists(Path.Combine(folder, ReportFileName(roleId))) ? ReportFileName(roleId) : null;

    private static void WritePage(HtmlWriter html, ReportContext context, ReportSettings settings, List<Row> rows, int page, int pages, int pageSize, string first)
    {
        var w = context.W;
        var withHistory = rows.Where(r => r.Drift is not null).ToList();
        var outside = withHistory.Count(r => !r.Role.Openness.SelfDirectedShare.Contains(r.SelfDirected!.Value) && r.Role.Openness.Kind != OpennessKind.Fixed);
        html.Write($"""
            <header><h1>{w.Format("Overview.Heading", settings.DocumentName)}</h1>
            <p class="lead" id="overview-summary">{w.Format("Overview.Summary", w.Count(rows.Count, "Count.Role"), w.Number(withHistory.Count), w.Count(withHistory.Sum(r => r.Proposals), "Count.OpenProposal"), w.Number(outside))}</p>
            <p class="muted">{context.Html("Overview.Explanation")}{(settings.KnownAt is { } at ? " " + w.Format("Overview.AsOnRecord", context.LongDay(at.InUtc().Date)) : string.Empty)}</p>
            </header>

            """);
        WritePager(html, context, page, pages, first);
        html.Write($"""<table id="roles"><thead><tr><th>{w["Column.Role"]}</th><th>{w["Column.Openness"]}</th><th class="num">{w["Drift.Novelty"]}</th><th class="num">{w["Column.SelfDirected"]}</th><th class="num">{w["Drift.Turnover"]}</th><th class="num">{w["Column.OpenProposals"]}</th><th>{w["Column.Period"]}</th></tr></thead><tbody>""");
        var shown = rows.Skip((page - 1) * pageSize).Take(pageSize).ToList();
        foreach (var row in shown)
        {
            var title = context.Local(row.Role.Title) is { Length: > 0 } t ? t : row.Role.Id;
            var name = row.Link is { } link ? new HtmlFragment($"<a href=\"{HtmlWriter.Escape(link)}\">{HtmlWriter.Escape(title)}</a>") : new HtmlFragment(HtmlWriter.Escape(title));
            var openness = w.Name(row.Role.Openness.Kind) + (row.Role.Openness.Kind == OpennessKind.Fixed ? string.Empty : " " + context.Range(row.Role.Openness.SelfDirectedShare));
            html.Write($"""<tr data-role="{row.Role.Id}"><td>{name}</td><td>{openness}</td>""");
            if (row.Drift is { } drift)
            {
                html.Write($"""<td class="num">{context.Percent(drift.NoveltyShare)}</td><td class="num">{context.Percent(row.SelfDirected!.Value)}</td><td class="num">{(drift.Turnover is { } turnover ? w.Format("Format.Times", w.Number((decimal)turnover)) : "–")}</td><td class="num">{w.Number(row.Proposals)}</td><td>{w.Format("Overview.Period", context.Day(drift.From), context.Day(drift.To))}</td>""");
            }
            else
            {
                html.Write($"""<td class="num">–</td><td class="num">–</td><td class="num">–</td><td class="num">0</td><td>{w["Overview.NoHistory"]}</td>""");
            }

            html.Raw("</tr>");
        }

        html.Raw("</tbody></table>");
        WritePager(html, context, page, pages, first);
        html.Write($"""<section id="appendix"><h2>{w["Report.Appendix"]}</h2><table id="role-ids"><thead><tr><th>{w["Column.Role"]}</th><th>{w["Column.Identifier"]}</th></tr></thead><tbody>""");
        foreach (var row in shown)
        {
            html.Write($"""<tr><td>{(context.Local(row.Role.Title) is { Length: > 0 } t ? t : row.Role.Id)}</td><td><code>{row.Role.Id}</code></td></tr>""");
        }

        html.Raw("</tbody></table></section>");
    }

    private static void WritePager(HtmlWriter html, ReportContext context, int page, int pages, string first)
    {
        var w = context.W;
        if (pages == 1)
        {
            return;
        }

        html.Write($"""<nav class="pager" aria-label="{w["Overview.Pages"]}"><p>{w.Format("Overview.PageOf", page, pages)} """);
        if (page > 1)
        {
            html.Write($"""<a href="{PageFileName(first, page - 1)}" rel="prev">{w["Overview.Previous"]}</a> · """);
        }

        if (page < pages)
        {
            html.Write($"""<a href="{PageFileName(first, page + 1)}" rel="next">{w["Overview.Next"]}</a> · """);
        }

        html.Write($"""<a href="{PageFileName(first, 1)}">{w["Overview.First"]}</a> · <a href="{PageFileName(first, pages)}">{w["Overview.Last"]}</a></p></nav>""");
    }

    [GeneratedRegex("[^A-Za-z0-9._-]")]
    private static partial Regex UnsafeFileCharacters();
}
