using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using PuppeteerSharp;
using RoleModel.Cli.Localization;

namespace RoleModel.Cli.Tests.Reports;

/// <summary>
/// The German report, overview and job description in a real headless Chromium: the page says it is German, its
/// visible text holds none of the tool's English wording (taken from the English resources, so a new English text
/// is checked as soon as it exists), and days and shares are written the German way. With ROLEMODEL_SCREENSHOTS set
/// to a folder, full-height screenshots of the pages are written there, for people to look at.
/// </summary>
public sealed partial class GermanPageTests(Chromium chromium) : IClassFixture<Chromium>, IDisposable
{
    private readonly TemporaryFile folder = new([], "unused");

    public void Dispose() => folder.Dispose();

    [ChromiumFact]
    public async Task Report_InGerman_HasNoEnglishWordingOfTheTool()
    {
        var path = Write("bericht.html", "report", "--role", "cdo", "--from", "2022-01-01", "--to", "2026-01-01", "--known-at", "2026-06-01T00:00:00Z", "--lang", "de");

        var text = await CheckGermanAsync(path, "report-cdo-de.png");

        text.Should().Contain("01.01.2026").And.Contain("1. Januar 2026").And.Contain("Kurz gefasst").And.Contain("Eingruppierung");
        text.Should().MatchRegex(@"\d\u00a0%", "a share is written with a no-break space before the percent sign");
        text[..text.LastIndexOf("Anhang für die Personalabteilung", StringComparison.Ordinal)].Should()
            .NotMatchRegex(@"\b20\d\d-\d\d-\d\d\b", "no ISO day in the running text or the tables, only in the appendix's options for HR");
    }

    [ChromiumFact]
    public async Task Overview_InGerman_HasNoEnglishWordingOfTheTool()
    {
        var path = Write("uebersicht.html", "report", "--all", "--from", "2022-01-01", "--to", "2026-01-01", "--known-at", "2026-06-01T00:00:00Z", "--lang", "de");

        var text = await CheckGermanAsync(path, "overview-de.png");

        text.Should().Contain("Übersicht der Stellen").And.Contain("Gestaltungsspielraum").And.MatchRegex(@"\d\d\.\d\d\.20\d\d bis \d\d\.\d\d\.20\d\d");
    }

    [ChromiumFact]
    public async Task Description_InGerman_HasNoEnglishWordingOfTheTool()
    {
        var path = Write("stelle.html", "describe", "--role", "cdo", "--as-of", "2024-06-30", "--known-at", "2026-06-01T00:00:00Z", "--lang", "de", "--format", "html");

        var text = await CheckGermanAsync(path, "describe-cdo-de.png");

        text.Should().Contain("Stand: 30. Juni 2024.").And.Contain("Anteil am 30.06.2024").And.Contain("Experte");
        text.Should().NotContain("(Expert").And.NotContain("Lead professional", "a level is named in the page's language, or by its code where the scale has no name in it");
    }

    [Fact]
    public void EveryEnglishText_HasAGermanTranslation_WithTheSameHoles()
    {
        var english = Texts(CultureInfo.InvariantCulture);
        var german = Texts(CultureInfo.GetCultureInfo("de"));

        german.Keys.Should().BeEquivalentTo(english.Keys);
        foreach (var (key, text) in english)
        {
            Holes(german[key]).Should().BeEquivalentTo(Holes(text), $"the German text of {key} fills the same values");
        }
    }

    [Fact]
    public void Wording_ForARegionalVariant_IsItsLanguages_AndForAnUntranslatedLanguage_English()
    {
        Wording.For(CultureInfo.GetCultureInfo("de-AT")).Tag.Should().Be("de");
        Wording.For(CultureInfo.GetCultureInfo("fr-FR")).Tag.Should().Be("en");
        Wording.For(CultureInfo.InvariantCulture).Tag.Should().Be("en");
        Wording.For(CultureInfo.GetCultureInfo("de")).Percent(12.5m).Should().Be("12,5\u00a0%");
        Wording.English.Percent(12.5m).Should().Be("12.5 %");
        Wording.For(CultureInfo.GetCultureInfo("de")).LongDay(new NodaTime.LocalDate(2024, 6, 30)).Should().Be("30. Juni 2024");
        Wording.English.Day(new NodaTime.LocalDate(2024, 6, 30)).Should().Be("2024-06-30");
    }

    /// <summary>Opens the page, checks its language and that it shows no English text of the tool's; returns its visible text.</summary>
    private async Task<string> CheckGermanAsync(string path, string screenshot)
    {
        await using var page = await chromium.OpenAsync(path);
        page.Problems.Should().BeEmpty();
        (await page.EvaluateAsync<string>("document.documentElement.lang")).Should().Be("de");
        var text = await page.EvaluateAsync<string>("document.body.innerText");
        // The document's own texts (marked with their language, and the reasons people recorded) are not the tool's wording.
        var wording = await page.EvaluateAsync<string>("(() => { const b = document.body.cloneNode(true); b.querySelectorAll('[lang], .reason').forEach(e => e.remove()); document.documentElement.appendChild(b); const t = b.innerText; b.remove(); return t; })()");
        var found = EnglishFragments().Where(f => Regex.IsMatch(wording, $@"(?<![\p{{L}}-]){Regex.Escape(f)}(?![\p{{L}}-])")).ToList();
        found.Should().BeEmpty("the German page shows no wording of the tool's in English");
        if (Environment.GetEnvironmentVariable("ROLEMODEL_SCREENSHOTS") is { Length: > 0 } shots)
        {
            await page.Page.ScreenshotAsync(Path.Combine(shots, screenshot), new ScreenshotOptions { FullPage = true });
        }

        return text;
    }

    private string Write(string name, params string[] args)
    {
        var path = Path.Combine(folder.Folder, name);
        var result = CliRunner.Run([.. args, "--out", path]);
        result.ExitCode.Should().Be(0, result.Error);
        return path;
    }

    /// <summary>
    /// The literal parts of every English text (between its holes, markup removed) that are words of some length and
    /// that the German text of the same key does not share (such as an option name).
    /// </summary>
    internal static IEnumerable<string> EnglishFragments()
    {
        var german = Texts(CultureInfo.GetCultureInfo("de"));
        return Texts(CultureInfo.InvariantCulture)
            .Where(e => !e.Key.StartsWith("Format.", StringComparison.Ordinal))
            .SelectMany(e => Hole().Split(Markup().Replace(e.Value, string.Empty))
                .Select(f => f.Trim(' ', '.', ',', ';', ':', '(', ')', '“', '”', '\''))
                .Where(f => f.Count(char.IsLetter) >= 4 && !german[e.Key].Contains(f, StringComparison.Ordinal)))
            .Distinct();
    }

    private static Dictionary<string, string> Texts(CultureInfo culture)
    {
        var resources = new ResourceManager("RoleModel.Cli.Localization.Wording", typeof(Wording).Assembly);
        var set = resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!;
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    private static List<string> Holes(string text) => [.. Hole().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Hole();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Markup();
}
