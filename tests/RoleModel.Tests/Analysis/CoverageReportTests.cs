using RoleModel.Analysis;
using static RoleModel.Tests.Analysis.AnalysisSample;

namespace RoleModel.Tests.Analysis;

public class CoverageReportTests
{
    private static readonly FitIndex Index = new(Sample, Day, WithMapping);

    [Fact]
    public void SinglePointsOfFailure_NoOneOrSeveralMeetIt_NotListed()
    {
        var report = Index.Coverage(["cdo"], ["anna", "ben", "chris"]);

        report.SinglePointsOfFailure.Should().BeEmpty("strategy and data governance have no one, the rest two each");
    }

    [Fact]
    public void SinglePointsOfFailure_FewerPeople_RequirementsWithOneHolder()
    {
        var report = Index.Coverage(["cdo"], ["anna"]);

        report.SinglePointsOfFailure.Select(r => r.Requirement.Id).Should().Equal("change", "communication", "delivery");
    }

    [Fact]
    public void Equals_SameSelection_EqualWithEqualHash()
    {
        var a = Index.Coverage(["cdo"], ["anna", "ben"]);
        var b = Index.Coverage(["cdo"], ["anna", "ben"]);

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
        a.Should().NotBe(Index.Coverage(["cdo"], ["ben", "anna"]), "people are listed in the order given");
    }

    [Fact]
    public void Coverage_NoPeople_NothingCovered()
    {
        var report = Index.Coverage(["digitalisation-officer"], []);

        report.Requirements.Should().OnlyContain(r => r.PersonIds.IsEmpty);
        report.Roles.Single().Strength.Should().Be(0);
    }
}
