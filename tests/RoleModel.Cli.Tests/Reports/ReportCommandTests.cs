using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using NodaTime;
using RoleModel.Cli.Reports;

namespace RoleModel.Cli.Tests.Reports;

/// <summary>report and describe in-process: what they write, hostile text kept as text, and every usage and document error.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private const string Hostile = "<script>alert('x')</script> & \"quoted\"";
    private readonly TemporaryFile folder = new([], "unused");

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Report_BundledCdo_IsOneSelfContainedPage()
    {
        var html = Report("--role", "cdo", "--from", "2022-01-01", "--to", "2026-01-01", "--known-at", "2026-06-01T00:00:00Z");

        html.Should().StartWith("<!DOCTYPE html>").And.Contain("<title>").And.Contain("@media print").And.Contain("@page { size: A4");
        html.Should().NotContainAny("<script", "<link", "<img", "@import", "src=", "href=\"http", "url(http");
        html.Replace("xmlns=\"http://www.w3.org/2000/svg\"", string.Empty, StringComparison.Ordinal).Should().NotContain("http://").And.NotContain("https://");
        html.Should().Contain("Content-Security-Policy");
    }

    [Fact]
    public void Report_WithoutIncludePeople_SaysPeopleAreLeftOut()
    {
        var html = Report("--role", "cdo", "--to", "2025-06-30");

        html.Should().Contain("id=\"people-omitted\"").And.Contain("personal data").And.NotContain("data-person=");
    }

    [Fact]
    public void Report_WithIncludePeople_ShowsEachHolderOnTheLastDay()
    {
        var day = new LocalDate(2025, 6, 30);
        var holders = ReportExpectations.Sample.People.Where(p => p.Assignments.Any(a => a.RoleId == "cdo" && a.Contains(day))).Select(p => p.Id).ToList();

        var html = Report("--role", "cdo", "--to", "2025-06-30", "--include-people");

        holders.Should().NotBeEmpty();
        foreach (var id in holders)
        {
            html.Should().Contain($"data-person=\"{id}\"");
        }

        html.Should().NotContain("id=\"people-omitted\"");
    }

    [Fact]
    public void Report_HostileTexts_AreEscaped()
    {
        var document = HostileDocument();

        var html = Report(document, "--role", "cdo", "--to", "2025-06-30");

        html.Should().NotContain("<script>").And.NotContain("<img");
        html.Should().Contain("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;");
    }

    [Fact]
    public void Describe_HostileTexts_StayTextInHtmlAndMarkdown()
    {
        var document = HostileDocument();

        var html = Run("describe", document, "--role", "cdo", "--as-of", "2025-06-30", "--lang", "en");
        var markdown = Run("describe", document, "--role", "cdo", "--as-of", "2025-06-30", "--lang", "en", "--format", "md");

        html.ExitCode.Should().Be(0, html.Error);
        html.Out.Should().NotContain("<script>").And.Contain("&lt;script&gt;");
        markdown.ExitCode.Should().Be(0, markdown.Error);
        markdown.Out.Should().Contain("\\<script\\>").And.Contain("\\| not a column").And.NotContain("\n# injected");
    }

    [Fact]
    public void Describe_Markdown_ListsEveryActiveTaskWithItsShare()
    {
        var view = ReportExpectations.Sample.FindHistory("cdo")!.AsKnownAt(Instant.FromUtc(2026, 6, 1, 0, 0));

        var result = Run("describe", "--role", "cdo", "--as-of", "2024-06-30", "--known-at", "2026-06-01T00:00:00Z", "--lang", "en", "--format", "md");

        result.ExitCode.Should().Be(0, result.Error);
        var tasks = view.ProjectOn(new LocalDate(2024, 6, 30)).Tasks.Tasks.Where(t => t.IsActive).ToList();
        tasks.Should().NotBeEmpty();
        foreach (var task in tasks)
        {
            result.Out.Should().Contain($"| {DescriptionWriter.Markdown(task.Title.Get(ReportExpectations.English)!)} |").And.Contain($"| {Text.Percent(task.Share)} |");
        }

        result.Out.Should().Contain("# Job description").And.Contain("## Competencies required");
    }

    [Fact]
    public void Describe_German_UsesGermanWordingAndTexts()
    {
        var result = Run("describe", "--role", "cdo", "--as-of", "2024-06-30", "--lang", "de", "--format", "md");

        result.Out.Should().Contain("# Stellenbeschreibung").And.Contain("## Aufgaben").And.Contain(ReportExpectations.Sample.FindRole("cdo")!.Purpose.Get(System.Globalization.CultureInfo.GetCultureInfo("de"))!);
    }

    [Fact]
    public void Describe_Out_WritesTheFileAndSaysSo()
    {
        var path = Path.Combine(folder.Folder, "cdo.html");

        var result = Run("describe", "--role", "cdo", "--as-of", "2024-06-30", "--out", path);

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("job description of role 'cdo' as of 2024-06-30");
        File.ReadAllText(path).Should().StartWith("<!DOCTYPE html>").And.Contain("id=\"tasks\"");
        Directory.GetFiles(folder.Folder).Should().ContainSingle(f => f.EndsWith("cdo.html", StringComparison.Ordinal));
    }

    [Fact]
    public void ReportAll_WithRoleReports_LinksEveryRoleWithAHistory()
    {
        var path = Path.Combine(folder.Folder, "overview.html");

        var result = Run("report", "--all", "--write-role-reports", "--to", "2026-01-01", "--out", path);

        result.ExitCode.Should().Be(0, result.Error);
        var html = File.ReadAllText(path);
        foreach (var history in ReportExpectations.Sample.Histories)
        {
            var file = CatalogueOverview.ReportFileName(history.RoleId);
            File.Exists(Path.Combine(folder.Folder, file)).Should().BeTrue();
            html.Should().Contain($"href=\"{file}\"");
        }

        foreach (var role in ReportExpectations.Sample.Roles)
        {
            html.Should().Contain($"data-role=\"{role.Id}\"");
        }

        html.Should().NotContain("<svg", "the overview draws no charts, so it stays light for thousands of roles");
    }

    [Fact]
    public void ReportAll_Paged_WritesOnePagePerPageSizeWithLinks()
    {
        var path = Path.Combine(folder.Folder, "overview.html");
        var roles = ReportExpectations.Sample.Roles.Length;

        var result = Run("report", "--all", "--page-size", "1", "--to", "2026-01-01", "--out", path);

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain($"on {roles} pages");
        File.ReadAllText(path).Should().Contain("href=\"overview-2.html\" rel=\"next\"");
        File.ReadAllText(Path.Combine(folder.Folder, $"overview-{roles}.html")).Should().Contain("rel=\"prev\"").And.NotContain("rel=\"next\"");
        Directory.GetFiles(folder.Folder, "overview*.html").Should().HaveCount(roles);
    }

    [SharedDataFact("esco/v1.1.1")]
    public void ReportAll_EscoCatalogue_IsPagedIntoLightPagesWithoutCharts()
    {
        var esco = Path.Combine(folder.Folder, "esco.json");
        CliRunner.Run("import", "esco", Path.Combine(RepositoryPaths.SharedData, "esco", "v1.1.1"), "--out", esco).ExitCode.Should().Be(0);
        var roles = RoleModel.Serialization.RoleModelJson.Read(File.ReadAllBytes(esco)).Catalogue!.Roles.Length;
        var path = Path.Combine(folder.Folder, "overview.html");

        var result = Run("report", esco, "--all", "--to", "2026-01-01", "--known-at", "2026-06-01T00:00:00Z", "--out", path);

        result.ExitCode.Should().Be(0, result.Error);
        var pages = Directory.GetFiles(folder.Folder, "overview*.html");
        roles.Should().BeGreaterThan(2500);
        pages.Should().HaveCount((roles + 199) / 200);
        pages.Should().OnlyContain(p => new FileInfo(p).Length < 300_000 && !File.ReadAllText(p).Contains("<svg", StringComparison.Ordinal));
        pages.Sum(p => Regex.Count(File.ReadAllText(p), "<tr data-role=")).Should().Be(roles);
    }

    [Theory]
    [InlineData("2000-01-01", "2026-01-01", true)]
    [InlineData("2000-01-01", "2020-12-31", false)]
    public void ReportAll_PeriodBeforeAHistoryStarts_StartsEachRoleAtItsHistory(string from, string to, bool drifts)
    {
        var path = Path.Combine(folder.Folder, "overview.html");

        var result = Run("report", "--all", "--from", from, "--to", to, "--out", path);

        result.ExitCode.Should().Be(0, result.Error);
        var html = File.ReadAllText(path);
        html.Contains(" to 2026-01-01</td>", StringComparison.Ordinal).Should().Be(drifts);
        html.Contains("no history", StringComparison.Ordinal).Should().Be(!drifts || ReportExpectations.Sample.Roles.Length > ReportExpectations.Sample.Histories.Length);
    }

    [Theory]
    [InlineData("report", "--role", "cdo")]
    [InlineData("report", "--role", "cdo", "--all", "--out", "x.html")]
    [InlineData("report", "--out", "x.html")]
    [InlineData("report", "--role", "cdo", "--from", "2025-01-01", "--to", "2024-01-01", "--out", "x.html")]
    [InlineData("report", "--role", "cdo", "--lang", "not a language", "--out", "x.html")]
    [InlineData("report", "--role", "cdo", "--grading-level", "e-4", "--out", "x.html")]
    [InlineData("report", "--role", "cdo", "--grading-level", "e-cf:e-4", "--grading-area", "strategy", "--out", "x.html")]
    [InlineData("report", "--role", "cdo", "--grading-threshold", "120", "--out", "x.html")]
    [InlineData("report", "--all", "--page-size", "0", "--out", "x.html")]
    [InlineData("report", "--role", "cdo", "--to", "2026-02-30", "--out", "x.html")]
    [InlineData("describe", "--role", "cdo", "--format", "pdf")]
    [InlineData("describe", "--role", "cdo", "--out", "/no/such/folder/x.html")]
    public void UsageErrors_ExitWith2AndAPlainMessage(params string[] args)
    {
        var result = CliRunner.Run([.. args.Select(a => a == "x.html" ? Path.Combine(folder.Folder, a) : a)]);

        result.ExitCode.Should().Be(2, result.Error);
        result.Error.Should().StartWith("rolemodel: error:").And.NotContain("   at ");
        File.Exists(Path.Combine(folder.Folder, "x.html")).Should().BeFalse();
    }

    [Theory]
    [InlineData("report", "--role", "nobody", "--out", "x.html", "there is no role 'nobody'")]
    [InlineData("report", "--role", "cdo-small-town", "--out", "x.html", "has no history")]
    [InlineData("report", "--role", "cdo", "--from", "2019-01-01", "--out", "x.html", "outside the history")]
    [InlineData("report", "--role", "cdo", "--grading-area", "nowhere", "--out", "x.html", "no responsibility area 'nowhere'")]
    [InlineData("report", "--role", "cdo", "--grading-level", "e-cf:e-9", "--out", "x.html", "no level 'e-9'")]
    [InlineData("describe", "--role", "nobody", "x.html", "there is no role 'nobody'")]
    public void NamedThingsThatDoNotExist_ExitWith1AndSayWhatExists(params string[] args)
    {
        var message = args[^1];
        var result = CliRunner.Run([.. args[..^1].Where(a => a != "x.html" || args[0] == "report").Select(a => a == "x.html" ? Path.Combine(folder.Folder, a) : a)]);

        result.ExitCode.Should().Be(1, result.Error);
        result.Error.Should().Contain(message);
        File.Exists(Path.Combine(folder.Folder, "x.html")).Should().BeFalse();
    }

    [Theory]
    [InlineData("report", "--role", "cdo", "--out")]
    [InlineData("describe", "--role", "cdo", "--out")]
    public void InvalidDocument_ExitsWith1WithLocatedProblems(params string[] args)
    {
        var target = Path.Combine(folder.Folder, "x.html");

        var result = CliRunner.Run([args[0], Path.Combine(RepositoryPaths.Samples, "invalid", "bad-date.json"), .. args[1..], target]);

        result.ExitCode.Should().Be(1);
        result.Error.Should().MatchRegex(@"\$\.[^ ]+").And.Contain("is not a valid RoleModel document");
        File.Exists(target).Should().BeFalse();
    }

    [Fact]
    public void Report_FailingRun_LeavesTheExistingFileUntouched()
    {
        var target = Path.Combine(folder.Folder, "report.html");
        File.WriteAllText(target, "precious");

        var result = CliRunner.Run("report", "--role", "nobody", "--out", target);

        result.ExitCode.Should().Be(1);
        File.ReadAllText(target).Should().Be("precious");
        Directory.GetFiles(folder.Folder).Should().BeEquivalentTo([target, folder.Path]);
    }

    private string Report(params string[] args) => Report(null, args);

    private string Report(string? document, params string[] args)
    {
        var path = Path.Combine(folder.Folder, "report.html");
        var result = Run("report", [.. document is null ? [] : new[] { document }, .. args, "--out", path]);
        result.ExitCode.Should().Be(0, result.Error);
        return File.ReadAllText(path);
    }

    private static CliResult Run(string command, params string[] args) => CliRunner.Run([command, .. args]);

    /// <summary>The bundled sample with markup, quotes and Markdown syntax in the CDO's title, purpose and first task.</summary>
    private string HostileDocument()
    {
        var json = JsonNode.Parse(DocumentLoader.ReadSample())!;
        var cdo = json["roles"]!.AsArray().First(r => (string?)r!["id"] == "cdo")!;
        cdo["title"]!["en"] = Hostile;
        cdo["purpose"]!["en"] = "\"><img src=x onerror=alert(1)>\n# injected";
        var task = json["histories"]!.AsArray().First(h => (string?)h!["role"] == "cdo")!["changes"]![0]!["task"]!;
        task["title"]!["en"] = "[link](javascript:alert(1)) | not a column";
        var path = Path.Combine(folder.Folder, "hostile.json");
        File.WriteAllText(path, json.ToJsonString());
        return path;
    }
}
