namespace RoleModel.Cli.Reports;

/// <summary>
/// Fills for chart series: a colour-blind-safe palette (Okabe and Ito) and, on top, a different pattern for each
/// series, so that no series is told apart by colour alone, also in black-and-white print.
/// </summary>
internal static class ChartStyle
{
    private static readonly string[] Colours = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999"];

    private static readonly string[] Marks =
    [
        string.Empty,
        "<path d=\"M0 8 L8 0\" stroke=\"#1a1a1a\" stroke-width=\"1.3\"/>",
        "<circle cx=\"4\" cy=\"4\" r=\"1.6\" fill=\"#1a1a1a\"/>",
        "<path d=\"M0 4 H8\" stroke=\"#1a1a1a\" stroke-width=\"1.3\"/>",
        "<path d=\"M0 0 L8 8 M0 8 L8 0\" stroke=\"#1a1a1a\" stroke-width=\"1\"/>",
        "<path d=\"M4 0 V8\" stroke=\"#1a1a1a\" stroke-width=\"1.3\"/>",
        "<path d=\"M0 0 L8 8\" stroke=\"#1a1a1a\" stroke-width=\"1.3\"/>",
        "<rect x=\"2\" y=\"2\" width=\"4\" height=\"4\" fill=\"#1a1a1a\"/>",
    ];

    public static string PatternId(string chartId, int series) => $"{chartId}-p{series}";

    /// <summary>The pattern definition of one series.</summary>
    public static void WritePattern(HtmlWriter html, string chartId, int series)
    {
        var colour = Colours[series % Colours.Length];
        var mark = Marks[series % Marks.Length];
        html.Write($"""<pattern id="{PatternId(chartId, series)}" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="{colour}"/>{new HtmlFragment(mark)}</pattern>""");
    }

    /// <summary>A legend entry: a swatch with the series' pattern, then its label.</summary>
    public static void WriteLegendEntry(HtmlWriter html, string chartId, int series, string label) =>
        html.Write($"""<li><svg viewBox="0 0 16 12" aria-hidden="true"><rect width="16" height="12" fill="url(#{PatternId(chartId, series)})"/></svg>{label}</li>""");
}
