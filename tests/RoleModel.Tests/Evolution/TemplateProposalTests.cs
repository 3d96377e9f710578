using RoleModel.Evolution;
using static RoleModel.Tests.Evolution.Towns;

namespace RoleModel.Tests.Evolution;

public sealed class TemplateProposalTests
{
    [Fact]
    public void ToString_NamesKindSubjectAndRoles()
    {
        var catalogue = new Catalogue(
            roles: [Role("model", null, new CompetencyRequirement("files")), Role("town-a", "model")],
            histories: [Log("town-a", Add("a1", Day(2020), Task("x", "Open data", "Offene Daten", 10, TaskOrigin.SelfInitiated, "files")), Retire("a2", Day(2022), "x"))]);

        var proposal = TemplateEvolution.Propose(catalogue, "model", Now, Day(2026)).Proposals.Should().ContainSingle().Subject;

        proposal.Kind.Should().Be(TemplateProposalKind.RemoveRequirement);
        proposal.Label.Should().Be(LocalizedText.Empty, "the catalogue has no framework naming 'files'");
        proposal.ToString().Should().Be("RemoveRequirement files (1 roles)");
    }
}
