using System.Text.Json;
using NodaTime;
using RoleModel.Interop.CaseFormat;

namespace RoleModel.Interop.Tests.CaseFormat;

/// <summary>CASE 1.1 export, validated against 1EdTech's official CFPackage schema.</summary>
public sealed class CaseExporterTests
{
    internal static readonly CaseExportOptions Options =
        new(new Uri("https://case.example.org/municipal"), "Example municipality", Instant.FromUtc(2026, 1, 15, 9, 30));

    /// <summary>The municipal framework of docs/concepts.md, with one mapping.</summary>
    internal static CompetencyFramework Municipal() => new(
        "municipal-digital", LocalizedText.Of("en", "Municipal digital competencies"),
        scales: [ProficiencyScale.CreateEcfStyle()],
        competencies:
        [
            new("strategy", CompetencyKind.Skill, LocalizedText.Of("en", "Digital strategy"),
                mappings: [new ConceptMapping(MappingRelation.ExactMatch, "ecf", "A.1")]),
            new("change", CompetencyKind.Skill, LocalizedText.Of("en", "Change management")),
            new("data-governance", CompetencyKind.Knowledge, LocalizedText.Of("en", "Data governance"), broaderIds: ["strategy"]),
        ],
        version: "2026.1");

    [DataFact("case", "schemas")]
    public void ToUtf8Bytes_MunicipalFramework_IsAValidCfPackage()
    {
        var package = CaseExporter.ToUtf8Bytes(Municipal(), Options);

        CaseSchema.Errors(package).Should().BeEmpty();
    }

    [Fact]
    public void ToUtf8Bytes_MunicipalFramework_MapsItemsHierarchyMappingsAndScales()
    {
        using var json = JsonDocument.Parse(CaseExporter.ToUtf8Bytes(Municipal(), Options));
        var root = json.RootElement;

        root.GetProperty("CFDocument").GetProperty("title").GetString().Should().Be("Municipal digital competencies");
        root.GetProperty("CFDocument").GetProperty("lastChangeDateTime").GetString().Should().Be("2026-01-15T09:30:00Z");
        root.GetProperty("CFItems").EnumerateArray().Select(i => i.GetProperty("humanCodingScheme").GetString())
            .Should().Equal("strategy", "change", "data-governance");
        var associations = root.GetProperty("CFAssociations").EnumerateArray()
            .Select(a => (a.GetProperty("associationType").GetString(), a.GetProperty("originNodeURI").GetProperty("title").GetString(),
                a.GetProperty("destinationNodeURI").GetProperty("title").GetString()))
            .ToList();
        associations.Should().Equal(
            ("isChildOf", "Digital strategy", "Municipal digital competencies"),
            ("exactMatchOf", "Digital strategy", "ecf:A.1"),
            ("isChildOf", "Change management", "Municipal digital competencies"),
            ("isChildOf", "Data governance", "Digital strategy"));
        var levels = root.GetProperty("CFRubrics")[0].GetProperty("CFRubricCriteria")[0].GetProperty("CFRubricCriterionLevels");
        levels.EnumerateArray().Select(l => l.GetProperty("extensions")[0].GetProperty("roleModel:levelCode").GetString())
            .Should().Equal("e-1", "e-2", "e-3", "e-4", "e-5");
    }

    [Fact]
    public void ToUtf8Bytes_SameFrameworkTwice_GivesTheSameBytesAndUuids()
    {
        var first = CaseExporter.ToUtf8Bytes(Municipal(), Options);
        var second = CaseExporter.ToUtf8Bytes(Municipal(), Options);
        var elsewhere = CaseExporter.ToUtf8Bytes(Municipal(), new CaseExportOptions(new Uri("https://other.example.org/"), "Other", Options.LastChange));

        second.Should().Equal(first);
        using var json = JsonDocument.Parse(first);
        using var other = JsonDocument.Parse(elsewhere);
        var identifier = json.RootElement.GetProperty("CFItems")[0].GetProperty("identifier").GetString()!;
        Guid.Parse(identifier).ToString("D")[14].Should().Be('5');
        other.RootElement.GetProperty("CFItems")[0].GetProperty("identifier").GetString().Should().NotBe(identifier);
    }

    [Fact]
    public void Write_InvalidArguments_Throw()
    {
        using var stream = new MemoryStream();
        using var writer = new Utf8JsonWriter(stream);

        FluentActions.Invoking(() => CaseExporter.Write(null!, writer, Options)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => CaseExporter.Write(Municipal(), null!, Options)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new CaseExportOptions(new Uri("relative", UriKind.Relative), "x", Options.LastChange)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new CaseExportOptions(Options.BaseUri, " ", Options.LastChange)).Should().Throw<ArgumentException>();
    }
}
