using RoleModel.Analysis;

namespace RoleModel.Cli.Reports;

/// <summary>The drift figures, the grading share, and the optional people section of a role report.</summary>
internal static partial class RoleReport
{
    private static void WriteDrift(HtmlWriter html, ReportContext context, RoleReportRequest request)
    {
        var drift = request.View.MeasureDrift(request.From, request.To, context.Catalogue);
        var (from, to) = (ReportContext.Day(request.From), ReportContext.Day(request.To));
        var end = context.Catalogue.Resolve(request.View.ProjectOn(request.To).Role);
        var bounds = end.Openness.SelfDirectedShare;
        html.Write($"""<section id="drift"><h2>Drift from {from} to {to}</h2><p>How far the role moved away from what it was on {from}. Each figure comes with what it means.</p><dl class="figures">""");
        Figure(html, "novelty", "Novelty", Text.Percent(drift.NoveltyShare),
            $"of the working time on {to} goes to tasks that did not exist on {from}.");
        Figure(html, "self-initiated", "Self-initiated", Text.Percent(drift.SelfInitiatedShare),
            $"of the working time on {to} goes to tasks the holder found; the role allows {bounds}.");
        Figure(html, "turnover", "Turnover", drift.Turnover is { } turnover ? $"{turnover:0.##}×" : "–",
            $"{Text.Count(drift.TasksAdded, "task")} joined and {drift.TasksRemoved} left, against {Text.Count(drift.TasksAtStart, "task")} on {from}"
            + (drift.Turnover is null ? " (no tasks at the start, so no ratio)." : "."));
        Figure(html, "unrequired", "Outgrown", drift.UnrequiredCompetencyIds.Length.ToString(Text.Culture),
            "used by the tasks, named by no requirement: " + List(drift.UnrequiredCompetencyIds.Select(context.CompetencyName)) + ".");
        Figure(html, "unused", "Left behind", drift.UnusedRequirementIds.Length.ToString(Text.Culture),
            "required, used by no task any more: " + List(drift.UnusedRequirementIds.Select(id => end.FindRequirement(id) is { } r ? context.Requirement(r) : id)) + ".");
        html.Raw("</dl></section>\n");
    }

    private static void Figure(HtmlWriter html, string key, string name, string figure, string meaning) =>
        html.Write($"""<dt>{name}</dt><dd data-figure="{key}"><span class="figure">{figure}</span> <span class="meaning">{meaning}</span></dd>""");

    private static string List(IEnumerable<string> items) => string.Join(", ", items.DefaultIfEmpty("none"));

    private static void WriteGrading(HtmlWriter html, ReportContext context, RoleReportRequest request, Role role)
    {
        html.Raw("<section id=\"grading\"><h2>Grading</h2>");
        if (request.Grading is not { } criterion)
        {
            html.Raw("<p>No grading criterion: the role names no essential requirement with a level, and none was given (--grading-area or --grading-level).</p></section>\n");
            return;
        }

        var series = request.View.EvaluateGrading(request.From, request.To, criterion);
        var last = series.Steps[^1];
        var days = NodaTime.Period.DaysBetween(request.From, request.To) + 1;
        html.Write($"""<div class="keep"><p>In German public service a position's pay grade follows the share of working time that meets the grade's criterion: at least half of it ("zeitlich mindestens zur Hälfte", TVöD § 12). The criterion used here:</p><p class="note" id="grading-criterion">{GradingChoice.Statement(context, role, criterion)}</p>""");
        var summary = $"On {ReportContext.Day(request.To)} the share was {Text.Percent(last.Share)}: the threshold of {Text.Percent(criterion.Threshold)} is {(last.MeetsThreshold ? "met" : "not met")}. It was met on {series.DaysMet} of the {days} days of the period"
            + (series.Crossings.IsEmpty ? "." : "; it changed sides on " + string.Join(", ", series.Crossings.Select(c => $"{ReportContext.Day(c.Day)} ({(c.ReachesThreshold ? "reached" : "fell below")}, {Text.Percent(c.Share)})")) + ".");
        GradingChart.Write(html, "chart-grading", "Share of working time meeting the grading criterion", summary, series);
        html.Raw("</div></section>\n");
    }

    private static void WritePeople(HtmlWriter html, ReportContext context, RoleReportRequest request, RoleSnapshot end)
    {
        html.Raw("<section id=\"people\"><h2>People in this role</h2>");
        if (!request.IncludePeople)
        {
            html.Raw("<p class=\"note\" id=\"people-omitted\">Not shown. This report is meant for councils and staff councils, and the competency gaps of named employees are personal data. The people who hold the role are left out unless the report is written with <code>--include-people</code>.</p></section>\n");
            return;
        }

        var holders = context.Catalogue.People.Where(p => p.Assignments.Any(a => a.RoleId == end.Role.Id && a.Contains(request.To))).ToList();
        html.Write($"""<p class="note">Included on request (--include-people): personal data. People appear under their pseudonymous identifiers, with their gap to the role's requirements on {ReportContext.Day(request.To)}.</p>""");
        if (holders.Count == 0)
        {
            html.Raw("<p>Nobody held the role on that day.</p></section>\n");
            return;
        }

        html.Raw("<table><thead><tr><th>Person</th><th class=\"num\">Fit</th><th>Essential requirements met</th><th>Gaps</th></tr></thead><tbody>");
        foreach (var person in holders)
        {
            var gap = FitAnalysis.Analyze(context.Catalogue, end, person, request.To, context.Analysis);
            var open = gap.Requirements.Where(r => r.Status != RequirementStatus.Met).Select(r => $"{r.Requirement.Id}: {GapText(r)}");
            html.Write($"""<tr data-person="{person.Id}"><td>{person.Id}</td><td class="num">{gap.Score:0.00}</td><td>{(gap.AllEssentialMet ? "yes" : "no")}</td><td>{List(open)}</td></tr>""");
        }

        html.Raw("</tbody></table></section>\n");
    }

    private static string GapText(RequirementGap gap) => gap.Status switch
    {
        RequirementStatus.PartlyMet => $"partly met (holds {gap.HeldLevel?.LevelCode}, needs {gap.RequiredLevel?.LevelCode}{(gap.IsStale ? ", assessment stale" : string.Empty)})",
        RequirementStatus.Missing => "missing",
        _ => "not comparable",
    };
}
