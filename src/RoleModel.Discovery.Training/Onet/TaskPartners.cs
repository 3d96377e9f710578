namespace RoleModel.Discovery.Training.Onet;

/// <summary>
/// Task-to-task training pairs: each training task with a partner, another training task of a different occupation
/// linked to the same DWA (O*NET's judgement of "the same work in different occupations"), so that the encoder also
/// learns to put such tasks near each other, which the suggester's nearest-task votes and the pattern grouping read.
/// </summary>
internal static class TaskPartners
{
    /// <summary>
    /// For each task of <paramref name="pairs"/> (in the order of its first pair), the first of its DWAs (in file order)
    /// that another occupation's training task is linked to, and one such task drawn with <paramref name="random"/>
    /// (one draw per task that has candidates); the pair's title is the partner's text and its DWA the shared one.
    /// </summary>
    public static List<TrainingPair> Of(IReadOnlyList<TrainingPair> pairs, Random random)
    {
        var tasksOf = pairs.ToLookup(p => p.ActivityId, StringComparer.Ordinal);
        var partners = new List<TrainingPair>();
        foreach (var task in pairs.GroupBy(p => p.TaskKey, StringComparer.Ordinal))
        {
            foreach (var pair in task)
            {
                var candidates = tasksOf[pair.ActivityId]
                    .Where(p => !string.Equals(p.Occupation, pair.Occupation, StringComparison.Ordinal) && !string.Equals(p.TaskText, pair.TaskText, StringComparison.Ordinal))
                    .ToList();
                if (candidates.Count > 0)
                {
                    var partner = candidates[random.Next(candidates.Count)];
                    partners.Add(new TrainingPair(pair.TaskText, partner.TaskText, pair.ActivityId, pair.TaskKey));
                    break;
                }
            }
        }

        return partners;
    }
}
