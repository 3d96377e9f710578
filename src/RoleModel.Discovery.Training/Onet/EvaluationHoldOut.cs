using RoleModel.Cli.Discovery;

namespace RoleModel.Discovery.Training.Onet;

/// <summary>
/// The tasks training must never see, because an evaluation of the product holds them out, tunes its settings on
/// them or reports on them. Every reported figure stays honest only while this rule covers the evaluations' own
/// splits, so it is written with their code (<see cref="HeldOut"/>, <see cref="OccupationParts"/> of RoleModel.Cli).
/// </summary>
/// <remarks>
/// A task is excluded when any of these holds:
/// <list type="bullet">
/// <item>its task ID is in bucket 0, 1 or 2 (<c>suggest --evaluate</c>: 0 reports, 1 tuned the settings, 2 the confident scores);</item>
/// <item>its occupation's O*NET-SOC code is in bucket 0 or 1 (the same evaluation, held out by occupation);</item>
/// <item>its occupation is in the reporting part of <c>patterns --evaluate</c>.</item>
/// </list>
/// Training also drops every task whose text equals an excluded task's text (<see cref="TrainingPairs"/>).
/// </remarks>
internal static class EvaluationHoldOut
{
    /// <summary>Whether training must leave out the task <paramref name="taskId"/> of occupation <paramref name="occupation"/>.</summary>
    public static bool Excludes(string occupation, string taskId) =>
        HeldOut.IsIn(taskId, 0) || HeldOut.IsIn(taskId, 1) || HeldOut.IsIn(taskId, 2)
        || HeldOut.IsIn(occupation, 0) || HeldOut.IsIn(occupation, 1)
        || OccupationParts.Of(occupation) == OccupationPart.Reporting;
}
