using System.Text.Json;

namespace RoleModel.Cli.Tests;

/// <summary>Every command of the tool on the composed sample set: ESCO by reference, the town's roles, people and histories in their own files.</summary>
[Collection(ComposedSampleGroup.Name)]
public sealed class ComposedSampleTests(ComposedSampleSet set)
{
    private const string KnownAt = "2026-01-01T00:00:00Z";
    private const string ChangeManagement = "http://data.europa.eu/esco/skill/3c03ee71-4a23-448f-b79e-81fd75d27dca";

    [SharedDataFact("esco/v1.1.1")]
    public void Validate_TheTown_ListsEveryDocumentUnderItsOwnName()
    {
        var result = CliRunner.Run("validate", set.PathOf("municipality.json"));

        result.ExitCode.Should().Be(0, result.Out + result.Error);
        var names = result.Out.Split('\n').Where(l => l.Contains(": valid", StringComparison.Ordinal)).Select(l => Path.GetFileName(l[..l.IndexOf(": valid", StringComparison.Ordinal)])).ToList();
        names.Should().Equal("municipality.json", "people.json", "roles.json", "esco.json", "histories.json");
        result.Out.Should().Contain($"{set.PathOf("histories.json")}:").And.Contain("warning RM112", "the open role starts with the assigned tasks of its posting");
    }

    public static TheoryData<string> Commands() =>
    [
        $"show --role cdo --as-of 2025-06-30 --known-at {KnownAt}",
        $"history --role cdo --known-at {KnownAt}",
        $"diff --role cdo --from 2024-04-01 --to 2025-06-30 --known-at {KnownAt}",
        $"drift --role cdo --from 2024-04-01 --to 2025-06-30 --known-at {KnownAt}",
        "gap --role cdo --person p-0001 --as-of 2026-01-01",
        "match --role cdo --as-of 2026-01-01",
        "coverage --role registry-clerk --as-of 2026-01-01",
        $"describe --role cdo --as-of 2026-01-01 --known-at {KnownAt} --format md",
        $"describe --role registry-clerk --as-of 2026-01-01 --known-at {KnownAt} --format md",
        $"patterns --known-at {KnownAt}",
        $"lineage --role cdo --known-at {KnownAt}",
        $"evolve --template http://data.europa.eu/esco/occupation/1619d7f3-7d95-407c-a20e-47745bfcde73 --on 2026-01-01 --known-at {KnownAt}",
        "suggest --text \"coach departments on digital projects\" --method Words",
    ];

    [SharedDataTheory("esco/v1.1.1")]
    [MemberData(nameof(Commands))]
    public void Command_OnTheTown_UsesWhatItsFilesImport(string commandLine)
    {
        var words = Docs.ConsoleExample.SplitWords(commandLine);

        var result = CliRunner.Run([words[0], set.PathOf("municipality.json"), .. words.Skip(1)]);

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().NotBeEmpty();
    }

    [SharedDataFact("esco/v1.1.1")]
    public void Gap_PersonInOneFileRoleInAnother_NamesTheEscoSkills()
    {
        var result = CliRunner.Run("gap", set.PathOf("municipality.json"), "--role", "cdo", "--person", "p-0001", "--as-of", "2026-01-01", "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain(ChangeManagement);
        CliRunner.Run("gap", set.PathOf("municipality.json"), "--role", "cdo", "--person", "p-0001", "--as-of", "2026-01-01").Out.Should().Contain("apply change management");
    }

    [SharedDataFact("esco/v1.1.1")]
    public void ReportFindCompareAndExport_OnTheTown_Work()
    {
        using var output = new TemporaryFolder();
        var town = set.PathOf("municipality.json");

        var report = CliRunner.Run("report", town, "--role", "cdo", "--from", "2024-04-01", "--to", "2025-12-31", "--known-at", KnownAt, "--out", Path.Combine(output.Path, "cdo.html"));
        var find = CliRunner.Run("find", town, "change", "management", "--kind", "competency", "--top", "3", "--format", "json");
        var compare = CliRunner.Run("compare", set.PathOf("roles.json"), town);
        var export = CliRunner.Run("export", "case", town, "--framework", "musterstadt-levels", "--out", Path.Combine(output.Path, "levels.case.json"));

        report.ExitCode.Should().Be(0, report.Error);
        File.ReadAllText(Path.Combine(output.Path, "cdo.html")).Should().Contain("Innovation radar");
        find.ExitCode.Should().Be(0, find.Error);
        using (var hits = JsonDocument.Parse(find.Out))
        {
            hits.RootElement.EnumerateArray().Select(h => h.GetProperty("id").GetString()).Should().Contain(ChangeManagement);
        }

        compare.ExitCode.Should().Be(0, compare.Error);
        compare.Out.Should().Contain("2 histories added", "the town adds the histories of its histories file");
        export.ExitCode.Should().Be(0, export.Error);
    }

    [SharedDataFact("esco/v1.1.1")]
    public void Append_ToTheHistoriesFile_WritesOnlyItsOwnContent()
    {
        using var copy = set.CopyWithoutEsco();
        File.Copy(set.EscoPath, Path.Combine(copy.Path, "esco.json"));
        var histories = Path.Combine(copy.Path, "histories.json");
        var change = Path.Combine(copy.Path, "change.json");
        File.WriteAllText(change, """
            {"kind": "taskRetired", "effective": "2025-12-01", "author": "p-0001", "task": "innovation-radar"}
            """);

        var result = CliRunner.Run("append", histories, "--role", "cdo", "--change", change, "--recorded-at", "2025-12-02T08:00:00Z");

        result.ExitCode.Should().Be(0, result.Error);
        var written = File.ReadAllText(histories);
        written.Should().Contain("\"href\": \"roles.json\"").And.Contain("taskRetired").And.NotContain("\"roles\":").And.NotContain("\"frameworks\":");
        CliRunner.Run("validate", histories).ExitCode.Should().Be(0);
    }

    [SharedDataFact("esco/v1.1.1")]
    public void Validate_RequirementOnASkillMissingFromEsco_IsALocatedErrorOfTheRolesFile()
    {
        using var copy = set.CopyWithoutEsco();
        var roles = Path.Combine(copy.Path, "roles.json");
        var missing = "http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000000";
        File.WriteAllText(roles, File.ReadAllText(roles).Replace(ChangeManagement, missing, StringComparison.Ordinal));

        var result = CliRunner.Run("validate", Path.Combine(copy.Path, "people.json"), "--with", set.EscoPath);

        result.ExitCode.Should().Be(1);
        result.Out.Should().Contain(
            $"{roles}:56:25: error RM102: The competency '{missing}' does not exist in any framework of the catalogue or of the catalogues it imports. ($.roles[0].requirements[0].competency)");
        result.Out.Should().Contain($"{Path.Combine(copy.Path, "people.json")}: valid");
    }

    [SharedDataFact("esco/v1.1.1")]
    public void With_SuppliesTheImportedCatalogueByItsId()
    {
        using var copy = set.CopyWithoutEsco();
        var town = Path.Combine(copy.Path, "municipality.json");

        var without = CliRunner.Run("validate", town);
        var with = CliRunner.Run("show", town, "--role", "cdo", "--with", set.EscoPath, "--as-of", "2025-06-30", "--known-at", KnownAt);

        without.ExitCode.Should().Be(1);
        without.Out.Should().NotContain("RM102", "references into a catalogue that could not be read are not checked");
        without.Out.Should().Contain($"{Path.Combine(copy.Path, "roles.json")}:12:15: error RM113: The catalogue 'esco' 1.1.1 cannot be read: The file '{Path.Combine(copy.Path, "esco.json")}' does not exist. ($.imports[0].href)");
        with.ExitCode.Should().Be(0, with.Error);
        with.Out.Should().Contain("apply change management");
    }

    [SharedDataFact("esco/v1.1.1")]
    public void With_FileWithoutId_IsAUsageError()
    {
        using var copy = set.CopyWithoutEsco();

        var anonymous = Path.Combine(copy.Path, "anonymous.json");
        File.WriteAllText(anonymous, """{"schemaVersion": "1.0"}""");

        var result = CliRunner.Run("validate", Path.Combine(copy.Path, "roles.json"), "--with", anonymous);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("declares no catalogue id");
    }

    [SharedDataFact("esco/v1.1.1")]
    public void With_TwoFilesOfOneCatalogue_IsAUsageErrorNamingBoth()
    {
        using var copy = set.CopyWithoutEsco();
        var second = Path.Combine(copy.Path, "esco-copy.json");
        File.Copy(set.EscoPath, second);

        var result = CliRunner.Run("validate", Path.Combine(copy.Path, "roles.json"), "--with", set.EscoPath, "--with", second);

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain($"--with gives two files of catalogue 'esco': '{set.EscoPath}' and '{second}'.");
    }
}
