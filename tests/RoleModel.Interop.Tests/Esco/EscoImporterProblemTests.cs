using System.Globalization;
using RoleModel.Interop.Esco;
using RoleModel.Validation;

namespace RoleModel.Interop.Tests.Esco;

/// <summary>Small releases written to a temporary folder: what is read, and how broken input is reported.</summary>
public sealed class EscoImporterProblemTests : IDisposable
{
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");
    private readonly MiniRelease release = new();

    public void Dispose() => release.Dispose();

    [Fact]
    public void Import_ValidRelease_BuildsAValidCatalogue()
    {
        var result = EscoImporter.Import(release.Directory);

        result.Problems.Should().BeEmpty();
        result.Catalogue!.Validate().IsValid.Should().BeTrue();
        result.Framework!.Competencies.Select(c => c.Id).Should().Equal(MiniRelease.Skill1, MiniRelease.Skill2, MiniRelease.Group);
        result.Framework.FindCompetency(MiniRelease.Skill1)!.BroaderIds.Should().Equal(MiniRelease.Group);
        result.Framework.FindCompetency(MiniRelease.Skill2)!.Description.Get(En).Should().Be("Money,\nplanned.");
        var role = result.Catalogue.Roles.Single();
        role.Requirements.Select(r => (r.CompetencyIds[0], r.Importance, r.MinimumLevel)).Should().Equal(
            (MiniRelease.Skill1, RequirementImportance.Essential, (LevelReference?)null),
            (MiniRelease.Skill2, RequirementImportance.Optional, (LevelReference?)null));
        result.IscoGroups.Single().Code.Should().Be("2654");
    }

    [Fact]
    public void Import_ReleaseAndDay_FillTheCatalogueIdentityAndTheFrameworkVersion()
    {
        var result = EscoImporter.Import(release.Directory, new EscoImportOptions { Version = "1.1.1", Issued = new NodaTime.LocalDate(2022, 12, 1) });

        result.Catalogue!.Identity.Should().Be(new CatalogueIdentity("esco", "1.1.1", new NodaTime.LocalDate(2022, 12, 1), "European Commission"));
        result.Framework!.Version.Should().Be("1.1.1");
        EscoImporter.Import(release.Directory, new EscoImportOptions { Version = "1.1.1" }).Catalogue!.Identity.Should().BeNull("the day is not guessed");
    }

    [Fact]
    public void Import_GzippedFiles_ReadsThemLikePlainOnes()
    {
        release.Gzip("skills_en.csv");
        release.Gzip("occupationSkillRelations.csv");

        var result = EscoImporter.Import(release.Directory);

        result.Problems.Should().BeEmpty();
        result.RowsRead.Should().ContainKeys("skills_en.csv.gz", "occupationSkillRelations.csv.gz");
        result.Catalogue!.Roles.Single().Requirements.Should().HaveCount(2);
    }

    [Fact]
    public void Import_MissingFile_ReportsItAndGivesNoCatalogue()
    {
        release.Delete("skillGroups_en.csv");

        var result = EscoImporter.Import(release.Directory);

        result.Succeeded.Should().BeFalse();
        result.Catalogue.Should().BeNull();
        result.Problems.Should().ContainSingle(p => p.Severity == ProblemSeverity.Error)
            .Which.Should().Match<ImportProblem>(p => p.File == "skillGroups_en.csv" && p.Line == null && p.Message.Contains("missing"));
    }

    [Fact]
    public void Import_MissingColumn_ReportsTheColumnOnTheHeaderLine()
    {
        release.Write("occupationSkillRelations.csv", "occupationUri,skillType,skillUri", $"{MiniRelease.Occupation},knowledge,{MiniRelease.Skill2}");

        var result = EscoImporter.Import(release.Directory);

        result.Catalogue.Should().BeNull();
        result.Problems.Should().ContainSingle().Which.ToString()
            .Should().Be("occupationSkillRelations.csv(1): error: The required column 'relationType' is missing from the header.");
    }

    [Fact]
    public void Import_BadRowAfterMultiLineField_ReportsThePhysicalLine()
    {
        release.Write("skills_en.csv",
            "conceptType,conceptUri,skillType,reuseLevel,preferredLabel,altLabels,status,description",
            $"KnowledgeSkillCompetence,{MiniRelease.Skill1},skill/competence,transversal,lead a team,\"guide\nsteer\nrun\",released,Lead.",
            $"KnowledgeSkillCompetence,,knowledge,cross-sector,budgeting,,released,Money.");

        var result = EscoImporter.Import(release.Directory);

        result.Catalogue.Should().BeNull();
        result.Problems.Should().ContainEquivalentOf(new ImportProblem(ProblemSeverity.Error, "skills_en.csv", 5, "The conceptUri is empty."));
    }

    [Fact]
    public void Import_DanglingUri_LeavesTheLinkOutWithALocatedWarning()
    {
        release.Write("occupationSkillRelations.csv", "occupationUri,relationType,skillType,skillUri",
            $"{MiniRelease.Occupation},essential,skill/competence,{MiniRelease.Skill1}",
            $"{MiniRelease.Occupation},optional,knowledge,http://data.europa.eu/esco/skill/unknown");

        var result = EscoImporter.Import(release.Directory);

        result.Succeeded.Should().BeTrue();
        result.Catalogue!.Roles.Single().Requirements.Should().ContainSingle();
        result.Problems.Should().ContainSingle().Which.Should().Match<ImportProblem>(p =>
            p.Severity == ProblemSeverity.Warning && p.File == "occupationSkillRelations.csv" && p.Line == 3
            && p.Message.Contains("http://data.europa.eu/esco/skill/unknown"));
    }

    [Fact]
    public void Import_UnknownRelationTypeAndDuplicateUri_ReportsAllErrorsAtOnce()
    {
        release.Write("occupationSkillRelations.csv", "occupationUri,relationType,skillType,skillUri",
            $"{MiniRelease.Occupation},mandatory,skill/competence,{MiniRelease.Skill1}");
        release.Write("skillGroups_en.csv", "conceptType,conceptUri,preferredLabel", $"SkillGroup,{MiniRelease.Skill1},duplicate");

        var result = EscoImporter.Import(release.Directory);

        result.Catalogue.Should().BeNull();
        result.Problems.Where(p => p.Severity == ProblemSeverity.Error).Select(p => p.ToString()).Should().Equal(
            $"skillGroups_en.csv(2): error: The concept '{MiniRelease.Skill1}' occurs twice.",
            $"occupationSkillRelations.csv(2): error: The relationType 'mandatory' of '{MiniRelease.Occupation}' to '{MiniRelease.Skill1}' is neither 'essential' nor 'optional'.");
    }

    [Fact]
    public void Import_MalformedQuotingOrFieldCount_ReportsTheRecord()
    {
        release.Write("ISCOGroups_en.csv", "conceptType,conceptUri,code,preferredLabel",
            $"ISCOGroup,{MiniRelease.Isco},2654,directors",
            "ISCOGroup,http://data.europa.eu/esco/isco/C1,1",
            "ISCOGroup,http://data.europa.eu/esco/isco/C2,2,\"broken\"label");

        var result = EscoImporter.Import(release.Directory);

        result.Catalogue.Should().BeNull();
        result.Problems.Where(p => p.Severity == ProblemSeverity.Error).Select(p => (p.File, p.Line))
            .Should().Equal(("ISCOGroups_en.csv", 3L), ("ISCOGroups_en.csv", 4L));
    }

    [Fact]
    public void Import_WrongConceptType_ReportsIt()
    {
        release.Write("skillGroups_en.csv", "conceptType,conceptUri,preferredLabel", $"Occupation,{MiniRelease.Group},management");

        var result = EscoImporter.Import(release.Directory);

        result.Problems.Should().Contain(p => p.Severity == ProblemSeverity.Error && p.Line == 2 && p.Message.Contains("'SkillGroup' was expected"));
    }

    [Fact]
    public void Import_OccupationsOnly_NeedsNoSkillFiles()
    {
        release.Delete("skills_en.csv");
        release.Delete("occupationSkillRelations.csv");

        var result = EscoImporter.Import(release.Directory, new EscoImportOptions { OccupationsOnly = true });

        result.Problems.Should().BeEmpty();
        result.Catalogue!.Roles.Single().Requirements.Should().BeEmpty();
        result.Framework!.Competencies.Should().BeEmpty();
    }

    [Fact]
    public void Import_InvalidArguments_Throw()
    {
        FluentActions.Invoking(() => EscoImporter.Import(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => EscoImporter.Import(" ")).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => EscoImporter.Import(Path.Combine(release.Directory, "absent"))).Should().Throw<DirectoryNotFoundException>();
        FluentActions.Invoking(() => EscoImporter.Import(release.Directory, cancellationToken: new CancellationToken(true)))
            .Should().Throw<OperationCanceledException>();
    }
}
