using System.Text.Json;
using NodaTime;
using RoleModel.Interop.SchemaOrg;
using RoleModel.Interop.Standards;
using RoleModel.Interop.Tests.Esco;

namespace RoleModel.Interop.Tests.Standards;

/// <summary>schema.org export, checked against the schema.org 30.0 vocabulary.</summary>
public sealed class SchemaOrgExportTests
{
    internal static readonly JobPostingDetails Posting = new("Stadt Musterstadt", "Rathausplatz 1, 12345 Musterstadt", new LocalDate(2026, 1, 1), new LocalDate(2026, 2, 28));

    [DataFact("schemaorg", "30.0")]
    public void Export_EveryMunicipalRole_AsOccupationsAndPostings_PassesTheVocabularyCheck()
    {
        var roles = Samples.Municipal.Roles.Select(r => r.Id).ToList();

        Vocabulary.SchemaOrg.Check(SchemaOrgExporter.Export(Samples.Municipal, roles, Samples.On2026).Utf8Json).Should().BeEmpty();
        Vocabulary.SchemaOrg.Check(SchemaOrgExporter.Export(Samples.Municipal, roles, Samples.On2026, Posting).Utf8Json).Should().BeEmpty();
    }

    [Fact]
    public void Export_CdoPosting_HasWhatAPostingNeedsAndTheOccupationWithSkillsAsDefinedTerms()
    {
        var export = SchemaOrgExporter.Export(Samples.Municipal, ["cdo"], Samples.On2026, Posting);
        using var json = JsonDocument.Parse(export.Utf8Json);
        var posting = json.RootElement;

        posting.GetProperty("@type").GetString().Should().Be("JobPosting");
        posting.GetProperty("hiringOrganization").GetProperty("name").GetString().Should().Be("Stadt Musterstadt");
        posting.GetProperty("jobLocation").GetProperty("address").GetString().Should().StartWith("Rathausplatz");
        posting.GetProperty("datePosted").GetString().Should().Be("2026-01-01");
        posting.GetProperty("validThrough").GetString().Should().Be("2026-02-28");
        posting.GetProperty("relevantOccupation").GetProperty("@type").GetString().Should().Be("Occupation");
        var skill = posting.GetProperty("skills").EnumerateArray().First();
        skill.GetProperty("@type").GetString().Should().Be("DefinedTerm");
        skill.GetProperty("inDefinedTermSet").GetProperty("@type").GetString().Should().Be("DefinedTermSet");
        posting.GetProperty("responsibilities").EnumerateArray().Select(r => r.GetString()).Should().Contain("Innovation radar");
        export.Losses.Should().Contain(l => l.Aspect == LostAspect.TaskShares).And.Contain(l => l.Aspect == LostAspect.Importance);
    }

    [Fact]
    public void JobPostingDetails_ClosingBeforePosting_IsRefused()
    {
        var act = () => new JobPostingDetails("Org", "Place", new LocalDate(2026, 2, 1), new LocalDate(2026, 1, 1));

        act.Should().Throw<ArgumentException>().WithParameterName("validThrough");
    }
}

/// <summary>schema.org and CTDL exports of all ESCO v1.1.1 occupations, checked against the vocabularies.</summary>
[Collection(EscoRelease.Name)]
public sealed class StandardsEscoTests(EscoFixture esco)
{
    [DataFact("esco", "v1.1.1")]
    public void ExportSchemaOrg_EveryEscoOccupation_PassesTheVocabularyCheck()
    {
        var catalogue = esco.Result.Catalogue!;
        var roles = catalogue.Roles.Select(r => r.Id).ToList();

        var export = SchemaOrgExporter.Export(catalogue, roles, Samples.On2026);

        Vocabulary.SchemaOrg.Check(export.Utf8Json).Take(10).Should().BeEmpty();
        using var json = JsonDocument.Parse(export.Utf8Json);
        var occupations = json.RootElement.GetProperty("@graph");
        occupations.GetArrayLength().Should().Be(3007);
        occupations.EnumerateArray().Should().OnlyContain(o => o.GetProperty("occupationalCategory")[0].GetProperty("codeValue").GetString()!.Length == 4);
    }

    [DataFact("esco", "v1.1.1")]
    public void ExportCtdl_EveryEscoOccupation_PassesTheVocabularyCheckAndThePublishingMinimum()
    {
        var catalogue = esco.Result.Catalogue!;

        var export = Ctdl.CtdlExporter.Export(catalogue, catalogue.Roles.Select(r => r.Id), Samples.On2026, CtdlExportTests.Options);

        Vocabulary.Ctdl.Check(export.Utf8Json).Take(10).Should().BeEmpty();
        CtdlExportTests.PublishingGaps(export.Utf8Json).Take(10).Should().BeEmpty();
        using var json = JsonDocument.Parse(export.Utf8Json);
        json.RootElement.GetProperty("@graph").EnumerateArray().Count(n => n.GetProperty("@type").GetString() == "ceterms:Job"
            && n.GetProperty("ceterms:hasOccupation")[0].GetString()!.StartsWith("http://data.europa.eu/esco/occupation/", StringComparison.Ordinal)).Should().Be(3007);
    }
}
