using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using NodaTime;
using RoleModel.Interop.Esco;
using RoleModel.Interop.HrOpen;
using RoleModel.Interop.Onet;
using RoleModel.Interop.Tests.Esco;
using RoleModel.Interop.Tests.Standards;
using RoleModel.Validation;

namespace RoleModel.Interop.Tests;

/// <summary>
/// The importers' problem messages in German: every template has a translation with the same placeholders, real
/// broken imports give German messages with file, line, names and paths unchanged, and the English stays as it was.
/// </summary>
public sealed partial class ImportProblemLanguageTests : IDisposable
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private static readonly HrOpenImportOptions Options = new(new LocalDate(2026, 1, 1));
    private readonly MiniRelease release = new();

    public void Dispose() => release.Dispose();

    [Fact]
    public void EveryTemplate_HasGermanText_WithTheSamePlaceholders()
    {
        var folder = Path.Combine(SharedData.RepositoryRoot ?? throw new InvalidOperationException("RoleModel.sln not found."), "src", "RoleModel.Interop");
        var english = Entries(Path.Combine(folder, "ImportMessages.resx"));
        var german = Entries(Path.Combine(folder, "ImportMessages.de.resx"));

        german.Keys.Should().BeEquivalentTo(english.Keys);
        english.Should().HaveCountGreaterThan(80);
        foreach (var (key, text) in english)
        {
            Placeholders(german[key]).Should().BeEquivalentTo(Placeholders(text), $"the German text of '{key}' fills the same values");
            if (key is not "Json.Kind.Null")
            {
                german[key].Should().NotBe(text, $"'{key}' is translated");
            }
        }
    }

    [Fact]
    public void HrOpen_ExportOfTheSampleWithANumberForItsTitle_ReadsInGerman_WithThePathUnchanged()
    {
        var document = JsonNode.Parse(HrOpenExporter.Export(Samples.Municipal, "cdo", Samples.On2026, HrOpenShape.JobDescription).Utf8Json.Span)!;
        document["title"] = 5;

        var problem = HrOpenImporter.Import(Encoding.UTF8.GetBytes(document.ToJsonString()), "cdo.hropen.json", Options).Problems.Single();

        problem.Message.Should().Be("$.title: expected a string, found a number.");
        problem.MessageKey.Should().Be("HrOpen.Expected");
        problem.MessageIn(German).Should().Be("$.title: erwartet wird eine Zeichenkette; gefunden wurde eine Zahl.");
        problem.MessageIn(CultureInfo.GetCultureInfo("de-AT")).Should().Be(problem.MessageIn(German));
        problem.MessageIn(CultureInfo.GetCultureInfo("fr-FR")).Should().Be(problem.Message, "a language without a translation reads the English exactly");
    }

    [Theory]
    [InlineData("{\"foo\": 1}", "$: dies ist weder eine JobDescription (kein title) noch ein PositionProfile (kein positionTitle) noch eine PositionOpening (keine positionProfiles).")]
    [InlineData("{\"positionID\": \"r\", \"title\": \"T\", \"competencies\": {}}", "$.competencies: erwartet wird eine Liste (JSON-Array); gefunden wurde ein Objekt.")]
    [InlineData("{\"positionID\": \"r\", \"title\": \"T\", \"tasks\": [{\"name\": \"no code\"}]}", "$.tasks[0]: eine Aufgabe braucht einen termCode, ihre Kennung.")]
    [InlineData("{\"positionID\": \"r\", \"title\": \"T\", \"extra\": 1}", "$.extra: nicht importiert: RoleModel hat keinen Platz für diese Angabe.")]
    [InlineData("{\"positionID\": ", "Das Dokument ist kein JSON: ")]
    [InlineData("{\"positionID\": \"r\", \"title\": \"T\", \"competencies\": [{\"termCode\": \"a\"}, {\"termCode\": \"a\"}]}", "$.competencies[1]: die Kompetenz 'a' kommt mehr als einmal vor.")]
    public void HrOpen_BadDocument_ReadsInGerman(string json, string german)
    {
        var problems = HrOpenImporter.Import(Encoding.UTF8.GetBytes(json), "doc.json", Options).Problems;

        problems.Should().Contain(p => p.MessageIn(German).StartsWith(german, StringComparison.Ordinal));
        problems.Should().AllSatisfy(p => p.MessageKey.Should().NotBeNull());
    }

    [Fact]
    public void Esco_MissingColumn_ReadsInGerman_AndItsEnglishIsUnchanged()
    {
        release.Write("occupationSkillRelations.csv", "occupationUri,skillType,skillUri", $"{MiniRelease.Occupation},knowledge,{MiniRelease.Skill2}");

        var problem = EscoImporter.Import(release.Directory).Problems.Single();

        problem.ToString().Should().Be("occupationSkillRelations.csv(1): error: The required column 'relationType' is missing from the header.");
        problem.MessageKey.Should().Be("Table.MissingColumn");
        problem.MessageIn(German).Should().Be("Die Pflichtspalte 'relationType' fehlt in der Kopfzeile.");
    }

    [Fact]
    public void Esco_MalformedRecord_ReadsInGerman_WithTheReasonInGermanToo()
    {
        release.Write("ISCOGroups_en.csv", "conceptType,conceptUri,code,preferredLabel",
            $"ISCOGroup,{MiniRelease.Isco},2654,directors",
            "ISCOGroup,http://data.europa.eu/esco/isco/C1,1");

        var problem = EscoImporter.Import(release.Directory).Problems.Single(p => p.Severity == ProblemSeverity.Error);

        problem.Message.Should().Be("The record is malformed (its field count differs from the header's) and was not read.");
        problem.MessageIn(German).Should().Be("Der Datensatz ist fehlerhaft (seine Feldzahl weicht von der der Kopfzeile ab) und wurde nicht gelesen.");
    }

    [Fact]
    public void Esco_SkillRelationToAnUnknownSkill_ReadsAsOneGermanSentence()
    {
        release.Write("skillSkillRelations.csv", "originalSkillUri,originalSkillType,relationType,relatedSkillType,relatedSkillUri",
            $"{MiniRelease.Skill1},skill/competence,optional,knowledge,http://data.europa.eu/esco/skill/unknown");

        var problem = EscoImporter.Import(release.Directory).Problems.Single();

        problem.Message.Should().Be($"The skill relation of '{MiniRelease.Skill1}' to 'http://data.europa.eu/esco/skill/unknown' was left out: 'http://data.europa.eu/esco/skill/unknown' is not in this release.");
        problem.MessageIn(German).Should().Be($"Die Kompetenzbeziehung von '{MiniRelease.Skill1}' zu 'http://data.europa.eu/esco/skill/unknown' wurde weggelassen: 'http://data.europa.eu/esco/skill/unknown' steht nicht in diesem Release.");
    }

    [Fact]
    public void Onet_EmergingTaskWithBadCategory_ReadsInGerman()
    {
        using var folder = new TempFolder();
        folder.Write("Emerging Tasks.tsv", "O*NET-SOC Code\tTitle\tTask\tCategory\tDate", "11-1011.00\tChief Executives\tPlan.\tChanged\t08/2024");

        var problem = OnetImporter.ImportEmergingTasks(folder.Path).Problems.Single();

        problem.Message.Should().Be("The Category 'Changed' of an emerging task of '11-1011.00' is neither 'New' nor 'Revision'.");
        problem.MessageIn(German).Should().Be("Die Category 'Changed' einer neu aufkommenden Aufgabe von '11-1011.00' ist weder 'New' noch 'Revision'.");
    }

    [Fact]
    public void ProblemMadeByACaller_HasNoTemplate_AndReadsTheSameInEveryLanguage()
    {
        var problem = new ImportProblem(ProblemSeverity.Warning, "a.csv", 2, "Something odd.");

        problem.MessageKey.Should().BeNull();
        problem.MessageIn(German).Should().Be("Something odd.");
        FluentActions.Invoking(() => problem.MessageIn(null!)).Should().Throw<ArgumentNullException>();
    }

    private static Dictionary<string, string> Entries(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string)d.Element("value")!);

    private static IEnumerable<string> Placeholders(string text) => PlaceholderPattern().Matches(text).Select(m => m.Value).Distinct();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex PlaceholderPattern();
}
