using RoleModel.History;

namespace RoleModel.Cli.Reports;

/// <summary>The share of working time meeting a grading criterion over time, against its threshold.</summary>
internal static class GradingChart
{
    public static void Write(HtmlWriter html, ReportContext context, string id, string title, string summary, GradingSeries series)
    {
        var frame = new ChartFrame(series.From, series.To, 100m);
        var threshold = series.Criterion.Threshold;
        ChartFrame.Open(html, id, title, summary, 2);
        frame.WriteAxes(html);
        foreach (var step in series.Steps.Where(s => s.Share > 0))
        {
            var (x1, y) = (ChartFrame.Number(frame.X(step.From)), ChartFrame.Number(frame.Y(step.Share)));
            var pattern = ChartStyle.PatternId(id, step.MeetsThreshold ? 1 : 0);
            html.Write($"""<rect class="step" x="{x1}" y="{y}" width="{ChartFrame.Number(frame.X(step.Until) - frame.X(step.From))}" height="{ChartFrame.Number(frame.Y(0) - frame.Y(step.Share))}" fill="url(#{pattern})" stroke="#1a1a1a" stroke-width="0.8"><title>{context.Day(step.From)}: {context.Percent(step.Share)} ({context.W[step.MeetsThreshold ? "Grading.Met" : "Grading.NotMet"]})</title></rect>""");
        }

        var line = ChartFrame.Number(frame.Y(threshold));
        html.Write($"""<line x1="{ChartFrame.Number(ChartFrame.PlotLeft)}" x2="{ChartFrame.Number(ChartFrame.PlotRight)}" y1="{line}" y2="{line}" stroke="#b00020" stroke-width="2.5" stroke-dasharray="10 5"/><text x="{ChartFrame.Number(ChartFrame.PlotRight - 4)}" y="{line}" dy="-6" text-anchor="end" font-size="12" font-weight="bold" fill="#b00020" paint-order="stroke" stroke="#fff" stroke-width="4">{context.W.Format("Chart.Threshold", context.Percent(threshold))}</text>""");
        html.Raw("</svg><ul class=\"legend\">");
        ChartStyle.WriteLegendEntry(html, id, 0, context.W["Chart.Below"]);
        ChartStyle.WriteLegendEntry(html, id, 1, context.W["Chart.Met"]);
        html.Write($"</ul><figcaption>{summary}</figcaption></figure>");
        html.Write($"""<table class="data" id="{id}-data"><caption class="muted">{context.W.Format("Chart.Data", title)}</caption><thead><tr><th>{context.W["Column.From"]}</th><th>{context.W["Column.To"]}</th><th class="num">{context.W["Column.Share"]}</th><th>{context.W["Column.Threshold"]}</th></tr></thead><tbody>""");
        foreach (var step in series.Steps)
        {
            html.Write($"""<tr><td>{context.Day(step.From)}</td><td>{context.Day(step.Until.PlusDays(-1))}</td><td class="num">{context.Percent(step.Share)}</td><td>{context.W[step.MeetsThreshold ? "Grading.Met" : "Grading.NotMet"]}</td></tr>""");
        }

        html.Raw("</tbody></table>");
    }
}
