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
/// from the library's answers for the same role, period and instant.
/// </summary>
internal static partial class RoleReport
{
    public static string Render(ReportContext context, RoleReportRequest request)
    {
        var view = request.View;
        var end = view.ProjectOn(request.To);
        var role = context.Catalogue.Resolve(end.Role); // with what a template gives it: areas, requirements, openness
        var title = context.Local(role.Title);
        // The page's wording is English; the document's own texts are marked with the language of --lang.
        return Page.Render("en", $"{title}: the role's life, {ReportContext.Day(request.From)} to {ReportContext.Day(request.To)}", html =>
        {
            html.Write($"""
                <header>
                <h1 lang="{context.LanguageTag}">{title}</h1>
                <p class="lead">How the role <strong>{title}</strong> (identifier <code>{role.Id}</code>) lived from <span class="when">{ReportContext.Day(request.From)}</span> to <span class="when">{ReportContext.Day(request.To)}</span>: which tasks it had, how its working time was split, and what changed.</p>
                <p class="muted">As on record at {view.KnownAt.ToString("uuuu-MM-dd HH:mm", null)} UTC, from {request.DocumentName}. Shares are percentages of the holder's working time, as a job description states them. Changes recorded later are not included.</p>
                </header>
                <nav aria-label="Contents"><h2>Contents</h2><ul><li><a href="#role">The role</a></li><li><a href="#tasks">Tasks on {ReportContext.Day(request.To)}</a></li><li><a href="#shares">How the working time was split</a></li><li><a href="#drift">Drift</a></li><li><a href="#grading">Grading</a></li><li><a href="#timeline">What changed, and when</a></li><li><a href="#people">People in this role</a></li></ul></nav>

                """);
            WriteSummary(html, request, role, end);
            WriteRole(html, context, role, end);
            WriteTasks(html, context, request, role, end);
            WriteShares(html, context, request, role);
            WriteDrift(html, context, request);
            WriteGrading(html, context, request, role);
            WriteTimeline(html, context, request);
            WritePeople(html, context, request, end);
            html.Write($"""<footer class="muted"><p>Written by rolemodel. This page is one file: it loads nothing and runs no script.</p></footer>""");
        });
    }

    /// <summary>The answers first, in plain words, for a reader who reads nothing else.</summary>
    private static void WriteSummary(HtmlWriter html, RoleReportRequest request, Role role, RoleSnapshot end)
    {
        var view = request.View;
        var drift = view.MeasureDrift(request.From, request.To);
        var bounds = role.Openness.SelfDirectedShare;
        var events = view.GetEvents(request.From, request.To);
        var (from, to) = (ReportContext.Day(request.From), ReportContext.Day(request.To));
        html.Write($"""<section class="summary keep" id="summary"><h2>In short</h2><ul><li>On {to} the role had {Text.Count(end.Tasks.Tasks.Count(t => t.IsActive), "active task")}; <strong>{Text.Percent(drift.SelfInitiatedShare)}</strong> of the working time went to tasks the holder found, where the role allows {bounds}.</li><li><strong>{Text.Percent(drift.NoveltyShare)}</strong> of the working time on {to} went to tasks that did not exist on {from}.</li><li>{Text.Count(events.Length, "change")} took effect in the period, {Text.Count(events.Count(e => e.Change.IsProposal), "proposal")} among them; {Text.Count(events.Count(e => e.IsCorrection), "correction")} changed what had been on record.</li>""");
        if (request.Grading is { } criterion)
        {
            var met = view.EvaluateGrading(request.From, request.To, criterion).MetOnLastDay;
            html.Write($"""<li>The grading criterion (at least {Text.Percent(criterion.Threshold)} of the working time, see <a href="#grading">Grading</a>) was <strong>{(met ? "met" : "not met")}</strong> on {to}.</li>""");
        }

        html.Raw("</ul></section>\n");
    }

    public static string OpennessSentence(RoleOpenness openness) =>
        ReportContext.OpennessKind(openness.Kind)
        + (openness.Kind == OpennessKind.Fixed ? string.Empty : $" Self-directed work expected: {openness.SelfDirectedShare} of the working time.");

    private static void WriteRole(HtmlWriter html, ReportContext context, Role role, RoleSnapshot end)
    {
        html.Write($"""<section id="role"><h2>The role</h2><h3>Purpose</h3><p lang="{context.LanguageTag}">{context.Local(role.Purpose)}</p>""");
        if (!role.Outcomes.IsEmpty)
        {
            html.Raw("<h3>Outcomes</h3><ul>");
            foreach (var outcome in role.Outcomes)
            {
                html.Write($"""<li lang="{context.LanguageTag}">{context.Local(outcome)}</li>""");
            }

            html.Raw("</ul>");
        }

        html.Write($"""<h3>Openness</h3><p id="openness">{OpennessSentence(role.Openness)}</p>""");
        if (!role.Areas.IsEmpty)
        {
            html.Write($"""<h3>Responsibility areas</h3><table><thead><tr><th>Area</th><th class="num">Expected share</th><th class="num">Share at the end</th></tr></thead><tbody>""");
            foreach (var area in role.Areas)
            {
                var share = end.Tasks.Tasks.Where(t => t.IsActive && t.AreaId == area.Id).Sum(t => t.Share);
                html.Write($"""<tr><td>{context.Local(area.Name)}</td><td class="num">{area.ExpectedShare.ToString()}</td><td class="num">{Text.Percent(share)}{(area.ExpectedShare.Contains(share) ? string.Empty : " (outside)")}</td></tr>""");
            }

            html.Raw("</tbody></table>");
        }

        html.Raw("</section>\n");
    }

    private static void WriteTasks(HtmlWriter html, ReportContext context, RoleReportRequest request, Role role, RoleSnapshot end)
    {
        var tasks = end.Tasks.Tasks;
        html.Write($"""<section id="tasks"><h2>Tasks on {ReportContext.Day(request.To)}</h2>""");
        if (tasks.IsEmpty)
        {
            html.Raw("<p>The role had no tasks on that day.</p></section>\n");
            return;
        }

        html.Write($"""<p>{Text.Count(tasks.Count(t => t.IsActive), "active task")}, together {Text.Percent(end.Tasks.ActiveShare)} of the working time; {Text.Percent(end.Tasks.SelfInitiatedShare)} on tasks the holder found.</p><table id="tasks-table"><thead><tr><th>Task</th><th>Area</th><th>Origin</th><th>Status</th><th class="num">Share</th></tr></thead><tbody>""");
        foreach (var task in tasks)
        {
            html.Write($"""<tr data-task="{task.Id}"><td class="task-title" lang="{context.LanguageTag}">{context.TaskTitle(task)}</td><td>{context.AreaLabel(role, task.AreaId)}</td><td>{ReportContext.OriginName(task.Origin)}</td><td>{Text.Name(task.Status)}</td><td class="num task-share">{Text.Percent(task.IsActive ? task.Share : 0)}</td></tr>""");
        }

        html.Write($"""</tbody><tfoot><tr><th colspan="4">Working time on active tasks</th><th class="num">{Text.Percent(end.Tasks.ActiveShare)}</th></tr></tfoot></table></section>""");
        html.Raw("\n");
    }

    private static void WriteShares(HtmlWriter html, ReportContext context, RoleReportRequest request, Role role)
    {
        var (from, to) = (request.From, request.To);
        html.Raw("<section id=\"shares\"><h2>How the working time was split</h2><p>Each chart shows, for every day of the period, how the working time was divided. The height of a band is its share; the bands are stacked, so the top edge is the share of all active tasks. A step is a day on which a change took effect.</p>");
        var byArea = request.View.GetSharesByArea(from, to);
        var areaLabels = byArea.Keys.Select(k => context.AreaLabel(role, k)).ToList();
        html.Raw("<div class=\"keep\"><h3>By responsibility area</h3>");
        StackedChart.Write(html, "chart-areas", "Working time by responsibility area", SeriesSummary(byArea, areaLabels), byArea, areaLabels);
        html.Raw("</div>");

        var byOrigin = request.View.GetSharesByOrigin(from, to);
        var ordered = byOrigin.Keys.OrderBy(k => k == TaskOrigin.SelfInitiated ? 0 : 1).ToList();
        var series = request.View.GetShareSeries(from, to, t => t.Origin, ordered);
        var originLabels = series.Keys.Select(ReportContext.OriginName).ToList();
        var bounds = role.Openness.SelfDirectedShare;
        StackedChart.Band? band = role.Openness.Kind == OpennessKind.Fixed ? null : new(bounds.Minimum, bounds.Maximum, $"self-directed share allowed: {bounds}");
        html.Raw("<div class=\"keep\"><h3>By origin</h3><p>Self-initiated work is at the bottom, so its top edge can be read against the dashed lines: the self-directed share the role's openness allows.</p>");
        var summary = SeriesSummary(series, originLabels)
            + (band is null ? string.Empty : $" The role allows {bounds} self-directed work; on {ReportContext.Day(to)} it was {Text.Percent(series.GetShare(TaskOrigin.SelfInitiated, to))}{(bounds.Contains(series.GetShare(TaskOrigin.SelfInitiated, to)) ? ", within the bounds" : ", outside the bounds")}.");
        StackedChart.Write(html, "chart-origins", "Working time by origin", summary, series, originLabels, band);
        html.Raw("</div></section>\n");
    }

    private static string SeriesSummary<TKey>(ShareSeries<TKey> series, IReadOnlyList<string> labels)
        where TKey : notnull
    {
        string Split(ShareStep step) => string.Join(", ", labels.Select((l, i) => $"{l} {Text.Percent(step.Shares[i])}"));
        var changes = series.Steps.Length - 1;
        return $"On {ReportContext.Day(series.From)}: {Split(series.Steps[0])}. On {ReportContext.Day(series.To)}: {Split(series.Steps[^1])}. The split changed {(changes == 1 ? "once" : $"{changes} times")} in between.";
    }
}
