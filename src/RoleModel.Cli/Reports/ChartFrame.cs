using System.Globalization;
using NodaTime;

namespace RoleModel.Cli.Reports;

/// <summary>
/// The drawing area of a time chart: days on x, percent on y, with axes, grid lines and tick labels. Charts are
/// inline SVG drawn by the tool, so the page needs no script and no library to show them.
/// </summary>
internal sealed class ChartFrame
{
    public const double Width = 720;
    public const double Height = 280;
    private const double Left = 46;
    private const double Right = 24;
    private const double Top = 12;
    private const double Bottom = 30;

    private readonly LocalDate from;
    private readonly int days;

    public ChartFrame(LocalDate from, LocalDate to, decimal maximum)
    {
        this.from = from;
        days = Period.DaysBetween(from, to) + 1;
        Maximum = maximum;
    }

    public decimal Maximum { get; }

    public static double PlotBottom => Height - Bottom;

    public static double PlotRight => Width - Right;

    public static double PlotLeft => Left;

    public static string Number(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    public double X(LocalDate day) => Left + ((Width - Left - Right) * Period.DaysBetween(from, day) / days);

    public double Y(decimal share) => Top + ((Height - Top - Bottom) * (1 - (double)(share / Maximum)));

    /// <summary>Opens a chart: the figure, the SVG with its accessible title and description, and the patterns of its series.</summary>
    public static void Open(HtmlWriter html, string id, string title, string summary, int series)
    {
        html.Write($"""<figure id="{id}" class="chart"><svg viewBox="0 0 {Width} {Height}" role="img" aria-labelledby="{id}-title {id}-desc" xmlns="http://www.w3.org/2000/svg"><title id="{id}-title">{title}</title><desc id="{id}-desc">{summary}</desc><defs>""");
        for (var k = 0; k < series; k++)
        {
            ChartStyle.WritePattern(html, id, k);
        }

        html.Raw("</defs>");
    }

    /// <summary>Grid lines every 25 %, and a tick on the first day of each year (or of each quarter, for short periods).</summary>
    public void WriteAxes(HtmlWriter html)
    {
        html.Raw("<g class=\"axes\" font-size=\"12\" fill=\"#1a1a1a\">");
        for (var share = 0m; share <= Maximum; share += 25m)
        {
            var y = Number(Y(share));
            html.Write($"""<line x1="{Number(Left)}" x2="{Number(PlotRight)}" y1="{y}" y2="{y}" stroke="#9e9e9e" stroke-width="{(share == 0 ? "1.5" : "0.6")}"/><text x="{Number(Left - 6)}" y="{y}" dy="4" text-anchor="end">{share:0} %</text>""");
        }

        foreach (var (day, label) in Ticks())
        {
            var x = Number(X(day));
            html.Write($"""<line x1="{x}" x2="{x}" y1="{Number(PlotBottom)}" y2="{Number(PlotBottom + 5)}" stroke="#1a1a1a"/><text x="{x}" y="{Number(PlotBottom + 19)}" text-anchor="middle">{label}</text>""");
        }

        html.Raw("</g>");
    }

    private IEnumerable<(LocalDate Day, string Label)> Ticks()
    {
        var last = from.PlusDays(days - 1);
        var years = Enumerable.Range(from.Year, last.Year - from.Year + 1).Select(y => new LocalDate(y, 1, 1)).Where(d => d >= from && d <= last).ToList();
        if (years.Count >= 2)
        {
            var every = (years.Count + 7) / 8;
            return years.Where((_, i) => i % every == 0).Select(d => (d, d.Year.ToString(CultureInfo.InvariantCulture)));
        }

        var quarters = new List<LocalDate>();
        for (var d = new LocalDate(from.Year, 1, 1); d <= last; d = d.PlusMonths(3))
        {
            if (d >= from)
            {
                quarters.Add(d);
            }
        }

        return quarters.Select(d => (d, d.ToString("yyyy-MM", CultureInfo.InvariantCulture)));
    }
}
