namespace RoleModel.Discovery;

/// <summary>Settings of a <see cref="TaskSuggester"/>. The defaults are the ones measured in docs/discovery.md.</summary>
/// <remarks>Equality: reference equality.</remarks>
public sealed class SuggesterOptions
{
    /// <summary>The default settings.</summary>
    public static SuggesterOptions Default { get; } = new();

    /// <summary>How texts are compared; defaults to <see cref="SuggestionMethod.Combined"/>.</summary>
    public SuggestionMethod Method { get; init; } = SuggestionMethod.Combined;

    /// <summary>How many of the most similar tasks vote for activities and competencies; defaults to 30.</summary>
    public int Neighbours { get; init; } = 30;

    /// <summary>In <see cref="SuggestionMethod.Combined"/>, the weight of the embedding cosine (the character n-gram cosine gets the rest); defaults to 0.7.</summary>
    public double EmbeddingWeight { get; init; } = 0.7;

    /// <summary>The share of an activity's score that comes from the similarity of the text to the activity's title (the rest from the
    /// similar tasks' votes); defaults to 0.4.</summary>
    public double ActivityTitleWeight { get; init; } = 0.4;

    /// <summary>The share of an activity's score that comes from its class score: the mean similarity of the text to the
    /// activity's three most similar tasks (a nearest-class vote over all labelled tasks, not only the nearest ones); with
    /// <see cref="ActivityTitleWeight"/> at most 1; defaults to 0.</summary>
    public double ClassWeight { get; init; }

    /// <summary>The share of an activity's score that comes from a classifier trained on the corpus's labelled tasks (a softmax
    /// regression over the embedding, words and word pairs, with the activities' titles as extra examples; the rest from the
    /// votes and title similarity). Used with <see cref="SuggestionMethod.Combined"/> when the corpus has tasks with activities, not for text compared by character n-grams alone (German under
    /// <see cref="SuggestionMethod.Combined"/>) nor by <see cref="TaskSuggester.SuggestForTaskAsync"/> (the classifier learnt from
    /// that task); 0 trains no classifier. Defaults to 0.7.</summary>
    public double ClassifierWeight { get; init; } = 0.7;

    /// <summary>Whether the candidate activities are re-ranked by a small model learnt from the corpus itself when a classifier is
    /// trained (see <see cref="ClassifierWeight"/>) and the corpus has at least 400 labelled tasks: one labelled task in eight is
    /// held out, a second classifier learns from the others, and a listwise linear model learns from the held-out tasks' candidates
    /// how to weigh the classifier's probability, the similar tasks' votes, the title similarity and the activity's frequency. The
    /// first activity's score is then the re-ranker's probability among the candidates. It roughly doubles the time to build an O*NET
    /// index. Defaults to true.</summary>
    public bool Rerank { get; init; } = true;

    /// <summary>The power to which a similar task's similarity is raised for its vote on activities: higher favours the closest
    /// tasks; defaults to 5.</summary>
    public double VotePower { get; init; } = 5;

    internal void Check()
    {
        if (!Enum.IsDefined(Method))
        {
            throw new ArgumentOutOfRangeException(nameof(Method), Method, "The method is not a defined SuggestionMethod.");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(Neighbours, nameof(Neighbours));
        if (EmbeddingWeight is < 0 or > 1 || double.IsNaN(EmbeddingWeight))
        {
            throw new ArgumentOutOfRangeException(nameof(EmbeddingWeight), EmbeddingWeight, "The embedding weight must lie between 0 and 1.");
        }

        if (VotePower is <= 0 or > 100 || double.IsNaN(VotePower))
        {
            throw new ArgumentOutOfRangeException(nameof(VotePower), VotePower, "The vote power must lie above 0 and at most 100.");
        }

        if (ActivityTitleWeight is < 0 or > 1 || double.IsNaN(ActivityTitleWeight))
        {
            throw new ArgumentOutOfRangeException(nameof(ActivityTitleWeight), ActivityTitleWeight, "The activity title weight must lie between 0 and 1.");
        }

        if (ClassifierWeight is < 0 or > 1 || double.IsNaN(ClassifierWeight))
        {
            throw new ArgumentOutOfRangeException(nameof(ClassifierWeight), ClassifierWeight, "The classifier weight must lie between 0 and 1.");
        }

        if (ClassWeight is < 0 or > 1 || double.IsNaN(ClassWeight) || ClassWeight + ActivityTitleWeight > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(ClassWeight), ClassWeight, "The class weight must lie between 0 and 1, and with the activity title weight add up to at most 1.");
        }
    }
}
