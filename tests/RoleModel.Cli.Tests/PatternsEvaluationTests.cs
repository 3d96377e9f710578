using RoleModel.Cli.Discovery;

namespace RoleModel.Cli.Tests;

public sealed class PatternsEvaluationTests
{
    [Fact]
    public void Steps_DotGrid_RunsFromFirstToLastInHundredthsWithoutDrift()
    {
        var steps = PatternsEvaluation.Steps(0.15, 0.7, 0.01);

        steps.Should().HaveCount(56);
        steps[0].Should().Be(0.15);
        steps[^1].Should().Be(0.7);
        // Unrounded, 0.15 + 14 * 0.01 is 0.29000000000000004 and 0.15 + 26 * 0.01 is 0.41000000000000003: the grid must hold the thresholds it prints.
        steps.Should().Contain(0.29).And.Contain(0.41).And.BeInAscendingOrder().And.OnlyHaveUniqueItems();
        steps.Zip(steps.Skip(1), (a, b) => Math.Round(b - a, 10)).Should().AllBeEquivalentTo(0.01);
    }

    [Theory]
    [InlineData(0.4, 0.9, 0.02, 26)]
    [InlineData(0.55, 0.9, 0.01, 36)]
    [InlineData(0.3, 0.3, 0.01, 1)]
    public void Steps_OtherGrids_HaveEveryStepIncludingBothEnds(double first, double last, double step, int count)
    {
        var steps = PatternsEvaluation.Steps(first, last, step);

        steps.Should().HaveCount(count);
        steps[0].Should().Be(first);
        steps[^1].Should().Be(last);
    }

    [Theory]
    [InlineData(0.15, true)]
    [InlineData(0.3, true)]
    [InlineData(0.7, true)]
    [InlineData(0.41, false)]
    [InlineData(0.29, false)]
    [InlineData(0.42, false)]
    public void IsPrinted_MultiplesOfFiveHundredths_AreTheOnesPrinted(double threshold, bool printed) =>
        PatternsEvaluation.IsPrinted(threshold).Should().Be(printed);

    [Fact]
    public void IsPrinted_OnTheDotGrid_PrintsTwelveOfFiftySix()
    {
        PatternsEvaluation.Steps(0.15, 0.7, 0.01).Where(PatternsEvaluation.IsPrinted).Should().Equal(0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7);
    }
}
