namespace RoleModel.Discovery.Training.Training;

/// <summary>Linear warm-up over the first tenth of the steps (at least one), then linear decay towards zero.</summary>
internal sealed class LearningRateSchedule(double peak, int totalSteps)
{
    private readonly int warmUpSteps = Math.Max(1, totalSteps / 10);

    /// <summary>The learning rate of step <paramref name="step"/> (counted from 0).</summary>
    public double At(int step) =>
        peak * (step < warmUpSteps ? (step + 1.0) / warmUpSteps : Math.Max(0, (totalSteps - step) / (double)(totalSteps - warmUpSteps)));
}
