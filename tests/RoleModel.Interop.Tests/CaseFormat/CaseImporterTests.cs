using System.Text;
using System.Text.Json;
using RoleModel.Interop.CaseFormat;
using RoleModel.Validation;

namespace RoleModel.Interop.Tests.CaseFormat;

/// <summary>Reading CASE packages: RoleModel's own exports back, and OpenSALT's example packages.</summary>
public sealed class CaseImporterTests
{
    [Fact]
    public void Read_ExportedFramework_GivesAnEqualFramework()
    {
        var framework = CaseExporterTests.Municipal();

        var result = CaseImporter.Read(CaseExporter.ToUtf8Bytes(framework, CaseExporterTests.Options));

        result.Problems.Should().BeEmpty();
        result.Framework.Should().Be(framework);
    }

    [DataFact("case", "examples")]
    public void Read_OpenSaltExamples_ReadsEveryItemAndChildLink()
    {
        foreach (var file in Directory.GetFiles(SharedData.Path("case", "examples"), "*.json"))
        {
            var bytes = File.ReadAllBytes(file);
            using var json = JsonDocument.Parse(bytes);
            var items = json.RootElement.GetProperty("CFItems").GetArrayLength();
            var itemLinks = json.RootElement.GetProperty("CFAssociations").EnumerateArray().Count(a =>
                a.GetProperty("associationType").GetString() == "isChildOf"
                && a.GetProperty("destinationNodeURI").GetProperty("identifier").GetString() != json.RootElement.GetProperty("CFDocument").GetProperty("identifier").GetString());

            var result = CaseImporter.Read(bytes, Path.GetFileName(file));

            result.Problems.Should().NotContain(p => p.Severity == ProblemSeverity.Error, file);
            result.Framework!.Competencies.Should().HaveCount(items, file);
            result.Framework.Competencies.Sum(c => c.BroaderIds.Length).Should().Be(itemLinks, file);
            new Catalogue([result.Framework]).Validate().IsValid.Should().BeTrue(file);
        }
    }

    [Fact]
    public void Read_MalformedJson_ReportsTheLine()
    {
        var result = CaseImporter.Read(Encoding.UTF8.GetBytes("{\n  \"CFDocument\": {\n    \"title\": \"x\",,\n  }\n}"), "broken.json");

        result.Framework.Should().BeNull();
        result.Problems.Should().ContainSingle().Which.Should().Match<ImportProblem>(p => p.File == "broken.json" && p.Line == 3);
    }

    [Fact]
    public void Read_NoDocumentOrUnknownAssociation_IsReported()
    {
        CaseImporter.Read("{}"u8).Problems.Should().ContainSingle(p => p.Severity == ProblemSeverity.Error);

        var package = """
            {"CFDocument": {"identifier": "d", "title": "T"},
             "CFItems": [{"identifier": "a", "fullStatement": "A"}, {"identifier": "b", "fullStatement": "B"}],
             "CFAssociations": [{"associationType": "precedes", "originNodeURI": {"identifier": "a", "uri": "u:a", "title": "A"},
                                 "destinationNodeURI": {"identifier": "b", "uri": "u:b", "title": "B"}}]}
            """;
        var result = CaseImporter.Read(Encoding.UTF8.GetBytes(package));

        result.Framework!.Competencies.Select(c => c.Kind.Code).Should().Equal("caseItem", "caseItem");
        result.Problems.Should().ContainSingle(p => p.Severity == ProblemSeverity.Warning && p.Message.Contains("precedes"));
    }
}
