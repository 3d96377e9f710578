namespace RoleModel.Discovery;

/// <summary>
/// The scores from which a first suggestion counts as a confident match: at or above them, on held-out O*NET 29.3
/// tasks, the first suggested activity was one of the task's Detailed Work Activities, and the first similar task
/// shared one with it, at least nine times in ten with 95 % confidence (docs/discovery.md, "How far a score can be trusted").
/// </summary>
/// <remarks>
/// <para>Each method scores on its own scale, so each has its own threshold; compare a result's scores with the
/// thresholds of <see cref="TaskSuggestions.ComparedBy"/>. They were chosen on two tenths of the tasks (the lowest score, in steps of
/// 0.05, at which the lower end of the 95 % Wilson interval of the precision reaches 90 %) and checked on two other tenths by <c>rolemodel suggest --evaluate</c>, with the default options (the
/// <see cref="SuggestionMethod.Combined"/> threshold with the activity classifier and its re-ranker, <see cref="SuggesterOptions.ClassifierWeight"/> and
/// <see cref="SuggesterOptions.Rerank"/>, whose probability is the score) and the default model (all-MiniLM-L6-v2 with its task-tuned layers, <c>MiniLmWeights.TaskTuned</c>). Another model, other options or
/// another catalogue need their own measurement; a document too small for the re-ranker (under 400 labelled tasks) is scored without it, where
/// the classifier's mixed score reached nine in ten from 0.70 on O*NET, so the threshold is the cautious one there.</para>
/// </remarks>
public static class ConfidentScores
{
    /// <summary>The score of the first suggested activity from which it counts as a confident match.</summary>
    /// <param name="method">The method the text was compared by.</param>
    /// <returns>The threshold, between 0 and 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> is not a defined method.</exception>
    public static double Activity(SuggestionMethod method) => method switch
    {
        SuggestionMethod.Combined => 0.85,
        SuggestionMethod.Embeddings => 0.80,
        SuggestionMethod.CharacterNGrams => 0.65,
        SuggestionMethod.Words => 0.70,
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "The method is not a defined SuggestionMethod."),
    };

    /// <summary>The score of the first similar task from which it counts as a confident match (the same work).</summary>
    /// <param name="method">The method the text was compared by.</param>
    /// <returns>The threshold, between 0 and 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> is not a defined method.</exception>
    public static double Task(SuggestionMethod method) => method switch
    {
        SuggestionMethod.Combined => 0.90,
        SuggestionMethod.Embeddings => 0.95,
        SuggestionMethod.CharacterNGrams => 0.95,
        SuggestionMethod.Words => 0.95,
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "The method is not a defined SuggestionMethod."),
    };
}
