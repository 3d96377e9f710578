using System.Text.Json;
using NodaTime;
using RoleModel.Serialization;

namespace RoleModel.Cli.Tests;

/// <summary>history, diff, drift and show on the bundled sample, checked against the library's own answers.</summary>
public sealed class HistoryCommandTests
{
    private static readonly Catalogue Sample = RoleModelJson.Read(File.ReadAllBytes(Path.Combine(RepositoryPaths.Samples, "municipal.json"))).Catalogue!;

    private static readonly History.RoleHistoryView CdoNow = Sample.FindHistory("cdo")!.AsKnownAt(Instant.MaxValue);

    [Fact]
    public void Drift_MainJob_MatchesTheLibrary()
    {
        var result = CliRunner.Run("drift", "--role", "cdo", "--from", "2022-01-01", "--to", "2026-01-01", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        var expected = CdoNow.MeasureDrift(new LocalDate(2022, 1, 1), new LocalDate(2026, 1, 1), Sample);
        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("noveltyShare").GetDecimal().Should().Be(expected.NoveltyShare).And.BePositive();
        json.RootElement.GetProperty("selfInitiatedShare").GetDecimal().Should().Be(expected.SelfInitiatedShare);
        json.RootElement.GetProperty("tasksAdded").GetInt32().Should().Be(expected.TasksAdded);
        json.RootElement.GetProperty("tasksRemoved").GetInt32().Should().Be(expected.TasksRemoved);
        json.RootElement.GetProperty("unusedRequirements").EnumerateArray().Select(e => e.GetString())
            .Should().Equal(expected.UnusedRequirementIds);
    }

    [Fact]
    public void Drift_Text_TellsWhatTheRoleFoundItself()
    {
        var result = CliRunner.Run("drift", "--role", "cdo", "--from", "2022-01-01", "--to", "2026-01-01");

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("Novelty:").And.Contain("Self-initiated:").And.Contain("Turnover:").And.Contain("new");
    }

    [Fact]
    public void Drift_DayBeforeTheHistory_FailsWithWhereItStarts()
    {
        var result = CliRunner.Run("drift", "--role", "cdo", "--from", "2020-01-01", "--to", "2026-01-01");

        result.ExitCode.Should().Be(1);
        result.Error.Trim().Should().Be("rolemodel: error: 2020-01-01 is outside the history of role 'cdo', which starts on 2022-01-01.");
    }

    [Fact]
    public void Drift_ToBeforeFrom_IsAUsageError() =>
        CliRunner.Run("drift", "--role", "cdo", "--from", "2025-01-01", "--to", "2024-01-01").ExitCode.Should().Be(2);

    [Theory]
    [InlineData("drift", "--from", "2022-13-01")]
    [InlineData("diff", "--from", "2022-13-01")]
    [InlineData("drift", "--to", "2026-02-30")]
    [InlineData("diff", "--to", "2026-02-30")]
    public void Period_MalformedDay_IsAUsageErrorNamingTheOption(string command, string option, string day)
    {
        string[] args = option == "--from"
            ? [command, "--role", "cdo", "--from", day, "--to", "2026-01-01"]
            : [command, "--role", "cdo", "--from", "2022-01-01", "--to", day];

        var result = CliRunner.Run(args);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain($"'{day}' is not a valid date for {option}").And.NotContain("unexpected failure");
    }

    [Fact]
    public void Drift_RoleWithoutHistory_FailsAndNamesTheRolesWithOne()
    {
        var result = CliRunner.Run("drift", "--role", "digitalisation-officer", "--from", "2022-01-01", "--to", "2026-01-01");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("has no history").And.Contain("cdo");
    }

    [Fact]
    public void Diff_TwoDays_ListsTheTasksTheLibraryFinds()
    {
        var result = CliRunner.Run("diff", "--role", "cdo", "--from", "2022-01-01", "--to", "2026-01-01", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        var expected = CdoNow.Compare(new LocalDate(2022, 1, 1), new LocalDate(2026, 1, 1));
        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("task").GetString())
            .Should().Equal(expected.Tasks.Select(t => (t.After ?? t.Before)!.Id));
        json.RootElement.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("change").GetString()).Should().Contain("added");
    }

    [Fact]
    public void History_AsKnownEarlier_ShowsFewerChangesAndTheRejectedProposal()
    {
        var now = JsonDocument.Parse(CliRunner.Run("history", "--role", "cdo", "--format", "json").Out);
        var earlier = JsonDocument.Parse(CliRunner.Run("history", "--role", "cdo", "--known-at", "2023-03-01T00:00:00Z", "--format", "json").Out);

        now.RootElement.GetProperty("changes").GetArrayLength().Should().Be(CdoNow.KnownChanges.Count());
        earlier.RootElement.GetProperty("changes").GetArrayLength().Should().BeLessThan(now.RootElement.GetProperty("changes").GetArrayLength());
        now.RootElement.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("state").GetString()).Should().Contain("rejected");
    }

    [Fact]
    public void Show_AsOfADay_PrintsTheProjectedTaskProfile()
    {
        var day = new LocalDate(2024, 6, 30);
        var result = CliRunner.Run("show", "--role", "cdo", "--as-of", "2024-06-30", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("tasks").EnumerateArray().Select(t => t.GetProperty("id").GetString())
            .Should().Equal(CdoNow.ProjectOn(day).Tasks.Tasks.Select(t => t.Id));
        json.RootElement.GetProperty("activeShare").GetDecimal().Should().Be(CdoNow.ProjectOn(day).Tasks.ActiveShare);
    }
}
