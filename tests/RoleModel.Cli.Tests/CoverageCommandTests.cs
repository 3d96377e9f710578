using System.Text.Json;
using RoleModel.Analysis;
using RoleModel.Serialization;

namespace RoleModel.Cli.Tests;

public sealed class CoverageCommandTests
{
    private static readonly NodaTime.LocalDate Day = new(2025, 6, 30);
    private static readonly Catalogue Sample = RoleModelJson.Read(DocumentLoader.ReadSample()).Catalogue!;
    private static readonly CoverageReport Report = new FitIndex(Sample, Day).Coverage(Sample.Roles.Select(r => r.Id), Sample.People.Select(p => p.Id));

    [Fact]
    public void Coverage_Role_ListsOnlyThatRolesRequirementsWithItsTitle()
    {
        var result = Json("--role", "cdo", "--top", "100");

        var requirements = result.GetProperty("requirements").EnumerateArray().ToList();
        requirements.Should().HaveCount(Report.Requirements.Count(r => r.RoleId == "cdo"));
        requirements.Should().OnlyContain(r => r.GetProperty("role").GetString() == "cdo" && r.GetProperty("roleTitle").GetString() == "Chief Digital Officer (CDO)");
    }

    [Fact]
    public void Coverage_Below_ListsRequirementsMetByFewerPeopleWeakestFirst()
    {
        var result = Json("--below", "2", "--top", "1000");

        var counts = result.GetProperty("requirements").EnumerateArray().Select(r => r.GetProperty("people").GetArrayLength()).ToList();
        counts.Should().HaveCount(Report.Requirements.Count(r => r.PersonIds.Length < 2));
        counts.Should().OnlyContain(c => c < 2).And.BeInAscendingOrder();
    }

    [Fact]
    public void Coverage_Competency_ListsRequirementsOnIt()
    {
        var competency = Report.Requirements.First().Requirement.CompetencyIds[0];

        var result = Json("--competency", competency, "--top", "1000");

        result.GetProperty("requirements").EnumerateArray().Should().HaveCount(Report.Requirements.Count(r => r.Requirement.CompetencyIds.Contains(competency)))
            .And.OnlyContain(r => r.GetProperty("competencies").EnumerateArray().Any(c => c.GetString() == competency));
    }

    [Fact]
    public void Coverage_Top_BoundsTheOutputAndSaysWhatWasLeftOut()
    {
        var result = CliRunner.Run("coverage", "--as-of", "2025-06-30", "--top", "2");

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain($"{Report.Requirements.Length - 2} more requirements not shown ({Report.Requirements.Length} in all)");
        result.Out.Should().Contain($"{Report.Roles.Length - 2} more roles not shown ({Report.Roles.Length} in all)");
        Json("--top", "2").GetProperty("requirementsLeftOut").GetInt32().Should().Be(Report.Requirements.Length - 2);
    }

    [Fact]
    public void Coverage_Default_ShowsAtMostTheDefaultNumberOfRows()
    {
        var result = Json();

        result.GetProperty("requirements").GetArrayLength().Should().Be(Math.Min(Report.Requirements.Length, Commands.CoverageCommand.DefaultTop));
    }

    [Theory]
    [InlineData("--role", "mayor", 1)]
    [InlineData("--competency", "juggling", 1)]
    [InlineData("--below", "0", 2)]
    [InlineData("--top", "0", 2)]
    public void Coverage_BadFilter_FailsRatherThanPrintingAnEmptyTable(string option, string value, int exitCode) =>
        CliRunner.Run("coverage", "--as-of", "2025-06-30", option, value).ExitCode.Should().Be(exitCode);

    private static JsonElement Json(params string[] options)
    {
        var result = CliRunner.Run(["coverage", "--as-of", "2025-06-30", "--format", "json", .. options]);
        result.ExitCode.Should().Be(0, result.Error);
        return JsonDocument.Parse(result.Out).RootElement.Clone();
    }
}
