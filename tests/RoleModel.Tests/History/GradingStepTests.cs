using NodaTime;
using RoleModel.History;
using static RoleModel.Tests.History.CdoHistory;

namespace RoleModel.Tests.History;

public sealed class GradingStepTests
{
    private static readonly GradingCriterion Criterion = GradingCriterion.NeedsLevel(Ecf, "e-4");

    [Fact]
    public void Steps_OfTheSameEvaluation_AreEqualAndPrintTheirOutcome()
    {
        var view = Cdo.AsKnownAt(Instant.MaxValue);
        var step = view.EvaluateGrading(Day(2022, 1, 1), Day(2022, 12, 31), Criterion).Steps[0];

        step.Should().Be(view.EvaluateGrading(Day(2022, 1, 1), Day(2022, 12, 31), Criterion).Steps[0]);
        step.GetHashCode().Should().Be(view.EvaluateGrading(Day(2022, 1, 1), Day(2022, 12, 31), Criterion).Steps[0].GetHashCode());
        step.Should().NotBe(view.EvaluateGrading(Day(2022, 1, 1), Day(2022, 12, 30), Criterion).Steps[0]);
        step.ToString().Should().Be("[2022-01-01, 2023-01-01) 40 % not met");
    }
}
