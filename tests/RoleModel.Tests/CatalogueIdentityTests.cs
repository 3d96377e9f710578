using NodaTime;
using RoleModel.Tests.Infrastructure;

namespace RoleModel.Tests;

public sealed class CatalogueIdentityTests
{
    private static readonly LocalDate Issued = new(2022, 12, 1);

    [Fact]
    public void Constructor_KeepsItsParts()
    {
        var identity = new CatalogueIdentity("esco", "1.1.1", Issued, "European Commission");

        (identity.Id, identity.Version, identity.Issued, identity.Publisher).Should().Be(("esco", "1.1.1", Issued, "European Commission"));
        identity.ToString().Should().Be("esco 1.1.1");
    }

    [Theory]
    [InlineData("", "1", null, "id")]
    [InlineData("esco", " 1", null, "version")]
    [InlineData("esco", "1", "  ", "publisher")]
    public void Constructor_BlankPart_Throws(string id, string version, string? publisher, string parameter) =>
        FluentActions.Invoking(() => new CatalogueIdentity(id, version, Issued, publisher))
            .Should().Throw<ArgumentException>().Which.ParamName.Should().Be(parameter);

    [Fact]
    public void Constructor_NullId_Throws() =>
        FluentActions.Invoking(() => new CatalogueIdentity(null!, "1", Issued)).Should().Throw<ArgumentNullException>();

    [Fact]
    public void Equality_FollowsEveryPart() =>
        EqualityAssert.Contract(
            new CatalogueIdentity("esco", "1.1.1", Issued, "EC"),
            new CatalogueIdentity("esco", "1.1.1", Issued, "EC"),
            new CatalogueIdentity("onet", "1.1.1", Issued, "EC"),
            new CatalogueIdentity("esco", "1.2.0", Issued, "EC"),
            new CatalogueIdentity("esco", "1.1.1", Issued.PlusDays(1), "EC"),
            new CatalogueIdentity("esco", "1.1.1", Issued));

    [Fact]
    public void Catalogue_WithIdentity_KeepsEverythingElse()
    {
        var catalogue = new Catalogue(roles: [new Role("r", LocalizedText.Of("en", "R"))]);
        var identity = new CatalogueIdentity("town", "1", Issued);

        var identified = catalogue.WithIdentity(identity);

        identified.Identity.Should().Be(identity);
        identified.Roles.Should().Equal(catalogue.Roles);
        identified.Should().NotBe(catalogue);
        identified.WithIdentity(null).Should().Be(catalogue);
    }
}
