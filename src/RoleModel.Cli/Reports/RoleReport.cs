using NodaTime;
using RoleModel.History;

namespace RoleModel.Cli.Reports;

/// <summary>What a role report shows: one role over one period, as known at one instant.</summary>
internal sealed record RoleReportRequest(
    RoleHistoryView View,
    LocalDate From,
    LocalDate To,
    GradingCriterion? Grading,
    bool IncludePeople,
    string DocumentName);

/// <summary>
/// The HTML report of a role's life: the role, its tasks on the last day, the split of working time by area and
/// by origin over the period, the drift figures, the grading share against its threshold, the timeline of
/// changes and, only on request, the gaps of the people who hold the role. Everything the page shows comes
/// from the library's answers for the same role, period and instant. The page is written for people who decide:
/// its wording is in the page's language, and identifiers and options appear only in the appendix for HR.
/// </summary>
internal static partial class RoleReport
{
    public static string Render(ReportContext context, RoleReportRequest request)
    {
        var view = request.View;
        var w = context.W;
        var end = view.ProjectOn(request.To);
        var role = context.Catalogue.Resolve(end.Role); // with what a template gives it: areas, requirements, openness
        var title = context.Local(role.Title);
        var (from, to) = (context.LongDay(request.From), context.LongDay(request.To));
        return Page.Render(w.Tag, w.Format("Report.PageTitle", title, context.Day(request.From), context.Day(request.To)), html =>
        {
            html.Write($"""
                <header>
                <h1 lang="{context.LanguageTag}">{title}</h1>
                <p class="lead">{context.Html("Report.Lead", Strong(title), new HtmlFragment($"<span class=\"when\">{HtmlWriter.Escape(from)}</span>"), new HtmlFragment($"<span class=\"when\">{HtmlWriter.Escape(to)}</span>"))}</p>
                <p class="muted">{w.Format("Report.AsOnRecord", context.LongDay(view.KnownAt.InUtc().Date), request.DocumentName)}</p>
                </header>
                <nav aria-label="{w["Report.Contents"]}"><h2>{w["Report.Contents"]}</h2><ul><li><a href="#role">{w["Report.Role"]}</a></li><li><a href="#tasks">{w.Format("Report.TasksOn", to)}</a></li><li><a href="#shares">{w["Report.Shares"]}</a></li><li><a href="#drift">{w["Report.Drift"]}</a></li><li><a href="#grading">{w["Report.Grading"]}</a></li><li><a href="#timeline">{w["Report.Timeline"]}</a></li><li><a href="#people">{w["Report.People"]}</a></li><li><a href="#appendix">{w["Report.Appendix"]}</a></li></ul></nav>

                """);
            WriteSummary(html, context, request, role, end);
            WriteRole(html, context, role, end);
            WriteTasks(html, context, request, role, end);
            WriteShares(html, context, request, role);
            WriteDrift(html, context, request);
            WriteGrading(html, context, request, role);
            WriteTimeline(html, context, request);
            WritePeople(html, context, request, end);
            WriteAppendix(html, context, request, role);
            html.Write($"""<footer class="muted"><p>{w["Report.Footer"]}</p></footer>""");
        });
    }

    private static HtmlFragment Strong(string text) => ReportContext.Strong(text);

    /// <summary>The answers first, in plain words, for a reader who reads nothing else.</summary>
    private static void WriteSummary(HtmlWriter html, ReportContext context, RoleReportRequest request, Role role, RoleSnapshot end)
    {
        var w = context.W;
        var view = request.View;
        var drift = view.MeasureDrift(request.From, request.To);
        var events = view.GetEvents(request.From, request.To);
        var (from, to) = (context.LongDay(request.From), context.LongDay(request.To));
        html.Write($"""<section class="summary keep" id="summary"><h2>{w["Report.InShort"]}</h2><ul>""");
        html.Write($"""<li>{context.Html("Report.Summary.Tasks", to, w.Count(end.Tasks.Tasks.Count(t => t.IsActive), "Count.ActiveTask"), Strong(context.Percent(drift.SelfInitiatedShare)), context.Range(role.Openness.SelfDirectedShare))}</li>""");
        html.Write($"""<li>{context.Html("Report.Summary.Novelty", Strong(context.Percent(drift.NoveltyShare)), to, from)}</li>""");
        html.Write($"""<li>{w.Format("Report.Summary.Changes", w.Count(events.Length, "Count.Change"), w.Count(events.Count(e => e.Change.IsProposal), "Count.Proposal"), w.Count(events.Count(e => e.IsCorrection), "Count.Correction"))}</li>""");
        if (request.Grading is { } criterion)
        {
            var met = view.EvaluateGrading(request.From, request.To, criterion).MetOnLastDay;
            html.Write($"""<li>{context.Html("Report.Summary.Grading", context.Percent(criterion.Threshold), Strong(w[met ? "Grading.Met" : "Grading.NotMet"]), to)}</li>""");
        }

        html.Raw("</ul></section>\n");
    }

    public static string OpennessSentence(ReportContext context, RoleOpenness openness) =>
        context.OpennessKind(openness.Kind)
        + (openness.Kind == OpennessKind.Fixed ? string.Empty : " " + context.W.Format("Report.SelfDirectedExpected", context.Range(openness.SelfDirectedShare)));

    private static void WriteRole(HtmlWriter html, ReportContext context, Role role, RoleSnapshot end)
    {
        var w = context.W;
        html.Write($"""<section id="role"><h2>{w["Report.Role"]}</h2><h3>{w["Report.Purpose"]}</h3><p lang="{context.LanguageTag}">{context.Local(role.Purpose)}</p>""");
        if (!role.Outcomes.IsEmpty)
        {
            html.Write($"<h3>{w["Report.Outcomes"]}</h3><ul>");
            foreach (var outcome in role.Outcomes)
            {
                html.Write($"""<li lang="{context.LanguageTag}">{context.Local(outcome)}</li>""");
            }

            html.Raw("</ul>");
        }

        html.Write($"""<h3>{w["Report.Openness"]}</h3><p id="openness">{OpennessSentence(context, role.Openness)}</p>""");
        if (!role.Areas.IsEmpty)
        {
            html.Write($"""<h3>{w["Report.Areas"]}</h3><table><thead><tr><th>{w["Column.Area"]}</th><th class="num">{w["Column.ExpectedShare"]}</th><th class="num">{w["Column.ShareAtEnd"]}</th></tr></thead><tbody>""");
            foreach (var area in role.Areas)
            {
                var share = end.Tasks.Tasks.Where(t => t.IsActive && t.AreaId == area.Id).Sum(t => t.Share);
                html.Write($"""<tr><td>{context.Local(area.Name)}</td><td class="num">{context.Range(area.ExpectedShare)}</td><td class="num">{context.Percent(share)}{(area.ExpectedShare.Contains(share) ? string.Empty : " " + w["Report.Outside"])}</td></tr>""");
            }

            html.Raw("</tbody></table>");
        }

        html.Raw("</section>\n");
    }

    private static void WriteTasks(HtmlWriter html, ReportContext context, RoleReportRequest request, Role role, RoleSnapshot end)
    {
        var w = context.W;
        var tasks = end.Tasks.Tasks;
        html.Write($"""<section id="tasks"><h2>{w.Format("Report.TasksOn", context.LongDay(request.To))}</h2>""");
        if (tasks.IsEmpty)
        {
            html.Write($"<p>{w["Report.NoTasks"]}</p></section>\n");
            return;
        }

        html.Write($"""<p>{w.Format("Report.TasksSentence", w.Count(tasks.Count(t => t.IsActive), "Count.ActiveTask"), context.Percent(end.Tasks.ActiveShare), context.Percent(end.Tasks.SelfInitiatedShare))}</p><table id="tasks-table"><thead><tr><th>{w["Column.Task"]}</th><th>{w["Column.Area"]}</th><th>{w["Column.Origin"]}</th><th>{w["Column.Status"]}</th><th class="num">{w["Column.Share"]}</th></tr></thead><tbody>""");
        foreach (var task in tasks)
        {
            html.Write($"""<tr data-task="{task.Id}"><td class="task-title" lang="{context.LanguageTag}">{context.TaskTitle(task)}</td><td>{context.AreaLabel(role, task.AreaId)}</td><td>{context.OriginName(task.Origin)}</td><td>{w.Name(task.Status)}</td><td class="num task-share">{context.Percent(task.IsActive ? task.Share : 0)}</td></tr>""");
        }

        html.Write($"""</tbody><tfoot><tr><th colspan="4">{w["Report.ActiveTotal"]}</th><th class="num">{context.Percent(end.Tasks.ActiveShare)}</th></tr></tfoot></table></section>""");
        html.Raw("\n");
    }

    private static void WriteShares(HtmlWriter html, ReportContext context, RoleReportRequest request, Role role)
    {
        var w = context.W;
        var (from, to) = (request.From, request.To);
        html.Write($"""<section id="shares"><h2>{w["Report.Shares"]}</h2><p>{w["Report.SharesIntro"]}</p>""");
        var byArea = request.View.GetSharesByArea(from, to);
        var areaLabels = byArea.Keys.Select(k => context.AreaLabel(role, k)).ToList();
        html.Write($"""<div class="keep"><h3>{w["Report.ByArea"]}</h3>""");
        StackedChart.Write(html, context, "chart-areas", w["Report.ByAreaChart"], SeriesSummary(context, byArea, areaLabels), byArea, areaLabels);
        html.Raw("</div>");

        var byOrigin = request.View.GetSharesByOrigin(from, to);
        var ordered = byOrigin.Keys.OrderBy(k => k == TaskOrigin.SelfInitiated ? 0 : 1).ToList();
        var series = request.View.GetShareSeries(from, to, t => t.Origin, ordered);
        var originLabels = series.Keys.Select(context.OriginName).ToList();
        var bounds = role.Openness.SelfDirectedShare;
        StackedChart.Band? band = role.Openness.Kind == OpennessKind.Fixed ? null : new(bounds.Minimum, bounds.Maximum, w.Format("Report.BandLabel", context.Range(bounds)));
        html.Write($"""<div class="keep"><h3>{w["Report.ByOrigin"]}</h3><p>{w["Report.ByOriginIntro"]}</p>""");
        var last = series.GetShare(TaskOrigin.SelfInitiated, to);
        var summary = SeriesSummary(context, series, originLabels)
            + (band is null ? string.Empty : " " + w.Format(bounds.Contains(last) ? "Report.BoundsWithin" : "Report.BoundsOutside", context.Range(bounds), context.LongDay(to), context.Percent(last)));
        StackedChart.Write(html, context, "chart-origins", w["Report.ByOriginChart"], summary, series, originLabels, band);
        html.Raw("</div></section>\n");
    }

    private static string SeriesSummary<TKey>(ReportContext context, ShareSeries<TKey> series, IReadOnlyList<string> labels)
        where TKey : notnull
    {
        string Split(ShareStep step) => string.Join(", ", labels.Select((l, i) => $"{l} {context.Percent(step.Shares[i])}"));
        var changes = series.Steps.Length - 1;
        return context.W.Format("Report.SeriesSummary", context.LongDay(series.From), Split(series.Steps[0]), context.LongDay(series.To), Split(series.Steps[^1]),
            changes == 1 ? context.W["Report.Once"] : context.W.Format("Report.Times", changes));
    }
}
