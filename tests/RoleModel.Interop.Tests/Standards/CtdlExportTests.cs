using System.Text.Json;
using System.Text.RegularExpressions;
using RoleModel.Interop.CaseFormat;
using RoleModel.Interop.Ctdl;
using RoleModel.Interop.Standards;

namespace RoleModel.Interop.Tests.Standards;

/// <summary>CTDL export, checked against the CTDL and CTDL-ASN vocabularies and the registry's publishing minimum.</summary>
public sealed partial class CtdlExportTests
{
    internal static readonly CtdlExportOptions Options = new(new Uri("https://credentialengineregistry.org/resources/ce-00000000-0000-4000-8000-000000000001"), new Uri("https://case.example.org/municipal"));

    /// <summary>What each node lacks of what the publishing API asks for, and every CTID that is not <c>ce-</c> + a UUID.</summary>
    internal static List<string> PublishingGaps(ReadOnlyMemory<byte> utf8Json)
    {
        using var json = JsonDocument.Parse(utf8Json);
        var gaps = new List<string>();
        var index = 0;
        foreach (var node in json.RootElement.GetProperty("@graph").EnumerateArray())
        {
            var path = $"$.@graph[{index++}]";
            var type = node.GetProperty("@type").GetString();
            if (!node.TryGetProperty("ceterms:ctid", out var ctid) || !Ctid().IsMatch(ctid.GetString()!))
            {
                gaps.Add($"{path}: no well-formed ctid");
            }

            string[] required = type switch
            {
                "ceterms:Job" => ["ceterms:name", "ceterms:description", "ceterms:offeredBy"],
                "ceterms:WorkRole" => ["ceterms:name", "ceterms:assertedBy"],
                "ceterms:Task" => ["ceterms:description", "ceterms:assertedBy"],
                "ceasn:Competency" => ["ceasn:competencyText", "ceasn:isPartOf"],
                "ceasn:CompetencyFramework" => ["ceasn:name", "ceasn:publisher"],
                _ => ["(an unexpected type)"],
            };
            gaps.AddRange(required.Where(r => !node.TryGetProperty(r, out _)).Select(r => $"{path}: no {r}"));
            if (type is "ceterms:Job" or "ceterms:Task" && node.TryGetProperty("ceterms:description", out var description)
                && description.EnumerateObject().Any(d => d.Value.GetString()!.Length < 15))
            {
                gaps.Add($"{path}: a description shorter than 15 characters");
            }
        }

        return gaps;
    }

    [DataFact("ctdl")]
    public void Export_EveryMunicipalRole_PassesTheVocabularyCheckAndThePublishingMinimum()
    {
        var export = CtdlExporter.Export(Samples.Municipal, Samples.Municipal.Roles.Select(r => r.Id), Samples.On2026, Options);

        Vocabulary.Ctdl.Check(export.Utf8Json).Should().BeEmpty();
        PublishingGaps(export.Utf8Json).Should().BeEmpty();
    }

    [Fact]
    public void Export_Cdo_LinksJobToWorkRoleToTasksAndCompetencies()
    {
        var export = CtdlExporter.Export(Samples.Municipal, ["cdo"], Samples.On2026, Options);
        using var json = JsonDocument.Parse(export.Utf8Json);
        var nodes = json.RootElement.GetProperty("@graph").EnumerateArray().ToDictionary(n => n.GetProperty("@id").GetString()!, n => n);
        var job = nodes.Values.Single(n => n.GetProperty("@type").GetString() == "ceterms:Job");
        var role = nodes[job.GetProperty("ceterms:hasWorkRole")[0].GetString()!];

        role.GetProperty("@type").GetString().Should().Be("ceterms:WorkRole");
        role.GetProperty("ceterms:hasTask").EnumerateArray().Select(t => nodes[t.GetString()!].GetProperty("ceterms:codedNotation").GetString())
            .Should().Equal("digital-strategy", "ozg-services", "innovation-radar", "citizen-participation", "ai-pilot");
        role.GetProperty("ceasn:skillEmbodied").EnumerateArray().Should().OnlyContain(c => nodes[c.GetString()!].GetProperty("@type").GetString() == "ceasn:Competency");
        export.Losses.Should().Contain(new ExportLoss(LostAspect.TaskShares, 5));
    }

    [Fact]
    public void Export_Twice_GivesTheSameCtidsAndCompetenciesTheUuidsOfTheCaseExport()
    {
        var first = CtdlExporter.Export(Samples.Municipal, ["cdo"], Samples.On2026, Options);
        var second = CtdlExporter.Export(Samples.Municipal, ["cdo"], Samples.On2026, Options);
        using var json = JsonDocument.Parse(first.Utf8Json);
        var framework = Samples.Municipal.FindFramework("municipal-digital")!;
        using var caseJson = JsonDocument.Parse(CaseExporter.ToUtf8Bytes(framework, new CaseExportOptions(Options.BaseUri, "x", NodaTime.Instant.FromUtc(2026, 1, 1, 0, 0))));
        var caseIds = caseJson.RootElement.GetProperty("CFItems").EnumerateArray().Select(i => "ce-" + i.GetProperty("identifier").GetString()).ToHashSet();

        first.Utf8Json.ToArray().Should().Equal(second.Utf8Json.ToArray());
        json.RootElement.GetProperty("@graph").EnumerateArray().Where(n => n.GetProperty("@type").GetString() == "ceasn:Competency")
            .Select(n => n.GetProperty("ceterms:ctid").GetString()).Should().BeSubsetOf(caseIds).And.HaveCount(caseIds.Count);
    }

    [Fact]
    public void Export_SameRoleInAnotherCatalogueIdentity_GetsAnotherCtid()
    {
        var released = Samples.Municipal.WithIdentity(new CatalogueIdentity("municipal", "2026.1", new NodaTime.LocalDate(2026, 1, 1)));

        string RoleCtid(Catalogue catalogue)
        {
            using var json = JsonDocument.Parse(CtdlExporter.Export(catalogue, ["cdo"], Samples.On2026, Options).Utf8Json);
            return json.RootElement.GetProperty("@graph").EnumerateArray().Single(n => n.GetProperty("@type").GetString() == "ceterms:WorkRole").GetProperty("ceterms:ctid").GetString()!;
        }

        RoleCtid(released).Should().NotBe(RoleCtid(Samples.Municipal)).And.MatchRegex(Ctid().ToString());
    }

    [GeneratedRegex("^ce-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    private static partial Regex Ctid();
}
