using RoleModel.Analysis;
using static RoleModel.Tests.Analysis.AnalysisSample;

namespace RoleModel.Tests.Analysis;

public class GapAnalysisTests
{
    [Fact]
    public void Equals_SameInputs_EqualWithEqualHash()
    {
        var a = FitAnalysis.Analyze(Sample, Cdo, Anna, Day, WithMapping);
        var b = FitAnalysis.Analyze(Sample, Cdo, Anna, Day, WithMapping);

        a.Should().Be(b);
        a.GetHashCode().Should().Be(b.GetHashCode());
    }

    [Fact]
    public void Equals_OtherDayPersonOrMapping_NotEqual()
    {
        var a = FitAnalysis.Analyze(Sample, Cdo, Anna, Day, WithMapping);

        a.Should().NotBe(FitAnalysis.Analyze(Sample, Cdo, Anna, Day.PlusDays(1), WithMapping));
        a.Should().NotBe(FitAnalysis.Analyze(Sample, Cdo, Ben, Day, WithMapping));
        a.Should().NotBe(FitAnalysis.Analyze(Sample, Cdo, Anna, Day));
        a.Equals(null).Should().BeFalse();
    }

    [Fact]
    public void AllEssentialMet_OnlyOptionalGaps_True()
    {
        FitAnalysis.Analyze(Sample, DigitalisationOfficer, Ben, Day).AllEssentialMet.Should().BeTrue();
        FitAnalysis.Analyze(Sample, DigitalisationOfficer, Anna, Day).AllEssentialMet.Should().BeFalse();
    }

    [Fact]
    public void ToString_RoleSlashPersonAndScore()
    {
        FitAnalysis.Analyze(Sample, Cdo, Anna, Day, WithMapping).ToString().Should().Be("cdo / anna: 0.8");
    }
}
