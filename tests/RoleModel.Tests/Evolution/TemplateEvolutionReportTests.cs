using RoleModel.Evolution;
using static RoleModel.Tests.Evolution.Towns;

namespace RoleModel.Tests.Evolution;

public sealed class TemplateEvolutionReportTests
{
    [Fact]
    public void Properties_DescribeTheAnalysis()
    {
        var template = Role("model");
        var catalogue = new Catalogue(roles: [template, Role("town-a", "model")]);

        var report = TemplateEvolution.Propose(catalogue, "model", Now, Day(2026));

        report.TemplateRoleId.Should().Be("model");
        report.On.Should().Be(Day(2026));
        report.KnownAt.Should().Be(Now);
        report.DerivedRoleIds.Should().Equal("town-a");
        report.Proposals.Should().BeEmpty("town-a has no history");
    }
}
