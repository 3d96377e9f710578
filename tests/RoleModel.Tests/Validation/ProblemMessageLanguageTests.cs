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
    public void EveryProblemOfEveryInvalidSample_ReadsInGerman()
    {
        foreach (var file in Directory.EnumerateFiles(TestPaths.InvalidSamples, "*.json"))
        {
            foreach (var problem in Problems(Path.GetFileName(file)))
            {
                problem.MessageKey.Should().NotBeNull($"{Path.GetFileName(file)}: '{problem.Message}' has a template");
                problem.MessageIn(German).Should().NotBe(problem.Message, $"{Path.GetFileName(file)}: '{problem.Message}' is translated");
            }
        }
    }

    [Theory]
    [InlineData("Expected an array of requirements but found an object.", "Erwartet wird eine Liste (JSON-Array) von Objekten; gefunden wurde ein Objekt.")]
    [InlineData("Expected an identifier, a string, but found an array.", "Erwartet wird eine Kennung, eine Zeichenkette; gefunden wurde eine Liste (JSON-Array).")]
    [InlineData("Expected a date, a string such as \"2026-01-31\", but found a number.", "Erwartet wird ein Datum, eine Zeichenkette wie \"2026-01-31\"; gefunden wurde eine Zahl.")]
    [InlineData("Expected a localized text, an object such as {\"en\": \"…\"}, but found a string.", "Erwartet wird ein mehrsprachiger Text, ein Objekt wie {\"de\": \"…\"}; gefunden wurde eine Zeichenkette.")]
    public void WrongType_ReadsInGerman_EnglishUnchanged(string english, string german)
    {
        var problem = Problems("five-wrong-types.json").First(p => p.Message == english);

        problem.Code.Should().Be(ProblemCodes.WrongType);
        problem.MessageIn(German).Should().Be(german);
    }

    [Theory]
    [InlineData("syntax.json", "Das JSON-Objekt endet mit einem Komma, das JSON nicht erlaubt.")]
    [InlineData("scale-mappings.json", "Eine Skalenzuordnung muss zwei verschiedene Skalen verbinden.")]
    [InlineData("several-problems.json", "Die Angabe 'kind' darf nicht leer sein oder nur aus Leerraum bestehen.")]
    public void ReaderAndModelRules_ReadInGerman(string file, string german) =>
        Problems(file).Select(p => p.MessageIn(German)).Should().Contain(german);

    [Fact]
    public void UnknownJsonSyntaxMessage_QuotesTheReader_InGerman()
    {
        var problem = RoleModelJson.Read("{\"schemaVersion\": tru}").Report.Problems.Single();

        problem.Code.Should().Be(ProblemCodes.JsonSyntax);
        problem.MessageIn(German).Should().Be($"Der Text ist hier kein gültiges JSON; der JSON-Leser meldet (englisch): {problem.Message}");
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

    [Theory]
    [InlineData("2025-04-31", "'2025-04-31' ist kein gültiges Datum: Die Form stimmt (yyyy-MM-dd), aber der April 2025 hat 30 Tage.", "but April 2025 has 30 days.")]
    [InlineData("2025-13-01", "'2025-13-01' ist kein gültiges Datum: Die Form stimmt (yyyy-MM-dd), aber einen Monat 13 gibt es nicht.", "but there is no month 13.")]
    [InlineData("0000-01-01", "'0000-01-01' ist kein gültiges Datum: Die Form stimmt (yyyy-MM-dd), aber ein Jahr 0000 gibt es nicht.", "but there is no year 0000.")]
    [InlineData("2025-4-30", "'2025-4-30' ist kein gültiges Datum; erwartet wird yyyy-MM-dd.", "expected yyyy-MM-dd.")]
    public void ImpossibleDay_SaysInGermanWhetherTheFormOrTheDayIsWrong(string date, string german, string englishEnd)
    {
        var json = "{\"schemaVersion\":\"1.0\",\"people\":[{\"id\":\"p\",\"assignments\":[{\"role\":\"r\",\"from\":\"" + date + "\"}]}]}";
        var problem = RoleModelJson.Read(json).Report.Problems.Single(p => p.Code == ProblemCodes.MalformedDate);

        problem.MessageIn(German).Should().Be(german);
        problem.Message.Should().EndWith(englishEnd);
        problem.MessageIn(CultureInfo.GetCultureInfo("fr-FR")).Should().Be(problem.Message, "a language without a translation reads the English, month names included");
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
