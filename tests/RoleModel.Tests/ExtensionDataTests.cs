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
}
