using System.Text;
using NodaTime;
using RoleModel.History;
using RoleModel.Serialization;
using RoleModel.Tests.History;

namespace RoleModel.Tests.Serialization;

public sealed partial class RoleModelJsonTests
{
    private static readonly Catalogue WithCdoHistory = new(
        CdoHistory.Municipality.Frameworks, CdoHistory.Municipality.Roles, histories: [CdoHistory.Cdo]);

    private static string HistoryDocument(string changes, string role = "r") =>
        Document(roles: Role("")).TrimEnd('}') + $$""","histories":[{"role":"{{role}}","changes":{{changes}}}]}""";

    private static string Change(string kind, string payload, string id = "c1", string recorded = "2024-01-02T08:00:00Z") =>
        $$"""{"id":"{{id}}","kind":"{{kind}}","effective":"2024-01-01","recorded":"{{recorded}}","author":"hr"{{payload}}}""";

    private const string TaskObject = """
        {"id":"t","title":{"en":"T"},"uses":[{"competency":"c","scale":"s","level":"high"}],"share":10,"origin":"assigned","status":"active"}
        """;

    [Fact]
    public void Read_AfterWrite_CdoHistory_GivesTheSameCatalogue()
    {
        var result = RoleModelJson.Read(RoleModelJson.WriteToUtf8Bytes(WithCdoHistory));

        result.Catalogue.Should().Be(WithCdoHistory, "{0}", result.Report);
        result.Catalogue!.FindHistory("cdo")!.Baseline.Should().BeSameAs(result.Catalogue.FindRole("cdo"));
    }

    [Theory]
    [InlineData("c01", """{"id":"c01","kind":"taskAdded","effective":"2022-01-01","recorded":"2022-01-03T12:00:00Z","author":"hr","reason":"Initial job description.","task":{"id":"strategy","title":{"en":"strategy"},"area":"strategy","uses":[{"competency":"digital-strategy","scale":"e-cf","level":"e-4"}],"share":40,"origin":"assigned","status":"active"}}""")]
    [InlineData("c04", """{"id":"c04","kind":"taskAdded","effective":"2023-03-01","recorded":"2023-02-15T12:00:00Z","author":"cdo-holder","proposed":true,"task":{"id":"ai-pilot","title":{"en":"ai-pilot"},"area":"strategy","uses":[{"competency":"ai-literacy","scale":"e-cf","level":"e-2"}],"share":10,"origin":"selfInitiated","status":"active"}}""")]
    [InlineData("c05", """{"id":"c05","kind":"proposalDecided","effective":"2023-02-28","recorded":"2023-02-28T12:00:00Z","author":"mayor","reason":"No budget.","proposal":"c04","decision":"rejected"}""")]
    [InlineData("c08", """{"id":"c08","kind":"taskDelegated","effective":"2024-01-01","recorded":"2023-12-01T12:00:00Z","author":"hr","reason":"The new data officer takes over.","task":"data","targetRole":"data-officer"}""")]
    [InlineData("c10", """{"id":"c10","kind":"requirementAdded","effective":"2024-05-01","recorded":"2024-05-01T12:00:00Z","author":"hr","requirement":{"competency":"ai-literacy","scale":"e-cf","level":"e-2","importance":"essential"}}""")]
    [InlineData("c11", """{"id":"c11","kind":"metadataChanged","effective":"2025-03-01","recorded":"2025-02-01T12:00:00Z","author":"cdo-holder","proposed":true,"title":{"en":"Chief Digital and AI Officer"}}""")]
    public void Write_CdoHistory_WritesEachChangeInItsKindsShape(string id, string expected)
    {
        var written = RoleModelJson.WriteToString(WithCdoHistory, indented: false);

        written.Should().Contain(expected, $"change {id} is written in the shape of its kind");
    }

    [Fact]
    public void Write_TemplateDropped_WritesNullAndReadsItBack()
    {
        var history = new RoleHistory(CdoHistory.Baseline, [RoleChange.ChangeTemplate("c1", new LocalDate(2024, 1, 1), Instant.FromUtc(2024, 1, 2, 8, 0, 0).PlusNanoseconds(123), "hr", null)]);
        var catalogue = new Catalogue(CdoHistory.Municipality.Frameworks, CdoHistory.Municipality.Roles, histories: [history]);

        var written = RoleModelJson.WriteToString(catalogue, indented: false);

        written.Should().Contain("\"recorded\":\"2024-01-02T08:00:00.000000123Z\",\"author\":\"hr\",\"template\":null}");
        RoleModelJson.Read(written).Catalogue.Should().Be(catalogue);
    }

    [Fact]
    public void Write_HistoryNotOfTheCataloguesRole_Throws()
    {
        var catalogue = new Catalogue(roles: [CdoHistory.Baseline.WithOpenness(RoleOpenness.Fixed)], histories: [CdoHistory.Cdo]);

        FluentActions.Invoking(() => RoleModelJson.WriteToString(catalogue))
            .Should().Throw<ArgumentException>().WithMessage("The history of role 'cdo' must start from the catalogue's role 'cdo'*");
    }

    [Theory]
    [InlineData("""[{"id":"c1","effective":"2024-01-01","recorded":"2024-01-02T08:00:00Z","author":"hr"}]""", "RM006 $.histories[0].changes[0].kind: The required member 'kind' is missing.")]
    [InlineData($$"""[{{"{"}}"id":"c1","kind":"taskMoved","effective":"2024-01-01","recorded":"2024-01-02T08:00:00Z","author":"hr"}]""",
        "RM004 $.histories[0].changes[0].kind: 'taskMoved' is not a valid kind; expected one of: taskAdded, taskChanged, taskDelegated, taskRetired, requirementAdded, requirementChanged, requirementRemoved, metadataChanged, templateChanged, proposalDecided.")]
    [InlineData("""[{"id":"c1","kind":"taskRetired","effective":"2024-13-01","recorded":"2024-01-02T08:00:00Z","author":"hr","task":"t"}]""",
        "RM005 $.histories[0].changes[0].effective: '2024-13-01' is not a valid date: its form is right (yyyy-MM-dd), but there is no month 13.")]
    [InlineData("""[{"id":"c1","kind":"taskRetired","effective":"2024-01-01","recorded":"2024-01-02 08:00","author":"hr","task":"t"}]""",
        "RM005 $.histories[0].changes[0].recorded: '2024-01-02 08:00' is not a valid instant; expected yyyy-MM-ddTHH:mm:ssZ (UTC, optionally with a fraction of a second).")]
    [InlineData("""[{"id":"c1","kind":"taskRetired","effective":"2024-01-01","recorded":"2024-01-02T08:00:00Z","author":"hr","task":{"id":"t"}}]""",
        "RM003 $.histories[0].changes[0].task: Expected an identifier, a string, but found an object.")]
    [InlineData("""[{"id":"c1","kind":"taskAdded","effective":"2024-01-01","recorded":"2024-01-02T08:00:00Z","author":"hr","task":"t"}]""",
        "RM003 $.histories[0].changes[0].task: Expected a task, an object, but found a string.")]
    [InlineData("""[{"id":"c1","kind":"taskAdded","effective":"2024-01-01","recorded":"2024-01-02T08:00:00Z","author":"hr","task":null}]""",
        "RM003 $.histories[0].changes[0].task: Expected a task, an object, but found null.")]
    [InlineData("""[{"id":"c1","kind":"taskAdded","effective":"2024-01-01","recorded":"2024-01-02T08:00:00Z","author":"hr","task":{"id":"t","title":{},"uses":[{"competency":true}],"share":10,"origin":"assigned","status":"active"}}]""",
        "RM003 $.histories[0].changes[0].task.uses[0].competency: Expected an identifier, a string, but found a boolean.")]
    [InlineData("""[{"id":"c1","kind":"taskAdded","effective":"2024-01-01","recorded":"2024-01-02T08:00:00Z","author":"hr","task":{"id":"t","title":{},"share":1e400,"origin":"assigned","status":"active"}}]""",
        "RM009 $.histories[0].changes[0].task.share: The number 1e400 cannot be represented; it is too large or too small.")]
    [InlineData("""[{"id":"c1","kind":"taskAdded","effective":"2024-01-01","recorded":"2024-01-02T08:00:00Z","author":"hr","task":{"id":"t","title":{},"share":10,"origin":"found","status":"active"}}]""",
        "RM004 $.histories[0].changes[0].task.origin: 'found' is not a valid origin; expected one of: assigned, selfInitiated, delegated, inherited.")]
    [InlineData("""[{"id":"c1","kind":"taskRetired","effective":"2024-01-01","recorded":"2024-01-02T08:00:00Z","author":"hr","task":"t","targetRole":"r"}]""",
        "RM100 $.histories[0].changes[0].targetRole: A change of kind 'taskRetired' has no member 'targetRole'.")]
    [InlineData("""[{"id":"c1","kind":"metadataChanged","effective":"2024-01-01","recorded":"2024-01-02T08:00:00Z","author":"hr"}]""",
        "RM100 $.histories[0].changes[0]: A metadata change must replace at least one of title, purpose, outcomes, openness and areas.")]
    [InlineData("""[{"id":"c1","kind":"proposalDecided","effective":"2024-01-01","recorded":"2024-01-02T08:00:00Z","author":"hr","proposal":"c0","decision":"postponed"}]""",
        "RM004 $.histories[0].changes[0].decision: 'postponed' is not a valid decision; expected one of: accepted, rejected, withdrawn.")]
    [InlineData("""[{"id":"c1","kind":"taskRetired","effective":"2024-01-01","recorded":"2024-01-02T08:00:00Z","author":"hr","task":"t"},{"id":"c2","kind":"taskRetired","effective":"2024-01-01","recorded":"2024-01-01T08:00:00Z","author":"hr","task":"t"}]""",
        "RM100 $.histories[0].changes[1].recorded: Change 'c2' must not be recorded before change 'c1' that precedes it: the log is append-only in recorded order.")]
    [InlineData("""[{"id":"c1","kind":"taskRetired","effective":"2024-01-01","recorded":"2024-01-02T08:00:00Z","author":"hr","task":"t"},{"id":"c1","kind":"taskRetired","effective":"2024-01-01","recorded":"2024-01-02T08:00:00Z","author":"hr","task":"t"}]""",
        "RM101 $.histories[0].changes[1].id: The change identifier 'c1' must not occur twice in a history.")]
    public void Read_MalformedChange_ReportsItWithItsPath(string changes, string expected) =>
        Single(RoleModelJson.Read(HistoryDocument(changes))).Should().Be(expected);

    [Fact]
    public void Read_ProposedNotABoolean_ReportsRM003() =>
        Single(RoleModelJson.Read(HistoryDocument($$"""[{{Change("taskRetired", ",\"task\":\"t\",\"proposed\":\"yes\"")}}]""")))
            .Should().Be("RM003 $.histories[0].changes[0].proposed: Expected true or false but found a string.");

    [Theory]
    [InlineData("taskRetired", "\"task\":\"", "\"", "$.histories[0].changes[0].task")]
    [InlineData("taskAdded", "\"task\":{\"id\":\"", "\"}", "$.histories[0].changes[0].task.id")]
    public void Read_InvalidUtf8InsideAChange_ReportsRM001(string kind, string before, string after, string path)
    {
        var json = HistoryDocument($$"""[{{Change(kind, "," + before + "\u0001" + after)}}]""");
        var bytes = Encoding.UTF8.GetBytes(json);
        var at = Array.IndexOf(bytes, (byte)1);
        byte[] broken = [.. bytes[..at], 0xC3, 0x28, .. bytes[(at + 1)..]];

        var problem = RoleModelJson.Read(broken).Report.Problems.Should().ContainSingle().Which;

        (problem.Code, problem.Path).Should().Be(("RM001", path));
    }

    [Fact]
    public void Read_HistoryOfUnknownRole_ReportsRM102AtItsRole() =>
        Single(RoleModelJson.Read(HistoryDocument("[]", role: "x"))).Should().Be("RM102 $.histories[0].role: The history refers to role 'x', which does not exist.");

    [Fact]
    public void Read_DuplicateMemberInsideATask_ReportsRM002() =>
        Single(RoleModelJson.Read(HistoryDocument($$"""[{{Change("taskAdded", ",\"task\":{\"id\":\"t\",\"id\":\"u\",\"title\":{},\"share\":10,\"origin\":\"assigned\",\"status\":\"active\"}")}}]""")))
            .Should().StartWith("RM002 $.histories[0].changes[0].task.id");

    [Fact]
    public void Read_ChangeToATaskTheRoleDoesNotHave_ReportsRM102AtTheTask() =>
        Single(RoleModelJson.Read(HistoryDocument($$"""[{{Change("taskChanged", ",\"task\":" + TaskObject)}}]""")))
            .Should().StartWith("RM102 $.histories[0].changes[0].task.id: Change 'c1' refers to task 't', which the role does not have on 2024-01-01.");

    [Fact]
    public void Read_UnknownMembersAtEveryLevelOfAHistory_AreKept()
    {
        var task = TaskObject.Replace("\"high\"}", "\"high\",\"x-use\":1}", StringComparison.Ordinal).Replace("\"active\"}", "\"active\",\"x-task\":2}", StringComparison.Ordinal);
        var json = HistoryDocument($$"""[{{Change("taskAdded", ",\"task\":" + task + ",\"x-change\":3")}}]""").Replace("\"role\":\"r\",", "\"role\":\"r\",\"x-history\":4,", StringComparison.Ordinal);

        var result = RoleModelJson.Read(json);

        var history = result.Catalogue!.FindHistory("r")!;
        history.Extensions.Members.Should().ContainSingle(m => m.Key == "x-history");
        history.Changes[0].Extensions.Members.Should().ContainSingle(m => m.Key == "x-change");
        history.Changes[0].Task!.Extensions.Members.Should().ContainSingle(m => m.Key == "x-task");
        history.Changes[0].Task!.Uses[0].Extensions.Members.Should().ContainSingle(m => m.Key == "x-use");
    }
}
