using System.Text.Json;
using RoleModel.Tests.Infrastructure;

namespace RoleModel.Tests;

public sealed class CatalogueImportTests
{
    [Fact]
    public void Constructor_KeepsItsParts()
    {
        var import = new CatalogueImport("esco", "1.1.1", "esco.json");

        (import.CatalogueId, import.Version, import.Href, import.Extensions.IsEmpty).Should().Be(("esco", "1.1.1", "esco.json", true));
        import.ToString().Should().Be("esco 1.1.1");
    }

    [Theory]
    [InlineData("", "1", null, "catalogueId")]
    [InlineData("esco", " 1", null, "version")]
    [InlineData("esco", "1", " ", "href")]
    public void Constructor_BlankPart_Throws(string id, string version, string? href, string parameter) =>
        FluentActions.Invoking(() => new CatalogueImport(id, version, href))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be(parameter);

    [Fact]
    public void Constructor_NullVersion_Throws() =>
        FluentActions.Invoking(() => new CatalogueImport("esco", null!)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void Equality_FollowsEveryPart() =>
        EqualityAssert.Contract(
            new CatalogueImport("esco", "1.1.1", "esco.json"),
            new CatalogueImport("esco", "1.1.1", "esco.json"),
            new CatalogueImport("onet", "1.1.1", "esco.json"),
            new CatalogueImport("esco", "1.2.0", "esco.json"),
            new CatalogueImport("esco", "1.1.1"),
            new CatalogueImport("esco", "1.1.1", "esco.json", new ExtensionData([new("x:note", JsonDocument.Parse("1").RootElement)])));

    [Fact]
    public void Catalogue_WithImports_KeepsThemAndTakesPartInEquality()
    {
        var imports = new[] { new CatalogueImport("esco", "1.1.1", "esco.json") };

        var catalogue = Catalogue.Empty.WithImports(imports);

        catalogue.Imports.Should().Equal(imports);
        catalogue.Should().NotBe(Catalogue.Empty);
        catalogue.WithIdentity(null).Imports.Should().Equal(imports);
        catalogue.WithImports([]).Should().Be(Catalogue.Empty);
    }
}
