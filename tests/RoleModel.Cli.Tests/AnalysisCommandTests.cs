using System.Text.Json;
using RoleModel.Serialization;

namespace RoleModel.Cli.Tests;

public sealed class AnalysisCommandTests
{
    [Fact]
    public void Gap_PersonAgainstRole_PrintsEveryRequirementWithItsStatus()
    {
        var result = CliRunner.Run("gap", "--role", "cdo", "--person", "p-0001", "--as-of", "2025-06-30", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var requirements = json.RootElement.GetProperty("requirements").EnumerateArray().ToList();
        requirements.Should().NotBeEmpty();
        requirements.Select(r => r.GetProperty("status").GetString()).Should().OnlyContain(s => s == "met" || s == "partly met" || s == "missing" || s == "not comparable");
        requirements.Sum(r => r.GetProperty("contribution").GetDouble()).Should().BeApproximately(json.RootElement.GetProperty("score").GetDouble(), 1e-9);
    }

    [Fact]
    public void Gap_UnknownPerson_FailsWithThePeopleThatExist()
    {
        var result = CliRunner.Run("gap", "--role", "cdo", "--person", "nobody");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("there is no person 'nobody'; people: p-0001");
    }

    [Fact]
    public void Match_Role_RanksPeopleByDescendingScore()
    {
        var result = CliRunner.Run("match", "--role", "cdo", "--top", "3", "--format", "json", "--as-of", "2025-06-30");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var scores = json.RootElement.EnumerateArray().Select(h => h.GetProperty("score").GetDouble()).ToList();
        scores.Should().HaveCountLessThanOrEqualTo(3).And.BeInDescendingOrder();
    }

    [Theory]
    [InlineData("match", "--role", "cdo", "--person", "p-0001")]
    [InlineData("match")]
    [InlineData("match", "--role", "cdo", "--top", "0")]
    public void Match_WrongUsage_ExitsWith2(params string[] args) => CliRunner.Run(args).ExitCode.Should().Be(2);

    [Fact]
    public void Coverage_Sample_ListsSinglePointsOfFailureAndBenchStrength()
    {
        // --top above the sample's size: the default bound of 20 would show only the weakest requirements (met by nobody).
        var result = CliRunner.Run("coverage", "--as-of", "2025-06-30", "--top", "1000", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var sample = RoleModelJson.Read(File.ReadAllBytes(Path.Combine(RepositoryPaths.Samples, "municipal.json"))).Catalogue!;
        json.RootElement.GetProperty("roles").GetArrayLength().Should().Be(sample.Roles.Length);
        json.RootElement.GetProperty("requirements").EnumerateArray()
            .Where(r => r.GetProperty("singlePointOfFailure").GetBoolean())
            .Should().OnlyContain(r => r.GetProperty("people").GetArrayLength() == 1);
    }
}
