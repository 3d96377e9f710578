using System.Text;
using NodaTime;
using RoleModel.History;
using RoleModel.Serialization;
using RoleModel.Validation;

namespace RoleModel.Tests.Serialization;

public sealed partial class RoleModelJsonTests
{
    /// <summary>A registry clerk's fixed duty list, written once, and one later change.</summary>
    private const string DutyList = """
        {"schemaVersion": "1.1",
         "roles": [{"id": "clerk", "title": {"en": "Registry clerk"}}],
         "histories": [{"role": "clerk", "tasksFrom": "2024-01-01",
           "tasks": [{"id": "mail", "title": {"en": "Incoming mail"}, "share": 60, "origin": "assigned", "status": "active"},
                     {"id": "files", "title": {"en": "Filing"}, "share": 40, "origin": "assigned", "status": "active"}],
           "changes": [{"id": "c1", "kind": "taskRetired", "effective": "2025-01-01", "recorded": "2024-12-01T09:00:00Z", "author": "hr", "task": "files"}]}]}
        """;

    [Fact]
    public void Read_BaselineTaskProfile_IsTheStateFromItsDay()
    {
        var result = RoleModelJson.Read(DutyList);

        result.Report.Problems.Should().BeEmpty();
        var view = result.Catalogue!.Histories.Single().AsKnownAt(Instant.MaxValue);
        view.ProjectOn(new LocalDate(2023, 12, 31)).Tasks.Tasks.Should().BeEmpty("the duty list starts on 2024-01-01");
        view.ProjectOn(new LocalDate(2024, 6, 1)).Tasks.Tasks.Select(t => t.Id).Should().Equal("mail", "files");
        view.ProjectOn(new LocalDate(2025, 1, 1)).Tasks.Tasks.Select(t => t.Id).Should().Equal("mail");
    }

    [Fact]
    public void Write_BaselineTaskProfile_RoundTripsAsWritten()
    {
        var catalogue = RoleModelJson.Read(DutyList).Catalogue!;

        var written = RoleModelJson.WriteToUtf8Bytes(catalogue);

        var again = RoleModelJson.Read(written);
        again.Catalogue.Should().Be(catalogue);
        Encoding.UTF8.GetString(written).Should().Contain("\"schemaVersion\": \"1.1\"").And.Contain("\"tasksFrom\": \"2024-01-01\"");
        RoleModelJson.WriteToUtf8Bytes(again.Catalogue!).Should().Equal(written);
    }

    [Fact]
    public void Read_BaselineTasksAbove100Percent_IsReportedAtTheBaseline()
    {
        var problem = RoleModelJson.Read(DutyList.Replace("\"share\": 40", "\"share\": 50", StringComparison.Ordinal)).Report.Problems.Single();

        problem.Code.Should().Be(ProblemCodes.TaskSharesExceedTotal);
        problem.Path.Should().Be("$.histories[0].tasks");
        problem.Message.Should().StartWith("From 2024-01-01: ");
    }

    [Fact]
    public void Read_ChangeAddingABaselineTask_IsADuplicate() =>
        RoleModelJson.Read(DutyList.Replace(
            "\"kind\": \"taskRetired\", \"effective\": \"2025-01-01\", \"recorded\": \"2024-12-01T09:00:00Z\", \"author\": \"hr\", \"task\": \"files\"",
            "\"kind\": \"taskAdded\", \"effective\": \"2025-01-01\", \"recorded\": \"2024-12-01T09:00:00Z\", \"author\": \"hr\", \"task\": {\"id\": \"files\", \"title\": {}, \"share\": 10, \"origin\": \"assigned\", \"status\": \"active\"}",
            StringComparison.Ordinal)).Report.Errors.Select(p => p.Code).Should().Contain(ProblemCodes.DuplicateId);

    [Theory]
    [InlineData("\"tasksFrom\": \"2024-01-01\",", "", "RM006 $.histories[0].tasksFrom")]
    [InlineData("\"id\": \"files\"", "\"id\": \"mail\"", "RM101 $.histories[0].tasks[1].id")]
    public void Read_BrokenBaselineTaskProfile_IsALocatedError(string from, string to, string expected)
    {
        var result = RoleModelJson.Read(DutyList.Replace(from, to, StringComparison.Ordinal));

        result.Report.Errors.Select(p => $"{p.Code} {p.Path}").Should().Contain(expected);
        result.Catalogue.Should().BeNull();
    }

    [Fact]
    public void DiffAndDrift_FromTheBaselineToAfterTheRetirement_SeeTheBaselineTask()
    {
        var view = RoleModelJson.Read(DutyList).Catalogue!.Histories.Single().AsKnownAt(Instant.MaxValue);

        var diff = RoleDiff.Between(view.ProjectOn(new LocalDate(2024, 6, 1)), view.ProjectOn(new LocalDate(2025, 6, 1)));
        var drift = view.MeasureDrift(new LocalDate(2024, 6, 1), new LocalDate(2025, 6, 1));

        diff.RemovedTasks.Select(t => t.Id).Should().Equal("files");
        drift.Should().NotBe(view.MeasureDrift(new LocalDate(2024, 6, 1), new LocalDate(2024, 12, 31)), "the retirement of a baseline task is drift");
    }

    [Fact]
    public void GetSchema_BaselineTaskProfile_IsAcceptedAndNeedsItsDay()
    {
        SchemaCheck.Errors(DutyList).Should().BeEmpty();
        SchemaCheck.Errors(DutyList.Replace("\"tasksFrom\": \"2024-01-01\",", "", StringComparison.Ordinal)).Should().NotBeEmpty();
    }
}
