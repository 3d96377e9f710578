using System.Text.Json;

namespace RoleModel.Cli.Tests;

/// <summary>
/// The listing commands work on the document's own roles, people and histories, with <c>--include-imported</c> for
/// what its imports bring: on the composed sample set (the town importing ESCO by reference, real ESCO 1.1.1), and on
/// an annex that imports the town and has a role and a history of its own.
/// </summary>
[Collection(ComposedSampleGroup.Name)]
public sealed class ImportedScopeTests(ComposedSampleSet set)
{
    private const string KnownAt = "2026-01-01T00:00:00Z";
    private const string EscoDpo = "http://data.europa.eu/esco/occupation/1619d7f3-7d95-407c-a20e-47745bfcde73";
    private static readonly string[] TownRoles = ["cdo", "data-protection-officer", "registry-clerk"];

    private string Town => set.PathOf("municipality.json");

    [SharedDataFact("esco/v1.1.1")]
    public void Coverage_OnTheTown_ListsTheTownsRolesOnly_AndSaysWhatItLeftOut()
    {
        var own = CliRunner.Run("coverage", Town, "--as-of", "2026-01-01", "--top", "5000", "--format", "json");
        var all = CliRunner.Run("coverage", Town, "--as-of", "2026-01-01", "--top", "5000", "--format", "json", "--include-imported");

        own.ExitCode.Should().Be(0, own.Error);
        Ids(own.Out, "roles").Should().BeEquivalentTo(TownRoles);
        Ids(own.Out, "requirements").Should().OnlyContain(id => TownRoles.Contains(id));
        own.Error.Should().MatchRegex(@"Only the document's own are listed, without 3,\d\d\d roles from imported catalogues \(--include-imported adds them\)\.");
        all.ExitCode.Should().Be(0, all.Error);
        Ids(all.Out, "roles").Should().Contain(TownRoles).And.Contain(EscoDpo).And.HaveCountGreaterThan(3000);
        all.Error.Should().NotContain("--include-imported");
    }

    [SharedDataFact("esco/v1.1.1")]
    public void Coverage_RoleNamedOnTheCommandLine_IsFoundEvenWhenImported()
    {
        var result = CliRunner.Run("coverage", Town, "--role", EscoDpo, "--as-of", "2026-01-01", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        Ids(result.Out, "roles").Should().Equal(EscoDpo);
    }

    [SharedDataFact("esco/v1.1.1")]
    public void Match_APersonOnTheTown_RanksTheTownsRolesOnly_UnlessAsked()
    {
        var own = CliRunner.Run("match", Town, "--person", "p-0001", "--as-of", "2026-01-01", "--top", "10", "--format", "json");
        var all = CliRunner.Run("match", Town, "--person", "p-0001", "--as-of", "2026-01-01", "--top", "10", "--format", "json", "--include-imported");

        own.ExitCode.Should().Be(0, own.Error);
        Roles(own.Out).Should().BeEquivalentTo(TownRoles);
        own.Error.Should().Contain("--include-imported");
        all.ExitCode.Should().Be(0, all.Error);
        Roles(all.Out).Should().HaveCount(10).And.Contain(id => id.StartsWith("http://data.europa.eu/esco/occupation/", StringComparison.Ordinal));
    }

    [SharedDataFact("esco/v1.1.1")]
    public void Match_TextOutputInGerman_SaysWhatItLeftOutInGerman()
    {
        var result = CliRunner.Run("match", Town, "--person", "p-0001", "--as-of", "2026-01-01", "--lang", "de");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().NotContain("esco/occupation");
        result.Error.Should().MatchRegex(@"Aufgeführt ist nur, was das Dokument selbst enthält, ohne 3\.\d\d\d Stellen aus importierten Katalogen \(--include-imported nimmt sie hinzu\)\.");
    }

    [SharedDataFact("esco/v1.1.1")]
    public void ReportAll_OnTheTown_HasThePagesOfTheTownsRoles_UnlessAsked()
    {
        using var output = new TemporaryFolder();

        var own = CliRunner.Run("report", Town, "--all", "--known-at", KnownAt, "--out", Path.Combine(output.Path, "own.html"));
        var all = CliRunner.Run("report", Town, "--all", "--known-at", KnownAt, "--page-size", "5000", "--out", Path.Combine(output.Path, "all.html"), "--include-imported");

        own.ExitCode.Should().Be(0, own.Error);
        own.Out.Should().Contain("overview of 3 roles on 1 page");
        File.ReadAllText(Path.Combine(output.Path, "own.html")).Should().Contain("Registry clerk").And.NotContain("metal drawing machine operator");
        all.ExitCode.Should().Be(0, all.Error);
        all.Out.Should().MatchRegex(@"overview of 3,\d\d\d roles on 1 page");
        File.ReadAllText(Path.Combine(output.Path, "all.html")).Should().Contain("metal drawing machine operator");
    }

    [SharedDataFact("esco/v1.1.1")]
    public void Find_OnTheTown_FindsTheTownsRoles_AndImportedOnesOnlyWhenAsked()
    {
        var own = CliRunner.Run("find", Town, "data", "protection", "officer", "--kind", "role", "--format", "json");
        var all = CliRunner.Run("find", Town, "data", "protection", "officer", "--kind", "role", "--format", "json", "--include-imported");
        var competency = CliRunner.Run("find", Town, "change", "management", "--kind", "competency", "--format", "json");

        own.ExitCode.Should().Be(0, own.Error);
        FoundIds(own.Out).Should().Contain("data-protection-officer").And.OnlyContain(id => TownRoles.Contains(id));
        all.ExitCode.Should().Be(0, all.Error);
        FoundIds(all.Out).Should().Contain("data-protection-officer").And.Contain(EscoDpo);
        FoundIds(competency.Out).Should().Contain(id => id.StartsWith("http://data.europa.eu/esco/skill/", StringComparison.Ordinal), "imported competencies are still found");
        competency.Error.Should().NotContain("--include-imported", "competencies are not narrowed");
    }

    [SharedDataFact("esco/v1.1.1")]
    public void PatternsAndEvolve_OnAnAnnexImportingTheTown_UseTheAnnexsOwnHistoriesAndRoles_UnlessAsked()
    {
        var annex = Path.Combine(set.Folder, "annex.json");
        File.WriteAllText(annex, Annex);
        try
        {
            var ownPatterns = CliRunner.Run("patterns", annex, "--known-at", KnownAt, "--format", "json");
            var allPatterns = CliRunner.Run("patterns", annex, "--known-at", KnownAt, "--format", "json", "--include-imported");
            var ownEvolve = CliRunner.Run("evolve", annex, "--template", EscoDpo, "--on", "2026-01-01", "--known-at", KnownAt, "--format", "json");
            var allEvolve = CliRunner.Run("evolve", annex, "--template", EscoDpo, "--on", "2026-01-01", "--known-at", KnownAt, "--format", "json", "--include-imported");

            ownPatterns.ExitCode.Should().Be(0, ownPatterns.Error);
            Number(ownPatterns.Out, "rolesCompared").Should().Be(1);
            ownPatterns.Error.Should().Contain("without 2 histories from imported catalogues");
            Number(allPatterns.Out, "rolesCompared").Should().Be(2, "the annex's role and the town's CDO compared");
            ownEvolve.ExitCode.Should().Be(0, ownEvolve.Error);
            Strings(ownEvolve.Out, "derivedRoles").Should().Equal("annex-dpo");
            ownEvolve.Error.Should().Contain("without 1 role from imported catalogues");
            Strings(allEvolve.Out, "derivedRoles").Should().Equal("annex-dpo", "data-protection-officer");
        }
        finally
        {
            File.Delete(annex);
        }
    }

    /// <summary>A document importing the town, with a role derived from ESCO's data protection officer and a history of its own.</summary>
    private const string Annex = """
        {
          "schemaVersion": "1.1",
          "id": "musterstadt-annex",
          "version": "2026.1",
          "issued": "2026-01-15",
          "imports": [{"catalogue": "musterstadt", "version": "2026.1", "href": "municipality.json"}],
          "roles": [
            {"id": "annex-dpo", "title": {"en": "Annex data protection officer"}, "template": {"role": "http://data.europa.eu/esco/occupation/1619d7f3-7d95-407c-a20e-47745bfcde73"}}
          ],
          "histories": [
            {
              "role": "annex-dpo",
              "changes": [
                {
                  "id": "annex-01", "kind": "taskAdded", "effective": "2025-01-01", "recorded": "2025-01-02T09:00:00Z", "author": "hr-office",
                  "task": {"id": "radar", "title": {"en": "Innovation radar"}, "share": 20, "origin": "assigned", "status": "active"}
                }
              ]
            }
          ]
        }
        """;

    private static List<string> Ids(string json, string array)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty(array).EnumerateArray().Select(e => e.GetProperty("role").GetString()!).Distinct()];
    }

    private static List<string> Roles(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(e => e.GetProperty("role").GetString()!)];
    }

    private static List<string> FoundIds(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];
    }

    private static int Number(string json, string name)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty(name).GetInt32();
    }

    private static List<string> Strings(string json, string name)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty(name).EnumerateArray().Select(e => e.GetString()!)];
    }
}
