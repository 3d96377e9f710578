using RoleModel.Analysis;
using static RoleModel.Tests.Analysis.AnalysisSample;

namespace RoleModel.Tests.Analysis;

public class RoleBenchTests
{
    private static readonly FitIndex Index = new(Sample, Day, WithMapping);

    [Fact]
    public void Strength_PeopleMeetingEveryEssentialRequirement_OptionalGapsAllowed()
    {
        var anna = new Person("anna2", [Assess("project-management", Ecf("e-3"), new(2025, 1, 1)), Assess("change", Ecf("e-2"), new(2025, 1, 1))]);
        var index = new FitIndex(With([DigitalisationOfficer], [anna, Ben, Chris]), Day);

        var bench = index.Coverage(["digitalisation-officer"], ["anna2", "ben", "chris"]).Roles.Single();

        bench.PersonIds.Should().Equal("anna2", "ben");
        bench.Strength.Should().Be(2);
        bench.ToString().Should().Be("digitalisation-officer: 2");
    }

    [Fact]
    public void Equals_SameBench_Equal()
    {
        var a = Index.Coverage(["digitalisation-officer"], ["ben"]).Roles[0];

        a.Should().Be(Index.Coverage(["digitalisation-officer"], ["ben"]).Roles[0]);
        a.Should().NotBe(Index.Coverage(["digitalisation-officer"], ["anna"]).Roles[0]);
    }
}
