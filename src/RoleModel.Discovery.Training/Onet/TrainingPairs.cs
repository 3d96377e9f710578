namespace RoleModel.Discovery.Training.Onet;

/// <summary>One training example: a task statement and the title of a DWA it is linked to (or, from <see cref="TaskPartners"/>,
/// another occupation's task of that DWA).</summary>
/// <param name="TaskText">The task statement.</param>
/// <param name="ActivityTitle">The DWA title, or the partner task's text.</param>
/// <param name="ActivityId">The DWA ID (a batch holds each DWA once).</param>
/// <param name="TaskKey">The task's occupation and ID (a batch holds each task once).</param>
internal sealed record TrainingPair(string TaskText, string ActivityTitle, string ActivityId, string TaskKey)
{
    /// <summary>The task's occupation (O*NET-SOC code), the part of <see cref="TaskKey"/> before the '/'.</summary>
    public string Occupation => TaskKey[..TaskKey.IndexOf('/', StringComparison.Ordinal)];

    /// <summary>The task's ID, the part of <see cref="TaskKey"/> after the '/'.</summary>
    public string TaskId => TaskKey[(TaskKey.IndexOf('/', StringComparison.Ordinal) + 1)..];
}

/// <summary>The (task, DWA title) pairs training learns from, with the counts that show what was left out.</summary>
internal sealed class TrainingPairs
{
    private TrainingPairs(List<TrainingPair> pairs) => Pairs = pairs;

    /// <summary>The pairs: per training task in file order, one per linked DWA in file order.</summary>
    public IReadOnlyList<TrainingPair> Pairs { get; }

    /// <summary>The number of tasks read.</summary>
    public int TaskCount { get; private init; }

    /// <summary>The number of tasks <see cref="EvaluationHoldOut"/> excludes.</summary>
    public int ExcludedCount { get; private init; }

    /// <summary>The number of other tasks dropped because their text equals an excluded task's text.</summary>
    public int SameTextCount { get; private init; }

    /// <summary>The number of tasks trained on.</summary>
    public int TrainingTaskCount { get; private init; }

    /// <summary>The number of tasks trained on that have at least one DWA (the others give no pair).</summary>
    public int LinkedTaskCount { get; private init; }

    /// <summary>The number of distinct DWAs in the pairs.</summary>
    public int ActivityCount => Pairs.Select(p => p.ActivityId).Distinct(StringComparer.Ordinal).Count();

    /// <summary>Builds the pairs of every task the evaluations do not hold out and whose text no held-out task has.</summary>
    /// <exception cref="InvalidOperationException">A pair has a held-out task or a held-out task's text (a broken rule, checked once more on the result).</exception>
    public static TrainingPairs Build(OnetTasks onet)
    {
        bool Excluded(OnetTask t) => EvaluationHoldOut.Excludes(t.Occupation, t.Id);
        var excludedTexts = onet.Tasks.Where(Excluded).Select(t => t.Text).ToHashSet(StringComparer.Ordinal);
        var kept = onet.Tasks.Where(t => !Excluded(t)).ToList();
        var training = kept.Where(t => !excludedTexts.Contains(t.Text)).ToList();
        var pairs = training
            .SelectMany(t => onet.ActivitiesOf(t).Select(a => new TrainingPair(t.Text, onet.ActivityTitles[a], a, t.Occupation + "/" + t.Id)))
            .ToList();

        // The leak check: no pair may come from an excluded task or carry an excluded task's text.
        var leaks = pairs.Count(p => EvaluationHoldOut.Excludes(p.Occupation, p.TaskId) || excludedTexts.Contains(p.TaskText));
        if (leaks > 0)
        {
            throw new InvalidOperationException($"{leaks} training pairs come from tasks the evaluations hold out.");
        }

        return new TrainingPairs(pairs)
        {
            TaskCount = onet.Tasks.Count,
            ExcludedCount = onet.Tasks.Count - kept.Count,
            SameTextCount = kept.Count - training.Count,
            TrainingTaskCount = training.Count,
            LinkedTaskCount = training.Count(onet.IsLinked),
        };
    }
}
