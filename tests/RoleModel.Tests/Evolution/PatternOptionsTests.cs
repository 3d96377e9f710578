using RoleModel.Evolution;

namespace RoleModel.Tests.Evolution;

public sealed class PatternOptionsTests
{
    [Fact]
    public void Default_UsesTheLexicalSimilarity()
    {
        PatternOptions.Default.Similarity.Should().BeSameAs(LexicalTaskSimilarity.Default);
        PatternOptions.Default.Threshold.Should().Be(0.35);
        PatternOptions.Default.MinimumRoles.Should().Be(2);
    }

    [Theory]
    [InlineData(0d)]
    [InlineData(-0.1)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void Constructor_ThresholdOutOfRange_Throws(double threshold)
    {
        var act = () => new PatternOptions(threshold: threshold);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*greater than 0 and at most 1*");
    }

    [Fact]
    public void Constructor_FewerThanTwoRoles_Throws()
    {
        var act = () => new PatternOptions(minimumRoles: 1);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
