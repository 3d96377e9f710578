using System.Text;
using System.Text.Json;
using NodaTime;
using RoleModel.Evolution;
using RoleModel.Serialization;

namespace RoleModel.Cli.Tests;

/// <summary>The patterns, evolve and lineage commands, checked against the library's answers on the bundled sample.</summary>
public sealed class EvolutionCommandTests
{
    private const string KnownAt = "2026-06-01T00:00:00Z";

    private static readonly Catalogue Sample = RoleModelJson.Read(File.ReadAllBytes(Path.Combine(RepositoryPaths.Samples, "municipal.json"))).Catalogue!;

    private static readonly Instant At = Instant.FromUtc(2026, 6, 1, 0, 0);

    [Fact]
    public void Patterns_Sample_ShowsTheSpreadingAiPilotsAsEmerging()
    {
        var result = CliRunner.Run("patterns", "--from", "2024-01-01", "--to", "2026-01-01", "--known-at", KnownAt, "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        var expected = TaskPatterns.Find(Sample.Histories, At, new LocalDate(2024, 1, 1), new LocalDate(2026, 1, 1));
        using var json = JsonDocument.Parse(result.Out);
        var patterns = json.RootElement.GetProperty("patterns").EnumerateArray().ToList();
        patterns.Select(p => p.GetProperty("key").GetString()).Should().Equal(expected.Patterns.Select(p => p.Key));
        patterns.Select(p => p.GetProperty("emerging").GetBoolean()).Should().Equal(expected.Patterns.Select(p => p.IsEmerging));
        var pilots = patterns.Single(p => p.GetProperty("key").GetString() == "cdo/ai-pilot");
        pilots.GetProperty("emerging").GetBoolean().Should().BeTrue();
        pilots.GetProperty("since").GetString().Should().Be("2024-01-01");
        pilots.GetProperty("roles").GetInt32().Should().BeGreaterThanOrEqualTo(4, "the AI pilots spread through several municipalities");
        pilots.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("title").GetProperty("de").GetString()).Distinct().Should().HaveCountGreaterThan(3, "each town words it differently");
    }

    [Fact]
    public void Patterns_Text_ListsThePatternsAndTheirMembers()
    {
        var result = CliRunner.Run("patterns", "--from", "2024-01-01", "--to", "2026-01-01", "--known-at", KnownAt);

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("Pilot: AI assistance for case workers").And.Contain("cdo-rheinfurt").And.Contain("Roles over time: 2024-01-01: 1");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Patterns_Text_ShowsBracketsInTitlesOnce_InTablesAndHeadings(bool terminal)
    {
        var json = File.ReadAllText(Path.Combine(RepositoryPaths.Samples, "municipal.json")).Replace("Pilot: AI assistance for case workers", "Pilot [AI]: assistance for case workers", StringComparison.Ordinal);
        using var file = new TemporaryFile(Encoding.UTF8.GetBytes(json));
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = CliApp.Run(["patterns", file.Path, "--from", "2024-01-01", "--to", "2026-01-01", "--known-at", KnownAt], new CliConsole(output, error, IsTerminal: terminal, NoColor: true, System.Globalization.CultureInfo.GetCultureInfo("en")));

        code.Should().Be(0, error.ToString());
        var lines = output.ToString().Split('\n');
        lines.Should().Contain(line => System.Text.RegularExpressions.Regex.IsMatch(line, @"^\d\. Pilot \[AI\]: assistance for case workers \(cdo"), "the heading is plain text, not markup");
        if (!terminal)
        {
            lines.Should().Contain(line => line.Contains("│ Pilot [AI]: assistance for case workers ", StringComparison.Ordinal), "each table names it as it is");
        }

        output.ToString().Should().NotContain("[[");
    }

    [Fact]
    public void Evolve_Sample_ProposesTheAiPilotForTheTemplate()
    {
        var result = CliRunner.Run("evolve", "--template", "municipal-cdo", "--on", "2026-01-01", "--known-at", KnownAt, "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        var expected = TemplateEvolution.Propose(Sample, "municipal-cdo", At, new LocalDate(2026, 1, 1));
        using var json = JsonDocument.Parse(result.Out);
        var proposals = json.RootElement.GetProperty("proposals").EnumerateArray().ToList();
        proposals.Select(p => (p.GetProperty("kind").GetString(), p.GetProperty("subject").GetString()))
            .Should().Equal(expected.Proposals.Select(p => ((string?)Text.Name(p.Kind), (string?)p.Subject)));
        var add = proposals.Single(p => p.GetProperty("kind").GetString() == "addTask");
        add.GetProperty("evidence").GetArrayLength().Should().BeGreaterThan(expected.DerivedRoleIds.Length / 2);
        proposals.Should().Contain(p => p.GetProperty("kind").GetString() == "retireTask" && p.GetProperty("subject").GetString() == "e-file");
    }

    [Fact]
    public void Evolve_Text_NamesTheEvidence()
    {
        var result = CliRunner.Run("evolve", "--template", "municipal-cdo", "--on", "2026-01-01", "--known-at", KnownAt);

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("Add task like cdo/ai-pilot").And.Contain("the template lacks it").And.Contain("Retire task e-file");
    }

    [Fact]
    public void Lineage_DataOfficer_SaysThePortalWasDelegatedByTheCdo()
    {
        var result = CliRunner.Run("lineage", "--role", "data-officer", "--known-at", KnownAt, "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var portal = json.RootElement.GetProperty("tasks").EnumerateArray().Single(t => t.GetProperty("task").GetString() == "open-data-portal");
        portal.GetProperty("source").GetProperty("kind").GetString().Should().Be("delegated");
        portal.GetProperty("source").GetProperty("role").GetString().Should().Be("cdo");
        portal.GetProperty("source").GetProperty("change").GetString().Should().Be("cdo-12");
        json.RootElement.GetProperty("tasks").GetArrayLength().Should().Be(TaskSources.Trace(Sample, "data-officer", At).Tasks.Length);
    }

    [Fact]
    public void Lineage_Text_ShowsWhereEachTaskCameFrom()
    {
        var result = CliRunner.Run("lineage", "--role", "data-officer", "--known-at", KnownAt);

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("delegated by cdo on 2024-01-01 (change cdo-12)");
    }

    [Theory]
    [InlineData("patterns", "--from", "2026-01-01", "--to", "2024-01-01")]
    [InlineData("patterns", "--from", "2026-02-30")]
    [InlineData("evolve")]
    [InlineData("evolve", "--template", "municipal-cdo", "--on", "soon")]
    [InlineData("lineage")]
    [InlineData("lineage", "--role", "cdo", "--format", "xml")]
    public void Commands_WrongUsage_ExitWith2(params string[] args)
    {
        var result = CliRunner.Run(args);

        result.ExitCode.Should().Be(2);
        result.Error.Should().NotBeEmpty().And.NotContain("   at ");
    }

    [Theory]
    [InlineData("evolve", "--template", "mayor")]
    [InlineData("lineage", "--role", "mayor")]
    public void Commands_UnknownRole_ExitWith1AndListTheRoles(params string[] args)
    {
        var result = CliRunner.Run(args);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("there is no role 'mayor'");
    }

    [Theory]
    [InlineData("patterns")]
    [InlineData("evolve", "--template", "cdo")]
    [InlineData("lineage", "--role", "cdo")]
    public void Commands_BadDocument_ExitWith1WithLocatedProblems(params string[] args)
    {
        using var file = new TemporaryFile(Encoding.UTF8.GetBytes("{\"schemaVersion\": \"1.0\", \"roles\": [{\"id\": \"cdo\", \"title\": 5}]}"));

        var result = CliRunner.Run([args[0], file.Path, .. args[1..]]);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("RM003").And.Contain("$.roles[0].title");
    }

    [Fact]
    public void Patterns_DocumentWithoutHistories_NeedsAPeriod()
    {
        using var file = new TemporaryFile(Encoding.UTF8.GetBytes("{\"schemaVersion\": \"1.0\"}"));

        CliRunner.Run("patterns", file.Path).Should().Match<CliResult>(r => r.ExitCode == 1 && r.Error.Contains("give --from and --to"));
        var withPeriod = CliRunner.Run("patterns", file.Path, "--from", "2024-01-01", "--to", "2025-01-01");
        withPeriod.ExitCode.Should().Be(0, withPeriod.Error);
        withPeriod.Out.Should().Contain("0 recurring tasks");
    }
}
