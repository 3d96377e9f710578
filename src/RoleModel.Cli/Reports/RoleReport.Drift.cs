using RoleModel.Analysis;

namespace RoleModel.Cli.Reports;

/// <summary>The drift figures, the grading share, the optional people section and the appendix of a role report.</summary>
internal static partial class RoleReport
{
    private static void WriteDrift(HtmlWriter html, ReportContext context, RoleReportRequest request)
    {
        var w = context.W;
        var drift = request.View.MeasureDrift(request.From, request.To, context.Catalogue);
        var (from, to) = (context.LongDay(request.From), context.LongDay(request.To));
        var end = context.Catalogue.Resolve(request.View.ProjectOn(request.To).Role);
        var bounds = context.Range(end.Openness.SelfDirectedShare);
        html.Write($"""<section id="drift"><h2>{w.Format("Report.DriftFromTo", from, to)}</h2><p>{w.Format("Report.DriftIntro", from)}</p><dl class="figures">""");
        Figure(html, "novelty", w["Drift.Novelty"], context.Percent(drift.NoveltyShare), w.Format("Drift.Novelty.Meaning", to, from));
        Figure(html, "self-initiated", w["Drift.SelfInitiated"], context.Percent(drift.SelfInitiatedShare), w.Format("Drift.SelfInitiated.Meaning", to, bounds));
        Figure(html, "turnover", w["Drift.Turnover"], drift.Turnover is { } turnover ? w.Format("Format.Times", w.Number((decimal)turnover)) : "–",
            w.Format(drift.Turnover is null ? "Drift.Turnover.MeaningNoRatio" : "Drift.Turnover.Meaning", w.Count(drift.TasksAdded, "Count.Task"), w.Number(drift.TasksRemoved), w.Count(drift.TasksAtStart, "Count.Task"), from));
        Figure(html, "unrequired", w["Drift.Outgrown"], w.Number(drift.UnrequiredCompetencyIds.Length),
            w.Format("Drift.Outgrown.Meaning", List(context, drift.UnrequiredCompetencyIds.Select(context.CompetencyName))));
        Figure(html, "unused", w["Drift.LeftBehind"], w.Number(drift.UnusedRequirementIds.Length),
            w.Format("Drift.LeftBehind.Meaning", List(context, drift.UnusedRequirementIds.Select(id => end.FindRequirement(id) is { } r ? context.Requirement(r) : id))));
        html.Raw("</dl></section>\n");
    }

    private static void Figure(HtmlWriter html, string key, string name, string figure, string meaning) =>
        html.Write($"""<dt>{name}</dt><dd data-figure="{key}"><span class="figure">{figure}</span> <span class="meaning">{meaning}</span></dd>""");

    private static string List(ReportContext context, IEnumerable<string> items) => context.W.List([.. items]);

    private static void WriteGrading(HtmlWriter html, ReportContext context, RoleReportRequest request, Role role)
    {
        var w = context.W;
        html.Write($"""<section id="grading"><h2>{w["Report.Grading"]}</h2>""");
        if (request.Grading is not { } criterion)
        {
            html.Write($"<p>{w["Report.NoGrading"]}</p></section>\n");
            return;
        }

        var series = request.View.EvaluateGrading(request.From, request.To, criterion);
        var last = series.Steps[^1];
        var days = NodaTime.Period.DaysBetween(request.From, request.To) + 1;
        html.Write($"""<div class="keep"><p>{w["Report.GradingIntro"]}</p><p class="note" id="grading-criterion">{GradingChoice.Statement(context, role, criterion)}</p>""");
        var crossings = series.Crossings.Select(c => w.Format(c.ReachesThreshold ? "Grading.Reached" : "Grading.FellBelow", context.LongDay(c.Day), context.Percent(c.Share))).ToList();
        var summary = w.Format("Grading.Summary", context.LongDay(request.To), context.Percent(last.Share), context.Percent(criterion.Threshold), w[last.MeetsThreshold ? "Grading.Met" : "Grading.NotMet"], w.Number(series.DaysMet), w.Number(days))
            + (crossings.Count == 0 ? "." : w.Format("Grading.Crossings", string.Join(", ", crossings)));
        GradingChart.Write(html, context, "chart-grading", w["Grading.ChartTitle"], summary, series);
        html.Raw("</div></section>\n");
    }

    private static void WritePeople(HtmlWriter html, ReportContext context, RoleReportRequest request, RoleSnapshot end)
    {
        var w = context.W;
        html.Write($"""<section id="people"><h2>{w["Report.People"]}</h2>""");
        if (!request.IncludePeople)
        {
            html.Write($"""<p class="note" id="people-omitted">{w["Report.PeopleOmitted"]}</p></section>""");
            html.Raw("\n");
            return;
        }

        var holders = context.Catalogue.People.Where(p => p.Assignments.Any(a => a.RoleId == end.Role.Id && a.Contains(request.To))).ToList();
        html.Write($"""<p class="note">{w.Format("Report.PeopleIncluded", context.LongDay(request.To))}</p>""");
        if (holders.Count == 0)
        {
            html.Write($"<p>{w["Report.NobodyHeld"]}</p></section>\n");
            return;
        }

        html.Write($"""<table><thead><tr><th>{w["Column.Person"]}</th><th class="num">{w["Column.Fit"]}</th><th>{w["Column.EssentialMet"]}</th><th>{w["Column.Gaps"]}</th></tr></thead><tbody>""");
        foreach (var person in holders)
        {
            var gap = FitAnalysis.Analyze(context.Catalogue, end, person, request.To, context.Analysis);
            var open = gap.Requirements.Where(r => r.Status != RequirementStatus.Met).Select(r => $"{context.Requirement(r.Requirement)}: {GapText(context, r)}");
            html.Write($"""<tr data-person="{person.Id}"><td>{person.Id}</td><td class="num">{gap.Score.ToString("0.00", w.Culture)}</td><td>{w[gap.AllEssentialMet ? "Value.Yes" : "Value.No"]}</td><td>{List(context, open)}</td></tr>""");
        }

        html.Raw("</tbody></table></section>\n");
    }

    private static string GapText(ReportContext context, RequirementGap gap) => gap.Status switch
    {
        RequirementStatus.PartlyMet => context.W.Format(gap.IsStale ? "Gap.PartlyMetStale" : "Gap.PartlyMet",
            gap.HeldLevel is { } held ? context.LevelName(held) : "–", gap.RequiredLevel is { } needed ? context.LevelName(needed) : "–"),
        _ => context.W.Name(gap.Status),
    };

    /// <summary>For HR: the identifiers, the instant and the options behind the page, kept out of the running text.</summary>
    private static void WriteAppendix(HtmlWriter html, ReportContext context, RoleReportRequest request, Role role)
    {
        var w = context.W;
        html.Write($"""<section id="appendix"><h2>{w["Report.Appendix"]}</h2><p class="muted">{w["Report.AppendixIntro"]}</p><table id="appendix-table"><tbody>""");
        void Row(string label, string value) => html.Write($"<tr><th>{label}</th><td><code>{value}</code></td></tr>");
        Row(w["Appendix.RoleId"], role.Id);
        Row(w["Appendix.Document"], request.DocumentName);
        Row(w["Appendix.Period"], $"--from {request.From:yyyy-MM-dd} --to {request.To:yyyy-MM-dd}");
        Row(w["Appendix.KnownAt"], $"--known-at {request.View.KnownAt}");
        if (request.Grading is { } criterion)
        {
            Row(w["Appendix.Grading"], criterion.AreaId is { } area
                ? $"--grading-area {area} --grading-threshold {criterion.Threshold.ToString(Text.Culture)}"
                : $"--grading-level {criterion.Scale!.Id}:{criterion.LevelCode} --grading-threshold {criterion.Threshold.ToString(Text.Culture)}");
        }
        else
        {
            Row(w["Appendix.Grading"], "--grading-area AREA | --grading-level SCALE:LEVEL");
        }

        var events = request.View.GetEvents(request.From, request.To);
        var recorders = events.Select(e => e.Change.Author).Concat(events.Where(e => e.Decision is not null).Select(e => e.Decision!.Author)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (recorders.Count > 0)
        {
            Row(w["Appendix.Recorders"], string.Join(", ", recorders));
        }

        Row(w["Appendix.People"], request.IncludePeople ? "--include-people" : w["Appendix.PeopleOff"]);
        html.Raw("</tbody></table></section>\n");
    }
}
