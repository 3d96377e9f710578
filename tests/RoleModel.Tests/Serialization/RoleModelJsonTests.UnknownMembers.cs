using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RoleModel.Serialization;
using RoleModel.Validation;

namespace RoleModel.Tests.Serialization;

/// <summary>
/// Unknown members are kept in one document per read: what the reader keeps must be exactly what was there,
/// and what it accepts the writer must write. Text that is not text (a lone surrogate, invalid UTF-8) is
/// refused, located at the name or value that holds it.
/// </summary>
public sealed partial class RoleModelJsonTests
{
    [Theory]
    [InlineData("\"\\ud800\"", "\"\\ud800\"", "$.x:a")]
    [InlineData("\"ok \\udfff\"", "\"ok", "$.x:a")]
    [InlineData("[1, \"\\ud83d\"]", "\"\\ud83d\"", "$.x:a[1]")]
    [InlineData("{\"k\": [\"\\udc00\\ud800\"]}", "\"\\udc00", "$.x:a.k[0]")]
    [InlineData("{\"k\": \"\\ud800x\"}", "\"\\ud800x", "$.x:a.k")]
    public void Read_LoneSurrogateInAnUnknownValue_IsRM001AtTheValue(string value, string token, string path)
    {
        var json = $$"""{"schemaVersion":"1.0","x:a": {{value}}}""";
        var column = json.IndexOf(token, StringComparison.Ordinal) + 1;

        var result = RoleModelJson.Read(json);

        result.Catalogue.Should().BeNull("the writer could not write the value");
        var problem = result.Report.Problems.Should().ContainSingle().Which;
        (problem.Code, problem.Path, problem.Line, problem.Column).Should().Be((ProblemCodes.JsonSyntax, path, 1, column));
        problem.Message.Should().Contain("lone surrogate");
    }

    [Fact]
    public void Read_LoneSurrogateInAnUnknownValueOfARole_IsRM001AtTheValue()
    {
        var result = RoleModelJson.Read(Document(Role(",\"hr:note\":[\"\\ud800\"]")));

        var problem = result.Report.Errors.Should().ContainSingle().Which;
        (problem.Code, problem.Path).Should().Be((ProblemCodes.JsonSyntax, "$.roles[0].hr:note[0]"));
        result.Catalogue.Should().BeNull();
    }

    [Fact]
    public void Read_SurrogatePairsAndEscapesInUnknownValues_AreKeptExactly()
    {
        const string value = """{"a\u00e4":["\ud83d\ude00","\u0000\n\"\\\/",1.50,-0,1e400,true,null,{}],"b":[]}""";

        var catalogue = RoleModelJson.Read($$"""{"$schema":"s","schemaVersion":"1.0","x:a": {{value}},"x:b":"\ud83d\ude00"}""").Catalogue!;

        catalogue.Extensions.Members.Select(m => m.Key).Should().Equal("$schema", "x:a", "x:b");
        JsonElement.DeepEquals(catalogue.Extensions.Members[1].Value, JsonDocument.Parse(value).RootElement).Should().BeTrue();
        catalogue.Extensions.Members[1].Value.GetProperty("aä")[0].GetString().Should().Be("😀");
        catalogue.Extensions.Members[1].Value.GetProperty("aä")[2].GetRawText().Should().Be("1.50", "numbers keep their text");
        catalogue.Extensions.Members[2].Value.GetString().Should().Be("😀");
        RoleModelJson.Read(RoleModelJson.WriteToUtf8Bytes(catalogue)).Catalogue.Should().Be(catalogue);
    }

    [Fact]
    public void Read_UnknownValuesOfManyObjects_EachKeepTheirOwn()
    {
        var roles = string.Join(",", Enumerable.Range(0, 300).Select(i => $$"""{"id":"r{{i}}","title":{"en":"R"},"x:i":{{i}},"x:s":["{{new string('v', i)}}"]}"""));

        var catalogue = RoleModelJson.Read(Document($"[{roles}]")).Catalogue!;

        catalogue.Roles.Select(r => r.Extensions.Members[0].Value.GetInt32()).Should().Equal(Enumerable.Range(0, 300));
        catalogue.Roles.Select(r => r.Extensions.Members[1].Value[0].GetString()!.Length).Should().Equal(Enumerable.Range(0, 300));
    }

    [Fact]
    public void Read_UnknownMembersAroundNestedObjects_StayWithTheirOwnObject()
    {
        // The reader keeps the unknown members of the objects being read on one stack: a role's members before
        // and after its requirements must not take in the requirements' members, nor lose their own.
        var requirements = """
            [{"competency":"c","importance":"essential","x:r":0},{"id":"r1","x:r":1,"competency":"c","importance":"optional","x:q":"one"},{"id":"r2","competency":"c","importance":"essential"}]
            """;
        var json = Document(Role($$""","x:before":"b","requirements":{{requirements}},"areas":[{"id":"a","name":{"en":"A"},"x:area":true}],"x:after":"a" """));

        var result = RoleModelJson.Read(json);

        result.Report.Problems.Should().BeEmpty();
        var catalogue = result.Catalogue!;
        var role = catalogue.Roles.Should().ContainSingle().Which;
        role.Extensions.Members.Select(m => (m.Key, m.Value.GetString())).Should().Equal(("x:before", "b"), ("x:after", "a"));
        role.Requirements.Select(r => string.Join(",", r.Extensions.Members.Select(m => $"{m.Key}={m.Value.GetRawText()}")))
            .Should().Equal("x:r=0", "x:r=1,x:q=\"one\"", "");
        role.Areas[0].Extensions.Members.Select(m => m.Key).Should().Equal("x:area");
        catalogue.Frameworks[0].Extensions.IsEmpty.Should().BeTrue();
        catalogue.Extensions.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Read_UnknownValuesAskedForFromManyThreadsAtOnce_AreParsedOnceAndTheSameForAll()
    {
        // The values are parsed when the first is asked for; threads that ask at the same time must all see them.
        var roles = string.Join(",", Enumerable.Range(0, 200).Select(i => $$$"""{"id":"r{{{i}}}","title":{"en":"R"},"x:i":{{{i}}},"x:o":{"n":[{{{i}}},"{{{i}}}"]}}"""));
        var catalogue = RoleModelJson.Read(Document($"[{roles}]")).Catalogue!;
        using var start = new Barrier(8);
        var seen = new List<List<int>>();

        var threads = Enumerable.Range(0, 8)
            .Select(_ => new Thread(() =>
            {
                start.SignalAndWait();
                var values = catalogue.Roles.Reverse().Select(r => r.Extensions.Members[0].Value.GetInt32() + r.Extensions.Members[1].Value.GetProperty("n")[1].GetString()!.Length).ToList();
                lock (start)
                {
                    seen.Add(values);
                }
            }))
            .ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        var expected = Enumerable.Range(0, 200).Reverse().Select(i => i + i.ToString(System.Globalization.CultureInfo.InvariantCulture).Length).ToList();
        seen.Should().HaveCount(8).And.AllSatisfy(values => values.Should().Equal(expected));
    }

    [Fact]
    public void Read_UnknownValuesNotYetAskedFor_CompareAndHashAsTheValuesThemselves()
    {
        // Equality and hashing of extension data fill in the values first, as Members does.
        const string json = """{"schemaVersion":"1.0","x:a":{"k":[1,2]},"x:b":"t"}""";
        var first = RoleModelJson.Read(json).Catalogue!.Extensions;
        var second = RoleModelJson.Read(json).Catalogue!.Extensions;
        var built = new ExtensionData([new("x:a", JsonDocument.Parse("""{"k":[1,2]}""").RootElement), new("x:b", JsonDocument.Parse("\"t\"").RootElement)]);
        var other = RoleModelJson.Read("""{"schemaVersion":"1.0","x:a":{"k":[1,3]},"x:b":"t"}""").Catalogue!.Extensions;

        first.GetHashCode().Should().Be(built.GetHashCode());
        first.Should().Be(built);
        second.Should().Be(first);
        other.Should().NotBe(first);
    }

    [Theory]
    [InlineData("{\"schemaVersion\":\"1.0\",\"x:", "\":1}", "$")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"roles\":[{\"id\":\"r\",\"title\":{\"en\":\"R\"},\"x:", "\":1}]}", "$.roles[0]")]
    [InlineData("{\"schemaVersion\":\"1.0\",\"x:a\":{\"", "\":1}}", "$.x:a")]
    public void Read_InvalidUtf8InTheNameOfAnUnknownMember_IsRM001AtTheName(string before, string after, string path)
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes(before), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(after)];

        var result = RoleModelJson.Read(bytes);

        result.Catalogue.Should().BeNull();
        var problem = result.Report.Problems.Should().ContainSingle().Which;
        (problem.Code, problem.Line, problem.Column).Should().Be((ProblemCodes.JsonSyntax, 1, before.Length + 1), "it is located at the invalid byte in the name");
        problem.Path.Should().StartWith(path);
        problem.Message.Should().Be("A string is not valid UTF-8.");
    }

    [Fact]
    public void Read_LoneSurrogateInTheNameOfAnUnknownMember_IsRM001AtTheName()
    {
        var json = Document(Role(",\"x:\\ud800\":1"));

        var at = json.IndexOf("\"x:\\ud800\"", StringComparison.Ordinal);
        var line = json[..at].Count(c => c == '\n') + 1;
        var column = at - json.LastIndexOf('\n', at);

        var problem = RoleModelJson.Read(json).Report.Problems.Should().ContainSingle().Which;

        (problem.Code, problem.Path, problem.Line, problem.Column).Should().Be((ProblemCodes.JsonSyntax, "$.roles[0]", line, column));
        problem.Message.Should().Contain("lone surrogate");
    }

    /// <summary>Unknown members with values full of escapes, some of them lone surrogates, put into the sample's objects.</summary>
    public static class UnknownMemberMutations
    {
        private static readonly string[] Pieces =
            ["a", "ä", "😀", "\\ud83d\\ude00", "\\u00e4", "\\n", "\\\"", "\\\\", "\\/", "\\u0000", "\\ud800", "\\udfff", "\\ud83d", " "];

        private static Gen<string> StringValue() =>
            Gen.ListOf(Gen.Elements(Pieces), 4).Select(parts => "\"" + string.Concat((IEnumerable<string>)parts) + "\"");

        private static Gen<string> Value(int depth)
        {
            var scalar = Gen.Frequency(
                (3, StringValue()),
                (1, Gen.Elements("0", "-1.50", "1e400", "true", "null")));
            return depth == 0
                ? scalar
                : Gen.Frequency(
                    (3, scalar),
                    (1, Gen.ListOf(Value(depth - 1), 3).Select(items => "[" + string.Join(",", items) + "]")),
                    (1, from names in Gen.ListOf(StringValue(), 3)
                        from values in Gen.ArrayOf(Value(depth - 1), names.Count)
                        select "{" + string.Join(",", values.Select((v, i) => $"\"k{i}" + names[i][1..] + ":" + v)) + "}"));
        }

        public static Arbitrary<string> Documents()
        {
            var objects = ObjectStarts(Municipal);
            var text = Encoding.UTF8.GetString(Municipal);
            return (from edits in Gen.ListOf(
                        from at in Gen.Elements(objects)
                        from name in StringValue()
                        from value in Value(2)
                        select (at, name, value), 3)
                    select Insert(text, edits.Select((e, i) => (e.at, $"\"x{i}:" + e.name[1..] + ":" + e.value + ",")))).ToArbitrary();
        }

        private static string Insert(string text, IEnumerable<(int At, string Member)> edits)
        {
            var builder = new StringBuilder(text);
            foreach (var (at, member) in edits.OrderByDescending(e => e.At))
            {
                builder.Insert(at + 1, member);
            }

            return builder.ToString();
        }

        /// <summary>
        /// The char offsets of the opening braces of the sample's objects that have a member other than a string
        /// (so not localized texts, whose members are languages).
        /// </summary>
        private static int[] ObjectStarts(byte[] utf8)
        {
            var starts = new List<int>();
            var open = new Stack<(int Start, bool Eligible)>();
            var reader = new Utf8JsonReader(utf8);
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        open.Push(((int)reader.TokenStartIndex, false));
                        break;
                    case JsonTokenType.EndObject:
                        var (start, eligible) = open.Pop();
                        if (eligible)
                        {
                            starts.Add(Encoding.UTF8.GetCharCount(utf8.AsSpan(0, start)));
                        }

                        break;
                    case JsonTokenType.PropertyName:
                        reader.Read();
                        if (reader.TokenType != JsonTokenType.String)
                        {
                            open.Push((open.Pop().Start, true));
                        }

                        if (reader.TokenType is JsonTokenType.StartObject)
                        {
                            open.Push(((int)reader.TokenStartIndex, false));
                        }

                        break;
                }
            }

            return [.. starts];
        }
    }

    [Property(MaxTest = 300, Arbitrary = [typeof(UnknownMemberMutations)])]
    public void Read_AnyUnknownMembers_AreWrittenAndReadBackOrRefusedAsLoneSurrogates(string document)
    {
        var result = RoleModelJson.Read(document);

        if (result.Catalogue is null)
        {
            result.Report.Errors.Should().NotBeEmpty().And.OnlyContain(p => p.Code == ProblemCodes.JsonSyntax && p.Message.Contains("lone surrogate"));
            return;
        }

        var written = RoleModelJson.WriteToUtf8Bytes(result.Catalogue);
        RoleModelJson.Read(written).Catalogue.Should().Be(result.Catalogue);
    }
}
