using System.Text.Json;
using NodaTime;
using RoleModel.Serialization;

namespace RoleModel.Cli.Tests;

/// <summary>The behaviours that surprised a new user (issue 12), one test each; validate, import and the unknown command are in their own classes.</summary>
public sealed class NewUserSurpriseTests
{
    private static readonly Catalogue Sample = RoleModelJson.Read(DocumentLoader.ReadSample()).Catalogue!;

    [Fact]
    public void UnknownCommand_PrintsOneErrorThatNamesTheCommands()
    {
        var result = CliRunner.Run("frobnicate");

        result.ExitCode.Should().Be(2);
        var lines = result.Error.Trim().Split(Environment.NewLine);
        lines.Should().HaveCount(2);
        lines[0].Should().StartWith("rolemodel: error: 'frobnicate' is not a rolemodel command; commands: ").And.Contain("find").And.Contain("append");
        lines[1].Should().Be("Run 'rolemodel --help' for usage.");
    }

    [Fact]
    public void Show_DayBeforeTheHistoryStarts_IsRefusedNamingTheFirstDayAsDiffAndDriftDo()
    {
        // One rule for every command (docs/cli.md, "Days before a history"): an empty profile would be a wrong answer.
        var first = Sample.FindHistory("cdo")!.Changes.Min(c => c.EffectiveOn);
        var day = first.PlusDays(-1).ToString("yyyy-MM-dd", null);

        var result = CliRunner.Run("show", "--role", "cdo", "--as-of", day, "--known-at", "2026-01-01T00:00:00Z");

        result.ExitCode.Should().Be(1);
        result.Out.Should().BeEmpty();
        result.Error.Should().Contain($"{day} is outside the history of role 'cdo', which starts on {first:yyyy-MM-dd}.");
    }

    [Fact]
    public void Show_KnownAtBeforeAnythingWasRecorded_IsRefusedAsDiffAndDriftDo()
    {
        var result = CliRunner.Run("show", "--role", "cdo", "--as-of", "2024-01-01", "--known-at", "2000-01-01T00:00:00Z");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("nothing of the history of role 'cdo' was on record at 2000-01-01T00:00:00Z.");
    }

    [Fact]
    public void History_TaskChanges_ShowTheTaskTitleNextToItsId()
    {
        var task = Sample.FindHistory("cdo")!.Changes.First(c => c.Task is not null).Task!;

        var result = CliRunner.Run("history", "--role", "cdo", "--known-at", "2026-01-01T00:00:00Z");

        // The table may wrap the cell, so title and id are looked for apart; a bare id would have no parentheses.
        result.Out.Should().Contain($"({task.Id})").And.Contain(task.Title.Get(System.Globalization.CultureInfo.GetCultureInfo("en"))!.Split(' ')[0]);
    }

    [Fact]
    public void Show_Origins_AreWordsNotCodeCasing()
    {
        var result = CliRunner.Run("show", "--role", "cdo", "--as-of", "2025-06-30", "--known-at", "2026-01-01T00:00:00Z");

        result.Out.Should().Contain("self-initiated").And.NotContain("SelfInitiated").And.NotContain("│ Active");
    }

    [Fact]
    public void Counts_OfOne_AreSingular()
    {
        Text.Count(1, "task").Should().Be("1 task");
        Text.Count(2, "task").Should().Be("2 tasks");
        Text.Count(1, "competency", "competencies").Should().Be("1 competency");
        Text.Count(1500, "competency", "competencies").Should().Be("1,500 competencies");
        CliRunner.Run("history", "--role", "cdo", "--known-at", "2022-01-04T00:00:00Z").Out.Should().Contain("0 open proposals");
        var german = Localization.Wording.For(System.Globalization.CultureInfo.GetCultureInfo("de"));
        german.Count(1, "Count.Task").Should().Be("1 Aufgabe");
        german.Count(1500, "Count.Task").Should().Be("1.500 Aufgaben");
    }

    [Fact]
    public void FixedRole_SaysItHasNoSelfDirectedShare()
    {
        Text.Openness(RoleOpenness.Fixed).Should().Be("fixed, no self-directed share");
        Text.Openness(RoleOpenness.Open(new ShareRange(30, 80))).Should().Be("open, self-directed share 30–80 %");
    }

    [Fact]
    public void Drift_TaskThatCameAndWentBetweenTheDays_IsNamed()
    {
        var view = Sample.FindHistory("cdo")!.AsKnownAt(Instant.FromUtc(2026, 1, 1, 0, 0));
        var (from, to) = (new LocalDate(2022, 1, 1), new LocalDate(2026, 1, 1));
        var ends = view.ProjectOn(from).Tasks.Tasks.Concat(view.ProjectOn(to).Tasks.Tasks).Where(t => t.IsActive).Select(t => t.Id).ToHashSet();
        var between = view.GetTimeline().Where(v => v.From > from && v.From < to)
            .SelectMany(v => v.Value.Tasks.Tasks).Where(t => t.IsActive && !ends.Contains(t.Id)).Select(t => t.Id).Distinct().ToList();
        between.Should().NotBeEmpty("the sample's CDO has a task that came and went; without one this test proves nothing");

        var result = CliRunner.Run("drift", "--role", "cdo", "--from", "2022-01-01", "--to", "2026-01-01", "--known-at", "2026-01-01T00:00:00Z");

        result.Out.Should().Contain($"{Text.Count(between.Count, "task")} that came and went between the two days");
        foreach (var id in between)
        {
            result.Out.Should().Contain($"({id})");
        }
    }

    [Fact]
    public void JsonOutput_PrintsDecimalsWithoutFloatNoise()
    {
        var person = Sample.People[0].Id;

        var gap = CliRunner.Run("gap", "--role", "cdo", "--person", person, "--as-of", "2025-06-30", "--format", "json").Out;
        var match = CliRunner.Run("match", "--role", "cdo", "--as-of", "2025-06-30", "--format", "json").Out;

        foreach (var json in new[] { gap, match })
        {
            json.Should().NotMatchRegex(@"\d\.\d{7,}", "no number carries more than six decimals");
            JsonDocument.Parse(json).Should().NotBeNull();
        }
    }

    [Fact]
    public void FormatHelp_ShowsTheValuesAsTyped() =>
        CliRunner.Run("show", "--help").Out.Should().Contain("--format <text|json>").And.NotContain("Json|Text");

    [Fact]
    public void FormatYaml_SaysWhichFormatsThereAre()
    {
        var result = CliRunner.Run("show", "--role", "cdo", "--format", "yaml");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("'yaml' is not a valid format for --format; expected text or json.").And.NotContain("RoleModel.Cli");
    }

    [Fact]
    public void Lang_ChoosesTheLanguageOfTitles()
    {
        var german = Sample.FindRole("digitalisation-officer")!.Title.Get(System.Globalization.CultureInfo.GetCultureInfo("de"))!;

        var result = CliRunner.Run("match", "--role", "digitalisation-officer", "--as-of", "2025-06-30", "--lang", "de");

        result.Out.Should().Contain(german);
    }

    [Fact]
    public void Lang_NotInTheDocument_IsAUsageErrorNamingItsLanguages()
    {
        var result = CliRunner.Run("show", "--role", "cdo", "--lang", "fr");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("no text in language 'fr'").And.Contain("de").And.Contain("en");
    }

    [Fact]
    public void Lang_Default_IsTheUsersLanguageWhenTheDocumentHasIt_ElseItsFirst()
    {
        var first = Sample.Roles[0].Title.Entries[0];
        using var output = new StringWriter();

        CliApp.Run(["show", "--role", Sample.Roles[0].Id], new CliConsole(output, TextWriter.Null, false, true, System.Globalization.CultureInfo.GetCultureInfo("ja")));

        output.ToString().Should().Contain(first.Value);
    }
}
