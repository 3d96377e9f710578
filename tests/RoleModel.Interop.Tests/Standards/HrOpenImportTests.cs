using System.Text;
using NodaTime;
using RoleModel.Interop.HrOpen;
using RoleModel.Validation;

namespace RoleModel.Interop.Tests.Standards;

/// <summary>HR Open import: the round trip of an export, and bad documents reported at their HR Open path.</summary>
public sealed class HrOpenImportTests
{
    private static readonly HrOpenImportOptions Options = new(new LocalDate(2026, 1, 1));

    private static HrOpenImportResult Import(string json) => HrOpenImporter.Import(Encoding.UTF8.GetBytes(json), "doc.json", Options);

    [Theory]
    [InlineData(HrOpenShape.JobDescription)]
    [InlineData(HrOpenShape.PositionOpening)]
    public void Import_ExportOfCdo_GivesBackItsRequirementsAndTheTasksOfThatDay(HrOpenShape shape)
    {
        var source = Samples.Municipal;
        var export = HrOpenExporter.Export(source, "cdo", Samples.On2026, shape);

        var result = HrOpenImporter.Import(export.Utf8Json, "cdo.hropen.json", Options);

        result.Problems.Should().BeEmpty();
        result.Shape.Should().Be(shape);
        var role = result.Catalogue!.FindRole("cdo")!;
        var expected = source.Resolve(source.FindHistory("cdo")!.AsKnownAt(Samples.On2026.KnownAt).ProjectOn(Samples.On2026.AsOf).Role);
        role.Requirements.SelectMany(r => r.CompetencyIds).Should().Equal(expected.Requirements.SelectMany(r => r.CompetencyIds));
        role.Requirements.Select(r => (r.MinimumLevel, r.Importance)).Should().Equal(
            expected.Requirements.SelectMany(r => r.CompetencyIds.Select(_ => (r.MinimumLevel, r.Importance))));
        var tasks = source.FindHistory("cdo")!.AsKnownAt(Samples.On2026.KnownAt).ProjectOn(Samples.On2026.AsOf).Tasks.Tasks.Where(t => t.IsActive);
        result.Catalogue.FindHistory("cdo")!.BaselineTasks.Select(t => (t.Id, t.Title.Get(System.Globalization.CultureInfo.GetCultureInfo("en"))))
            .Should().Equal(tasks.Select(t => (t.Id, t.Title.Get(System.Globalization.CultureInfo.GetCultureInfo("en")))));
        result.Catalogue.Validate().IsValid.Should().BeTrue();
    }

    [Fact]
    public void Import_EscoCompetency_ReferencesTheImportedEscoAndOthersGoIntoTheLocalFramework()
    {
        var result = Import("""
            {"positionID": "r", "title": "Role",
             "competencies": [{"name": "manage budgets", "termCode": "http://data.europa.eu/esco/skill/abc"},
                              {"name": "Local skill", "termCode": "local-skill", "annotation": {"preferred": true}}]}
            """);

        result.Problems.Should().BeEmpty();
        var catalogue = result.Catalogue!;
        catalogue.Imports.Should().ContainSingle().Which.CatalogueId.Should().Be("esco");
        catalogue.Frameworks.Should().ContainSingle().Which.Competencies.Select(c => c.Id).Should().Equal("local-skill");
        catalogue.Roles[0].Requirements.Select(r => r.Importance).Should().Equal(RequirementImportance.Essential, RequirementImportance.Optional);
    }

    [Theory]
    [InlineData("[1, 2]", "$: expected a JSON object")]
    [InlineData("{\"foo\": 1}", "$: this is not a JobDescription")]
    [InlineData("{\"positionID\": \"r\", \"title\": 5}", "$.title: expected a string, found a number.")]
    [InlineData("{\"positionID\": \"r\", \"title\": \"T\", \"competencies\": {}}", "$.competencies: expected an array, found an object.")]
    [InlineData("{\"positionID\": \"r\", \"title\": \"T\", \"tasks\": [{\"name\": \"no code\"}]}", "$.tasks[0]: a task needs a termCode")]
    [InlineData("{\"positionID\": \"r\", \"title\": \"T\", \"competencies\": [{\"termCode\": \"a\"}, {\"termCode\": \"a\"}]}", "$.competencies[1]: the competency 'a' occurs more than once.")]
    [InlineData("{\"positionID\": \" r\", \"title\": \"T\"}", "$.positionID: ' r' is not a RoleModel identifier")]
    [InlineData("{\"title\": \"T\"}", "$: the role has no identifier")]
    [InlineData("{\"positionProfiles\": [{\"positionTitle\": \"T\", \"positionId\": {\"value\": \"r\"}, \"positionQualifications\": [{\"positionCompetencies\": [{\"competencyIds\": [{\"value\": \"a\"}], \"weight\": {\"value\": -1}}]}]}]}", "$.positionProfiles[0].positionQualifications[0].positionCompetencies[0].weight.value: a weight must be a positive number")]
    [InlineData("{\"positionProfiles\": []}", "$.positionProfiles: a position opening needs a position profile")]
    public void Import_WrongShape_IsALocatedErrorAndNoCatalogue(string json, string message)
    {
        var result = Import(json);

        result.Catalogue.Should().BeNull();
        result.Problems.Should().Contain(p => p.Severity == ProblemSeverity.Error && p.File == "doc.json" && p.Message.StartsWith(message, StringComparison.Ordinal));
    }

    [Fact]
    public void Import_MemberWithoutAPlace_IsAWarningAtItsPathNotDroppedSilently()
    {
        var result = Import("""{"positionID": "r", "title": "T", "competences": [], "hiringOrganization": {"legalName": "X"}}""");

        result.Catalogue.Should().NotBeNull();
        result.Problems.Select(p => (p.Severity, p.Message)).Should().Equal(
            (ProblemSeverity.Warning, "$.competences: not imported: RoleModel has no place for this member."),
            (ProblemSeverity.Warning, "$.hiringOrganization: not imported: RoleModel has no place for this member."));
    }

    [Fact]
    public void Import_ValuesWithoutAPlaceInsideTerms_AreWarnedAndDescriptionsOfLocalCompetenciesKept()
    {
        var result = Import("""
            {"positionID": "r", "title": "T",
             "responsibilities": [{"name": "An outcome", "termCode": "o1"}],
             "tasks": [{"name": "Task", "termCode": "t1", "annotation": {"required": true}}],
             "competencies": [{"name": "Local", "termCode": "local", "descriptions": ["What it is."]}]}
            """);

        result.Problems.Select(p => p.Message).Should().Equal(
            "$.responsibilities[0].termCode: not imported: an outcome has no identifier (a responsibility area is in the set 'responsibility areas').",
            "$.tasks[0].annotation: not imported: RoleModel has no place for this member.");
        result.Catalogue!.FindCompetency("local")!.Description.Should().Be(LocalizedText.Of("en", "What it is."));
    }

    [Theory]
    [InlineData("not json", "The document is not JSON")]
    [InlineData("{\"title\": ", "The document is not JSON")]
    public void Import_NotJson_IsRefused(string text, string message)
    {
        var result = Import(text);

        result.Catalogue.Should().BeNull();
        result.Problems.Should().ContainSingle().Which.Message.Should().StartWith(message);
    }

    [Fact]
    public void Import_TooDeep_IsRefusedAtTheLimitOfRoleModelDocuments()
    {
        var json = string.Concat(Enumerable.Repeat("{\"a\":", 100)) + "1" + new string('}', 100);

        var result = Import(json);

        result.Catalogue.Should().BeNull();
        result.Problems.Should().ContainSingle().Which.Message.Should().Be($"Arrays and objects are nested more than {HrOpenImporter.MaximumDepth} levels deep.");
    }
}
