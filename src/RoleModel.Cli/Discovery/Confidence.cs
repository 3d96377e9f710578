using RoleModel.Discovery;

namespace RoleModel.Cli.Discovery;

/// <summary>
/// Whether a text's suggestions hold a confident match: its first activity reaches <see cref="ConfidentScores.Activity"/>
/// of the method it was compared by; where the document has no activities, its first similar task reaches
/// <see cref="ConfidentScores.Task"/>.
/// </summary>
/// <param name="First">The suggestion judged (the first activity, else the first similar task); null when there is none.</param>
/// <param name="IsActivity">Whether <paramref name="First"/> is an activity.</param>
/// <param name="Threshold">The score from which it counts as confident.</param>
internal sealed record Confidence(Suggestion? First, bool IsActivity, double Threshold)
{
    public bool Confident => First is not null && First.Score >= Threshold;

    public static Confidence Of(TaskSuggestions result) => result.Activities.IsEmpty
        ? new Confidence(result.Tasks.FirstOrDefault(), false, ConfidentScores.Task(result.ComparedBy))
        : new Confidence(result.Activities[0], true, ConfidentScores.Activity(result.ComparedBy));
}
