using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RoleModel.Serialization;

namespace RoleModel.Cli.Tests;

/// <summary>The smaller items of "Nothing silent": each answer says what it is about, in the form it was asked for.</summary>
public sealed partial class NothingSilentTests
{
    private const string LongId = "http://data.europa.eu/esco/skill/03ff0d53-573a-47a0-a0ad-1995815a4339";

    [Theory]
    [InlineData("cdo.md", null, "# ")]
    [InlineData("cdo.markdown", null, "# ")]
    [InlineData("cdo.html", null, "<!DOCTYPE html>")]
    [InlineData("cdo.txt", null, "<!DOCTYPE html>")]
    [InlineData("cdo.md", "md", "# ")]
    [InlineData("cdo.htm", "html", "<!DOCTYPE html>")]
    [InlineData("cdo", "md", "# ")]
    public void Describe_Out_WritesTheFormatOfItsExtensionOrOfFormat(string name, string? format, string start)
    {
        using var folder = new TemporaryFile([], "unused");
        var target = Path.Combine(folder.Folder, name);
        string[] args = ["describe", "--role", "cdo", "--as-of", "2024-06-30", "--out", target];

        var result = CliRunner.Run(format is null ? args : [.. args, "--format", format]);

        result.ExitCode.Should().Be(0, result.Error);
        File.ReadAllText(target).Should().StartWith(start);
    }

    [Theory]
    [InlineData("cdo.md", "html", "--format html contradicts --out '{0}', whose extension names md")]
    [InlineData("cdo.HTML", "md", "--format md contradicts --out '{0}', whose extension names html")]
    public void Describe_FormatContradictingTheExtensionOfOut_IsAUsageErrorAndWritesNothing(string name, string format, string message)
    {
        using var folder = new TemporaryFile([], "unused");
        var target = Path.Combine(folder.Folder, name);

        var result = CliRunner.Run("describe", "--role", "cdo", "--format", format, "--out", target);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain(string.Format(CultureInfo.InvariantCulture, message, target));
        File.Exists(target).Should().BeFalse();
    }

    [Theory]
    [InlineData("show", "--as-of", "2019-01-01")]
    [InlineData("describe", "--as-of", "2019-01-01")]
    [InlineData("diff", "--from", "2019-01-01", "--to", "2025-01-01")]
    [InlineData("drift", "--from", "2019-01-01", "--to", "2025-01-01")]
    [InlineData("report", "--from", "2019-01-01", "--to", "2025-01-01", "--out", "{out}")]
    [InlineData("export", "hropen", "--as-of", "2019-01-01", "--out", "{out}")]
    [InlineData("export", "schemaorg", "--as-of", "2019-01-01", "--out", "{out}")]
    public void DayBeforeTheHistory_EveryCommand_RefusesItNamingTheFirstDay(params string[] args)
    {
        using var folder = new TemporaryFile([], "unused");
        var target = Path.Combine(folder.Folder, "out.json");

        var result = CliRunner.Run([.. args.Select(a => a == "{out}" ? target : a), "--role", "cdo"]);

        result.ExitCode.Should().Be(1, result.Out);
        result.Error.Should().Be("rolemodel: error: 2019-01-01 is outside the history of role 'cdo', which starts on 2022-01-01." + Environment.NewLine);
        result.Out.Should().BeEmpty();
        File.Exists(target).Should().BeFalse();
    }

    [Fact]
    public void Show_FirstDayOfTheHistory_IsShown() =>
        CliRunner.Run("show", "--role", "cdo", "--as-of", "2022-01-01").ExitCode.Should().Be(0);

    [Fact]
    public void Evolve_AddTaskProposal_NamesOneTaskWithItsOwnTitle()
    {
        var result = CliRunner.Run("evolve", "--template", "municipal-cdo", "--on", "2026-01-01", "--known-at", "2026-06-01T00:00:00Z", "--lang", "de");

        result.ExitCode.Should().Be(0, result.Error);
        var proposal = AddTask().Match(result.Out);
        proposal.Success.Should().BeTrue(result.Out);
        var (role, task, title) = (proposal.Groups["role"].Value, proposal.Groups["task"].Value, proposal.Groups["title"].Value);
        var sample = RoleModelJson.Read(File.ReadAllBytes(Path.Combine(RepositoryPaths.Samples, "municipal.json"))).Catalogue!;
        var titles = sample.FindHistory(role)!.Changes.Where(c => c.Task?.Id == task).Select(c => c.Task!.Title.Get(CultureInfo.GetCultureInfo("de"))).ToList();
        titles.Should().NotBeEmpty().And.Contain(title, "the proposal names the task {0}/{1} with a title of that task", role, task);
    }

    [Fact]
    public void Evolve_EvidenceTable_NamesRolesAndTasksWithTheirTitles()
    {
        var result = CliRunner.Run("evolve", "--template", "municipal-cdo", "--on", "2026-01-01", "--known-at", "2026-06-01T00:00:00Z", "--lang", "en");

        result.ExitCode.Should().Be(0, result.Error);
        var sample = RoleModelJson.Read(File.ReadAllBytes(Path.Combine(RepositoryPaths.Samples, "municipal.json"))).Catalogue!;
        var english = CultureInfo.GetCultureInfo("en");
        var role = sample.FindRole("cdo-bergfeld")!.Title.Get(english);
        var task = sample.FindHistory("cdo-bergfeld")!.Changes.Last(c => c.Task?.Id == "ai-pilot").Task!.Title.Get(english);
        result.Out.Should().Contain($"{role} (cdo-bergfeld)").And.Contain($"{task} (ai-pilot)", "a task in the evidence is named by its title, as everywhere else");
    }

    [Fact]
    public void Find_Piped_PrintsEveryIdentifierWholeOnOneLine()
    {
        using var file = new TemporaryFile(DocumentWithALongId());

        var result = CliRunner.Run("find", file.Path, "writing");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain(LongId);
    }

    [Fact]
    public void Show_NarrowTerminal_WrapsOtherColumnsAndKeepsIdentifiersWhole()
    {
        using var file = new TemporaryFile(DocumentWithALongId());
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = CliApp.Run(["show", file.Path, "--role", "clerk"], new CliConsole(output, error, IsTerminal: true, NoColor: true, CultureInfo.GetCultureInfo("en")));

        code.Should().Be(0, error.ToString());
        var lines = output.ToString().Split('\n');
        lines.Should().Contain(l => l.Contains("│ writing-basics │", StringComparison.Ordinal), "the requirement id column is never wrapped");
        lines.Should().OnlyContain(l => l.TrimEnd('\r').Length <= 80, "a terminal without a known width is 80 columns wide");
        lines.Should().Contain(l => l.Contains("Writing letters", StringComparison.Ordinal), "the long name wraps instead");
    }

    [Theory]
    [InlineData("2025-04-31", "'2025-04-31' is not a valid date for --as-of: its form is right (yyyy-MM-dd), but April 2025 has 30 days.")]
    [InlineData("2025-02-29", "'2025-02-29' is not a valid date for --as-of: its form is right (yyyy-MM-dd), but February 2025 has 28 days.")]
    [InlineData("2025-13-01", "'2025-13-01' is not a valid date for --as-of: its form is right (yyyy-MM-dd), but there is no month 13.")]
    [InlineData("0000-01-01", "'0000-01-01' is not a valid date for --as-of: its form is right (yyyy-MM-dd), but there is no year 0000.")]
    [InlineData("2025-4-30", "'2025-4-30' is not a valid date for --as-of; expected yyyy-MM-dd, such as 2026-01-31.")]
    [InlineData("30.04.2025", "'30.04.2025' is not a valid date for --as-of; expected yyyy-MM-dd, such as 2026-01-31.")]
    public void DateOption_Invalid_SaysWhetherTheFormOrTheDayIsWrong(string day, string message)
    {
        var result = CliRunner.Run("show", "--role", "cdo", "--as-of", day);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain(message);
    }

    [Fact]
    public void DateOption_DayThatDoesNotExist_IsSaidInGermanToAGermanUser()
    {
        var culture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var message = CommonOptions.DateError("2025-04-31", "--as-of", Localization.Wording.For(CultureInfo.CurrentUICulture));

            message.Should().Be("'2025-04-31' ist kein gültiges Datum für --as-of: Die Form (yyyy-MM-dd) stimmt, aber der April 2025 hat 30 Tage.");
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    [Fact]
    public void History_RetiredTaskAndAddedRequirement_AreNamedWithTheirTitles()
    {
        var result = CliRunner.Run("history", "--role", "cdo", "--lang", "en");

        result.ExitCode.Should().Be(0, result.Error);
        var retired = result.Out.Split('\n').Single(l => l.Contains("cdo-10", StringComparison.Ordinal));
        retired.Should().Contain("Listening tour through all departments (listening-tour)");
        var added = result.Out.Split('\n').Single(l => l.Contains("cdo-17", StringComparison.Ordinal));
        added.Should().Contain("Data management (data-management)");
    }

    [Fact]
    public void Drift_LeftBehind_NamesRequirementsWithTitlesAsOutgrownDoes()
    {
        var result = CliRunner.Run("drift", "--role", "cdo", "--from", "2022-01-01", "--to", "2026-01-01", "--known-at", "2026-06-01T00:00:00Z", "--lang", "en");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("Left behind:    requirements no task uses: Data governance (data-governance).");
        result.Out.Should().Contain("Outgrown:       competencies used but not required: Agile methods (agile-methods).");
    }

    /// <summary>The minimal sample with an ESCO-long competency id and a long competency name, for tables that must not split the id.</summary>
    private static byte[] DocumentWithALongId()
    {
        var document = JsonNode.Parse(File.ReadAllBytes(Path.Combine(RepositoryPaths.Samples, "minimal.json")))!.AsObject();
        var competency = document["frameworks"]![0]!["competencies"]![0]!.AsObject();
        competency["id"] = LongId;
        competency["name"] = new JsonObject { ["en"] = "Writing letters, notices and decisions in plain language that citizens understand on first reading, with the legal remedies each one needs" };
        var requirement = document["roles"]![0]!["requirements"]![0]!.AsObject();
        requirement["competency"] = LongId;
        requirement["id"] = "writing-basics";
        return Encoding.UTF8.GetBytes(document.ToJsonString());
    }

    [GeneratedRegex(@"Aufgabe aufnehmen wie (?<role>[^/\s]+)/(?<task>\S+) \((?<title>[^)]*)\)")]
    private static partial Regex AddTask();
}
