using RoleModel.Interop.Onet;
using RoleModel.Validation;

namespace RoleModel.Interop.Tests.Onet;

/// <summary>Small tab-separated releases written to a temporary folder: how broken input is reported.</summary>
public sealed class OnetImporterProblemTests : IDisposable
{
    private const string Ratings = "O*NET-SOC Code\tTitle\tElement ID\tElement Name\tScale ID\tScale Name\tData Value\tNot Relevant";
    private readonly TempFolder folder = new();

    public OnetImporterProblemTests()
    {
        folder.Write("Occupation Data.tsv", "O*NET-SOC Code\tTitle\tDescription", "11-1011.00\tChief Executives\tDirect.");
        folder.Write("Job Zones.tsv", "O*NET-SOC Code\tTitle\tJob Zone", "11-1011.00\tChief Executives\t5");
        folder.Write("Skills.tsv", Ratings, "11-1011.00\tChief Executives\t2.A.1.a\tReading\tIM\tImportance\t2.5\t",
            "11-1011.00\tChief Executives\t2.A.1.a\tReading\tLV\tLevel\t1.2\tY");
        folder.Write("Knowledge.tsv", Ratings, "11-1011.00\tChief Executives\t2.C.1.a\tAdministration\tIM\tImportance\t4\t");
        folder.Write("Task Statements.tsv", "O*NET-SOC Code\tTitle\tTask ID\tTask\tTask Type",
            "11-1011.00\tChief Executives\t1\tUse \"lean\" methods.\tSupplemental");
    }

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Import_SmallRelease_MapsRatingsWithoutContentModel()
    {
        var result = OnetImporter.Import(folder.Path);

        result.Problems.Should().BeEmpty();
        var requirement = result.Catalogue!.Roles.Single().Requirements[0];
        requirement.Importance.Should().Be(RequirementImportance.Optional);
        requirement.MinimumLevel.Should().BeNull("O*NET marks the level not relevant");
        result.Tasks["11-1011.00"].Single().Title.Entries.Single().Value.Should().Be("Use \"lean\" methods.");
        result.Catalogue.Validate().IsValid.Should().BeTrue();
    }

    [Fact]
    public void Import_ReleaseAndDay_FillTheCatalogueIdentityAndTheFrameworkVersion()
    {
        var result = OnetImporter.Import(folder.Path, "29.3", issued: new NodaTime.LocalDate(2025, 5, 1));

        result.Catalogue!.Identity.Should().Be(new CatalogueIdentity("onet", "29.3", new NodaTime.LocalDate(2025, 5, 1), "U.S. Department of Labor, Employment and Training Administration"));
        result.Catalogue.Frameworks.Single().Version.Should().Be("29.3");
    }

    [Fact]
    public void Import_BadValuesAndUnknownOccupation_AreReportedWithTheirLines()
    {
        folder.Write("Skills.tsv", Ratings, "11-1011.00\tChief Executives\t2.A.1.a\tReading\tIM\tImportance\t9\t",
            "99-9999.00\tNobody\t2.A.1.a\tReading\tLV\tLevel\t3\tN");

        var result = OnetImporter.Import(folder.Path);

        result.Catalogue.Should().BeNull();
        result.Problems.Select(p => (p.Severity, p.File, p.Line)).Should().Equal(
            (ProblemSeverity.Error, "Skills.tsv", 2L),
            (ProblemSeverity.Warning, "Skills.tsv", 3L));
    }

    [Fact]
    public void Import_MissingFileAndColumn_AreErrors()
    {
        File.Delete(Path.Combine(folder.Path, "Job Zones.tsv"));
        folder.Write("Task Statements.tsv", "O*NET-SOC Code\tTitle\tTask", "11-1011.00\tChief Executives\tDirect.");

        var result = OnetImporter.Import(folder.Path);

        result.Succeeded.Should().BeFalse();
        result.Problems.Select(p => p.ToString()).Should().Equal(
            $"Job Zones.xlsx: error: The file is missing from '{folder.Path}' (also looked for Job Zones.tsv[.gz] and Job Zones.txt).",
            "Task Statements.tsv(1): error: The required column 'Task ID' is missing from the header.");
    }

    [Fact]
    public void ImportEmergingTasks_BadCategoryAndDate_AreErrors()
    {
        folder.Write("Emerging Tasks.tsv", "O*NET-SOC Code\tTitle\tTask\tCategory\tDate",
            "11-1011.00\tChief Executives\tPlan.\tChanged\t08/2024",
            "11-1011.00\tChief Executives\tPlan.\tNew\t2024-08");

        var result = OnetImporter.ImportEmergingTasks(folder.Path);

        result.EmergingTasks.Should().BeEmpty();
        result.Problems.Select(p => p.Line).Should().Equal(2L, 3L);
    }

    [Fact]
    public void Import_InvalidArguments_Throw()
    {
        FluentActions.Invoking(() => OnetImporter.Import(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => OnetImporter.Import(Path.Combine(folder.Path, "absent"))).Should().Throw<DirectoryNotFoundException>();
        FluentActions.Invoking(() => OnetImporter.ImportEmergingTasks("")).Should().Throw<ArgumentException>();
    }
}
