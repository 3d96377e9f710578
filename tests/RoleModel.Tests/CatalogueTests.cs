using NodaTime;
using RoleModel.History;
using RoleModel.Tests.History;
using RoleModel.Tests.Infrastructure;
using RoleModel.Validation;

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
        FluentActions.Invoking(() => catalogue.FindHistory(null!)).Should().Throw<ArgumentNullException>().WithParameterName("roleId");
    }

    [Fact]
    public void FindHistory_ByRoleId_ReturnsTheFirstHistoryOfTheRole()
    {
        var catalogue = WithHistories(CdoHistory.Cdo, new RoleHistory(CdoHistory.Baseline));

        catalogue.FindHistory("cdo").Should().BeSameAs(catalogue.Histories[0]);
        catalogue.FindHistory("data-officer").Should().BeNull();
    }

    [Fact]
    public void Validate_WithHistories_ReportsTheProblemsOfEachHistoryAtItsPath()
    {
        var broken = CdoHistory.Cdo.Append(RoleChange.RetireTask("c99", new LocalDate(2021, 1, 1), CdoHistory.At(2026, 4, 1), "hr", "portal"));

        WithHistories(broken).Validate().ShouldReportOnly(
            ProblemCodes.UnresolvedReference, "$.histories[0].changes[14].task", "Change 'c99' refers to task 'portal', which the role does not have on 2021-01-01.");
    }

    [Fact]
    public void Validate_HistoryOfAMissingRole_ReportsRM102AtItsRole() =>
        new Catalogue(CdoHistory.Municipality.Frameworks, histories: [new RoleHistory(CdoHistory.Baseline)]).Validate().ShouldReportOnly(
            ProblemCodes.UnresolvedReference, "$.histories[0].role", "The history refers to role 'cdo', which does not exist.");

    [Fact]
    public void Validate_HistoryNotStartingFromTheCataloguesRole_ReportsRM100AtItsRole() =>
        WithHistories(new RoleHistory(CdoHistory.Baseline.WithOpenness(RoleOpenness.Open(new ShareRange(0, 50))))).Validate().ShouldReportOnly(
            ProblemCodes.InvalidValue, "$.histories[0].role",
            "The history of role 'cdo' must start from the catalogue's definition of that role, as JSON names the role only by its identifier.");

    [Fact]
    public void Validate_TwoHistoriesOfOneRole_ReportsRM101AtTheSecond() =>
        WithHistories(new RoleHistory(CdoHistory.Baseline), new RoleHistory(CdoHistory.Baseline)).Validate().ShouldReportOnly(
            ProblemCodes.DuplicateId, "$.histories[1].role", "Role 'cdo' has more than one history.");

    private static Catalogue WithHistories(params RoleHistory[] histories) =>
        new(CdoHistory.Municipality.Frameworks, CdoHistory.Municipality.Roles, histories: histories);

    [Fact]
    public void Empty_HoldsNothing()
    {
        Catalogue.Empty.Frameworks.Should().BeEmpty();
        Catalogue.Empty.Roles.Should().BeEmpty();
        Catalogue.Empty.People.Should().BeEmpty();
        Catalogue.Empty.Histories.Should().BeEmpty();
        Catalogue.Empty.Extensions.Should().Be(ExtensionData.Empty);
        Catalogue.Empty.Validate().Problems.Should().BeEmpty();
    }

    [Fact]
    public void Constructor_WithNullElement_Throws()
    {
        FluentActions.Invoking(() => new Catalogue(frameworks: [null!])).Should().Throw<ArgumentException>().WithMessage("The frameworks must not contain null elements.*");
        FluentActions.Invoking(() => new Catalogue(roles: [null!])).Should().Throw<ArgumentException>().WithMessage("The roles must not contain null elements.*");
        FluentActions.Invoking(() => new Catalogue(people: [null!])).Should().Throw<ArgumentException>().WithMessage("The people must not contain null elements.*");
        FluentActions.Invoking(() => new Catalogue(histories: [null!])).Should().Throw<ArgumentException>().WithMessage("The histories must not contain null elements.*");
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
            new Catalogue([TestCatalogues.Framework()], [TestCatalogues.Cdo(), TestCatalogues.SmallTownCdo()], [TestCatalogues.Holder()],
                histories: [new RoleHistory(TestCatalogues.Cdo())]),
            Catalogue.Empty);
}
