using System.Text;
using System.Text.Json;
using RoleModel.Serialization;

namespace RoleModel.Cli.Tests;

/// <summary><c>export hropen|schemaorg|ctdl</c> and <c>import hropen</c>: what they write, what they say is lost, and how they refuse.</summary>
public sealed class StandardsCommandTests
{
    [Fact]
    public void ExportHrOpenThenImport_Cdo_GivesBackItsRequirementsAndTasksAndSaysOnceWhatWasLost()
    {
        using var folder = new TemporaryFile([]);
        var exported = Path.Combine(folder.Folder, "cdo.hropen.json");
        var imported = Path.Combine(folder.Folder, "cdo.json");

        var export = CliRunner.Run("export", "hropen", "--role", "cdo", "--as-of", "2026-01-01", "--position", "--out", exported);
        var import = CliRunner.Run("import", "hropen", exported, "--tasks-from", "2026-01-01", "--out", imported);

        export.ExitCode.Should().Be(0, export.Error);
        export.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle()
            .Which.Should().StartWith("HR Open PositionOpening cannot carry: the time shares of 5 tasks; the openness of 1 role; the history (");
        import.ExitCode.Should().Be(0, import.Error);
        var catalogue = RoleModelJson.Read(File.ReadAllBytes(imported)).Catalogue!;
        catalogue.Roles.Single().Requirements.Select(r => r.Id).Should().Contain(["digital-strategy", "e-government-law", "data-protection"]);
        catalogue.Histories.Single().BaselineTasks.Select(t => t.Id).Should().Equal("digital-strategy", "ozg-services", "innovation-radar", "citizen-participation", "ai-pilot");
    }

    [SharedDataFact("esco/v1.1.1")]
    public void ExportHrOpenThenImport_EscoOccupation_ReferencesTheImportedEscoAndComposesValid()
    {
        var esco = RoleModel.Interop.Esco.EscoImporter.Import(Path.Combine(RepositoryPaths.SharedData, "esco", "v1.1.1"), new RoleModel.Interop.Esco.EscoImportOptions { Version = "1.1.1" }).Catalogue!;
        using var folder = new TemporaryFile(RoleModelJson.WriteToUtf8Bytes(esco), "esco.json");
        var occupation = esco.Roles.First(r => r.Title.Entries[0].Value == "chief information officer");
        var exported = Path.Combine(folder.Folder, "cio.hropen.json");
        var imported = Path.Combine(folder.Folder, "cio.json");

        var export = CliRunner.Run("export", "hropen", folder.Path, "--role", occupation.Id, "--out", exported);
        var import = CliRunner.Run("import", "hropen", exported, "--esco-href", "esco.json", "--out", imported);
        var validate = CliRunner.Run("validate", imported);

        export.ExitCode.Should().Be(0, export.Error);
        import.ExitCode.Should().Be(0, import.Error);
        import.Error.Should().Contain($"the role '{occupation.Id}' is an ESCO occupation, which the imported ESCO defines; it is imported as 'esco-occupation-");
        validate.ExitCode.Should().Be(0, validate.Out + validate.Error);
        var catalogue = RoleModelJson.Read(File.ReadAllBytes(imported)).Catalogue!;
        catalogue.Imports.Should().ContainSingle().Which.Href.Should().Be("esco.json");
        catalogue.Frameworks.Should().BeEmpty("every competency of an ESCO occupation is ESCO's");
        catalogue.Roles.Single().Requirements.Select(r => (r.Id, r.Importance)).Should().Equal(occupation.Requirements.Select(r => (r.Id, r.Importance)));
    }

    [Theory]
    [InlineData("[]", "$: expected a JSON object")]
    [InlineData("{\"positionID\": \"r\", \"title\": \"T\", \"tasks\": [{\"name\": 1}]}", "$.tasks[0].name: expected a string, found a number.")]
    [InlineData("{\"title\": ", "The document is not JSON")]
    public void ImportHrOpen_BadDocument_IsALocatedErrorExitOneAndNothingWritten(string json, string message)
    {
        using var input = new TemporaryFile(Encoding.UTF8.GetBytes(json), "bad.hropen.json");
        var output = Path.Combine(input.Folder, "out.json");

        var result = CliRunner.Run("import", "hropen", input.Path, "--out", output);

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain(message).And.Contain("nothing was written");
        File.Exists(output).Should().BeFalse();
    }

    [Theory]
    [InlineData("--hiring-organization", "Org", "--posting needs --location, --date-posted, --valid-through.")]
    [InlineData("--location", "Here", "--posting needs --hiring-organization, --date-posted, --valid-through.")]
    public void ExportSchemaOrgPosting_MissingOption_IsAUsageError(string option, string value, string message)
    {
        using var folder = new TemporaryFile([]);

        var result = CliRunner.Run("export", "schemaorg", "--role", "cdo", "--posting", option, value, "--out", Path.Combine(folder.Folder, "p.json"));

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain(message);
    }

    [Fact]
    public void ExportSchemaOrgPosting_AllOptions_WritesAJobPosting()
    {
        using var folder = new TemporaryFile([]);
        var output = Path.Combine(folder.Folder, "p.json");

        var result = CliRunner.Run("export", "schemaorg", "--role", "cdo", "--posting", "--hiring-organization", "Org", "--location", "Here",
            "--date-posted", "2026-01-01", "--valid-through", "2026-01-31", "--out", output);

        result.ExitCode.Should().Be(0, result.Error);
        using var json = JsonDocument.Parse(File.ReadAllBytes(output));
        json.RootElement.GetProperty("@type").GetString().Should().Be("JobPosting");
        json.RootElement.GetProperty("validThrough").GetString().Should().Be("2026-01-31");
    }

    [Fact]
    public void ExportSchemaOrg_PostingOptionWithoutPosting_IsAUsageError() =>
        CliRunner.Run("export", "schemaorg", "--role", "cdo", "--location", "Here", "--out", "x.json").ExitCode.Should().Be(2);

    [Fact]
    public void ExportCtdl_UnknownRole_FailsNamingTheRoles()
    {
        var result = CliRunner.Run("export", "ctdl", "--role", "nobody", "--publisher", "https://example.org/o", "--out", "x.json");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("there is no role 'nobody'");
    }

    [Fact]
    public void ExportHrOpen_TwoRoles_IsAUsageError() =>
        CliRunner.Run("export", "hropen", "--role", "cdo", "--role", "data-officer", "--out", "x.json").ExitCode.Should().Be(2);
}
