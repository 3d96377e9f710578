using System.Text.RegularExpressions;
using NodaTime;
using PuppeteerSharp;
using PuppeteerSharp.Media;
using RoleModel.Cli.Reports;
using RoleModel.History;

namespace RoleModel.Cli.Tests.Reports;

/// <summary>
/// The bundled CDO's report and job description in a real headless Chromium: no console errors, no requests,
/// the rendered figures and titles equal to the library's answers for the same role, period and instant, and
/// A4 print without cut-off charts.
/// </summary>
public sealed class ReportBrowserTests(Chromium chromium) : IClassFixture<Chromium>, IDisposable
{
    private static readonly LocalDate From = new(2022, 1, 1);
    private static readonly LocalDate To = new(2026, 1, 1);
    private static readonly Instant KnownAt = Instant.FromUtc(2026, 6, 1, 0, 0);

    private readonly TemporaryFile folder = new([], "unused");

    private static string Day(LocalDate day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static RoleHistoryView View => ReportExpectations.Sample.FindHistory("cdo")!.AsKnownAt(KnownAt);

    public void Dispose() => folder.Dispose();

    [ChromiumFact]
    public async Task Report_Loads_WithNoConsoleErrorsNoRequestsAndNoScript()
    {
        await using var page = await chromium.OpenAsync(WriteReport());

        page.Problems.Should().BeEmpty();
        page.Requests.Should().ContainSingle().Which.Should().StartWith("file://", "the page itself is the only thing loaded");
        (await page.EvaluateAsync<int>("document.scripts.length")).Should().Be(0);
        (await page.EvaluateAsync<int>("document.querySelectorAll('link, img, iframe, object, embed').length")).Should().Be(0);
    }

    [ChromiumFact]
    public async Task Report_EveryTaskOfTheLastDay_IsRenderedWithTheLibrarysTitleAndShare()
    {
        await using var page = await chromium.OpenAsync(WriteReport());
        var expected = View.ProjectOn(To).Tasks.Tasks
            .Select(t => $"{t.Id}|{t.Title.Get(ReportExpectations.English)}|{Text.Percent(t.IsActive ? t.Share : 0)}").ToList();

        var rendered = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('#tasks-table tbody tr')].map(r => r.dataset.task + '|' + r.querySelector('.task-title').textContent + '|' + r.querySelector('.task-share').textContent)");

        expected.Should().NotBeEmpty();
        rendered.Should().Equal(expected);
        (await page.EvaluateAsync<string>("document.querySelector('h1').textContent")).Should().Be(View.ProjectOn(To).Role.Title.Get(ReportExpectations.English));
    }

    [ChromiumFact]
    public async Task Report_DriftFigures_EqualTheLibrarysDrift()
    {
        await using var page = await chromium.OpenAsync(WriteReport());
        var drift = View.MeasureDrift(From, To, ReportExpectations.Sample);

        var figures = await page.EvaluateAsync<Dictionary<string, string>>(
            "Object.fromEntries([...document.querySelectorAll('[data-figure]')].map(d => [d.dataset.figure, d.querySelector('.figure').textContent]))");

        figures.Should().Equal(new Dictionary<string, string>
        {
            ["novelty"] = Text.Percent(drift.NoveltyShare),
            ["self-initiated"] = Text.Percent(drift.SelfInitiatedShare),
            ["turnover"] = drift.Turnover is { } turnover ? $"{turnover:0.##}×" : "–",
            ["unrequired"] = drift.UnrequiredCompetencyIds.Length.ToString(Text.Culture),
            ["unused"] = drift.UnusedRequirementIds.Length.ToString(Text.Culture),
        });
        (await page.EvaluateAsync<string[]>("[...document.querySelectorAll('[data-figure] .meaning')].map(m => m.textContent)"))
            .Should().HaveCount(5).And.OnlyContain(sentence => sentence.Length > 20 && sentence.EndsWith('.'));
    }

    [ChromiumFact]
    public async Task Report_ChartData_EqualTheLibrarysSeries()
    {
        await using var page = await chromium.OpenAsync(WriteReport());
        var byArea = View.GetSharesByArea(From, To);
        var grading = View.EvaluateGrading(From, To, GradingChoice.Choose(ReportExpectations.Sample, View.ProjectOn(To).Role, null, null, 50m)!);

        (await Rows(page, "#chart-areas-data")).Should().Equal(byArea.Steps.Select(s =>
            string.Join('|', new[] { Day(s.From), Day(s.Until.PlusDays(-1)) }.Concat(s.Shares.Select(Text.Percent)).Append(Text.Percent(s.Total)))));
        (await Rows(page, "#chart-grading-data")).Should().Equal(grading.Steps.Select(s =>
            $"{Day(s.From)}|{Day(s.Until.PlusDays(-1))}|{Text.Percent(s.Share)}|{(s.MeetsThreshold ? "met" : "not met")}"));
        var selfInitiated = View.GetSharesByOrigin(From, To).GetShare(TaskOrigin.SelfInitiated, To);
        (await page.EvaluateAsync<string>("document.querySelector('#chart-origins-data tbody tr:last-child td:nth-child(3)').textContent")).Should().Be(Text.Percent(selfInitiated));
    }

    [ChromiumFact]
    public async Task Report_EveryChart_HasATitleASummaryAndPatternsBesideColour()
    {
        await using var page = await chromium.OpenAsync(WriteReport());

        var charts = await page.EvaluateAsync<string[]>(
            "[...document.querySelectorAll('figure svg[role=img]')].map(s => s.querySelector('title').textContent + '|' + s.querySelector('desc').textContent.length + '|' + s.closest('figure').querySelector('figcaption').textContent.length + '|' + s.querySelectorAll('pattern').length)");

        charts.Should().HaveCount(3);
        charts.Should().OnlyContain(c => Regex.IsMatch(c, @"^[^|]{10,}\|[1-9]\d{2,}\|[1-9]\d{2,}\|[1-9]\d*$"), "each chart has a title, a description and a caption of some length, and pattern fills");
        (await page.EvaluateAsync<string[]>("[...document.querySelectorAll('h2')].map(h => h.textContent)")).Should().Contain(["The role", "Grading", "What changed, and when", "People in this role"]);
    }

    [ChromiumFact]
    public async Task Report_Timeline_ListsTheLibrarysEventsAndMarksTheCorrection()
    {
        await using var page = await chromium.OpenAsync(WriteReport());
        var events = View.GetEvents(From, To);

        (await page.EvaluateAsync<string[]>("[...document.querySelectorAll('ol.timeline li')].map(l => l.dataset.change)")).Should().Equal(events.Select(e => e.Change.Id));
        (await page.EvaluateAsync<string[]>("[...document.querySelectorAll('ol.timeline li.correction')].map(l => l.dataset.change)"))
            .Should().Equal(events.Where(e => e.IsCorrection).Select(e => e.Change.Id)).And.NotBeEmpty();
        (await page.EvaluateAsync<bool>("!!document.querySelector('#people-omitted')")).Should().BeTrue();
    }

    [ChromiumFact]
    public async Task Report_PrintedOnA4_KeepsEveryChartWholeAndInsideThePage()
    {
        await using var page = await chromium.OpenAsync(WriteReport(), width: ReportExpectations.A4PrintableWidthPixels);
        await page.Page.EmulateMediaTypeAsync(MediaType.Print);

        var boxes = await page.EvaluateAsync<double[][]>(
            "[...document.querySelectorAll('figure')].map(f => { const r = f.getBoundingClientRect(); return [r.left, r.right, r.height, getComputedStyle(f).breakInside === 'avoid' ? 1 : 0]; })");
        boxes.Should().HaveCount(3);
        boxes.Should().OnlyContain(b => b[0] >= 0 && b[1] <= ReportExpectations.A4PrintableWidthPixels + 0.5 && b[2] < ReportExpectations.A4PrintableHeightPixels && b[3] == 1,
            "a chart wider or taller than the printable area of A4 would be cut, and one without break-inside: avoid could be split");

        var pdf = await page.Page.PdfDataAsync(new PdfOptions { Format = PaperFormat.A4, PreferCSSPageSize = true, PrintBackground = true });
        var pages = ReportExpectations.PdfPages(pdf);
        pages.Should().NotBeEmpty().And.OnlyContain(size => Math.Abs(size.Width - 595.3) < 1.5 && Math.Abs(size.Height - 841.9) < 1.5, "every page is A4 portrait");
    }

    [ChromiumFact]
    public async Task Describe_ListsEveryTaskActiveThatDayWithItsShare()
    {
        var day = new LocalDate(2024, 6, 30);
        var path = Path.Combine(folder.Folder, "describe.html");
        CliRunner.Run("describe", "--role", "cdo", "--as-of", "2024-06-30", "--known-at", "2026-06-01T00:00:00Z", "--lang", "en", "--format", "html", "--out", path).ExitCode.Should().Be(0);
        await using var page = await chromium.OpenAsync(path);
        var expected = View.ProjectOn(day).Tasks.Tasks.Where(t => t.IsActive).Select(t => $"{t.Title.Get(ReportExpectations.English)}|{Text.Percent(t.Share)}").ToList();

        var rendered = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('#tasks tbody tr')].map(r => r.cells[1].textContent + '|' + r.cells[4].textContent)");

        page.Problems.Should().BeEmpty();
        expected.Should().NotBeEmpty();
        rendered.Should().Equal(expected);
    }

    private string WriteReport()
    {
        var path = Path.Combine(folder.Folder, "report.html");
        var result = CliRunner.Run("report", "--role", "cdo", "--from", "2022-01-01", "--to", "2026-01-01", "--known-at", "2026-06-01T00:00:00Z", "--out", path);
        result.ExitCode.Should().Be(0, result.Error);
        return path;
    }

    private static async Task<string[]> Rows(LoadedPage page, string table) =>
        await page.EvaluateAsync<string[]>($"[...document.querySelectorAll('{table} tbody tr')].map(r => [...r.cells].map(c => c.textContent).join('|'))");
}
