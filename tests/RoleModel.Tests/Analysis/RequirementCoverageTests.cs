using RoleModel.Analysis;
using static RoleModel.Tests.Analysis.AnalysisSample;

namespace RoleModel.Tests.Analysis;

public class RequirementCoverageTests
{
    private static readonly FitIndex Index = new(Sample, Day, WithMapping);

    [Fact]
    public void IsSinglePointOfFailure_ExactlyOnePerson()
    {
        var coverage = Index.Coverage(["digitalisation-officer"], ["anna", "ben"]).Requirements;

        coverage.Select(r => r.IsSinglePointOfFailure).Should().Equal(true, false, false);
    }

    [Fact]
    public void Equals_OtherPeople_NotEqual()
    {
        var a = Index.Coverage(["digitalisation-officer"], ["anna", "ben"]).Requirements[0];

        a.Should().Be(Index.Coverage(["digitalisation-officer"], ["anna", "ben"]).Requirements[0]);
        a.Should().NotBe(Index.Coverage(["digitalisation-officer"], ["anna"]).Requirements[0]);
        a.ToString().Should().Be("digitalisation-officer/project-management: 1");
    }
}
