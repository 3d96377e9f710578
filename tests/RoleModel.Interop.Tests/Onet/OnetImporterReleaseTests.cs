using System.Globalization;
using NodaTime;
using RoleModel.Interop.Onet;

namespace RoleModel.Interop.Tests.Onet;

/// <summary>O*NET 29.3 (and the emerging tasks of 29.2): counts against the source rows, mapping, validity.</summary>
public sealed class OnetImporterReleaseTests(OnetFixture fixture) : IClassFixture<OnetFixture>
{
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");

    private OnetImportResult Result => fixture.Result;

    [DataFact("onet", "29.3", "tsv")]
    public void Import_Tsv_EveryRowBecomesAnEntry()
    {
        Result.Problems.Should().BeEmpty();
        Result.Catalogue!.Roles.Should().HaveCount(1_016);
        Result.Tasks.Values.Sum(t => t.Length).Should().Be(18_796);
        Result.EmergingTasks.Should().HaveCount(295);
        Result.Catalogue.Roles.Sum(r => r.Requirements.Length).Should().Be((61_530 + 58_014) / 2);
        Result.Framework!.Competencies.Count(c => c.Kind == CompetencyKind.Skill).Should().Be(35);
        Result.Framework.Competencies.Count(c => c.Kind == CompetencyKind.Knowledge).Should().Be(33);
        Result.Catalogue.Roles.Count(r => r.Tags.Any(t => t.StartsWith("jobZone:", StringComparison.Ordinal))).Should().Be(923);
        Result.RowsRead.Should().Contain(new Dictionary<string, long> { ["Skills.tsv.gz"] = 61_530, ["Knowledge.tsv.gz"] = 58_014 });
    }

    [DataFact("onet", "29.3", "tsv")]
    public void Import_Tsv_CatalogueValidates()
    {
        var report = Result.Catalogue!.Validate();

        report.IsValid.Should().BeTrue(string.Join("\n", report.Problems.Take(5)));
    }

    [DataFact("onet", "29.3", "tsv")]
    public void Import_Tsv_MapsRatingsToLevelImportanceAndWeight()
    {
        var chiefExecutives = Result.Catalogue!.FindRole("11-1011.00")!;
        var reading = chiefExecutives.FindRequirement("2.A.1.a")!;   // IM 4.12, LV 4.62

        chiefExecutives.Title.Get(En).Should().Be("Chief Executives");
        chiefExecutives.Tags.Should().Equal("jobZone:5");
        reading.MinimumLevel.Should().Be(new LevelReference(OnetImporter.LevelScaleId, "5"));
        reading.Weight.Should().Be(4.12);
        reading.Importance.Should().Be(RequirementImportance.Essential);
        var importance = reading.Extensions.Members.Single(m => m.Key == OnetExtensionNames.Importance).Value;
        importance.GetProperty("dataValue").GetDouble().Should().Be(4.12);
        importance.GetProperty("n").GetDouble().Should().Be(8);
        chiefExecutives.Requirements.Where(r => r.Weight < OnetImporter.EssentialImportance)
            .Should().NotBeEmpty().And.OnlyContain(r => r.Importance == RequirementImportance.Optional);
        Result.Framework!.FindCompetency("2.A.1.a")!.BroaderIds.Should().Equal("2.A.1");
    }

    [DataFact("onet", "29.3", "tsv")]
    public void Import_Tsv_KeepsTaskTypeAndProposesEmergingTasks()
    {
        var tasks = Result.Tasks["11-1011.00"];
        var first = tasks[0];

        first.Id.Should().Be("8823");
        first.Extensions.Members.Single(m => m.Key == OnetExtensionNames.TaskType).Value.GetString().Should().Be("Core");
        Result.Tasks.Values.SelectMany(t => t).Count(t => t.Extensions.Members.Any(m => m.Key == OnetExtensionNames.TaskType && m.Value.GetString() == "Supplemental"))
            .Should().BeGreaterThan(0);
        Result.EmergingTasks[0].Should().Be(new ProposedTask("11-3013.00",
            "Plan, create, and manage budgets for contracts, equipment, and supplies.", EmergingTaskCategory.Revision, new YearMonth(2024, 8),
            "21280", "Plan, administer, and control budgets for contracts, equipment, and supplies.", "Incumbent"));
    }

    [DataFact("onet", "29.3", "xlsx")]
    public void Import_OfficialExcelFiles_GiveTheSameCatalogueAsTheTextFiles()
    {
        using var mixed = new TempFolder();
        foreach (var sheet in new[] { "Occupation Data", "Job Zones", "Emerging Tasks", "Task Statements", "Content Model Reference", "IWA Reference", "DWA Reference", "Tasks to DWAs" })
        {
            File.Copy(SharedData.Path("onet", "29.3", "xlsx", sheet + ".xlsx"), Path.Combine(mixed.Path, sheet + ".xlsx"));
        }

        foreach (var large in new[] { "Skills.tsv.gz", "Knowledge.tsv.gz" })
        {
            File.Copy(SharedData.Path("onet", "29.3", "tsv", large), Path.Combine(mixed.Path, large));
        }

        var fromExcel = OnetImporter.Import(mixed.Path, "29.3");

        fromExcel.RowsRead.Keys.Should().Contain("Task Statements.xlsx");
        fromExcel.Catalogue.Should().Be(Result.Catalogue);
        fromExcel.Tasks.Keys.Should().BeEquivalentTo(Result.Tasks.Keys);
        fromExcel.Tasks["11-1011.00"].Should().Equal(Result.Tasks["11-1011.00"]);
        fromExcel.EmergingTasks.Should().Equal(Result.EmergingTasks);
    }

    [DataFact("onet", "29.2")]
    public void ImportEmergingTasks_Release292_Reads240ProposedTasks()
    {
        var result = OnetImporter.ImportEmergingTasks(SharedData.Path("onet", "29.2"));

        result.Problems.Should().BeEmpty();
        result.Catalogue.Should().BeNull();
        result.EmergingTasks.Should().HaveCount(240);
    }
}
