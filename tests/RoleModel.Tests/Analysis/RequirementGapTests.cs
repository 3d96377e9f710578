using RoleModel.Analysis;
using static RoleModel.Tests.Analysis.AnalysisSample;

namespace RoleModel.Tests.Analysis;

public class RequirementGapTests
{
    private static RequirementGap Strategy(Person person) =>
        FitAnalysis.Analyze(Sample, Cdo, person, Day, WithMapping).Requirements[0];

    [Fact]
    public void Contribution_FulfilmentTimesMaxContribution()
    {
        var gap = Strategy(Anna);

        gap.Contribution.Should().BeApproximately(0.75 * 0.4, 1e-12);
    }

    [Fact]
    public void Equals_SameResult_EqualWithEqualHash()
    {
        Strategy(Anna).Should().Be(Strategy(Anna));
        Strategy(Anna).GetHashCode().Should().Be(Strategy(Anna).GetHashCode());
    }

    [Fact]
    public void Equals_OtherHolder_NotEqual()
    {
        Strategy(Anna).Should().NotBe(Strategy(Ben));
        Strategy(Anna).Equals(null).Should().BeFalse();
    }

    [Fact]
    public void ToString_RequirementAndStatus()
    {
        Strategy(Anna).ToString().Should().Be("strategy: PartlyMet");
    }
}
