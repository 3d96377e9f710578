using System.Text.Json;
using RoleModel.Cli.Search;
using RoleModel.Serialization;

namespace RoleModel.Cli.Tests;

public sealed class FindCommandTests
{
    private static readonly Catalogue Sample = RoleModelJson.Read(DocumentLoader.ReadSample()).Catalogue!;

    [Theory]
    [InlineData("Digitalisation officer")]
    [InlineData("digitalisation OFFICER")]
    [InlineData("Digitalisierungsbeauftragte")]
    [InlineData("digitalisierungsbeauftragte")]
    [InlineData("digitalistion oficer")]
    public void Find_RoleTitleInAnyLanguageCaseOrWithTypos_RanksTheRoleFirst(string query)
    {
        var result = CliRunner.Run("find", query, "--format", "json");

        result.ExitCode.Should().Be(0, result.Error);
        using var hits = JsonDocument.Parse(result.Out);
        hits.RootElement[0].GetProperty("id").GetString().Should().Be("digitalisation-officer");
    }

    [Fact]
    public void Find_WithoutDiacritics_FindsATitleWithThem()
    {
        var competency = Sample.Frameworks.SelectMany(f => f.Competencies)
            .First(c => c.Name.Entries.Any(e => e.Value.Any(ch => "äöüéè".Contains(ch, StringComparison.Ordinal))));
        var title = competency.Name.Entries.First(e => e.Value.Any(ch => "äöüéè".Contains(ch, StringComparison.Ordinal))).Value;

        var hits = LabelIndex.Build(Sample).Find(SearchText.Normalize(title), 3);

        hits.Select(h => h.Id).Should().Contain(competency.Id);
    }

    [Fact]
    public void Find_KindCompetency_ListsOnlyCompetenciesWithTheirTitles()
    {
        var result = CliRunner.Run("find", "data", "--kind", "competency", "--format", "json");

        using var hits = JsonDocument.Parse(result.Out);
        hits.RootElement.EnumerateArray().Should().NotBeEmpty().And.OnlyContain(h => h.GetProperty("kind").GetString() == "competency");
        foreach (var hit in hits.RootElement.EnumerateArray())
        {
            hit.GetProperty("title").GetString().Should().Be(Sample.FindCompetency(hit.GetProperty("id").GetString()!)!.Name.Get(System.Globalization.CultureInfo.GetCultureInfo("en")));
        }
    }

    [Fact]
    public void Find_Text_PrintsIdAndTitleInTheChosenLanguage()
    {
        var english = CliRunner.Run("find", "digitalisation officer", "--top", "1");
        var german = CliRunner.Run("find", "digitalisation officer", "--top", "1", "--lang", "de");

        english.Out.Should().Contain("digitalisation-officer").And.Contain(Sample.FindRole("digitalisation-officer")!.Title.Get(System.Globalization.CultureInfo.GetCultureInfo("en")));
        german.Out.Should().Contain(Sample.FindRole("digitalisation-officer")!.Title.Get(System.Globalization.CultureInfo.GetCultureInfo("de")));
    }

    [Fact]
    public void Find_FileThenWords_ReadsTheFile()
    {
        var result = CliRunner.Run("find", Path.Combine(RepositoryPaths.Samples, "municipal.json"), "chief", "digital", "--top", "1", "--format", "json");

        using var hits = JsonDocument.Parse(result.Out);
        hits.RootElement[0].GetProperty("id").GetString().Should().Be("cdo");
    }

    [Fact]
    public void Find_NothingAlike_SaysSo()
    {
        var result = CliRunner.Run("find", "xylophone");

        result.ExitCode.Should().Be(0);
        result.Out.Trim().Should().Be("Nothing matches 'xylophone'.");
    }

    [Theory]
    [InlineData("--kind", "team")]
    [InlineData("--top", "0")]
    [InlineData("--lang", "fr")]
    public void Find_BadOption_IsAUsageError(string option, string value) =>
        CliRunner.Run("find", "data", option, value).ExitCode.Should().Be(2);

    [Theory]
    [InlineData("informaton", "information", 0.909)]
    [InlineData("oficer", "officer", 0.857)]
    [InlineData("admin", "administrator", 0.9)]
    [InlineData("recieve", "receive", 0.857)]
    [InlineData("abc", "xyz", 0)]
    public void WordSimilarity_SmallTypos_StayClose(string query, string word, double expected) =>
        SearchText.WordSimilarity(query, word).Should().BeApproximately(expected, 0.001);

    [Fact]
    public void Normalize_CaseDiacriticsAndPunctuation_AreFolded() =>
        SearchText.Normalize("Données  Öffentlich-Rechtlich, Straße").Should().Be("donnees offentlich rechtlich strasse");
}
