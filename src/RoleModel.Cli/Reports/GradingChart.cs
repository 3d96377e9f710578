using RoleModel.History;

namespace RoleModel.Cli.Reports;

/// <summary>The share of working time meeting a grading criterion over time, against its threshold.</summary>
internal static class GradingChart
{
    public static void Write(HtmlWriter html, string id, string title, string summary, GradingSeries series)
    {
        var frame = new ChartFrame(series.From, series.To, 100m);
        var threshold = series.Criterion.Threshold;
        ChartFrame.Open(html, id, title, summary, 2);
        frame.WriteAxes(html);
        foreach (var step in series.Steps.Where(s => s.Share > 0))
        {
            var (x1, y) = (ChartFrame.Number(frame.X(step.From)), ChartFrame.Number(frame.Y(step.Share)));
            var pattern = ChartStyle.PatternId(id, step.MeetsThreshold ? 1 : 0);
            html.Write($"""<rect class="step" x="{x1}" y="{y}" width="{ChartFrame.Number(frame.X(step.Until) - frame.X(step.From))}" height="{ChartFrame.Number(frame.Y(0) - frame.Y(step.Share))}" fill="url(#{pattern})" stroke="#1a1a1a" stroke-width="0.8"><title>{step.From:yyyy-MM-dd}: {Text.Percent(step.Share)} ({(step.MeetsThreshold ? "met" : "not met")})</title></rect>""");
        }

        var line = ChartFrame.Number(frame.Y(threshold));
        html.Write($"""<line x1="{ChartFrame.Number(ChartFrame.PlotLeft)}" x2="{ChartFrame.Number(ChartFrame.PlotRight)}" y1="{line}" y2="{line}" stroke="#b00020" stroke-width="2.5" stroke-dasharray="10 5"/><text x="{ChartFrame.Number(ChartFrame.PlotRight - 4)}" y="{line}" dy="-6" text-anchor="end" font-size="12" font-weight="bold" fill="#b00020" paint-order="stroke" stroke="#fff" stroke-width="4">threshold {Text.Percent(threshold)}</text>""");
        html.Raw("</svg><ul class=\"legend\">");
        ChartStyle.WriteLegendEntry(html, id, 0, "below the threshold");
        ChartStyle.WriteLegendEntry(html, id, 1, "threshold met");
        html.Write($"</ul><figcaption>{summary}</figcaption></figure>");
        html.Write($"""<table class="data" id="{id}-data"><caption class="muted">{title}: the data</caption><thead><tr><th>From</th><th>To</th><th class="num">Share</th><th>Threshold</th></tr></thead><tbody>""");
        foreach (var step in series.Steps)
        {
            html.Write($"""<tr><td>{step.From:yyyy-MM-dd}</td><td>{step.Until.PlusDays(-1):yyyy-MM-dd}</td><td class="num">{Text.Percent(step.Share)}</td><td>{(step.MeetsThreshold ? "met" : "not met")}</td></tr>""");
        }

        html.Raw("</tbody></table>");
    }
}
