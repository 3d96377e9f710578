using System.Globalization;
using System.Text.Json.Nodes;

namespace RoleModel.Cli.Tests;

/// <summary>
/// The problems the <c>import</c> commands report are told in the user's language: German for a German user, with
/// file, line, column names and JSON paths unchanged; English reads as it always did.
/// </summary>
public sealed class ImportLanguageTests
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    [Fact]
    public void ImportHrOpen_ExportOfTheSampleWithANumberForItsTitle_ReportsInTheUsersGerman()
    {
        using var folder = new TemporaryFile([]);
        var exported = Path.Combine(folder.Folder, "cdo.hropen.json");
        CliRunner.Run("export", "hropen", "--role", "cdo", "--as-of", "2026-01-01", "--out", exported).ExitCode.Should().Be(0);
        var document = JsonNode.Parse(File.ReadAllText(exported))!;
        document["title"] = 5;
        File.WriteAllText(exported, document.ToJsonString());

        var german = CliRunner.RunIn(German, "import", "hropen", exported, "--out", Path.Combine(folder.Folder, "out.json"));
        var english = CliRunner.Run("import", "hropen", exported, "--out", Path.Combine(folder.Folder, "out.json"));

        german.ExitCode.Should().Be(1);
        german.Error.Should().Contain($"{exported}:1: error: $.title: erwartet wird eine Zeichenkette; gefunden wurde eine Zahl.");
        english.Error.Should().Contain($"{exported}:1: error: $.title: expected a string, found a number.");
    }

    [Fact]
    public void ImportEsco_ReleaseWithoutItsColumns_ReportsInTheUsersGerman()
    {
        using var folder = new TemporaryFile([]);
        var broken = Directory.CreateDirectory(Path.Combine(folder.Folder, "broken")).FullName;
        File.WriteAllText(Path.Combine(broken, "skills_en.csv"), "not,a,release\n");

        var german = CliRunner.RunIn(German, "import", "esco", broken, "--out", Path.Combine(folder.Folder, "out.json"));
        var english = CliRunner.Run("import", "esco", broken, "--out", Path.Combine(folder.Folder, "out.json"));

        german.ExitCode.Should().Be(1);
        german.Error.Should().Contain("skills_en.csv:1: error: Die Pflichtspalte 'conceptUri' fehlt in der Kopfzeile.");
        english.Error.Should().Contain("skills_en.csv:1: error: The required column 'conceptUri' is missing from the header.");
    }
}
