using RoleModel.Serialization;
using RoleModel.Validation;

namespace RoleModel.Tests.Serialization;

public sealed partial class RoleModelJsonTests
{
    /// <summary>An open role that starts with the assigned tasks of its job posting and finds its own later.</summary>
    private const string OpenRoleFirstDays = """
        {"schemaVersion": "1.0",
         "roles": [{"id": "cdo", "title": {"en": "CDO"}, "openness": {"kind": "open", "minSelfDirectedShare": 30, "maxSelfDirectedShare": 80}}],
         "histories": [{"role": "cdo", "changes": [
           {"id": "c1", "kind": "taskAdded", "effective": "2022-01-01", "recorded": "2021-12-01T09:00:00Z", "author": "hr",
            "task": {"id": "roadmap", "title": {"en": "Roadmap"}, "share": 50, "origin": "assigned", "status": "active"}},
           {"id": "c2", "kind": "taskAdded", "effective": "2022-06-01", "recorded": "2022-05-20T09:00:00Z", "author": "cdo-holder",
            "task": {"id": "open-data", "title": {"en": "Open data"}, "share": 30, "origin": "selfInitiated", "status": "active"}}]}]}
        """;

    [Fact]
    public void Read_OpenRoleWithAssignedTasksOnlyOnItsFirstDay_IsValidWithAWarningNamingTheDaysAndTheGap()
    {
        var result = RoleModelJson.Read(OpenRoleFirstDays);

        result.IsValid.Should().BeTrue();
        result.Catalogue.Should().NotBeNull();
        var warning = result.Report.Problems.Should().ContainSingle().Which;
        warning.Code.Should().Be(ProblemCodes.SelfDirectedShareBelowMinimum);
        warning.Severity.Should().Be(ProblemSeverity.Warning);
        warning.Message.Should().Be("From 2022-01-01 to 2022-05-31: The self-initiated tasks of role 'cdo' take 0 % of working time, 30 points short of the minimum of 30 % its openness expects.");
        warning.Path.Should().Be("$.histories[0].changes[0]");
    }

    [Fact]
    public void Read_OpenRoleAboveItsMaximum_IsAnError()
    {
        var result = RoleModelJson.Read(OpenRoleFirstDays.Replace("\"share\": 30", "\"share\": 50", StringComparison.Ordinal)
            .Replace("\"maxSelfDirectedShare\": 80", "\"maxSelfDirectedShare\": 40", StringComparison.Ordinal));

        result.IsValid.Should().BeFalse();
        result.Report.Errors.Should().ContainSingle().Which.Message.Should().Be(
            "From 2022-06-01: The self-initiated tasks of role 'cdo' take 50 % of working time, above the 30–40 % its openness allows.");
    }
}
