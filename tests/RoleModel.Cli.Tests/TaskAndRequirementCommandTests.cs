using System.Globalization;
using NodaTime;
using RoleModel.History;
using RoleModel.Serialization;

namespace RoleModel.Cli.Tests;

/// <summary>
/// <c>task add|set-share|retire|delegate</c> and <c>requirement add|change|remove</c>: each changes the document by exactly the change
/// the library models and nothing else, refuses bad input and rule breaks with a plain message and writes nothing then.
/// </summary>
public sealed class TaskAndRequirementCommandTests
{
    private static readonly byte[] Sample = File.ReadAllBytes(Path.Combine(RepositoryPaths.Samples, "municipal.json"));
    private static readonly LocalDate Day = new(2026, 2, 1);
    private static readonly Instant At = Instant.FromUtc(2026, 1, 5, 9, 0);
    private const string RecordedAt = "2026-01-05T09:00:00Z";

    [Fact]
    public void SetShare_ReducesTheInnovationRadar_RecordsOneTaskChangeThatKeepsTheRestOfTheTask()
    {
        using var document = new TemporaryFile(Sample);
        var before = Read(document);
        var radar = Profile(before, Day).Find("innovation-radar")!;
        radar.Share.Should().Be(10m, "the sample's radar takes 10 % before");

        var result = CliRunner.Run("task", "set-share", document.Path, "--role", "cdo", "--task", "innovation-radar", "--share", "5",
            "--effective", "2026-02-01", "--author", "hr-office", "--reason", "Annual review", "--recorded-at", RecordedAt);

        result.ExitCode.Should().Be(0, result.Error);
        var id = OnlyNewChange(document, before).Id;
        ExpectOnly(before, Read(document), RoleChange.ChangeTask(id, Day, At, "hr-office", radar.WithShare(5m), "Annual review"));
        result.Out.Should().Be($"{document.Path}: recorded 1 change in the history of Chief Digital Officer (CDO) (cdo):{Environment.NewLine}"
            + $"  {id}: taskChanged Innovation radar (innovation-radar), 5 %, effective 2026-02-01, recorded 2026-01-05T09:00:00Z, by hr-office{Environment.NewLine}");
        Profile(Read(document), Day).ActiveShare.Should().Be(95m);
        CliRunner.Run("validate", document.Path).ExitCode.Should().Be(0);
    }

    /// <summary>The story: the CDO reduces the innovation radar to 5 % and adds a new task in the room made, with the tool alone.</summary>
    [Fact]
    public void SetShareThenAdd_NewTaskInTheRoomMade_BothRecordedAndValid()
    {
        using var document = new TemporaryFile(Sample);
        CliRunner.Run("task", "set-share", document.Path, "--role", "cdo", "--task", "innovation-radar", "--share", "5",
            "--effective", "2026-02-01", "--author", "hr-office", "--recorded-at", RecordedAt).ExitCode.Should().Be(0);
        var before = Read(document);

        var result = CliRunner.Run("task", "add", document.Path, "--role", "cdo", "--task", "open-data", "--title", "Offene Daten", "--title-lang", "de",
            "--share", "5", "--area", "innovation", "--effective", "2026-02-01", "--author", "hr-office", "--id", "cdo-open-data", "--recorded-at", RecordedAt);

        result.ExitCode.Should().Be(0, result.Error);
        var task = new RoleTask("open-data", LocalizedText.Of("de", "Offene Daten"), 5m, TaskOrigin.Assigned, RoleTaskStatus.Active, "innovation");
        ExpectOnly(before, Read(document), RoleChange.AddTask("cdo-open-data", Day, At, "hr-office", task));
        Profile(Read(document), Day).ActiveShare.Should().Be(100m);
        CliRunner.Run("validate", document.Path).ExitCode.Should().Be(0);
    }

    [Fact]
    public void Add_WithoutTitleLang_StoresTheTitleInTheChosenLanguage()
    {
        using var document = new TemporaryFile(Sample);

        var result = CliRunner.RunIn(CultureInfo.GetCultureInfo("de"), "task", "add", document.Path, "--role", "cdo", "--task", "open-data", "--title", "Offene Daten",
            "--share", "0", "--effective", "2026-02-01", "--author", "hr-office", "--recorded-at", RecordedAt);

        result.ExitCode.Should().Be(0, result.Error);
        Read(document).FindHistory("cdo")!.Changes[^1].Task!.Title.Should().Be(LocalizedText.Of("de", "Offene Daten"));
        result.Out.Should().Contain("1 Änderung in die Historie von Chief Digital Officer (CDO) (cdo) eingetragen:")
            .And.Contain("Aufgabe hinzugekommen Offene Daten (open-data), 0\u00a0%, gültig ab 01.02.2026, eingetragen 2026-01-05T09:00:00Z, von hr-office");
    }

    [Fact]
    public void Retire_RecordsATaskRetirement()
    {
        using var document = new TemporaryFile(Sample);
        var before = Read(document);

        var result = CliRunner.Run("task", "retire", document.Path, "--role", "cdo", "--task", "innovation-radar", "--effective", "2026-02-01",
            "--author", "cdo-holder", "--reason", "The IT department does it now", "--recorded-at", RecordedAt);

        result.ExitCode.Should().Be(0, result.Error);
        ExpectOnly(before, Read(document), RoleChange.RetireTask(OnlyNewChange(document, before).Id, Day, At, "cdo-holder", "innovation-radar", "The IT department does it now"));
        result.Out.Should().Contain("taskRetired Innovation radar (innovation-radar), effective 2026-02-01");
        Profile(Read(document), Day).Find("innovation-radar").Should().BeNull();
    }

    [Fact]
    public void Retire_ThatTakesTheSelfDirectedShareBelowTheMinimum_RecordsAndSaysSo()
    {
        using var document = new TemporaryFile(Sample);

        var result = CliRunner.Run("task", "retire", document.Path, "--role", "cdo", "--task", "ai-pilot", "--effective", "2026-02-01",
            "--author", "hr-office", "--recorded-at", RecordedAt);

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().Contain("task retire: warning RM112").And.Contain("short of the minimum of 30 %");
    }

    [Fact]
    public void Delegate_RecordsADelegationToTheOtherRole()
    {
        using var document = new TemporaryFile(Sample);
        var before = Read(document);

        var result = CliRunner.Run("task", "delegate", document.Path, "--role", "cdo", "--task", "ozg-services", "--to", "digitalisation-officer",
            "--effective", "2026-02-01", "--author", "hr-office", "--recorded-at", RecordedAt);

        result.ExitCode.Should().Be(0, result.Error);
        ExpectOnly(before, Read(document), RoleChange.DelegateTask(OnlyNewChange(document, before).Id, Day, At, "hr-office", "ozg-services", "digitalisation-officer"));
        result.Out.Should().Contain("(ozg-services) to ");
    }

    [Fact]
    public void RequirementAddChangeRemove_EachRecordsExactlyItsChange()
    {
        using var document = new TemporaryFile(Sample);
        var before = Read(document);
        var current = Requirement(before, Day, "data-management");

        var changed = CliRunner.Run("requirement", "change", document.Path, "--role", "cdo", "--requirement", "data-management", "--level", "generic:proficient",
            "--importance", "essential", "--effective", "2026-02-01", "--author", "hr-office", "--recorded-at", RecordedAt);

        changed.ExitCode.Should().Be(0, changed.Error);
        var expected = new CompetencyRequirement("data-management", ["data-management"], new LevelReference("generic", "proficient"), RequirementImportance.Essential, current.Weight);
        ExpectOnly(before, Read(document), RoleChange.ChangeRequirement(OnlyNewChange(document, before).Id, Day, At, "hr-office", expected));

        var beforeRemove = Read(document);
        var removed = CliRunner.Run("requirement", "remove", document.Path, "--role", "cdo", "--requirement", "data-governance",
            "--effective", "2026-02-01", "--author", "hr-office", "--recorded-at", RecordedAt);
        removed.ExitCode.Should().Be(0, removed.Error);
        ExpectOnly(beforeRemove, Read(document), RoleChange.RemoveRequirement(OnlyNewChange(document, beforeRemove).Id, Day, At, "hr-office", "data-governance"));

        var beforeAdd = Read(document);
        var added = CliRunner.Run("requirement", "add", document.Path, "--role", "cdo", "--requirement", "open-data-skills", "--competency", "data-governance",
            "--competency", "data-management", "--importance", "optional", "--weight", "0.5", "--effective", "2026-03-01", "--author", "hr-office", "--recorded-at", RecordedAt);
        added.ExitCode.Should().Be(0, added.Error);
        var group = new CompetencyRequirement("open-data-skills", ["data-governance", "data-management"], null, RequirementImportance.Optional, 0.5);
        ExpectOnly(beforeAdd, Read(document), RoleChange.AddRequirement(OnlyNewChange(document, beforeAdd).Id, new LocalDate(2026, 3, 1), At, "hr-office", group));
        Requirement(Read(document), new LocalDate(2026, 3, 1), "open-data-skills").Should().Be(group);
        CliRunner.Run("validate", document.Path).ExitCode.Should().Be(0);
    }

    public static TheoryData<string[], int, string> BadInputs() => new()
    {
        { ["task", "set-share", "{doc}", "--role", "cdo", "--task", "no-such-task", "--share", "5", "--effective", "2026-02-01", "--author", "hr"], 1, "has no task 'no-such-task' on 2026-02-01; its tasks that day: digital-strategy, ozg-services, innovation-radar" },
        { ["task", "set-share", "{doc}", "--role", "mayor", "--task", "ai-pilot", "--share", "5", "--effective", "2026-02-01", "--author", "hr"], 1, "there is no role 'mayor'" },
        { ["task", "set-share", "{doc}", "--role", "cdo", "--task", "ai-pilot", "--share", "105", "--effective", "2026-02-01", "--author", "hr"], 2, "'105' is not valid for --share; expected a percentage from 0 to 100" },
        { ["task", "set-share", "{doc}", "--role", "cdo", "--task", "ai-pilot", "--share", "-5", "--effective", "2026-02-01", "--author", "hr"], 2, "'-5' is not valid for --share" },
        { ["task", "set-share", "{doc}", "--role", "cdo", "--task", "ai-pilot", "--share", "five", "--effective", "2026-02-01", "--author", "hr"], 2, "'five' is not valid for --share" },
        { ["task", "set-share", "{doc}", "--role", "cdo", "--task", "ai-pilot", "--share", "5", "--effective", "2026-02-31", "--author", "hr"], 2, "'2026-02-31' is not a valid date for --effective" },
        { ["task", "set-share", "{doc}", "--role", "cdo", "--task", "ai-pilot", "--share", "20", "--effective", "2026-02-01", "--author", "hr"], 1, "already takes 20 % on 2026-02-01; nothing to record" },
        { ["task", "set-share", "{doc}", "--role", "cdo", "--task", "ai-pilot", "--share", "5", "--author", "hr"], 2, "--effective" },
        { ["task", "add", "{doc}", "--role", "cdo", "--task", "ai-pilot", "--title", "Again", "--share", "0", "--effective", "2026-02-01", "--author", "hr"], 1, "already has the task Pilot: AI assistance for case workers (ai-pilot) on 2026-02-01" },
        { ["task", "add", "{doc}", "--role", "cdo", "--task", "t", "--title", "T", "--share", "0", "--area", "moon", "--effective", "2026-02-01", "--author", "hr"], 1, "has no responsibility area 'moon' (--area); its areas: strategy, portfolio, innovation, network" },
        { ["task", "add", "{doc}", "--role", "cdo", "--task", "t", "--title", "T", "--share", "0", "--origin", "found", "--effective", "2026-02-01", "--author", "hr"], 2, "'found' is not valid for --origin" },
        { ["task", "add", "{doc}", "--role", "cdo", "--task", " ", "--title", "T", "--share", "0", "--effective", "2026-02-01", "--author", "hr"], 1, "task add: " },
        { ["task", "retire", "{doc}", "--role", "cdo", "--task", "innovation-radar", "--effective", "2019-01-01", "--author", "hr"], 1, "has no task 'innovation-radar' on 2019-01-01" },
        { ["task", "delegate", "{doc}", "--role", "cdo", "--task", "ozg-services", "--to", "cdo", "--effective", "2026-02-01", "--author", "hr"], 1, "cannot be delegated to the same role" },
        { ["task", "delegate", "{doc}", "--role", "cdo", "--task", "ozg-services", "--to", "nobody", "--effective", "2026-02-01", "--author", "hr"], 1, "there is no role 'nobody' (--to); roles: cdo" },
        { ["requirement", "add", "{doc}", "--role", "cdo", "--competency", "no-such-competency", "--effective", "2026-02-01", "--author", "hr"], 1, "there is no competency 'no-such-competency' in the document or its imports" },
        { ["requirement", "add", "{doc}", "--role", "cdo", "--competency", "data-management", "--effective", "2026-02-01", "--author", "hr"], 1, "already has the requirement 'data-management' on 2026-02-01" },
        { ["requirement", "add", "{doc}", "--role", "cdo", "--competency", "data-governance", "--competency", "data-management", "--effective", "2026-02-01", "--author", "hr"], 1, "needs its own identifier: give --requirement" },
        { ["requirement", "add", "{doc}", "--role", "cdo", "--competency", "agile-methods", "--level", "generic", "--effective", "2026-02-01", "--author", "hr"], 1, "'generic' is not a level for --level; expected SCALE:LEVEL" },
        { ["requirement", "add", "{doc}", "--role", "cdo", "--competency", "agile-methods", "--level", "nope:expert", "--effective", "2026-02-01", "--author", "hr"], 1, "there is no proficiency scale 'nope' (--level)" },
        { ["requirement", "add", "{doc}", "--role", "cdo", "--competency", "agile-methods", "--level", "generic:guru", "--effective", "2026-02-01", "--author", "hr"], 1, "the scale 'generic' has no level 'guru' (--level); its levels: novice" },
        { ["requirement", "add", "{doc}", "--role", "cdo", "--competency", "agile-methods", "--importance", "vital", "--effective", "2026-02-01", "--author", "hr"], 2, "'vital' is not valid for --importance" },
        { ["requirement", "add", "{doc}", "--role", "cdo", "--competency", "agile-methods", "--weight", "0", "--effective", "2026-02-01", "--author", "hr"], 2, "'0' is not a valid weight for --weight" },
        { ["requirement", "change", "{doc}", "--role", "cdo", "--requirement", "data-management", "--effective", "2026-02-01", "--author", "hr"], 1, "the options change nothing of the requirement 'data-management'" },
        { ["requirement", "remove", "{doc}", "--role", "cdo", "--requirement", "no-such", "--effective", "2026-02-01", "--author", "hr"], 1, "has no requirement 'no-such' on 2026-02-01; its requirements that day: digital-strategy" },
        { ["requirement", "remove", "{doc}", "--role", "cdo", "--requirement", "data-governance", "--effective", "2026-02-01"], 2, "--author" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void BadInput_IsAPlainLocatedErrorAndWritesNothing(string[] args, int exitCode, string message)
    {
        using var document = new TemporaryFile(Sample);

        var result = CliRunner.Run([.. args.Select(a => a == "{doc}" ? document.Path : a)]);

        result.ExitCode.Should().Be(exitCode, result.Error);
        result.Out.Should().BeEmpty();
        result.Error.Should().StartWith("rolemodel: error: ").And.Contain(message).And.NotContain("   at ");
        File.ReadAllBytes(document.Path).Should().Equal(Sample);
    }

    [Fact]
    public void SetShare_OverAHundredPercent_IsRefusedSayingWhatToChangeAndWritesNothing()
    {
        using var document = new TemporaryFile(Sample);

        var result = CliRunner.Run("task", "set-share", document.Path, "--role", "cdo", "--task", "innovation-radar", "--share", "15",
            "--effective", "2026-02-01", "--author", "hr-office", "--recorded-at", RecordedAt);

        result.ExitCode.Should().Be(1);
        result.Error.Trim().Should().Be("rolemodel: error: on 2026-02-01 the active tasks of Chief Digital Officer (CDO) (cdo) would take 105 % of working time, "
            + "5 points more than 100 %; nothing was written. Give the task at most 10 %, or first lower another task's share by 5 points, "
            + "such as Citizen participation platform (citizen-participation) from 15 % to 10 % with 'rolemodel task set-share'.");
        File.ReadAllBytes(document.Path).Should().Equal(Sample);
    }

    [Fact]
    public void Add_AboveTheSelfDirectedMaximum_IsRefusedNamingTheOpenness()
    {
        using var document = new TemporaryFile(Sample);
        CliRunner.Run("task", "set-share", document.Path, "--role", "cdo", "--task", "digital-strategy", "--share", "0",
            "--effective", "2026-02-01", "--author", "hr-office", "--recorded-at", RecordedAt).ExitCode.Should().Be(0);
        CliRunner.Run("task", "set-share", document.Path, "--role", "cdo", "--task", "ozg-services", "--share", "0",
            "--effective", "2026-02-01", "--author", "hr-office", "--recorded-at", RecordedAt).ExitCode.Should().Be(0);
        var before = File.ReadAllBytes(document.Path);

        var result = CliRunner.Run("task", "add", document.Path, "--role", "cdo", "--task", "hackathon", "--title", "Hackathon", "--share", "40", "--origin", "self-initiated",
            "--effective", "2026-02-01", "--author", "hr-office", "--recorded-at", RecordedAt);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("the self-initiated tasks of Chief Digital Officer (CDO) (cdo) would take 85 % of working time, 5 points more than the 30–80 % its openness allows")
            .And.Contain("Give the task at most 35 %");
        File.ReadAllBytes(document.Path).Should().Equal(before);
    }

    [Fact]
    public void SubcommandHelp_ShowsAnExampleOfItself()
    {
        foreach (var (group, name) in new[] { ("task", "add"), ("task", "set-share"), ("task", "retire"), ("task", "delegate"), ("requirement", "add"), ("requirement", "change"), ("requirement", "remove") })
        {
            var result = CliRunner.Run(group, name, "--help");
            result.ExitCode.Should().Be(0);
            result.Out.Should().Contain("Example:").And.Contain($"rolemodel {group} {name} ");
        }
    }

    internal static Catalogue Read(TemporaryFile document) => RoleModelJson.Read(File.ReadAllBytes(document.Path)).Catalogue!;

    private static TaskProfile Profile(Catalogue catalogue, LocalDate day) => catalogue.FindHistory("cdo")!.AsKnownAt(Instant.MaxValue).ProjectOn(day).Tasks;

    private static CompetencyRequirement Requirement(Catalogue catalogue, LocalDate day, string id) =>
        catalogue.FindHistory("cdo")!.AsKnownAt(Instant.MaxValue).ProjectOn(day).Role.Requirements.Single(r => r.Id == id);

    private static RoleChange OnlyNewChange(TemporaryFile document, Catalogue before)
    {
        var changes = Read(document).FindHistory("cdo")!.Changes;
        changes.Length.Should().Be(before.FindHistory("cdo")!.Changes.Length + 1);
        return changes[^1];
    }

    /// <summary>The document after is the document before with exactly <paramref name="expected"/> appended to the CDO's history, every other member equal.</summary>
    internal static void ExpectOnly(Catalogue before, Catalogue after, params RoleChange[] expected)
    {
        var histories = before.Histories.Select(h => h.RoleId == "cdo" ? h.Append(expected) : h).ToList();
        var wanted = new Catalogue(before.Frameworks, before.Roles, before.People, before.Extensions, histories, before.Lineage, before.Identity, before.Imports);
        after.FindHistory("cdo")!.Changes.Should().Equal(wanted.FindHistory("cdo")!.Changes);
        after.Should().Be(wanted);
    }
}
