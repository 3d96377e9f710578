using RoleModel.History;

namespace RoleModel.Cli.Reports;

/// <summary>A stacked step chart of a <see cref="ShareSeries{TKey}"/>, with a title, a legend, a text summary and the data as a table.</summary>
internal static class StackedChart
{
    /// <summary>A band drawn over the chart, such as the self-directed share an open role allows.</summary>
    public sealed record Band(decimal Minimum, decimal Maximum, string Label);

    public static void Write<TKey>(HtmlWriter html, ReportContext context, string id, string title, string summary, ShareSeries<TKey> series, IReadOnlyList<string> labels, Band? band = null)
        where TKey : notnull
    {
        var maximum = Math.Max(100m, series.Steps.Max(s => s.Total));
        var frame = new ChartFrame(series.From, series.To, maximum);
        ChartFrame.Open(html, id, title, summary, series.Keys.Length);
        frame.WriteAxes(html);
        var below = new decimal[series.Steps.Length];
        for (var k = 0; k < series.Keys.Length; k++)
        {
            if (series.Steps.All(s => s.Shares[k] == 0))
            {
                continue;
            }

            var top = new List<string>();
            var bottom = new List<string>();
            for (var s = 0; s < series.Steps.Length; s++)
            {
                var step = series.Steps[s];
                var (x1, x2) = (ChartFrame.Number(frame.X(step.From)), ChartFrame.Number(frame.X(step.Until)));
                var (low, high) = (ChartFrame.Number(frame.Y(below[s])), ChartFrame.Number(frame.Y(below[s] + step.Shares[k])));
                top.Add($"{x1},{high} {x2},{high}");
                bottom.Insert(0, $"{x2},{low} {x1},{low}");
                below[s] += step.Shares[k];
            }

            html.Write($"""<polygon class="series" data-key="{labels[k]}" points="{string.Join(' ', top.Concat(bottom))}" fill="url(#{ChartStyle.PatternId(id, k)})" stroke="#1a1a1a" stroke-width="0.8"><title>{labels[k]}</title></polygon>""");
        }

        if (band is not null)
        {
            var (y1, y2) = (ChartFrame.Number(frame.Y(band.Maximum)), ChartFrame.Number(frame.Y(band.Minimum)));
            var (left, right) = (ChartFrame.Number(ChartFrame.PlotLeft), ChartFrame.Number(ChartFrame.PlotRight));
            html.Write($"""<g class="band"><line x1="{left}" x2="{right}" y1="{y1}" y2="{y1}" stroke="#1a1a1a" stroke-width="2" stroke-dasharray="8 4"/><line x1="{left}" x2="{right}" y1="{y2}" y2="{y2}" stroke="#1a1a1a" stroke-width="2" stroke-dasharray="8 4"/><text x="{ChartFrame.Number(ChartFrame.PlotRight - 4)}" y="{y1}" dy="-5" text-anchor="end" font-size="12" font-weight="bold" fill="#1a1a1a" paint-order="stroke" stroke="#fff" stroke-width="4">{band.Label}</text></g>""");
        }

        html.Raw("</svg><ul class=\"legend\">");
        for (var k = 0; k < series.Keys.Length; k++)
        {
            ChartStyle.WriteLegendEntry(html, id, k, context.W.Format("Chart.LegendOn", labels[k], context.Percent(series.Steps[^1].Shares[k]), context.Day(series.To)));
        }

        html.Write($"</ul><figcaption>{summary}</figcaption></figure>");
        WriteTable(html, context, id, title, series, labels);
    }

    /// <summary>The chart's data, one row per step, for readers who cannot or will not read the chart.</summary>
    private static void WriteTable<TKey>(HtmlWriter html, ReportContext context, string id, string title, ShareSeries<TKey> series, IReadOnlyList<string> labels)
        where TKey : notnull
    {
        html.Write($"""<table class="data" id="{id}-data"><caption class="muted">{context.W.Format("Chart.Data", title)}</caption><thead><tr><th>{context.W["Column.From"]}</th><th>{context.W["Column.To"]}</th>""");
        foreach (var label in labels)
        {
            html.Write($"""<th class="num">{label}</th>""");
        }

        html.Write($"""<th class="num">{context.W["Column.Total"]}</th></tr></thead><tbody>""");
        foreach (var step in series.Steps)
        {
            html.Write($"""<tr><td>{context.Day(step.From)}</td><td>{context.Day(step.Until.PlusDays(-1))}</td>""");
            foreach (var share in step.Shares)
            {
                html.Write($"""<td class="num">{context.Percent(share)}</td>""");
            }

            html.Write($"""<td class="num">{context.Percent(step.Total)}</td></tr>""");
        }

        html.Raw("</tbody></table>");
    }
}
