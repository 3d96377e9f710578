using RoleModel.Analysis;
using static RoleModel.Tests.Analysis.AnalysisSample;

namespace RoleModel.Tests.Analysis;

public class CompetencyCoverageTests
{
    private static readonly FitIndex Index = new(Sample, Day, WithMapping);

    [Fact]
    public void Count_PeopleMeetingIt()
    {
        var change = Index.Coverage(["cdo"], ["anna", "ben", "chris"]).Competencies.Single(c => c.CompetencyId == "change");

        change.Count.Should().Be(2);
        change.ToString().Should().Be("change: 2");
    }

    [Fact]
    public void PersonIds_StricterRoleAdded_DropsThoseBelowIt()
    {
        var officerOnly = Index.Coverage(["digitalisation-officer"], ["anna", "ben"]).Competencies.Single(c => c.CompetencyId == "procurement");
        var both = Index.Coverage(["digitalisation-officer", "cdo"], ["anna", "ben"]).Competencies.Single(c => c.CompetencyId == "procurement");

        officerOnly.PersonIds.Should().Equal("anna", "ben");
        both.PersonIds.Should().Equal("anna");
        officerOnly.Should().NotBe(both);
    }
}
