using RoleModel.Analysis;
using static RoleModel.Tests.Analysis.AnalysisSample;

namespace RoleModel.Tests.Analysis;

public class RankedFitTests
{
    private static readonly FitIndex Index = new(Sample, Day, WithMapping);

    [Fact]
    public void Equals_SameHit_EqualWithEqualHash()
    {
        var a = Index.RankPeople("cdo", 1, includeAnalysis: true)[0];
        var b = Index.RankPeople("cdo", 1, includeAnalysis: true)[0];

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Equals_WithAndWithoutAnalysis_NotEqual()
    {
        Index.RankPeople("cdo", 1, includeAnalysis: true)[0].Should().NotBe(Index.RankPeople("cdo", 1)[0]);
        Index.RankPeople("cdo", 1)[0].Equals(null).Should().BeFalse();
    }

    [Fact]
    public void ToString_RoleSlashPersonAndScore()
    {
        Index.RankPeople("digitalisation-officer", 1)[0].ToString().Should().Be("digitalisation-officer / ben: 1");
    }
}
