using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using RoleModel.Serialization;
using RoleModel.Tests.Serialization;
using RoleModel.Validation;

namespace RoleModel.Tests.Validation;

/// <summary>
/// The library's problem messages in German: every template has a translation with the same placeholders, real bad
/// documents give German messages with their codes and paths unchanged, and the English messages stay as they were.
/// </summary>
public sealed partial class ProblemMessageLanguageTests
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private static readonly string Folder = Path.Combine(TestPaths.RepositoryRoot, "src", "RoleModel", "Validation");

    [Fact]
    public void EveryTemplate_HasGermanText_WithTheSamePlaceholders()
    {
        var english = Entries("ProblemMessages.resx");
        var german = Entries("ProblemMessages.de.resx");

        german.Keys.Should().BeEquivalentTo(english.Keys);
        english.Should().HaveCountGreaterThan(80);
        foreach (var (key, text) in english)
        {
            Placeholders(german[key]).Should().BeEquivalentTo(Placeholders(text), $"the German text of '{key}' fills the same values");
            german[key].Should().NotBe(text, $"'{key}' is translated");
        }
    }

    [Fact]
    public void MissingSchemaVersion_ReadsInGerman_WithCodeAndPathUnchanged()
    {
        var problem = Problems("missing-schema-version.json").Single(p => p.Code == ProblemCodes.MissingMember);

        problem.MessageKey.Should().Be("SchemaVersion.Missing");
        problem.MessageIn(German).Should().Be("Die Pflichtangabe 'schemaVersion' fehlt; diese Bibliothek liest Version 1.x, etwa \"1.0\".");
        problem.MessageIn(CultureInfo.GetCultureInfo("de-AT")).Should().Be(problem.MessageIn(German));
        problem.Message.Should().Be("The required member 'schemaVersion' is missing; this library reads version 1.x, such as \"1.0\".");
        problem.Path.Should().Be("$.schemaVersion");
    }

    [Theory]
    [InlineData("missing-member.json", "Die Pflichtangabe")]
    [InlineData("duplicate-id.json", "wird mehr als einmal verwendet")]
    [InlineData("unknown-enum.json", "ist kein gültiger Wert für")]
    [InlineData("bad-date.json", "ist kein gültiges Datum")]
    [InlineData("unknown-level.json", "ist keine Stufe der Skala")]
    [InlineData("broader-cycle.json", "bilden einen Kreis")]
    [InlineData("dangling-reference.json", "zugeordnet, die es nicht gibt")]
    [InlineData("duplicate-member.json", "kommt im selben Objekt mehr als einmal vor")]
    [InlineData("too-deep.json", "Ebenen tief verschachtelt")]
    public void BadDocument_HasGermanMessage(string file, string german)
    {
        var problems = Problems(file);

        problems.Should().Contain(p => p.MessageIn(German).Contains(german, StringComparison.Ordinal), $"{file} has a problem reading '{german}'");
        problems.Where(p => p.MessageKey is not null).Should().AllSatisfy(p => p.MessageIn(German).Should().NotBe(p.Message));
    }

    [Fact]
    public void SharesAbove100_WriteGermanPercent()
    {
        var problem = Problems("area-shares-above-100.json").First(p => p.Code == ProblemCodes.AreaSharesExceedTotal);

        problem.MessageIn(German).Should().MatchRegex("ergeben zusammen [0-9,]+\u00A0%, mehr als 100\u00A0%");
        problem.Message.Should().MatchRegex("add up to [0-9.]+ %, more than 100 %");
    }

    [Fact]
    public void EveryInvalidSample_ReadsTheSameInEnglish_AndLanguagesWithoutTranslation()
    {
        foreach (var file in Directory.EnumerateFiles(TestPaths.InvalidSamples, "*.json"))
        {
            foreach (var problem in Problems(Path.GetFileName(file)))
            {
                problem.MessageIn(CultureInfo.GetCultureInfo("en-US")).Should().Be(problem.Message);
                problem.MessageIn(CultureInfo.GetCultureInfo("fr-FR")).Should().Be(problem.Message);
                problem.MessageIn(CultureInfo.InvariantCulture).Should().Be(problem.Message);
            }
        }
    }

    [Fact]
    public void ProblemMadeByCaller_HasNoTemplate_AndReadsTheSameInGerman()
    {
        var problem = new ValidationProblem(ProblemCodes.InvalidValue, ProblemSeverity.Error, "$.x", "Made by an HR system.");

        problem.MessageKey.Should().BeNull();
        problem.MessageIn(German).Should().Be("Made by an HR system.");
        FluentActions.Invoking(() => problem.MessageIn(null!)).Should().Throw<ArgumentNullException>().WithParameterName("culture");
    }

    [Fact]
    public void LocatedProblem_KeepsItsTemplate()
    {
        var problem = Problems("missing-schema-version.json").Single(p => p.Code == ProblemCodes.MissingMember);

        problem.WithPosition(2, 3).MessageIn(German).Should().Be(problem.MessageIn(German));
    }

    private static List<ValidationProblem> Problems(string file) =>
        [.. RoleModelJson.Read(File.ReadAllText(Path.Combine(TestPaths.InvalidSamples, file))).Report.Problems];

    private static Dictionary<string, string> Entries(string file) =>
        XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!, StringComparer.Ordinal);

    private static List<string> Placeholders(string text) =>
        [.. Placeholder().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{[0-9]+(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
