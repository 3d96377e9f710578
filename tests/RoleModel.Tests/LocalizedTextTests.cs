using System.Globalization;

namespace RoleModel.Tests;

public sealed class LocalizedTextTests
{
    private static readonly LocalizedText Title = new([new("de", "Digitalisierungsbeauftragte"), new("en", "Digitalisation officer"), new("", "Digitalisation")]);

    [Theory]
    [InlineData("de-CH", "Digitalisierungsbeauftragte")]
    [InlineData("de", "Digitalisierungsbeauftragte")]
    [InlineData("en-GB", "Digitalisation officer")]
    [InlineData("fr-FR", "Digitalisation")]
    public void Get_FallsBackFromExactToParentToInvariant(string culture, string expected) =>
        Title.Get(CultureInfo.GetCultureInfo(culture)).Should().Be(expected);

    [Fact]
    public void Get_WithoutInvariantEntry_FallsBackToFirstEntry() =>
        new LocalizedText([new("fr", "Délégué"), new("en", "Officer")]).Get(CultureInfo.GetCultureInfo("de")).Should().Be("Délégué");

    [Fact]
    public void Get_OnEmptyText_ReturnsNull() => LocalizedText.Empty.Get(CultureInfo.InvariantCulture).Should().BeNull();

    [Fact]
    public void Constructor_WithRepeatedCultureIgnoringCase_Throws() =>
        FluentActions.Invoking(() => new LocalizedText([new("de", "a"), new("DE", "b")]))
            .Should().Throw<ArgumentException>().WithMessage("*culture 'DE' must not occur twice*");
}
