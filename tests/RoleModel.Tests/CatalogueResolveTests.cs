using FsCheck;
using FsCheck.Xunit;
using RoleModel.Tests.Infrastructure;
using static RoleModel.Tests.Infrastructure.TestCatalogues;

namespace RoleModel.Tests;

/// <summary>Catalogue.Resolve: laying a derived role over its template chain.</summary>
public sealed class CatalogueResolveTests
{
    [Fact]
    public void Resolve_DerivedRole_InheritsPurposeAndOutcomesWhenItHasNone()
    {
        var resolved = Municipal().Resolve(SmallTownCdo());

        resolved.Purpose.Should().Be(Cdo().Purpose);
        resolved.Outcomes.Should().Equal(Cdo().Outcomes);
        resolved.Template.Should().BeNull();
        (resolved.Id, resolved.Title, resolved.Openness).Should().Be((SmallTownCdo().Id, SmallTownCdo().Title, SmallTownCdo().Openness));
    }

    [Fact]
    public void Resolve_DerivedRole_OverridesInPlaceRemovesAndAppends()
    {
        var resolved = Municipal().Resolve(SmallTownCdo());

        resolved.Requirements.Should().Equal(Cdo().Requirements[0], SmallTownCdo().Requirements[0], Cdo().Requirements[2]);
        resolved.Areas.Should().Equal(Cdo().Areas[0], Cdo().Areas[1], SmallTownCdo().Areas[0]);
    }

    [Fact]
    public void Resolve_DerivedRole_TakesTheUnionOfTags() =>
        Municipal().Resolve(SmallTownCdo().WithTemplate(new RoleTemplate("cdo"))).Tags.Should().Equal("digital", "leadership", "small-town");

    [Fact]
    public void Resolve_DerivedRoleWithOwnPurposeAndOutcomes_KeepsThem()
    {
        var own = SmallTownCdo().WithDescription(Make.Text("Town"), Make.Text("Own purpose"), [Make.Text("Own outcome")]);

        var resolved = Municipal().Resolve(own);

        resolved.Purpose.Should().Be(Make.Text("Own purpose"));
        resolved.Outcomes.Should().Equal(Make.Text("Own outcome"));
    }

    [Fact]
    public void Resolve_MultiLevelChain_AppliesEachLevelInTurn()
    {
        var village = new Role(
            "village", Make.Text("Village digital officer"),
            requirements: [new CompetencyRequirement("digital-strategy", Level("e-3")), new CompetencyRequirement("procurement-law")],
            template: new RoleTemplate("cdo-small-town", ["data-or-architecture"], ["strategy"]),
            tags: ["digital", "village"]);
        var catalogue = new Catalogue([Framework()], [Cdo(), SmallTownCdo(), village]);

        var resolved = catalogue.Resolve(village);

        resolved.Requirements.Should().Equal(village.Requirements[0], SmallTownCdo().Requirements[0], village.Requirements[1]);
        resolved.Areas.Should().Equal(Cdo().Areas[1], SmallTownCdo().Areas[0]);
        resolved.Tags.Should().Equal("digital", "leadership", "small-town", "village");
        resolved.Purpose.Should().Be(Cdo().Purpose);
    }

    [Fact]
    public void Resolve_RoleOutsideTheCatalogue_UsesTheCatalogueTemplates() =>
        new Catalogue(roles: [Cdo()]).Resolve(SmallTownCdo()).Should().Be(Municipal().Resolve(SmallTownCdo()));

    [Fact]
    public void Resolve_WithMissingTemplate_Throws() =>
        Catalogue.Empty.Invoking(c => c.Resolve(SmallTownCdo())).Should().Throw<InvalidOperationException>()
            .WithMessage("Role 'cdo-small-town' cannot be resolved because its template 'cdo' does not exist.");

    [Fact]
    public void Resolve_WithMissingTemplateFurtherUp_Throws()
    {
        var catalogue = new Catalogue(roles: [SmallTownCdo()]);
        var village = new Role("village", Make.Text("V"), template: new RoleTemplate("cdo-small-town"));

        catalogue.Invoking(c => c.Resolve(village)).Should().Throw<InvalidOperationException>()
            .WithMessage("Role 'cdo-small-town' cannot be resolved because its template 'cdo' does not exist.");
    }

    [Fact]
    public void Resolve_OnTemplateCycle_Throws()
    {
        var a = new Role("a", Make.Text("A"), template: new RoleTemplate("b"));
        var catalogue = new Catalogue(roles: [a, new Role("b", Make.Text("B"), template: new RoleTemplate("a"))]);

        catalogue.Invoking(c => c.Resolve(a)).Should().Throw<InvalidOperationException>()
            .WithMessage("Role 'a' cannot be resolved because its template derivation forms a cycle.");
    }

    [Fact]
    public void Resolve_OnSelfDerivation_Throws()
    {
        var self = new Role("self", Make.Text("S"), template: new RoleTemplate("self"));

        new Catalogue(roles: [self]).Invoking(c => c.Resolve(self)).Should().Throw<InvalidOperationException>().WithMessage("*'self'*forms a cycle.");
    }

    [Fact]
    public void Resolve_WithNull_Throws() =>
        Catalogue.Empty.Invoking(c => c.Resolve(null!)).Should().Throw<ArgumentNullException>().WithParameterName("role");

    [Property]
    public bool Resolve_OfUnderivedRole_ReturnsTheRoleItself(NonNegativeInt requirementCount, NonNegativeInt tagCount, bool inCatalogue)
    {
        var role = new Role(
            "generated", Make.Text("Generated"), RoleOpenness.Open(ShareRange.Full),
            requirements: Enumerable.Range(0, requirementCount.Get % 8).Select(i => new CompetencyRequirement($"c{i}")),
            tags: Enumerable.Range(0, tagCount.Get % 5).Select(i => $"t{i}"));
        var catalogue = inCatalogue ? new Catalogue([Framework()], [Cdo(), role]) : Municipal();

        return ReferenceEquals(catalogue.Resolve(role), role);
    }
}
