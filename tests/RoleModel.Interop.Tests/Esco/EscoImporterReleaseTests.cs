using System.Globalization;
using System.Text.Json;
using RoleModel.Interop.Esco;
using RoleModel.Validation;

namespace RoleModel.Interop.Tests.Esco;

/// <summary>The full ESCO v1.1.1 release, imported once: counts against the source rows, validity, fidelity.</summary>
[Collection(EscoRelease.Name)]
public sealed class EscoImporterReleaseTests(EscoFixture fixture)
{
    private const string Release = "v1.1.1";
    private const string TechnicalDirector = "http://data.europa.eu/esco/occupation/00030d09-2b3a-4efd-87cc-c4ea39d27c34";
    private const string ManageMusicalStaff = "http://data.europa.eu/esco/skill/0005c151-5b5a-4a66-8aac-60e734beb1ab";

    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");

    private EscoImportResult Result => fixture.Result;

    [DataFact("esco", Release)]
    public void Import_V111_SucceedsWithOnlyTheReleasesOwnDanglingLinksAsWarnings()
    {
        Result.Succeeded.Should().BeTrue(string.Join("\n", Result.Problems.Take(5)));
        Result.Problems.Should().OnlyContain(p => p.Severity == ProblemSeverity.Warning);
        Result.Problems.Count(p => p.File == "occupationSkillRelations.csv.gz").Should().Be(67);
        Result.Problems.Count(p => p.File == "broaderRelationsSkillPillar.csv").Should().Be(7);
        Result.Problems.Count(p => p.File == "broaderRelationsOccPillar.csv").Should().Be(1);
        Result.Problems.Should().HaveCount(75);
        Result.Problems.Should().OnlyContain(p => p.Line > 1);
    }

    [DataFact("esco", Release)]
    public void Import_V111_RowsReadEqualTheSourceRowCounts()
    {
        Result.RowsRead.Should().Contain(new Dictionary<string, long>
        {
            ["occupations_en.csv"] = 3_007,
            ["skills_en.csv.gz"] = 13_896,
            ["skillGroups_en.csv"] = 640,
            ["occupationSkillRelations.csv.gz"] = 123_855,
            ["ISCOGroups_en.csv"] = 619,
            ["broaderRelationsOccPillar.csv"] = 3_617,
            ["broaderRelationsSkillPillar.csv"] = 20_656,
            ["skillSkillRelations.csv"] = 5_899,
        });
    }

    [DataFact("esco", Release)]
    public void Import_V111_EveryRowBecomesAnEntryOrAWarning()
    {
        var catalogue = Result.Catalogue!;
        var competencies = Result.Framework!.Competencies;
        competencies.Should().HaveCount(13_896 + 640);
        competencies.Count(c => c.Kind == CompetencyKind.Skill).Should().Be(10_831);
        competencies.Count(c => c.Kind == CompetencyKind.Knowledge).Should().Be(3_059);
        competencies.Count(c => c.Kind == EscoImporter.UnspecifiedKind).Should().Be(6);
        competencies.Count(c => c.Kind == EscoImporter.SkillGroupKind).Should().Be(640);
        catalogue.Roles.Should().HaveCount(3_007);
        Result.IscoGroups.Should().HaveCount(619);

        catalogue.Roles.Sum(r => r.Requirements.Length).Should().Be(123_855 - 67);
        catalogue.Roles.SelectMany(r => r.Requirements).Count(r => r.Importance == RequirementImportance.Essential)
            .Should().Be(64_946 - WarningsFor("occupationSkillRelations.csv.gz", "essential"));
        catalogue.Roles.SelectMany(r => r.Requirements).Should().OnlyContain(r => r.MinimumLevel == null && r.Weight == 1.0);
        competencies.Sum(c => c.BroaderIds.Length).Should().Be(20_656 - 7);
        competencies.Sum(c => ArrayLength(c.Extensions, EscoExtensionNames.RelatedSkills)).Should().Be(5_899);

        var occupationBroader = catalogue.Roles.Sum(r => ArrayLength(r.Extensions, EscoExtensionNames.Broader));
        var iscoBroader = Result.IscoGroups.Count(g => g.BroaderUri is not null);
        (occupationBroader + iscoBroader).Should().Be(3_617 - 1);
    }

    [DataFact("esco", Release)]
    public void Import_V111_CatalogueValidates()
    {
        var report = Result.Catalogue!.Validate();

        report.IsValid.Should().BeTrue(string.Join("\n", report.Problems.Take(5)));
    }

    [DataFact("esco", Release)]
    public void Import_V111_KeepsSkillColumnsAsMembersOrExtensionData()
    {
        var skill = Result.Catalogue!.FindCompetency(ManageMusicalStaff)!;

        skill.Kind.Should().Be(CompetencyKind.Skill);
        skill.Name.Get(En).Should().Be("manage musical staff");
        skill.Description.Get(En).Should().StartWith("Assign and manage staff tasks");
        Member(skill.Extensions, EscoExtensionNames.ReuseLevel).GetString().Should().Be("sector-specific");
        Member(skill.Extensions, "esco:status").GetString().Should().Be("released");
        Member(skill.Extensions, "esco:modifiedDate").GetString().Should().Be("2016-12-20T17:43:43Z");
        Member(skill.Extensions, EscoExtensionNames.AltLabels).EnumerateArray().Select(e => e.GetString())
            .Should().Equal("manage staff of music", "coordinate duties of musical staff", "manage music staff", "direct musical staff", "manage musical staff");
        Member(skill.Extensions, EscoExtensionNames.InScheme).EnumerateArray().Select(e => e.GetString())
            .Should().Equal("http://data.europa.eu/esco/concept-scheme/skills", "http://data.europa.eu/esco/concept-scheme/member-skills");
        skill.Extensions.Members.Select(m => m.Key).Should().NotContain(["esco:conceptType", "esco:hiddenLabels", "esco:skillType"]);
    }

    [DataFact("esco", Release)]
    public void Import_V111_MakesOccupationsRolesWithIscoGroupAndRequirements()
    {
        var role = Result.Catalogue!.FindRole(TechnicalDirector)!;

        role.Title.Get(En).Should().Be("technical director");
        role.Purpose.Get(En).Should().StartWith("Technical directors realise");
        role.Tags.Should().Equal("isco:2654");
        Member(role.Extensions, EscoExtensionNames.IscoGroup).GetString().Should().Be("2654");
        Member(role.Extensions, "esco:code").GetString().Should().Be("2654.1.7");
        role.Requirements.Should().HaveCount(8).And.OnlyContain(r => r.Importance == RequirementImportance.Essential);
        Result.Catalogue.Roles.Count(r => HasCollection(r.Extensions, "research")).Should().Be(122);
        Result.Framework!.Competencies.Count(c => HasCollection(c.Extensions, "digital")).Should().Be(1_201);
    }

    [DataFact("esco", Release)]
    public void Import_V111_ReportsProgressPerFile()
    {
        _ = Result;

        fixture.Progress.Should().Contain(new ImportProgress("occupationSkillRelations.csv.gz", 123_855, 123_855));
        fixture.Progress.Should().Contain(new ImportProgress("occupationSkillRelations.csv.gz", 16_384, null));
        fixture.Progress.Should().Contain(new ImportProgress("skills_en.csv.gz", 13_896, 13_896));
    }

    private int WarningsFor(string file, string relationType) =>
        Result.Problems.Count(p => p.File == file && p.Message.StartsWith($"The {relationType} ", StringComparison.Ordinal));

    private static JsonElement Member(ExtensionData data, string name) => data.Members.Single(m => m.Key == name).Value;

    private static int ArrayLength(ExtensionData data, string name) =>
        data.Members.Where(m => m.Key == name).Select(m => m.Value.GetArrayLength()).SingleOrDefault();

    private static bool HasCollection(ExtensionData data, string collection) =>
        data.Members.Any(m => m.Key == EscoExtensionNames.Collections && m.Value.EnumerateArray().Any(e => e.GetString() == collection));
}
