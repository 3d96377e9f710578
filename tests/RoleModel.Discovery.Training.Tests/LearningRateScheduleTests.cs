using RoleModel.Discovery.Training.Training;

namespace RoleModel.Discovery.Training.Tests;

public sealed class LearningRateScheduleTests
{
    [Fact]
    public void At_RisesOverTheFirstTenthThenFallsLinearlyTowardsZero()
    {
        var schedule = new LearningRateSchedule(1.0, 141);

        schedule.At(0).Should().BeApproximately(1.0 / 14, 1e-15);
        schedule.At(6).Should().BeApproximately(7.0 / 14, 1e-15);
        schedule.At(13).Should().Be(1.0);
        schedule.At(14).Should().Be(1.0);
        schedule.At(77).Should().BeApproximately(64.0 / 127, 1e-15);
        schedule.At(140).Should().BeApproximately(1.0 / 127, 1e-15);
    }

    [Fact]
    public void At_FewerThanTenSteps_WarmsUpInOneStep()
    {
        var schedule = new LearningRateSchedule(2.0, 5);

        Enumerable.Range(0, 5).Select(schedule.At).Should().Equal(2.0, 2.0, 1.5, 1.0, 0.5);
    }
}
