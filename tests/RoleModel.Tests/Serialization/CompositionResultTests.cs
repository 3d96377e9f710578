using RoleModel.Serialization;

namespace RoleModel.Tests.Serialization;

public sealed class CompositionResultTests
{
    [Fact]
    public void IsValid_UnreadableDocument_IsFalseAndHasNoViews()
    {
        var result = new CatalogueComposer(new MemoryResolver()).Read("{"u8.ToArray(), "broken.json");

        (result.Document, result.Composed, result.IsValid).Should().Be((null, null, false));
        result.Documents.Single().Report.Problems.Single().Code.Should().Be(RoleModel.Validation.ProblemCodes.JsonSyntax);
    }

    [Fact]
    public void Composed_DocumentWithoutImports_IsTheDocument()
    {
        var result = new CatalogueComposer(new MemoryResolver()).Read("""{"schemaVersion": "1.0", "roles": [{"id": "r", "title": {"en": "R"}}]}"""u8.ToArray(), "r.json");

        result.IsValid.Should().BeTrue();
        result.Composed.Should().BeSameAs(result.Document);
    }

    /// <summary>A town split into files as docs/samples/composed: the whole town imports people and histories, both import the
    /// roles, and the roles import a standard (here a small stand-in for ESCO with one occupation).</summary>
    private static MemoryResolver Town() => new(
        ("standard.json", """{"schemaVersion": "1.1", "id": "standard", "version": "1", "issued": "2026-01-01", "roles": [{"id": "occupation", "title": {"en": "Occupation"}}], "people": [{"id": "sample-person"}]}"""),
        ("roles.json", """{"schemaVersion": "1.1", "id": "roles", "version": "1", "issued": "2026-01-01", "imports": [{"catalogue": "standard", "version": "1", "href": "standard.json"}], "roles": [{"id": "cdo", "title": {"en": "CDO"}}, {"id": "clerk", "title": {"en": "Clerk"}, "template": {"role": "occupation"}}]}"""),
        ("people.json", """{"schemaVersion": "1.1", "id": "people", "version": "1", "issued": "2026-01-01", "imports": [{"catalogue": "roles", "version": "1", "href": "roles.json"}], "people": [{"id": "p-1"}]}"""),
        ("histories.json", """{"schemaVersion": "1.1", "id": "histories", "version": "1", "issued": "2026-01-01", "imports": [{"catalogue": "roles", "version": "1", "href": "roles.json"}], "histories": [{"role": "cdo", "changes": []}]}"""),
        ("town.json", """{"schemaVersion": "1.1", "id": "town", "version": "1", "issued": "2026-01-01", "imports": [{"catalogue": "people", "version": "1", "href": "people.json"}, {"catalogue": "histories", "version": "1", "href": "histories.json"}]}"""),
        ("annex.json", """{"schemaVersion": "1.1", "id": "annex", "version": "1", "issued": "2026-01-01", "imports": [{"catalogue": "town", "version": "1", "href": "town.json"}], "roles": [{"id": "annex-role", "title": {"en": "Annex"}}]}"""));

    [Fact]
    public void OwnParts_DocumentThatOnlyPutsASetTogether_OwnsItsNearestPartsNotTheStandardTheyImport()
    {
        var result = Town().Read("town.json");

        result.IsValid.Should().BeTrue(string.Join("\n", result.Documents.SelectMany(d => d.Report.Problems)));
        result.Composed!.Roles.Select(r => r.Id).Should().Equal("cdo", "clerk", "occupation");
        result.OwnRoles.Select(r => r.Id).Should().Equal("cdo", "clerk");
        result.OwnPeople.Select(p => p.Id).Should().Equal("p-1");
        result.OwnHistories.Select(h => h.RoleId).Should().Equal("cdo");
    }

    [Fact]
    public void OwnParts_DocumentWithRolesOfItsOwn_OwnsThoseOnly()
    {
        var annex = Town().Read("annex.json");
        var roles = Town().Read("roles.json");

        annex.OwnRoles.Select(r => r.Id).Should().Equal("annex-role");
        annex.OwnPeople.Select(p => p.Id).Should().Equal(["p-1"], "each kind on its own: the annex has no people, the town's people file is nearest");
        roles.OwnRoles.Select(r => r.Id).Should().Equal("cdo", "clerk");
        roles.OwnPeople.Select(p => p.Id).Should().Equal("sample-person");
        roles.OwnHistories.Should().BeEmpty();
    }

    [Fact]
    public void OwnParts_DocumentWithoutImports_AreItsParts_AndAnUnreadableOneHasNone()
    {
        var plain = new CatalogueComposer(new MemoryResolver()).Read("""{"schemaVersion": "1.0", "roles": [{"id": "r", "title": {"en": "R"}}]}"""u8.ToArray(), "r.json");
        var broken = new CatalogueComposer(new MemoryResolver()).Read("{"u8.ToArray(), "broken.json");

        plain.OwnRoles.Should().Equal(plain.Composed!.Roles);
        (broken.OwnRoles.IsEmpty, broken.OwnPeople.IsEmpty, broken.OwnHistories.IsEmpty).Should().Be((true, true, true));
    }
}
