using System.Text;
using RoleModel.Analysis;
using RoleModel.Serialization;
using RoleModel.Validation;

namespace RoleModel.Tests.Serialization;

public sealed partial class RoleModelJsonTests
{
    /// <summary>Two frameworks: e-CF levels e-1..e-3, SFIA levels 1..5, and a mapping placeholder.</summary>
    private static string ScaleMappingDocument(string mappings, string schemaVersion = "1.1") => $$"""
        {"schemaVersion": "{{schemaVersion}}", "frameworks": [
          {"id": "ecf", "name": {"en": "e-CF"}, "scales": [{"id": "e-cf", "levels": [{"code": "e-1"}, {"code": "e-2"}, {"code": "e-3"}]}]},
          {"id": "sfia", "name": {"en": "SFIA"}, "scales": [{"id": "sfia", "levels": [{"code": "1"}, {"code": "2"}, {"code": "3"}, {"code": "4"}, {"code": "5"}]}],
           "scaleMappings": [{{mappings}}]}]}
        """;

    [Fact]
    public void Read_ScaleMapping_IsReadAndWrittenBackAsFormat11()
    {
        var json = ScaleMappingDocument("""{"sourceScale": "sfia", "targetScale": "e-cf", "levels": {"3": "e-1", "4": "e-2", "5": "e-3"}, "hr:note": "agreed 2026"}""");

        var result = RoleModelJson.Read(json);

        result.Report.Problems.Should().BeEmpty();
        var mapping = result.Catalogue!.Frameworks[1].ScaleMappings.Should().ContainSingle().Subject;
        mapping.Should().Be(new ScaleMapping("sfia", "e-cf", new Dictionary<string, string> { ["3"] = "e-1", ["4"] = "e-2", ["5"] = "e-3" }, mapping.Extensions));
        mapping.Extensions.Members.Select(m => m.Key).Should().Equal("hr:note");
        var written = Encoding.UTF8.GetString(RoleModelJson.WriteToUtf8Bytes(result.Catalogue, indented: false));
        written.Should().StartWith("""{"schemaVersion":"1.1",""")
            .And.Contain("""{"sourceScale":"sfia","targetScale":"e-cf","levels":{"3":"e-1","4":"e-2","5":"e-3"},"hr:note":"agreed 2026"}""");
        RoleModelJson.Read(written).Catalogue.Should().Be(result.Catalogue);
        SchemaCheck.Errors(json).Should().BeEmpty();
    }

    [Fact]
    public void Write_FrameworkWithoutScaleMappings_StaysFormat10()
    {
        var framework = new CompetencyFramework("f", LocalizedText.Of("en", "F"));

        Encoding.UTF8.GetString(RoleModelJson.WriteToUtf8Bytes(new Catalogue([framework]), indented: false))
            .Should().Be("""{"schemaVersion":"1.0","frameworks":[{"id":"f","name":{"en":"F"}}]}""");
    }

    [Theory]
    [InlineData("""{"sourceScale": "sfya", "targetScale": "e-cf", "levels": {"5": "e-3"}}""", "RM102 $.frameworks[1].scaleMappings[0].sourceScale")]
    [InlineData("""{"sourceScale": "sfia", "targetScale": "ecf", "levels": {"5": "e-3"}}""", "RM102 $.frameworks[1].scaleMappings[0].targetScale")]
    [InlineData("""{"sourceScale": "sfia", "targetScale": "e-cf", "levels": {"9": "e-3"}}""", "RM103 $.frameworks[1].scaleMappings[0].levels.9")]
    [InlineData("""{"sourceScale": "sfia", "targetScale": "e-cf", "levels": {"5": "e-4", "4.5": "e-2"}}""", "RM103 $.frameworks[1].scaleMappings[0].levels.5|RM103 $.frameworks[1].scaleMappings[0].levels['4.5']")]
    [InlineData("""{"sourceScale": "sfia", "targetScale": "e-cf", "levels": {"5": "e-3"}}, {"sourceScale": "sfia", "targetScale": "e-cf", "levels": {"4": "e-3"}}""", "RM101 $.frameworks[1].scaleMappings[1]")]
    [InlineData("""{"sourceScale": "sfia", "targetScale": "sfia", "levels": {"5": "4"}}""", "RM100 $.frameworks[1].scaleMappings[0].targetScale")]
    [InlineData("""{"sourceScale": "sfia", "targetScale": "e-cf", "levels": {}}""", "RM100 $.frameworks[1].scaleMappings[0].levels")]
    [InlineData("""{"sourceScale": "sfia", "targetScale": "e-cf"}""", "RM006 $.frameworks[1].scaleMappings[0].levels")]
    [InlineData("""{"sourceScale": "sfia", "levels": {"5": "e-3"}}""", "RM006 $.frameworks[1].scaleMappings[0].targetScale")]
    [InlineData("""{"sourceScale": "sfia", "targetScale": "e-cf", "levels": ["5", "e-3"]}""", "RM003 $.frameworks[1].scaleMappings[0].levels")]
    [InlineData("""{"sourceScale": "sfia", "targetScale": "e-cf", "levels": {"5": 3}}""", "RM003 $.frameworks[1].scaleMappings[0].levels.5")]
    [InlineData("""{"sourceScale": "sfia", "targetScale": "e-cf", "levels": {"5": "e-3", "5": "e-2"}}""", "RM002 $.frameworks[1].scaleMappings[0].levels.5")]
    [InlineData("""{"sourceScale": 5, "targetScale": "e-cf", "levels": {"5": "e-3"}}""", "RM003 $.frameworks[1].scaleMappings[0].sourceScale")]
    [InlineData("""{"sourceScale": "sfia", "targetScale": "e-cf", "levels": {"5": " "}}""", "RM100 $.frameworks[1].scaleMappings[0].levels")]
    [InlineData("""[]""", "RM003 $.frameworks[1].scaleMappings[0]")]
    public void Read_BrokenScaleMapping_IsALocatedError(string mappings, string expected)
    {
        var result = RoleModelJson.Read(ScaleMappingDocument(mappings));

        string.Join("|", result.Report.Errors.Select(p => $"{p.Code} {p.Path}").Order(StringComparer.Ordinal)).Should().Be(expected);
        result.Report.Errors.Should().OnlyContain(p => p.Line >= 4 && p.Column > 0);
    }

    [Fact]
    public void Read_ScaleMappingsInTwoFrameworksForTheSamePair_AreADuplicate()
    {
        var json = ScaleMappingDocument("""{"sourceScale": "sfia", "targetScale": "e-cf", "levels": {"5": "e-3"}}""")
            .Replace("""{"id": "ecf", "name": {"en": "e-CF"},""", """{"id": "ecf", "name": {"en": "e-CF"}, "scaleMappings": [{"sourceScale": "sfia", "targetScale": "e-cf", "levels": {"5": "e-3"}}],""", StringComparison.Ordinal);

        var problem = RoleModelJson.Read(json).Report.Errors.Should().ContainSingle().Subject;

        problem.Code.Should().Be(ProblemCodes.DuplicateId);
        problem.Path.Should().Be("$.frameworks[1].scaleMappings[0]");
        problem.Message.Should().Be("A scale mapping from 'sfia' to 'e-cf' is declared more than once; declare each direction once.");
    }

    [Fact]
    public void Read_ScaleMappingsInBothDirections_AreValid()
    {
        var json = ScaleMappingDocument("""{"sourceScale": "sfia", "targetScale": "e-cf", "levels": {"5": "e-3"}}, {"sourceScale": "e-cf", "targetScale": "sfia", "levels": {"e-3": "5"}}""");

        RoleModelJson.Read(json).Report.Problems.Should().BeEmpty();
    }

    [Fact]
    public void Read_UnknownLevelOfAMapping_NamesTheScaleAndItsLevels()
    {
        var problem = RoleModelJson.Read(ScaleMappingDocument("""{"sourceScale": "sfia", "targetScale": "e-cf", "levels": {"5": "e-5"}}""")).Report.Errors.Single();

        problem.Message.Should().Be("The level 'e-5' is not a level of the mapping's target scale 'e-cf' (levels: e-1, e-2, e-3).");
    }

    [Fact]
    public void Read_MisspelledMappingMember_WarnsAndNamesTheMissingOne()
    {
        var result = RoleModelJson.Read(ScaleMappingDocument("""{"sourceScale": "sfia", "targetScale": "e-cf", "level": {"5": "e-3"}}"""));

        result.Report.Warnings.Should().ContainSingle().Which.Message.Should().Contain("Unknown member 'level' in $.frameworks[1].scaleMappings[0]; did you mean 'levels'?");
        result.Report.Errors.Should().ContainSingle().Which.Message.Should().Contain("'levels' is missing").And.Contain("'level'");
    }

    [Theory]
    [InlineData("""{"sourceScale": "sfia", "targetScale": "e-cf"}""")]
    [InlineData("""{"sourceScale": "sfia", "targetScale": "e-cf", "levels": {}}""")]
    [InlineData("""{"sourceScale": "sfia", "targetScale": "e-cf", "levels": {"5": 3}}""")]
    [InlineData("""{"sourceScale": "sfia", "targetScale": "e-cf", "levels": {" 5": "e-3"}}""")]
    [InlineData("""{"sourceScale": "sfia", "targetScale": "e-cf", "levels": {"5": "e-3"}, "levls": {}}""")]
    [InlineData("""{"sourceScale": "", "targetScale": "e-cf", "levels": {"5": "e-3"}}""")]
    public void GetSchema_BrokenScaleMappingShape_FailsToo(string mappings)
    {
        var json = ScaleMappingDocument(mappings);

        SchemaCheck.Errors(json).Should().NotBeEmpty();
        RoleModelJson.Read(json).Report.Problems.Should().NotBeEmpty();
    }
}
