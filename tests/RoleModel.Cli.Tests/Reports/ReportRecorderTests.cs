using System.Text.RegularExpressions;

namespace RoleModel.Cli.Tests.Reports;

/// <summary>
/// The report's timeline is for people who decide: recorder identifiers ("hr-office") stay out of its running
/// text, a recorder who is the role's holder is called so, and the appendix for HR lists the identifiers.
/// </summary>
public sealed partial class ReportRecorderTests
{
    private static readonly string SamplePath = Path.Combine(RepositoryPaths.Samples, "municipal.json");

    [Theory]
    [InlineData("en")]
    [InlineData("de")]
    public void Timeline_NamesNoRecorderIdentifier_AndTheAppendixListsThem(string lang)
    {
        var page = Report(File.ReadAllText(SamplePath), lang);

        var timeline = Timeline(page);
        timeline.Should().NotContain("hr-office").And.NotContain("cdo-holder").And.NotContain("mayor");
        timeline.Should().Contain(lang == "de" ? "Erfasst am 03.01.2022" : "Recorded on 2022-01-03");
        Appendix(page).Should().Contain("cdo-holder, hr-office, mayor");
    }

    [Fact]
    public void ARecorderWhoHoldsTheRole_IsTheHolder_AndAnotherPersonIsNotNamed()
    {
        // p-0001 holds the CDO role from 2024-04-01: what they recorded for days before that is by "a person on record".
        var document = File.ReadAllText(SamplePath).Replace("\"author\": \"hr-office\"", "\"author\": \"p-0001\"", StringComparison.Ordinal);

        var english = Timeline(Report(document, "en"));
        var german = Timeline(Report(document, "de"));

        english.Should().Contain("by the holder of the role").And.Contain("by a person on record").And.NotContain("p-0001");
        german.Should().Contain("von der Stelleninhaberin oder dem Stelleninhaber").And.Contain("von einer erfassten Person").And.NotContain("p-0001");
    }

    private static string Report(string document, string lang)
    {
        using var input = new TemporaryFile(System.Text.Encoding.UTF8.GetBytes(document));
        var page = Path.Combine(input.Folder, "page.html");
        var result = CliRunner.Run("report", input.Path, "--role", "cdo", "--from", "2022-01-01", "--to", "2026-01-01",
            "--known-at", "2026-06-01T00:00:00Z", "--lang", lang, "--out", page);
        result.ExitCode.Should().Be(0, result.Error);
        return File.ReadAllText(page);
    }

    private static string Timeline(string page) => Tags().Replace(Section().Match(page, page.IndexOf("<ol class=\"timeline\">", StringComparison.Ordinal)).Value, " ");

    private static string Appendix(string page) => Tags().Replace(page[page.IndexOf("<section id=\"appendix\">", StringComparison.Ordinal)..], " ");

    [GeneratedRegex("<ol class=\"timeline\">.*?</ol>", RegexOptions.Singleline)]
    private static partial Regex Section();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}

/// <summary>The instant of record in heading lines: as recorded (ISO, UTC) in English, local German date and time in German.</summary>
public sealed class WordingMomentTests
{
    [Fact]
    public void Moment_IsIsoUtcInEnglish_AndTheReadersGermanDateAndTimeInGerman()
    {
        var german = Localization.Wording.For(System.Globalization.CultureInfo.GetCultureInfo("de-DE"));

        Localization.Wording.English.Moment(NodaTime.Instant.FromUtc(2026, 1, 1, 0, 0)).Should().Be("2026-01-01T00:00:00Z");
        german.Moment(NodaTime.Instant.FromUtc(2026, 1, 1, 0, 0)).Should().Be("01.01.2026, 01:00 Uhr", "the tests read in Europe/Berlin (ReaderTimeZone)");
        german.Moment(NodaTime.Instant.FromUtc(2026, 7, 1, 0, 0)).Should().Be("01.07.2026, 02:00 Uhr");
    }
}
