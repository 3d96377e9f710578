using System.Text.Json;
using NodaTime;
using RoleModel.Analysis;
using RoleModel.Evolution;
using RoleModel.Serialization;

namespace RoleModel.Cli.Tests;

/// <summary>
/// The analysis settings on the command line (<c>--essential-share</c>, <c>--stale-after</c>, <c>--similarity-threshold</c>,
/// <c>--min-roles</c>) and the scale mappings a document declares, checked against the library's answers.
/// </summary>
public sealed class AnalysisSettingsTests
{
    private const string KnownAt = "2026-06-01T00:00:00Z";

    private static readonly string MappingSample = Path.Combine(RepositoryPaths.Samples, "scale-mappings.json");

    private static readonly Catalogue Mapped = RoleModelJson.Read(File.ReadAllBytes(MappingSample)).Catalogue!;

    private static readonly LocalDate Day = new(2026, 1, 1);

    private static JsonDocument Gap(params string[] extra)
    {
        var result = CliRunner.Run(["gap", MappingSample, "--role", "security-officer", "--as-of", "2026-01-01", "--format", "json", .. extra]);
        result.ExitCode.Should().Be(0, result.Error);
        return JsonDocument.Parse(result.Out);
    }

    [Fact]
    public void Gap_DeclaredScaleMapping_ComparesASfiaRatingWithAnEcfRequirement()
    {
        using var json = Gap("--person", "p-0101");

        json.RootElement.GetProperty("requirements").EnumerateArray().Select(r => r.GetProperty("status").GetString()).Should().Equal("met", "met");
        json.RootElement.GetProperty("score").GetDouble().Should().Be(1.0);
    }

    [Fact]
    public void Gap_SfiaLevelWithoutCorrespondence_IsNotComparable()
    {
        using var json = Gap("--person", "p-0103");

        json.RootElement.GetProperty("requirements")[0].GetProperty("status").GetString().Should().Be("not comparable");
    }

    [Fact]
    public void Gap_EssentialShare_WeighsEssentialRequirementsAsGiven()
    {
        var person = Mapped.FindPerson("p-0102")!;
        var role = Mapped.FindRole("security-officer")!;
        var expected = FitAnalysis.Analyze(Mapped, role, person, Day, new AnalysisOptions(essentialShare: 0.95)).Score;

        using var json = Gap("--person", "p-0102", "--essential-share", "0.95");
        using var defaults = Gap("--person", "p-0102");

        json.RootElement.GetProperty("score").GetDouble().Should().Be(expected);
        defaults.RootElement.GetProperty("score").GetDouble().Should().NotBe(expected, "the default share is 0.8");
    }

    [Fact]
    public void Gap_StaleAfter_FlagsOlderAssessments()
    {
        Stale(Gap("--person", "p-0101")).Should().Equal(false, false);
        Stale(Gap("--person", "p-0101", "--stale-after", "P3M")).Should().Equal(true, true); // rated on 2025-09-01, four months before the day
        Stale(Gap("--person", "p-0101", "--stale-after", "P1Y")).Should().Equal(false, false);

        static IEnumerable<bool> Stale(JsonDocument json)
        {
            using (json)
            {
                return [.. json.RootElement.GetProperty("requirements").EnumerateArray().Select(r => r.GetProperty("stale").GetBoolean())];
            }
        }
    }

    [Fact]
    public void Match_EssentialShare_RanksWithTheGivenShare()
    {
        var result = CliRunner.Run("match", MappingSample, "--role", "security-officer", "--as-of", "2026-01-01", "--essential-share", "0.6", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var expected = new FitIndex(Mapped, Day, new AnalysisOptions(essentialShare: 0.6)).RankPeople("security-officer", 10);
        json.RootElement.EnumerateArray().Select(h => (h.GetProperty("person").GetString(), h.GetProperty("score").GetDouble()))
            .Should().Equal(expected.Select(h => ((string?)h.PersonId, h.Score)));
    }

    [Fact]
    public void Coverage_DeclaredMapping_CountsTheSfiaRatedPersonAndTakesStaleAfter()
    {
        var result = CliRunner.Run("coverage", MappingSample, "--as-of", "2026-01-01", "--stale-after", "P18M", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var security = json.RootElement.GetProperty("requirements").EnumerateArray().Single(r => r.GetProperty("requirement").GetString() == "information-security");
        security.GetProperty("people").EnumerateArray().Select(p => p.GetString()).Should().Equal("p-0101");
    }

    [Fact]
    public void Patterns_MinimumRoles_KeepsOnlyWiderPatterns()
    {
        var sample = RoleModelJson.Read(File.ReadAllBytes(Path.Combine(RepositoryPaths.Samples, "municipal.json"))).Catalogue!;
        var expected = TaskPatterns.Find(sample.Histories, Instant.FromUtc(2026, 6, 1, 0, 0), new LocalDate(2024, 1, 1), Day, new PatternOptions(threshold: 0.5, minimumRoles: 4));

        var result = CliRunner.Run("patterns", "--from", "2024-01-01", "--to", "2026-01-01", "--known-at", KnownAt, "--similarity-threshold", "0.5", "--min-roles", "4", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("patterns").EnumerateArray().Select(p => p.GetProperty("key").GetString()).Should().Equal(expected.Patterns.Select(p => p.Key));
        expected.Patterns.Should().OnlyContain(p => p.RoleIds.Length >= 4);
        expected.Patterns.Length.Should().BeLessThan(TaskPatterns.Find(sample.Histories, Instant.FromUtc(2026, 6, 1, 0, 0), new LocalDate(2024, 1, 1), Day).Patterns.Length);
    }

    [Fact]
    public void Evolve_SimilarityThreshold_IsPassedOn()
    {
        var result = CliRunner.Run("evolve", "--template", "municipal-cdo", "--on", "2026-01-01", "--known-at", KnownAt, "--similarity-threshold", "1", "--min-roles", "3", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        var sample = RoleModelJson.Read(File.ReadAllBytes(Path.Combine(RepositoryPaths.Samples, "municipal.json"))).Catalogue!;
        var expected = TemplateEvolution.Propose(sample, "municipal-cdo", Instant.FromUtc(2026, 6, 1, 0, 0), Day, new PatternOptions(threshold: 1, minimumRoles: 3));
        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("proposals").EnumerateArray().Select(p => p.GetProperty("subject").GetString()).Should().Equal(expected.Proposals.Select(p => p.Subject));
    }

    [Theory]
    [InlineData("--essential-share", "0.5", "'0.5' is not a valid share for --essential-share; expected a number above 0.5 and at most 1, such as 0.8.")]
    [InlineData("--essential-share", "1.01", "'1.01' is not a valid share for --essential-share")]
    [InlineData("--essential-share", "0,8", "'0,8' is not a valid share for --essential-share")]
    [InlineData("--essential-share", "NaN", "'NaN' is not a valid share")]
    [InlineData("--essential-share", "-0.9", "'-0.9' is not a valid share")]
    [InlineData("--stale-after", "3y", "'3y' is not a valid period for --stale-after; expected a positive ISO 8601 period of years, months, weeks or days, such as P3Y, P18M or P90D.")]
    [InlineData("--stale-after", "P0D", "'P0D' is not a valid period for --stale-after")]
    [InlineData("--stale-after", "P-1Y", "'P-1Y' is not a valid period for --stale-after")]
    [InlineData("--stale-after", "PT12H", "'PT12H' is not a valid period for --stale-after")]
    public void AnalysingCommands_MalformedSetting_ExitWith2AndAPlainMessage(string option, string value, string message)
    {
        string[][] commands =
        [
            ["gap", "--role", "cdo", "--person", "p-0001"],
            ["match", "--role", "cdo"],
            ["coverage"],
            ["report", "--role", "cdo", "--include-people", "--out", Path.Combine(Path.GetTempPath(), "never-written.html")],
        ];
        foreach (var command in commands)
        {
            var result = CliRunner.Run([.. command, option, value]);

            result.ExitCode.Should().Be(2, string.Join(' ', command));
            result.Error.Should().Contain(message).And.NotContain("   at ", "a usage error is a sentence, not a stack trace");
        }
    }

    [Theory]
    [InlineData("--similarity-threshold", "0", "'0' is not a valid similarity for --similarity-threshold; expected a number above 0 and at most 1, such as 0.35.")]
    [InlineData("--similarity-threshold", "high", "'high' is not a valid similarity")]
    [InlineData("--min-roles", "1", "'1' is not a valid number of roles for --min-roles; expected a whole number of at least 2.")]
    [InlineData("--min-roles", "2.5", "'2.5' is not a valid number of roles")]
    public void PatternCommands_MalformedSetting_ExitWith2AndAPlainMessage(string option, string value, string message)
    {
        foreach (var command in new[] { new[] { "patterns" }, ["evolve", "--template", "municipal-cdo"] })
        {
            var result = CliRunner.Run([.. command, option, value]);

            result.ExitCode.Should().Be(2, command[0]);
            result.Error.Should().Contain(message);
        }
    }
}
