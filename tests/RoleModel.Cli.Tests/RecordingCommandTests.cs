using NodaTime;
using RoleModel.Serialization;

namespace RoleModel.Cli.Tests;

/// <summary><c>append</c>, <c>propose</c> and <c>decide</c>, in-process.</summary>
public sealed class RecordingCommandTests
{
    private static readonly byte[] Sample = File.ReadAllBytes(Path.Combine(RepositoryPaths.Samples, "municipal.json"));

    [Fact]
    public void Append_ChangeWithoutIdAndRecorded_FillsBothIn()
    {
        using var document = new TemporaryFile(Sample);
        var change = WriteChange(document, """{ "kind": "taskRetired", "effective": "2026-02-01", "author": "hr-office", "task": "innovation-radar" }""");
        var before = History(document).Changes.Select(c => c.Id).ToHashSet();

        var result = CliRunner.Run("append", document.Path, "--role", "cdo", "--change", change, "--recorded-at", "2026-02-01T08:00:00Z");

        result.ExitCode.Should().Be(0, result.Error);
        var added = History(document).Changes[^1];
        before.Should().NotContain(added.Id, "the filled-in id is new");
        added.Id.Should().StartWith("cdo-");
        added.RecordedAt.Should().Be(Instant.FromUtc(2026, 2, 1, 8, 0));
        result.Out.Should().Contain(added.Id).And.Contain("Chief Digital Officer");
    }

    [Fact]
    public void Append_ArrayOfChanges_RecordsThemInOrder()
    {
        using var document = new TemporaryFile(Sample);
        var change = WriteChange(document, """
            [
              { "id": "cdo-x1", "kind": "taskRetired", "effective": "2026-02-01", "author": "hr-office", "task": "innovation-radar" },
              { "id": "cdo-x2", "kind": "taskRetired", "effective": "2026-03-01", "author": "hr-office", "task": "ozg-services", "recorded": "2026-02-20T10:00:00Z" }
            ]
            """);

        var result = CliRunner.Run("append", document.Path, "--role", "cdo", "--change", change, "--recorded-at", "2026-02-01T08:00:00Z");

        result.ExitCode.Should().Be(0, result.Error);
        var changes = History(document).Changes;
        changes.TakeLast(2).Select(c => c.Id).Should().Equal("cdo-x1", "cdo-x2");
        changes[^1].RecordedAt.Should().Be(Instant.FromUtc(2026, 2, 20, 10, 0), "a given recorded instant is kept");
    }

    [Fact]
    public void Append_ChangeOnStandardInput_IsRead()
    {
        using var document = new TemporaryFile(Sample);
        using var input = new StringReader("""{ "kind": "taskRetired", "effective": "2026-02-01", "author": "hr-office", "task": "innovation-radar" }""");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = CliApp.Run(["append", document.Path, "--role", "cdo", "--change", "-", "--recorded-at", "2026-02-01T08:00:00Z"],
            new CliConsole(output, error, IsTerminal: false, NoColor: true, In: input));

        code.Should().Be(0, error.ToString());
        History(document).Changes[^1].TaskId.Should().Be("innovation-radar");
    }

    [Theory]
    [InlineData("""{ "kind": "taskRetired", "effective": "2026-02-01", "author": "hr-office", "task": "no-such-task" }""", "no-such-task")]
    [InlineData("""{ "kind": "taskAdded", "effective": "2026-02-01", "author": "cdo", "task": { "id": "huge", "title": { "en": "Huge" }, "share": 60, "origin": "selfInitiated", "status": "active" } }""", "more than 100 %")]
    [InlineData("""{ "kind": "taskRetire", "effective": "2026-02-01", "author": "hr-office", "task": "ai-pilot" }""", "taskRetire")]
    [InlineData("""{ "kind": "taskRetired", "effective": "2026-02-31", "author": "hr-office", "task": "ai-pilot" }""", "2026-02-31")]
    [InlineData("""{ "id": "cdo-01", "kind": "taskRetired", "effective": "2026-02-01", "author": "hr-office", "task": "ai-pilot" }""", "cdo-01")]
    public void Append_RefusedChange_SaysWhyWhereAndLeavesTheFileAsItWas(string change, string named)
    {
        using var document = new TemporaryFile(Sample);
        var path = WriteChange(document, change);

        var result = CliRunner.Run("append", document.Path, "--role", "cdo", "--change", path, "--recorded-at", "2026-02-01T08:00:00Z");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain($"{path}: error RM").And.Contain("the change is refused").And.Contain(named);
        result.Error.Should().EndWith($"rolemodel: error: 1 change refused; {document.Path} is unchanged.{Environment.NewLine}");
        File.ReadAllBytes(document.Path).Should().Equal(Sample);
    }

    [Theory]
    [InlineData("{ not json", "is not valid JSON")]
    [InlineData("42", "expected one change (a JSON object) or an array of changes")]
    [InlineData("[]", "holds no change")]
    public void Append_MalformedChangeFile_FailsWithALocatedMessage(string content, string message)
    {
        using var document = new TemporaryFile(Sample);
        var path = WriteChange(document, content);

        var result = CliRunner.Run("append", document.Path, "--role", "cdo", "--change", path);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain(message);
        File.ReadAllBytes(document.Path).Should().Equal(Sample);
    }

    [Fact]
    public void Append_UnknownRole_FailsAndListsRoles()
    {
        using var document = new TemporaryFile(Sample);
        var path = WriteChange(document, """{ "kind": "taskRetired", "effective": "2026-02-01", "author": "hr-office", "task": "x" }""");

        var result = CliRunner.Run("append", document.Path, "--role", "mayor", "--change", path);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("there is no role 'mayor'");
    }

    [Fact]
    public void Append_RoleWithoutHistory_StartsOne()
    {
        using var document = new TemporaryFile(Sample);
        var catalogue = RoleModelJson.Read(Sample).Catalogue!;
        var role = catalogue.Roles.First(r => catalogue.FindHistory(r.Id) is null);
        var range = catalogue.Resolve(role).Openness.SelfDirectedShare;
        var (origin, share) = range.Maximum == 0 ? ("assigned", 10m) : ("selfInitiated", (range.Minimum + range.Maximum) / 2);
        var path = WriteChange(document, $$"""{ "kind": "taskAdded", "effective": "2026-02-01", "author": "hr-office", "task": { "id": "first", "title": { "en": "First task" }, "share": {{share.ToString(System.Globalization.CultureInfo.InvariantCulture)}}, "origin": "{{origin}}", "status": "active" } }""");

        var result = CliRunner.Run("append", document.Path, "--role", role.Id, "--change", path, "--recorded-at", "2026-02-01T08:00:00Z");

        result.ExitCode.Should().Be(0, result.Error);
        RoleModelJson.Read(File.ReadAllBytes(document.Path)).Catalogue!.FindHistory(role.Id)!.Changes.Should().ContainSingle();
    }

    [Fact]
    public void Decide_BothOrNeitherVerdict_IsAUsageError()
    {
        using var document = new TemporaryFile(Sample);

        CliRunner.Run("decide", document.Path, "--role", "cdo", "--proposal", "cdo-07", "--on", "2026-01-01", "--author", "hr").ExitCode.Should().Be(2);
        CliRunner.Run("decide", document.Path, "--role", "cdo", "--proposal", "cdo-07", "--on", "2026-01-01", "--author", "hr", "--reject")
            .Error.Should().Contain("A rejection needs --reason.");
        File.ReadAllBytes(document.Path).Should().Equal(Sample);
    }

    /// <summary>The workflow of the issue with the tool alone: a holder proposes a self-found task, HR accepts it, and show, diff and drift see it.</summary>
    [Fact]
    public void ProposeAndAccept_SelfFoundTask_IsSeenInShowDiffAndDrift()
    {
        using var document = new TemporaryFile(Sample);
        var catalogue = RoleModelJson.Read(Sample).Catalogue!;
        var start = new LocalDate(2026, 2, 1);
        var profile = catalogue.FindHistory("cdo")!.AsKnownAt(Instant.MaxValue).ProjectOn(start).Tasks;
        var retired = profile.Tasks.First(t => t.IsActive && t.Origin == TaskOrigin.SelfInitiated);

        // Room for the new task: the holder gives up a self-found task of the same share, recorded with append.
        var change = WriteChange(document, $$"""{ "kind": "taskRetired", "effective": "2026-02-01", "author": "cdo-holder", "task": "{{retired.Id}}" }""");
        CliRunner.Run("append", document.Path, "--role", "cdo", "--change", change, "--recorded-at", "2026-01-05T09:00:00Z").ExitCode.Should().Be(0);
        var free = 100 - profile.ActiveShare + retired.Share;

        var proposed = CliRunner.Run("propose", document.Path, "--role", "cdo", "--task", "open-budget", "--title", "Open budget dashboard",
            "--share", free.ToString(System.Globalization.CultureInfo.InvariantCulture), "--effective", "2026-02-01", "--author", "cdo-holder",
            "--reason", "Citizens ask where the money goes.", "--recorded-at", "2026-01-10T09:00:00Z");
        proposed.ExitCode.Should().Be(0, proposed.Error);
        var proposalId = History(document).Changes[^1].Id;
        CliRunner.Run("show", document.Path, "--role", "cdo", "--as-of", "2026-03-01", "--known-at", "2026-03-01T00:00:00Z").Out
            .Should().NotContain("open-budget", "a pending proposal is not part of the profile");

        var decided = CliRunner.Run("decide", document.Path, "--role", "cdo", "--proposal", proposalId, "--accept", "--on", "2026-01-20",
            "--author", "hr-office", "--recorded-at", "2026-01-20T10:00:00Z");
        decided.ExitCode.Should().Be(0, decided.Error);

        var show = CliRunner.Run("show", document.Path, "--role", "cdo", "--as-of", "2026-03-01", "--known-at", "2026-03-01T00:00:00Z");
        show.Out.Should().Contain("open-budget").And.Contain("Open budget dashboard").And.Contain("self-initiated");
        var diff = CliRunner.Run("diff", document.Path, "--role", "cdo", "--from", "2026-01-01", "--to", "2026-03-01", "--known-at", "2026-03-01T00:00:00Z");
        diff.Out.Should().MatchRegex(@"open-budget\s+│ added");
        var drift = CliRunner.Run("drift", document.Path, "--role", "cdo", "--from", "2026-01-01", "--to", "2026-03-01", "--known-at", "2026-03-01T00:00:00Z");
        drift.Out.Should().MatchRegex(@"Open budget dashboard\s+│[^\n]*│ self-initiated\s+│ new");
        var history = CliRunner.Run("history", document.Path, "--role", "cdo", "--known-at", "2026-03-01T00:00:00Z");
        history.Out.Should().Contain("proposal, accepted");
    }

    private static string WriteChange(TemporaryFile document, string json)
    {
        var path = Path.Combine(document.Folder, "change.json");
        File.WriteAllText(path, json);
        return path;
    }

    private static RoleModel.History.RoleHistory History(TemporaryFile document) =>
        RoleModelJson.Read(File.ReadAllBytes(document.Path)).Catalogue!.FindHistory("cdo")!;
}
