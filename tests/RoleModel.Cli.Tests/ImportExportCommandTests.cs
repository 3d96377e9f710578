using System.Text.Json;
using RoleModel.Serialization;

namespace RoleModel.Cli.Tests;

public sealed class ImportExportCommandTests
{
    [SharedDataFact("esco/v1.1.1")]
    public void ImportEsco_FullRelease_WritesAValidDocument()
    {
        using var folder = new TemporaryFile([]);
        var output = Path.Combine(folder.Folder, "esco.json");

        var result = CliRunner.Run("import", "esco", Path.Combine(RepositoryPaths.SharedData, "esco", "v1.1.1"), "--out", output);

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("3,007 roles");
        result.Error.Should().Contain("import: ").And.Contain("more warnings");
        var read = RoleModelJson.Read(File.ReadAllBytes(output));
        read.IsValid.Should().BeTrue();
        read.Catalogue!.Roles.Should().HaveCount(3007);
    }

    /// <summary>One import of the whole release (about ten seconds) checks both what it writes and the identity it gives.</summary>
    [SharedDataFact("onet/29.3/tsv")]
    public void ImportOnet_Release_WritesTasksAsHistoriesAndTheReleaseAsIdentity()
    {
        using var folder = new TemporaryFile([]);
        var output = Path.Combine(folder.Folder, "onet.json");

        var result = CliRunner.Run("import", "onet", Path.Combine(RepositoryPaths.SharedData, "onet", "29.3", "tsv"), "--released-on", "2025-05-01", "--version", "29.3", "--out", output);

        result.ExitCode.Should().Be(0, result.Error);
        var read = RoleModelJson.Read(File.ReadAllBytes(output));
        read.IsValid.Should().BeTrue();
        var catalogue = read.Catalogue!;
        var changes = catalogue.Histories.SelectMany(h => h.Changes).ToList();
        changes.Should().OnlyContain(c => c.Id.StartsWith("onet-29.3-", StringComparison.Ordinal), "--version names the release in every change id");
        changes.Count(c => c.IsProposal).Should().Be(295, "every emerging task of 29.3 is a proposal");
        changes.Count(c => !c.IsProposal).Should().Be(18796, "every task statement is an accepted addition");
        catalogue.Identity.Should().Be(
            new CatalogueIdentity("onet", "29.3", new NodaTime.LocalDate(2025, 5, 1), "U.S. Department of Labor, Employment and Training Administration"),
            "--version and --released-on are both required for O*NET, so the release is the identity");
        catalogue.Frameworks.Should().NotBeEmpty().And.OnlyContain(f => f.Version == "29.3", "the skills and the activities framework both carry the release");
    }

    [Fact]
    public void ImportOnet_WithoutReleaseDay_IsAUsageError() =>
        CliRunner.Run("import", "onet", RepositoryPaths.Samples, "--version", "29.3", "--out", "x.json").ExitCode.Should().Be(2);

    [Fact]
    public void ImportOnet_WithoutVersion_IsAUsageErrorThatNamesTheOption()
    {
        var result = CliRunner.Run("import", "onet", RepositoryPaths.Samples, "--released-on", "2025-05-01", "--out", "x.json");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("--version");
    }

    [Fact]
    public void Import_OutputInAMissingFolder_FailsBeforeReadingTheRelease()
    {
        using var folder = new TemporaryFile([]);
        var missing = Path.Combine(folder.Folder, "missing-folder", "x.json");

        // The release folder is the repository's samples folder, which is no ESCO release: were it read first, the import would fail on it.
        var result = CliRunner.Run("import", "esco", RepositoryPaths.Samples, "--out", missing);

        result.ExitCode.Should().Be(2);
        result.Error.Trim().Should().Be($"rolemodel: error: cannot write '{missing}': the folder '{Path.GetDirectoryName(missing)}' does not exist.");
    }

    [Fact]
    public void ImportEsco_BrokenRelease_FailsAndLeavesTheExistingOutputUntouched()
    {
        using var existing = new TemporaryFile("precious"u8.ToArray(), "out.json");
        var broken = Directory.CreateDirectory(Path.Combine(existing.Folder, "broken")).FullName;
        File.WriteAllText(Path.Combine(broken, "skills_en.csv"), "not,a,release\n");

        var result = CliRunner.Run("import", "esco", broken, "--out", existing.Path);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("error").And.Contain("nothing was written");
        File.ReadAllText(existing.Path).Should().Be("precious");
        Directory.GetFiles(existing.Folder).Should().ContainSingle("no temporary file is left behind");
    }

    [Fact]
    public void Import_MissingFolder_IsAUsageError()
    {
        var result = CliRunner.Run("import", "esco", "/no/such/folder", "--out", "x.json");

        result.ExitCode.Should().Be(2);
        result.Error.Trim().Should().Be("rolemodel: error: the folder '/no/such/folder' does not exist.");
    }

    [Fact]
    public void ExportCase_FrameworkOfTheSample_WritesACasePackage()
    {
        using var folder = new TemporaryFile([]);
        var output = Path.Combine(folder.Folder, "municipal.case.json");

        var result = CliRunner.Run("export", "case", "--framework", "municipal-digital", "--out", output);

        result.ExitCode.Should().Be(0, result.Error);
        using var package = JsonDocument.Parse(File.ReadAllBytes(output));
        package.RootElement.GetProperty("CFItems").GetArrayLength().Should().BePositive();
    }

    [Fact]
    public void ExportCase_UnknownFramework_FailsWithTheFrameworksThatExist()
    {
        var result = CliRunner.Run("export", "case", "--framework", "sfia", "--out", Path.Combine(Path.GetTempPath(), "never-written.json"));

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("there is no framework 'sfia'; frameworks: municipal-digital");
        File.Exists(Path.Combine(Path.GetTempPath(), "never-written.json")).Should().BeFalse();
    }
}
