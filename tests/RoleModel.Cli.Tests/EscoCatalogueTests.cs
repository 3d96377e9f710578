using System.Text.Json;

namespace RoleModel.Cli.Tests;

/// <summary>The analyst's commands on the real ESCO import: readable answers with titles (timings are in docs/performance.md, not asserted).</summary>
[Collection(EscoDocumentGroup.Name)]
public sealed class EscoCatalogueTests(EscoDocument esco)
{
    [SharedDataFact("esco/v1.1.1")]
    public void Find_TypedWithTypos_FindsTheChiefInformationOfficerInTheTopFive()
    {
        var officer = esco.Catalogue.Roles.Single(r => r.Title.TryGetExact("en", out var t) && t == "chief information officer");

        var result = CliRunner.Run("find", esco.Path, "chef", "informaton", "oficer", "--top", "5", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        using var hits = JsonDocument.Parse(result.Out);
        hits.RootElement.EnumerateArray().Select(h => h.GetProperty("id").GetString()).Should().Contain(officer.Id);
    }

    [SharedDataFact("esco/v1.1.1")]
    public void Find_AnAlternativeLabel_FindsItsSkillAndSaysWhichLabelMatched()
    {
        var skill = esco.Catalogue.Frameworks.SelectMany(f => f.Competencies)
            .First(c => c.Extensions.Members.Any(m => m.Key == "esco:altLabels" && m.Value.GetArrayLength() > 1));
        var alternative = skill.Extensions.Members.First(m => m.Key == "esco:altLabels").Value.EnumerateArray()
            .Select(v => v.GetString()!).First(a => a != skill.Name.ToString());

        var result = CliRunner.Run("find", esco.Path, alternative, "--kind", "competency", "--format", "json");

        using var hits = JsonDocument.Parse(result.Out);
        var hit = hits.RootElement.EnumerateArray().First(h => h.GetProperty("id").GetString() == skill.Id);
        hit.GetProperty("title").GetString().Should().Be(skill.Name.ToString());
    }

    [SharedDataFact("esco/v1.1.1")]
    public void Gap_OnEsco_PrintsTheRoleTitleAndSkillNames()
    {
        using var document = WithOnePerson(out var role);

        var result = CliRunner.Run("gap", document.Path, "--role", role.Id, "--person", "p-1", "--as-of", "2026-01-01");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain(role.Title.ToString());
        result.Out.Should().Contain(esco.Catalogue.FindCompetency(role.Requirements[0].CompetencyIds[0])!.Name.ToString());
    }

    [SharedDataFact("esco/v1.1.1")]
    public void MatchAndCoverage_ForOneRole_PrintTitlesAndStayBounded()
    {
        using var document = WithOnePerson(out var role);

        var match = CliRunner.Run("match", document.Path, "--role", role.Id, "--as-of", "2026-01-01");
        var coverage = CliRunner.Run("coverage", document.Path, "--role", role.Id, "--as-of", "2026-01-01");

        match.ExitCode.Should().Be(0, match.Error);
        match.Out.Should().Contain(role.Title.ToString()).And.Contain("p-1");
        coverage.ExitCode.Should().Be(0, coverage.Error);
        coverage.Out.Should().Contain(role.Title.ToString());
        var requirements = role.Requirements.Length;
        if (requirements > Commands.CoverageCommand.DefaultTop)
        {
            coverage.Out.Should().Contain($"{requirements - Commands.CoverageCommand.DefaultTop} more requirements not shown");
        }
    }

    /// <summary>The ESCO document with one person who holds every skill of the role with the most requirements.</summary>
    private TemporaryFile WithOnePerson(out Role role)
    {
        role = esco.Catalogue.Roles.MaxBy(r => r.Requirements.Length)!;
        var assessments = role.Requirements.SelectMany(q => q.CompetencyIds).Distinct()
            .Select(id => new CompetencyAssessment(id, new LevelReference("generic", "expert"), new NodaTime.LocalDate(2025, 1, 1), AssessmentSource.Manager));

        // ESCO has no proficiency levels, so the assessments use a scale of their own framework.
        var levels = new CompetencyFramework("levels", LocalizedText.Of("en", "Levels"), [ProficiencyScale.CreateNoviceToExpert()]);
        var catalogue = new Catalogue([.. esco.Catalogue.Frameworks, levels], esco.Catalogue.Roles, [new Person("p-1", assessments)], esco.Catalogue.Extensions, esco.Catalogue.Histories);
        return new TemporaryFile(Serialization.RoleModelJson.WriteToUtf8Bytes(catalogue), "esco-person.json");
    }
}
