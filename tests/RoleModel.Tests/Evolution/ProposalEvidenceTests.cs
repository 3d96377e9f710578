using RoleModel.Evolution;
using static RoleModel.Tests.Evolution.Towns;

namespace RoleModel.Tests.Evolution;

public sealed class ProposalEvidenceTests
{
    [Fact]
    public void Properties_ComeFromTheRolesTasks()
    {
        var catalogue = new Catalogue(
            roles: [Role("model"), Role("town-a", "model")],
            histories: [Log("town-a", Add("a1", Day(2020), Task("x", "Open data", "Offene Daten", 10, TaskOrigin.SelfInitiated, "data")), Add("a2", Day(2021), Task("y", "Open data portal", "Open-Data-Portal", 10, TaskOrigin.SelfInitiated, "data")))]);

        var evidence = TemplateEvolution.Propose(catalogue, "model", Now, Day(2026)).Proposals
            .Single(p => p.Kind == TemplateProposalKind.AddRequirement).Evidence.Should().ContainSingle().Subject;

        evidence.RoleId.Should().Be("town-a");
        evidence.TaskIds.Should().Equal("x", "y");
        evidence.Since.Should().Be(Day(2020));
        evidence.Until.Should().BeNull();
        evidence.ToString().Should().Be("town-a: x, y since 2020-01-01");
    }
}
