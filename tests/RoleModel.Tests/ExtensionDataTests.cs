using System.Text.Json;
using RoleModel.Tests.Infrastructure;

namespace RoleModel.Tests;

public sealed class ExtensionDataTests
{
    private static ExtensionData Of(params (string Name, string Json)[] members) =>
        new(members.Select(m => new KeyValuePair<string, JsonElement>(m.Name, Make.Json(m.Json))));

    [Fact]
    public void Constructor_KeepsMembersInOrder()
    {
        var data = Of(("b", "1"), ("a", "[true]"));

        data.Members.Select(m => m.Key).Should().Equal("b", "a");
        data.Members[1].Value.GetArrayLength().Should().Be(1);
        data.IsEmpty.Should().BeFalse();
        ExtensionData.Empty.IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Constructor_ClonesValues_SoTheyOutliveTheDocument()
    {
        ExtensionData data;
        using (var document = JsonDocument.Parse("""{"x":"kept"}"""))
        {
            data = new ExtensionData([new("x", document.RootElement.GetProperty("x"))]);
        }

        data.Members[0].Value.GetString().Should().Be("kept");
    }

    [Fact]
    public void Constructor_WithRepeatedName_Throws() =>
        FluentActions.Invoking(() => Of(("x", "1"), ("x", "2")))
            .Should().Throw<ArgumentException>().WithMessage("The member 'x' must not occur twice.*").WithParameterName("members");

    [Fact]
    public void Constructor_WithUndefinedValue_Throws() =>
        FluentActions.Invoking(() => new ExtensionData([new("x", default)]))
            .Should().Throw<ArgumentException>().WithMessage("The value of member 'x' must be a defined JSON value.*");

    [Fact]
    public void Constructor_WithNullName_Throws() =>
        FluentActions.Invoking(() => new ExtensionData([new(null!, Make.Json("1"))]))
            .Should().Throw<ArgumentNullException>().WithMessage("The name must not be null.*");

    [Fact]
    public void Constructor_WithNullMembers_Throws() =>
        FluentActions.Invoking(() => new ExtensionData(null!)).Should().Throw<ArgumentNullException>().WithParameterName("members");

    [Fact]
    public void Equals_ComparesValuesDeeply_AndEachMemberMatters() =>
        EqualityAssert.Contract(
            Of(("x", """{"a":1,"b":[1,2]}"""), ("y", "null")),
            Of(("x", """{ "a" : 1, "b" : [ 1, 2 ] }"""), ("y", "null")),
            Of(("x", """{"a":1,"b":[2,1]}"""), ("y", "null")),
            Of(("x", """{"a":1,"b":[1,2]}"""), ("z", "null")),
            Of(("y", "null"), ("x", """{"a":1,"b":[1,2]}""")),
            Of(("x", """{"a":1,"b":[1,2]}""")),
            ExtensionData.Empty);

    [Fact]
    public void ParseObjects_GivesOneExtensionDataPerObject_InOrder_WithItsMembersAndValues()
    {
        var data = ExtensionData.ParseObjects("""[{"x:a":1,"x:b":{"k":["v",true]}}, {}, {"x:a":"\u00e4","x:c":null}]"""u8);

        data.Should().HaveCount(3);
        data[1].Should().BeSameAs(ExtensionData.Empty);
        data[0].Members.Select(m => (m.Key, m.Value.GetRawText())).Should().Equal(("x:a", "1"), ("x:b", """{"k":["v",true]}"""));
        data[2].Members.Select(m => m.Key).Should().Equal("x:a", "x:c");
        data[2].Members[0].Value.GetString().Should().Be("ä");
        data[2].Members[1].Value.ValueKind.Should().Be(JsonValueKind.Null);
        data[0].Members[0].Key.Should().BeSameAs(data[2].Members[0].Key, "a name is one string for every object");
        data[0].Should().Be(Of(("x:a", "1"), ("x:b", """{"k":["v",true]}""")));
    }

    [Fact]
    public void ParseObjects_KeepsItsOwnCopyOfTheText()
    {
        var text = """[{"x":"kept"}]"""u8.ToArray();
        var data = ExtensionData.ParseObjects(text);

        text.AsSpan().Clear();

        data[0].Members[0].Value.GetString().Should().Be("kept");
    }

    [Fact]
    public void ParseObjects_OfAnEmptyArray_IsEmpty() =>
        ExtensionData.ParseObjects("[]"u8).Should().BeEmpty();

    [Theory]
    [InlineData("", "The extension data is not valid JSON:*")]
    [InlineData("[{\"x\":1}", "The extension data is not valid JSON:*")]
    [InlineData("[{\"x\":1}] [", "The extension data is not valid JSON:*")]
    [InlineData("[{\"x\":tru}]", "The extension data is not valid JSON:*")]
    [InlineData("{\"x\":1}", "The extension data must be a JSON array of objects, not an object.*")]
    [InlineData("null", "The extension data must be a JSON array of objects, not null.*")]
    [InlineData("[{}, 2]", "Item 1 of the extension data must be a JSON object, not a number.*")]
    [InlineData("[[]]", "Item 0 of the extension data must be a JSON object, not an array.*")]
    [InlineData("[{\"x\":1,\"y\":2,\"x\":3}]", "Item 0 of the extension data has the member 'x' twice.*")]
    [InlineData("[{\"\\u0078\":1,\"x\":2}]", "Item 0 of the extension data has the member 'x' twice.*")]
    public void ParseObjects_WithBadText_ThrowsNamingWhatIsWrong(string json, string message) =>
        FluentActions.Invoking(() => ExtensionData.ParseObjects(System.Text.Encoding.UTF8.GetBytes(json)))
            .Should().Throw<ArgumentException>().WithMessage(message).WithParameterName("utf8Json");

    [Fact]
    public void ParseObjects_NestedDeeperThanTheReaderAllows_Throws()
    {
        var deep = "[{\"x\":" + new string('[', 70) + new string(']', 70) + "}]";

        FluentActions.Invoking(() => ExtensionData.ParseObjects(System.Text.Encoding.UTF8.GetBytes(deep)))
            .Should().Throw<ArgumentException>().WithMessage("The extension data is not valid JSON:*depth*");
    }
}
