using RoleModel.Tests.Infrastructure;

namespace RoleModel.Tests;

public sealed class CatalogueTests
{
    private static readonly CompetencyFramework Other = new(
        "other", Make.Text("Other"), [ProficiencyScale.CreateSfiaStyle()], [new Competency("law", CompetencyKind.Knowledge, Make.Text("Law"))]);

    [Fact]
    public void Lookups_FindPartsById_AcrossAllFrameworks()
    {
        var catalogue = new Catalogue([TestCatalogues.Framework(), Other], [TestCatalogues.Cdo()], [TestCatalogues.Holder()]);

        catalogue.FindFramework("other").Should().BeSameAs(catalogue.Frameworks[1]);
        catalogue.FindCompetency("data-governance").Should().BeSameAs(catalogue.Frameworks[0].Competencies[2]);
        catalogue.FindCompetency("law").Should().BeSameAs(catalogue.Frameworks[1].Competencies[0]);
        catalogue.FindScale("ecf").Should().BeSameAs(catalogue.Frameworks[0].Scales[0]);
        catalogue.FindScale("sfia").Should().BeSameAs(catalogue.Frameworks[1].Scales[0]);
        catalogue.FindRole("cdo").Should().BeSameAs(catalogue.Roles[0]);
        catalogue.FindPerson("p-0001").Should().BeSameAs(catalogue.People[0]);
    }

    [Fact]
    public void Lookups_WithUnknownOrDifferentlyCasedId_ReturnNull()
    {
        var catalogue = TestCatalogues.Municipal();

        catalogue.FindFramework("MUNI-DIGITAL").Should().BeNull();
        catalogue.FindCompetency("unknown").Should().BeNull();
        catalogue.FindScale("sfia").Should().BeNull();
        catalogue.FindRole("Cdo").Should().BeNull();
        catalogue.FindPerson("p-9999").Should().BeNull();
    }

    [Fact]
    public void Lookups_WithDuplicateIds_ReturnTheFirst()
    {
        var first = TestCatalogues.Cdo();
        var catalogue = new Catalogue(roles: [first, TestCatalogues.Cdo().WithOpenness(RoleOpenness.Fixed)]);

        catalogue.FindRole("cdo").Should().BeSameAs(first);
    }

    [Fact]
    public void Lookups_WithNullId_Throw()
    {
        var catalogue = Catalogue.Empty;
        FluentActions.Invoking(() => catalogue.FindFramework(null!)).Should().Throw<ArgumentNullException>().WithParameterName("id");
        FluentActions.Invoking(() => catalogue.FindCompetency(null!)).Should().Throw<ArgumentNullException>().WithParameterName("id");
        FluentActions.Invoking(() => catalogue.FindScale(null!)).Should().Throw<ArgumentNullException>().WithParameterName("id");
        FluentActions.Invoking(() => catalogue.FindRole(null!)).Should().Throw<ArgumentNullException>().WithParameterName("id");
        FluentActions.Invoking(() => catalogue.FindPerson(null!)).Should().Throw<ArgumentNullException>().WithParameterName("id");
    }

    [Fact]
    public void Empty_HoldsNothing()
    {
        Catalogue.Empty.Frameworks.Should().BeEmpty();
        Catalogue.Empty.Roles.Should().BeEmpty();
        Catalogue.Empty.People.Should().BeEmpty();
        Catalogue.Empty.Extensions.Should().Be(ExtensionData.Empty);
        Catalogue.Empty.Validate().Problems.Should().BeEmpty();
    }

    [Fact]
    public void Constructor_WithNullElement_Throws()
    {
        FluentActions.Invoking(() => new Catalogue(frameworks: [null!])).Should().Throw<ArgumentException>().WithMessage("The frameworks must not contain null elements.*");
        FluentActions.Invoking(() => new Catalogue(roles: [null!])).Should().Throw<ArgumentException>().WithMessage("The roles must not contain null elements.*");
        FluentActions.Invoking(() => new Catalogue(people: [null!])).Should().Throw<ArgumentException>().WithMessage("The people must not contain null elements.*");
    }

    [Fact]
    public void Validate_WithNullArguments_Throws()
    {
        var catalogue = TestCatalogues.Municipal();
        FluentActions.Invoking(() => catalogue.Validate(null!)).Should().Throw<ArgumentNullException>().WithParameterName("snapshot");
        FluentActions.Invoking(() => catalogue.Validate(new RoleSnapshot(TestCatalogues.Cdo(), TaskProfile.Empty), null!))
            .Should().Throw<ArgumentNullException>().WithParameterName("tasksPath");
    }

    [Fact]
    public void Equals_FollowsContract_AndEachMemberMatters() =>
        EqualityAssert.Contract(
            TestCatalogues.Municipal(),
            TestCatalogues.Municipal(),
            new Catalogue([TestCatalogues.Framework(), Other], [TestCatalogues.Cdo(), TestCatalogues.SmallTownCdo()], [TestCatalogues.Holder()]),
            new Catalogue([TestCatalogues.Framework()], [TestCatalogues.SmallTownCdo(), TestCatalogues.Cdo()], [TestCatalogues.Holder()]),
            new Catalogue([TestCatalogues.Framework()], [TestCatalogues.Cdo(), TestCatalogues.SmallTownCdo()]),
            new Catalogue([TestCatalogues.Framework()], [TestCatalogues.Cdo(), TestCatalogues.SmallTownCdo()], [TestCatalogues.Holder()], Make.Extensions("x-exported-by")),
            Catalogue.Empty);
}
