using NodaTime;
using RoleModel.Analysis;

namespace RoleModel.Tests.Analysis;

public class AnalysisOptionsTests
{
    [Fact]
    public void Default_ThreeYearsEssentialShareNoMappings()
    {
        AnalysisOptions.Default.StalenessPeriod.Should().Be(Period.FromYears(3));
        AnalysisOptions.Default.EssentialShare.Should().Be(0.8);
        AnalysisOptions.Default.ScaleMappings.Should().BeEmpty();
    }

    [Fact]
    public void Constructor_PeriodWithTimeComponent_Throws()
    {
        FluentActions.Invoking(() => new AnalysisOptions(Period.FromHours(5)))
            .Should().Throw<ArgumentException>().WithMessage("The staleness period must be a positive period*");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Constructor_NonPositivePeriod_Throws(int years)
    {
        FluentActions.Invoking(() => new AnalysisOptions(Period.FromYears(years))).Should().Throw<ArgumentException>();
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void Constructor_EssentialShareOutOfRange_Throws(double share)
    {
        FluentActions.Invoking(() => new AnalysisOptions(essentialShare: share))
            .Should().Throw<ArgumentOutOfRangeException>().WithMessage("The essential share must be above 0.5 and at most 1.*");
    }

    [Fact]
    public void Constructor_TwoMappingsSameDirection_Throws()
    {
        FluentActions.Invoking(() => new AnalysisOptions(scaleMappings: [AnalysisSample.SfiaToEcf, AnalysisSample.SfiaToEcf]))
            .Should().Throw<ArgumentException>().WithMessage("The scale mappings must not connect 'sfia' to 'e-cf' twice.*");
    }

    [Fact]
    public void WithScaleMappings_KeepsOtherSettings()
    {
        var options = new AnalysisOptions(Period.FromMonths(18), 0.9).WithScaleMappings([AnalysisSample.SfiaToEcf]);

        options.Should().Be(new AnalysisOptions(Period.FromMonths(18), 0.9, [AnalysisSample.SfiaToEcf]));
        options.Should().NotBe(AnalysisOptions.Default);
    }
}
