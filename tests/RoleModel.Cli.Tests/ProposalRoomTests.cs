using System.Globalization;
using NodaTime;
using RoleModel.History;

namespace RoleModel.Cli.Tests;

/// <summary>
/// A proposal that would take the role over 100 % once accepted: <c>propose</c> records it and warns what to change, <c>decide --accept</c>
/// refuses it alone and records it with <c>--set-share</c>, share changes and decision in one write.
/// </summary>
public sealed class ProposalRoomTests
{
    private static readonly byte[] Sample = File.ReadAllBytes(Path.Combine(RepositoryPaths.Samples, "municipal.json"));

    [Fact]
    public void Propose_ThatWouldTakeTheRoleTo110Percent_IsRecordedWithAWarningThatSaysWhatToChange()
    {
        using var document = new TemporaryFile(Sample);

        var result = Propose(document);

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("cdo-open-budget: taskAdded Open budget dashboard (open-budget), 10 % (proposal), effective 2026-02-01");
        result.Error.Trim().Should().Be("rolemodel: warning: if accepted, on 2026-02-01 the active tasks of Chief Digital Officer (CDO) (cdo) would take 110 % of working time, "
            + "10 points more than 100 %. To make room, accept it with --set-share citizen-participation=5 (Citizen participation platform (citizen-participation) from 15 % to 5 %).");
        TaskAndRequirementCommandTests.Read(document).FindHistory("cdo")!.Changes[^1].IsProposal.Should().BeTrue();
    }

    [Fact]
    public void Propose_ThatFits_HasNoWarning()
    {
        using var document = new TemporaryFile(Sample);

        var result = CliRunner.Run("propose", document.Path, "--role", "cdo", "--task", "open-budget", "--title", "Open budget dashboard", "--share", "0",
            "--effective", "2026-02-01", "--author", "cdo-holder", "--reason", "Citizens ask", "--recorded-at", "2026-01-10T09:00:00Z");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().BeEmpty();
    }

    [Fact]
    public void Propose_InGerman_WarnsInGerman()
    {
        using var document = new TemporaryFile(Sample);

        var result = CliRunner.RunIn(CultureInfo.GetCultureInfo("de"), "propose", document.Path, "--role", "cdo", "--task", "open-budget", "--title", "Offener Haushalt", "--share", "12.5",
            "--effective", "2026-02-01", "--author", "cdo-holder", "--reason", "Transparenz", "--recorded-at", "2026-01-10T09:00:00Z");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("Offener Haushalt (open-budget), 12,5\u00a0% (Vorschlag), gültig ab 01.02.2026");
        result.Error.Should().Contain("rolemodel: Warnung: Falls der Vorschlag angenommen wird: Am 01.02.2026 nähmen die aktiven Aufgaben von Chief Digital Officer (CDO) (cdo) 112,5\u00a0% der Arbeitszeit ein, 12,5 Prozentpunkte mehr als 100\u00a0%.")
            .And.Contain("--set-share citizen-participation=2.5");
    }

    [Fact]
    public void DecideAccept_WithoutRoom_IsRefusedWithTheSetShareThatMakesRoomAndWritesNothing()
    {
        using var document = new TemporaryFile(Sample);
        Propose(document).ExitCode.Should().Be(0);
        var before = File.ReadAllBytes(document.Path);

        var result = Decide(document);

        result.ExitCode.Should().Be(1);
        result.Error.Trim().Should().Be("rolemodel: error: on 2026-02-01 the active tasks of Chief Digital Officer (CDO) (cdo) would take 110 % of working time, 10 points more than 100 %; "
            + "nothing was written. To make room, accept it with --set-share citizen-participation=5 (Citizen participation platform (citizen-participation) from 15 % to 5 %), "
            + "or lower other shares by 10 points in all with more --set-share.");
        File.ReadAllBytes(document.Path).Should().Equal(before);
    }

    [Fact]
    public void DecideAccept_WithSetShares_RecordsTheShareChangesAndTheDecisionTogether()
    {
        using var document = new TemporaryFile(Sample);
        Propose(document).ExitCode.Should().Be(0);
        var before = TaskAndRequirementCommandTests.Read(document);
        var onDay = before.FindHistory("cdo")!.AsKnownAt(Instant.MaxValue).ProjectOn(new LocalDate(2026, 2, 1)).Tasks;

        var result = Decide(document, "--set-share", "innovation-radar=5", "--set-share", "citizen-participation=10");

        result.ExitCode.Should().Be(0, result.Error);
        var after = TaskAndRequirementCommandTests.Read(document);
        var added = after.FindHistory("cdo")!.Changes[^3..];
        var at = Instant.FromUtc(2026, 1, 20, 10, 0);
        var day = new LocalDate(2026, 2, 1);
        TaskAndRequirementCommandTests.ExpectOnly(before, after,
            RoleChange.ChangeTask(added[0].Id, day, at, "hr-office", onDay.Find("innovation-radar")!.WithShare(5m), "Room for proposal cdo-open-budget."),
            RoleChange.ChangeTask(added[1].Id, day, at, "hr-office", onDay.Find("citizen-participation")!.WithShare(10m), "Room for proposal cdo-open-budget."),
            RoleChange.Decide(added[2].Id, new LocalDate(2026, 1, 20), at, "hr-office", "cdo-open-budget", ProposalState.Accepted));
        after.FindHistory("cdo")!.AsKnownAt(Instant.MaxValue).ProjectOn(day).Tasks.ActiveShare.Should().Be(100m);
        result.Out.Should().Contain("recorded 3 changes").And.Contain("proposalDecided cdo-open-budget: accepted, Open budget dashboard (open-budget)");
        CliRunner.Run("validate", document.Path).ExitCode.Should().Be(0);
    }

    [Fact]
    public void DecideAccept_WithTooLittleRoom_IsRefusedAndWritesNothing()
    {
        using var document = new TemporaryFile(Sample);
        Propose(document).ExitCode.Should().Be(0);
        var before = File.ReadAllBytes(document.Path);

        var result = Decide(document, "--set-share", "innovation-radar=5");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("would take 105 %").And.Contain("nothing was written");
        File.ReadAllBytes(document.Path).Should().Equal(before);
    }

    [Theory]
    [InlineData("--set-share", "innovation-radar", "expected TASK=PERCENT")]
    [InlineData("--set-share", "innovation-radar=101", "expected TASK=PERCENT")]
    [InlineData("--set-share", "=5", "expected TASK=PERCENT")]
    public void DecideAccept_MalformedSetShare_IsAUsageError(string option, string value, string message)
    {
        using var document = new TemporaryFile(Sample);

        var result = Decide(document, option, value);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain(message);
        File.ReadAllBytes(document.Path).Should().Equal(Sample);
    }

    [Fact]
    public void DecideAccept_SetShareOfAnUnknownTaskOrProposal_IsRefusedAndWritesNothing()
    {
        using var document = new TemporaryFile(Sample);
        Propose(document).ExitCode.Should().Be(0);
        var before = File.ReadAllBytes(document.Path);

        Decide(document, "--set-share", "no-such-task=5").Error.Should().Contain("has no task 'no-such-task' on 2026-02-01");
        CliRunner.Run("decide", document.Path, "--role", "cdo", "--proposal", "cdo-nope", "--accept", "--on", "2026-01-20", "--author", "hr-office", "--set-share", "ai-pilot=5")
            .Error.Should().Contain("there is no proposal 'cdo-nope' in the history of Chief Digital Officer (CDO) (cdo) to make room for; pending proposals: cdo-open-budget");
        CliRunner.Run("decide", document.Path, "--role", "cdo", "--proposal", "cdo-open-budget", "--reject", "--reason", "No", "--on", "2026-01-20", "--author", "hr-office", "--set-share", "ai-pilot=5")
            .ExitCode.Should().Be(2);
        File.ReadAllBytes(document.Path).Should().Equal(before);
    }

    private static CliResult Propose(TemporaryFile document) =>
        CliRunner.Run("propose", document.Path, "--role", "cdo", "--task", "open-budget", "--title", "Open budget dashboard", "--share", "10", "--area", "innovation",
            "--effective", "2026-02-01", "--author", "cdo-holder", "--reason", "Citizens ask where the money goes.", "--recorded-at", "2026-01-10T09:00:00Z", "--id", "cdo-open-budget");

    private static CliResult Decide(TemporaryFile document, params string[] more) =>
        CliRunner.Run(["decide", document.Path, "--role", "cdo", "--proposal", "cdo-open-budget", "--accept", "--on", "2026-01-20", "--author", "hr-office",
            "--recorded-at", "2026-01-20T10:00:00Z", .. more]);
}

/// <summary>The recording commands' own wording in German: refusals, lookups and the change file's problems.</summary>
public sealed class RecordingWordingTests
{
    private static readonly byte[] Sample = File.ReadAllBytes(Path.Combine(RepositoryPaths.Samples, "municipal.json"));

    [Fact]
    public void Refusals_InGerman_AreGerman()
    {
        using var document = new TemporaryFile(Sample);
        var german = CultureInfo.GetCultureInfo("de");
        var change = Path.Combine(document.Folder, "change.json");
        File.WriteAllText(change, "42");

        CliRunner.RunIn(german, "task", "set-share", document.Path, "--role", "cdo", "--task", "innovation-radar", "--share", "15", "--effective", "2026-02-01", "--author", "hr-office")
            .Error.Should().Contain("Am 01.02.2026 nähmen die aktiven Aufgaben von Chief Digital Officer (CDO) (cdo) 105\u00a0% der Arbeitszeit ein, 5 Prozentpunkte mehr als 100\u00a0%; es wurde nichts geschrieben. Geben Sie der Aufgabe höchstens 10\u00a0%");
        CliRunner.RunIn(german, "task", "retire", document.Path, "--role", "mayor", "--task", "x", "--effective", "2026-02-01", "--author", "hr-office")
            .Error.Should().Contain("Es gibt keine Stelle 'mayor'; Stellen: cdo");
        CliRunner.RunIn(german, "append", document.Path, "--role", "cdo", "--change", change)
            .Error.Should().Contain(": erwartet wird eine Änderung (ein JSON-Objekt) oder ein Array von Änderungen.");
        var refused = CliRunner.RunIn(german, "task", "retire", document.Path, "--role", "cdo", "--task", "innovation-radar", "--effective", "2026-02-01", "--author", "hr-office",
            "--id", "cdo-01");
        refused.Error.Should().Contain("task retire: error RM").And.Contain("die Änderung wird abgelehnt").And.Contain($"1 Änderung abgelehnt; {document.Path} ist unverändert.");
        File.ReadAllBytes(document.Path).Should().Equal(Sample);
    }
}
