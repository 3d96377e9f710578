using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using RoleModel.Serialization;

namespace RoleModel.Tests.Serialization.Contract;

/// <summary>The decisions of issue #14, one each, with the message and place the reader reports (docs/format.md, Conventions).</summary>
public sealed class ContractDecisionTests
{
    private static string Doc(string role) => $$"""{"schemaVersion":"1.0","roles":[{"id":"r","title":{"en":"R"}{{role}}}]}""";

    private static string History(string recorded) =>
        "{\"schemaVersion\":\"1.0\",\"roles\":[{\"id\":\"r\",\"title\":{}}],\"histories\":[{\"role\":\"r\",\"changes\":[{\"id\":\"c\",\"kind\":\"metadataChanged\","
        + "\"effective\":\"2024-01-01\",\"recorded\":\"" + recorded + "\",\"author\":\"hr\",\"title\":{\"en\":\"T\"}}]}]}";

    private static string[] Problems(string json) => [.. RoleModelJson.Read(json).Report.Problems.Select(p => $"{p.Code} {p.Path}: {p.Message}")];

    private static string[] Problems(byte[] json) => [.. RoleModelJson.Read(json).Report.Problems.Select(p => $"{p.Code} {p.Path} {p.Line}:{p.Column}: {p.Message}")];

    [Theory]
    [InlineData(""","purpose":null""", "RM003 $.roles[0].purpose: Expected a localized text, an object such as {\"en\": \"…\"}, but found null.")]
    [InlineData(""","tags":null""", "RM003 $.roles[0].tags: Expected an array of tags, each a string, but found null.")]
    [InlineData(""","areas":[{"id":"a","name":{},"minShare":null}]""", "RM003 $.roles[0].areas[0].minShare: Expected a number, a percentage from 0 to 100, but found null.")]
    public void Null_ForAnOptionalMember_IsAWrongType(string member, string expected) =>
        Problems(Doc(member)).Should().Equal(expected);

    [Fact]
    public void Null_ForSchema_IsAWrongType() =>
        Problems("""{"$schema":null,"schemaVersion":"1.0"}""").Should().Equal("RM003 $.$schema: Expected a string, the address of the JSON Schema, but found null.");

    [Fact]
    public void Null_ForATemplateChange_IsTheDefinedValue() =>
        Problems("""{"schemaVersion":"1.0","roles":[{"id":"r","title":{}}],"histories":[{"role":"r","changes":[{"id":"c","kind":"templateChanged","effective":"2024-01-01","recorded":"2024-01-01T00:00:00Z","author":"hr","template":null}]}]}""")
            .Should().BeEmpty();

    [Theory]
    [InlineData("2016-12-31T23:59:60Z")]
    [InlineData("2024-01-01T24:00:00Z")]
    [InlineData("2024-01-01T10:00:00,5Z")]
    [InlineData("2024-01-01T10:00:00.1234567890Z")]
    [InlineData("0000-01-01T10:00:00Z")]
    [InlineData("2024-01-01t10:00:00z")]
    public void Instant_OutsideTheFormat_IsRefusedAtItsValue(string instant) =>
        Problems(History(instant)).Should().Equal($"RM005 $.histories[0].changes[0].recorded: '{instant}' is not a valid instant; expected yyyy-MM-ddTHH:mm:ssZ (UTC, optionally with a fraction of a second).");

    [Theory]
    [InlineData("2024-01-01T23:59:59.123456789Z")]
    [InlineData("0001-01-01T00:00:00Z")]
    [InlineData("9999-12-31T23:59:59Z")]
    public void Instant_AtTheEdgesOfTheFormat_IsRead(string instant) => Problems(History(instant)).Should().BeEmpty();

    [Fact]
    public void Date_Year0000_IsRefusedSayingTheYearDoesNotExist() =>
        Problems("{\"schemaVersion\":\"1.0\",\"roles\":[{\"id\":\"r\",\"title\":{}}],\"people\":[{\"id\":\"p\",\"assignments\":[{\"role\":\"r\",\"from\":\"0000-01-01\"}]}]}")
            .Should().Equal("RM005 $.people[0].assignments[0].from: '0000-01-01' is not a valid date: its form is right (yyyy-MM-dd), but there is no year 0000.");

    [Theory]
    [InlineData("-0001-01-01")]
    [InlineData("+2024-01-01")]
    [InlineData("١٢٣٤-01-01")]
    public void Date_OutsideYears0001To9999_IsRefused(string date) =>
        Problems("{\"schemaVersion\":\"1.0\",\"roles\":[{\"id\":\"r\",\"title\":{}}],\"people\":[{\"id\":\"p\",\"assignments\":[{\"role\":\"r\",\"from\":\"" + date + "\"}]}]}")
            .Should().Equal($"RM005 $.people[0].assignments[0].from: '{date}' is not a valid date; expected yyyy-MM-dd.");

    [Theory]
    [InlineData("r\u0085")]
    [InlineData("\uFEFFr")]
    [InlineData("r\u00A0")]
    [InlineData("r\u3000")]
    public void Identifier_WithFormatWhiteSpaceAtAnEnd_IsRefusedAtItsValue(string id) =>
        Problems(new JsonObject { ["schemaVersion"] = "1.0", ["roles"] = new JsonArray(new JsonObject { ["id"] = id, ["title"] = new JsonObject() }) }.ToJsonString())
            .Should().Equal("RM100 $.roles[0].id: The id must not start or end with white space.");

    [Fact]
    public void Identifier_WithOtherFormatCharactersAtAnEnd_IsRead() =>
        Problems(Doc(""","tags":["t\u200B","\u180Et"]""")).Should().BeEmpty();

    [Fact]
    public void Share_MorePreciseThanADecimal_IsRefusedNotRounded() =>
        Problems(Doc(""","areas":[{"id":"a","name":{},"maxShare":100.0000000000000000000000000001}]"""))
            .Should().Equal("RM009 $.roles[0].areas[0].maxShare: The number 100.0000000000000000000000000001 has more digits than a percentage keeps (28 decimal places, 28 to 29 significant digits); it would be read as 100.00000000000000000000000000, so it is refused rather than rounded.");

    [Theory]
    [InlineData("12.50")]
    [InlineData("1e1")]
    [InlineData("1E-28")]
    [InlineData("33.333333333333333333333333333")]
    [InlineData("-0")]
    public void Share_ThatADecimalHoldsExactly_IsRead(string share) =>
        Problems(Doc($$""","areas":[{"id":"a","name":{},"minShare":{{share}}}]""")).Should().BeEmpty();

    [Fact]
    public void LoneSurrogate_InATaskTitle_IsNamedAndLocatedAtTheString() =>
        Problems(Encoding.UTF8.GetBytes("""{"schemaVersion":"1.0","roles":[{"id":"r","title":{"en":"\ud800"}}]}"""))
            .Should().Equal("RM001 $.roles[0].title.en 1:57: The string holds an escaped lone surrogate, which is not text.");

    [Fact]
    public void InvalidUtf8_InAnArrayItem_IsLocatedAtTheItem() =>
        Problems([.. Encoding.UTF8.GetBytes("""{"schemaVersion":"1.0","roles":[{"id":"r","title":{},"tags":["a","b"""), 0xFF, .. Encoding.UTF8.GetBytes("\"]}]}")])
            .Should().Equal("RM001 $.roles[0].tags[1] 1:68: A string is not valid UTF-8.");

    /// <summary>The schema's explicit class and the reader's set are the same, and are the union of .NET's and ECMA-262's white space.</summary>
    [Fact]
    public void WhiteSpace_OfSchemaAndReader_IsOneSetOverEveryUtf16Unit()
    {
        var schema = JsonNode.Parse(File.ReadAllText(TestPaths.SchemaFile))!;
        var identifier = new Regex(schema["$defs"]!["identifier"]!["pattern"]!.GetValue<string>(), RegexOptions.None, TimeSpan.FromSeconds(5));
        var disagreements = new List<string>();
        for (var code = 0; code <= 0xFFFF; code++)
        {
            if (code is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            var c = (char)code;
            var schemaSaysSpace = !identifier.IsMatch("x" + c) || !identifier.IsMatch(c + "x");
            var union = char.IsWhiteSpace(c) || PatternStrings.IsEcmaSpace(c.ToString());
            if (schemaSaysSpace != FormatWhiteSpace.Contains(c) || union != FormatWhiteSpace.Contains(c))
            {
                disagreements.Add($"U+{code:X4}");
            }
        }

        disagreements.Should().BeEmpty();
    }
}
