using System.Globalization;
using System.Text.RegularExpressions;
using RoleModel.Cli.Tests.Reports;

namespace RoleModel.Cli.Tests;

/// <summary>
/// One language rule for every command (docs/cli.md, "Languages"): --lang when given, and then only a language the
/// document has; else the user's language (LANG) when the document has it; else the document's first language.
/// </summary>
public sealed class LanguageRuleTests : IDisposable
{
    private static readonly string SamplePath = Path.Combine(RepositoryPaths.Samples, "municipal.json");

    private readonly TemporaryFile folder = new([], "unused");

    /// <summary>Every command that reads the sample and shows its texts, with the arguments it needs.</summary>
    public static TheoryData<string[]> ReadingCommands => new()
    {
        { ["find", "strategie"] },
        { ["show", "--role", "cdo", "--as-of", "2024-06-30"] },
        { ["history", "--role", "cdo"] },
        { ["diff", "--role", "cdo", "--from", "2022-01-01", "--to", "2026-01-01"] },
        { ["drift", "--role", "cdo", "--from", "2022-01-01", "--to", "2026-01-01"] },
        { ["compare", SamplePath, SamplePath] },
        { ["gap", "--role", "cdo", "--person", "p-0001", "--as-of", "2025-06-30"] },
        { ["match", "--person", "p-0001", "--as-of", "2025-06-30"] },
        { ["coverage", "--as-of", "2025-06-30", "--role", "cdo"] },
        { ["suggest", "--text", "Digitalstrategie", "--method", "CharacterNGrams", "--top", "2"] },
        { ["patterns", "--from", "2024-01-01", "--to", "2026-01-01"] },
        { ["evolve", "--template", "municipal-cdo", "--on", "2026-01-01"] },
        { ["lineage", "--role", "data-officer"] },
        { ["describe", "--role", "cdo", "--as-of", "2024-06-30", "--format", "md"] },
        { ["report", "--role", "cdo", "--from", "2022-01-01", "--to", "2026-01-01", "--out", "PAGE"] },
        { ["report", "--all", "--out", "PAGE"] },
    };

    public void Dispose() => folder.Dispose();

    [Theory]
    [MemberData(nameof(ReadingCommands))]
    public void UnknownLanguage_IsAUsageErrorListingTheDocumentsLanguages(string[] command)
    {
        var result = CliRunner.Run([.. Page(command), "--lang", "fr"]);

        result.ExitCode.Should().Be(2, result.Out);
        result.Error.Should().Contain("'fr'").And.Contain("de, en");
        Directory.GetFiles(folder.Folder).Should().ContainSingle("no page is written");
    }

    [Fact]
    public void UnknownLanguage_InARecordingCommand_IsAUsageErrorAndRecordsNothing()
    {
        using var document = new TemporaryFile(File.ReadAllBytes(SamplePath));

        var result = CliRunner.Run("propose", document.Path, "--role", "cdo", "--task", "open-budget", "--title", "Offener Haushalt", "--share", "5",
            "--effective", "2026-02-01", "--author", "cdo-holder", "--reason", "Transparenz", "--lang", "fr");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("de, en");
        File.ReadAllBytes(document.Path).Should().Equal(File.ReadAllBytes(SamplePath));
    }

    [Theory]
    [InlineData("de", "de")]
    [InlineData("en", "en")]
    [InlineData("de-AT", "de")]
    public void Propose_WithoutTitleLang_StoresTheTitleInTheChosenLanguage(string user, string stored)
    {
        using var document = new TemporaryFile(File.ReadAllBytes(SamplePath));

        var result = CliRunner.RunIn(CultureInfo.GetCultureInfo(user), "propose", document.Path, "--role", "cdo", "--task", "open-budget", "--title", "Offener Haushalt",
            "--share", "5", "--effective", "2026-02-01", "--author", "cdo-holder", "--reason", "Transparenz", "--recorded-at", "2026-01-15T00:00:00Z");

        result.ExitCode.Should().Be(0, result.Error);
        File.ReadAllText(document.Path).Should().Contain($"\"{stored}\": \"Offener Haushalt\"");
    }

    [Theory]
    [MemberData(nameof(ReadingCommands))]
    public void WithLangInTheEnvironment_TheCommandSpeaksThatLanguage(string[] command)
    {
        foreach (var (lang, language) in new[] { ("de_DE.UTF-8", "de"), ("en_US.UTF-8", "en") })
        {
            var result = ProcessTests.RunProcessIn(lang, null, Page(command));
            result.ExitCode.Should().Be(0, result.Error);
            var shown = command[0] == "report" ? File.ReadAllText(Path.Combine(folder.Folder, "page.html")) : result.Out;
            var other = language == "de" ? "en" : "de";

            var mine = Variants(language, other);
            var theirs = Variants(other, language);
            if (command[0] != "compare")
            {
                mine.Where(shown.Contains).Should().NotBeEmpty($"{command[0]} with LANG={lang} shows the document's {language} texts");
            }

            theirs.Where(t => shown.Contains(t, StringComparison.Ordinal) && !mine.Any(m => m.Contains(t, StringComparison.Ordinal))).Should().BeEmpty($"{command[0]} with LANG={lang} shows no {other} text where the document has a {language} one");
            if (WordingMarker(command[0], language) is { } marker)
            {
                shown.Should().Contain(marker, $"{command[0]} with LANG={lang} speaks {language}");
            }

            if (language == "de" && command[0] != "report")
            {
                // The tool's English wording (from its English resources) does not show; the document's own English texts may, where it has no German one.
                var english = GermanPageTests.EnglishFragments()
                    .Where(f => !Words(f).All(DocumentWords.Contains))
                    .Where(f => Regex.IsMatch(result.Out + result.Error, $@"(?<![\p{{L}}-]){Regex.Escape(f)}(?![\p{{L}}-])")).ToList();
                english.Should().BeEmpty($"{command[0]} with LANG={lang} shows none of the tool's English wording");
            }
        }
    }

    [Fact]
    public void Validate_ShowsTheLibrarysProblemMessagesInTheUsersLanguage_WithCodesAndPathsUnchanged()
    {
        var bad = Path.Combine(RepositoryPaths.Samples, "invalid", "missing-schema-version.json");

        var german = ProcessTests.RunProcessIn("de_DE.UTF-8", null, "validate", bad);
        var english = ProcessTests.RunProcessIn("en_US.UTF-8", null, "validate", bad);

        german.ExitCode.Should().Be(1);
        german.Out.Should().Contain("error RM006: Die Pflichtangabe 'schemaVersion' fehlt; diese Bibliothek liest Version 1.x").And.Contain("($.schemaVersion)")
            .And.Contain(": ungültig (1 Fehler, 0 Warnungen)");
        english.Out.Should().Contain("error RM006: The required member 'schemaVersion' is missing; this library reads version 1.x").And.Contain(": invalid (1 error, 0 warnings)");
        var json = ProcessTests.RunProcessIn("de_DE.UTF-8", null, "validate", bad, "--format", "json");
        json.Out.Should().Contain("is missing; this library reads version 1.x", "JSON output stays invariant");
    }

    [Fact]
    public void ACommandOnABrokenDocument_ShowsItsProblemsInTheUsersLanguage()
    {
        var bad = Path.Combine(RepositoryPaths.Samples, "invalid", "duplicate-id.json");

        var result = ProcessTests.RunProcessIn("de_DE.UTF-8", null, "show", bad, "--role", "clerk");

        result.ExitCode.Should().Be(1);
        result.Error.Should().Contain("wird mehr als einmal verwendet").And.Contain("ist kein gültiges RoleModel-Dokument");
    }

    [Fact]
    public void WithoutAUserLanguageTheDocumentHas_TheDocumentsFirstLanguageIsChosen()
    {
        var result = CliRunner.RunIn(CultureInfo.GetCultureInfo("fr"), "describe", "--role", "cdo", "--as-of", "2024-06-30", "--format", "md");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().StartWith("# Stellenbeschreibung");
    }

    [Fact]
    public void Compare_ATitleChangedInAnotherLanguage_NamesThatLanguageWithBothValues()
    {
        var changed = File.ReadAllText(SamplePath).Replace("\"CDO einer Kleinstadt\"", "\"CDO einer kleinen Stadt\"", StringComparison.Ordinal);
        using var newer = new TemporaryFile(System.Text.Encoding.UTF8.GetBytes(changed));

        var result = CliRunner.Run("compare", SamplePath, newer.Path, "--lang", "en");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Should().Contain("Small-town CDO").And.Contain("title [de] was 'CDO einer Kleinstadt', now 'CDO einer kleinen Stadt'");
    }

    /// <summary>A word of the tool's own that the command shows in that language (commands whose text output is still English have none).</summary>
    private static string? WordingMarker(string command, string language) => (command, language) switch
    {
        ("report", _) => $"<html lang=\"{language}\">",
        ("describe", "de") => "Stellenbeschreibung",
        ("describe", _) => "Job description",
        ("show", "de") => "Zweck:",
        ("show", _) => "Purpose:",
        ("drift", "de") => "Neuheit:",
        ("drift", _) => "Novelty:",
        ("history", "de") => "Änderungen an",
        ("history", _) => "History of",
        ("diff", "de") => "Anteil vorher",
        ("diff", _) => "Share before",
        ("find", "de") => "Gefundene Bezeichnung",
        ("find", _) => "Matched label",
        ("suggest", "de") => "Ähnliche Aufgaben",
        ("suggest", _) => "Similar tasks",
        ("gap", "de") => "Vorhanden",
        ("gap", _) => "Held",
        ("match", "de") => "Unverzichtbares erfüllt",
        ("match", _) => "Essential met",
        ("coverage", "de") => "Vertretungsstärke",
        ("coverage", _) => "Bench strength",
        ("patterns", "de") => "Stellen im Zeitverlauf:",
        ("patterns", _) => "Roles over time:",
        ("evolve", "de") => "abgeleitete Stellen",
        ("evolve", _) => "derived roles",
        ("lineage", "de") => "Hervorgegangen aus:",
        ("lineage", _) => "Descends from:",
        ("compare", "de") => "dieselben Stellen",
        ("compare", _) => "have the same roles",
        _ => null,
    };

    /// <summary>The words of the sample's own texts (such as the English reasons people recorded), which a German run may show.</summary>
    private static readonly HashSet<string> DocumentWords = [.. StringValues(System.Text.Json.JsonDocument.Parse(File.ReadAllText(SamplePath)).RootElement).SelectMany(Words)];

    private static IEnumerable<string> Words(string text) => Regex.Split(text, @"[^\p{L}]+").Where(w => w.Length > 0);

    private static IEnumerable<string> StringValues(System.Text.Json.JsonElement element) => element.ValueKind switch
    {
        System.Text.Json.JsonValueKind.String => [element.GetString()!],
        System.Text.Json.JsonValueKind.Object => element.EnumerateObject().SelectMany(p => StringValues(p.Value)),
        System.Text.Json.JsonValueKind.Array => element.EnumerateArray().SelectMany(StringValues),
        _ => [],
    };

    private string[] Page(string[] command) => [.. command.Select(a => a == "PAGE" ? Path.Combine(folder.Folder, "page.html") : a)];

    /// <summary>The sample's texts (role titles, competency and area names, task titles) whose two languages differ, in <paramref name="language"/>.</summary>
    private static List<string> Variants(string language, string other)
    {
        var sample = ReportExpectations.Sample;
        var texts = sample.Roles.Select(r => r.Title)
            .Concat(sample.Roles.SelectMany(r => r.Areas).Select(a => a.Name))
            .Concat(sample.Frameworks.SelectMany(f => f.Competencies).Select(c => c.Name))
            .Concat(sample.Histories.SelectMany(h => h.Changes).Where(c => c.Task is not null).Select(c => c.Task!.Title));
        return [.. texts
            .Select(t => (Mine: t.TryGetExact(language, out var a) ? a : null, Theirs: t.TryGetExact(other, out var b) ? b : null))
            .Where(p => p.Mine is { Length: > 6 } && p.Theirs is not null && !p.Theirs.Contains(p.Mine, StringComparison.Ordinal) && !p.Mine.Contains(p.Theirs, StringComparison.Ordinal))
            .Select(p => p.Mine!)
            .Distinct()];
    }
}
