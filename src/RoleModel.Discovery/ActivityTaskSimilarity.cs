using RoleModel.Discovery.Text;
using RoleModel.Evolution;

namespace RoleModel.Discovery;

/// <summary>
/// An <see cref="ITaskSimilarity"/> by what work the tasks are: each text gets the activities a
/// <see cref="TaskSuggester"/> over a labelled reference corpus (such as an O*NET or ESCO import) suggests for it, and
/// two texts are as similar as those activity profiles agree, optionally mixed with a text similarity. Groups different
/// steps of one activity that share few words ("inspect the boiler", "check pipes and valves for damage"), which a text
/// similarity alone keeps apart.
/// </summary>
/// <remarks>
/// <para>A text's profile is the <see cref="Activities"/> best activities of
/// <see cref="TaskSuggester.SuggestAsync(IReadOnlyList{string}, int, CancellationToken)"/> for it (the English title
/// where there is one, else the first; all texts embedded in one call, then suggested for in parallel, see <see cref="MaxDegreeOfParallelism"/>) with their scores, below 0 counted as 0 and above 1 as 1.
/// The profiles of two texts agree by the sum over shared activities of the product of their scores (so two confident
/// suggestions of the same activity agree strongly and two weak guesses little), or, with <see cref="UnitLength"/>, by
/// the cosine of the profiles. The score of two texts is (1 − <see cref="TextWeight"/>) × that agreement +
/// <see cref="TextWeight"/> × the text similarity's score, capped at 1; a text with itself scores 1. Improvements to the
/// suggester's activity suggestions flow into this similarity.</para>
/// <para>On O*NET (docs/discovery.md) it finds about twice the pairs of tasks that share a Detailed Work Activity that
/// a text similarity finds at the same precision; measured best there: <see cref="DefaultActivities"/> activities, the
/// embedding similarity mixed in at <see cref="RecommendedTextWeight"/>, a grouping threshold of <see cref="RecommendedThreshold"/>.
/// Mix a text similarity in: with activity profiles alone, a small reference's few activities make unrelated tasks agree.</para>
/// <para>The pairs above a threshold are found exactly: through an inverted index over activities (two texts without a
/// shared activity agree 0) and, for the text part, the text similarity's own index at the threshold divided by
/// <see cref="TextWeight"/>. The average over two groups is computed from the sums of their profiles (without the cap at 1).</para>
/// <para>The texts compared should not be the reference's own tasks (each would find itself and its labels).
/// Deterministic for the same reference, settings, texts and model.</para>
/// </remarks>
public sealed class ActivityTaskSimilarity : ITaskSimilarity
{
    /// <summary>The number of activities in a profile unless given: the value measured best on O*NET (docs/discovery.md).</summary>
    public const int DefaultActivities = 10;

    /// <summary>The share of the embedding similarity (<see cref="EmbeddingTaskSimilarity"/>) measured best on O*NET, to pass as the text weight (docs/discovery.md).</summary>
    public const double RecommendedTextWeight = 0.5;

    /// <summary>The grouping threshold (<see cref="PatternOptions.Threshold"/>) measured best on O*NET with <see cref="DefaultActivities"/> and
    /// <see cref="RecommendedTextWeight"/>: the best F1 with precision at least one half on a part of the occupations not reported on (docs/discovery.md).</summary>
    public const double RecommendedThreshold = 0.41;

    /// <summary>Creates the similarity.</summary>
    /// <param name="reference">The suggester over the labelled reference corpus.</param>
    /// <param name="activities">How many of the best activities make a text's profile, 1 to 100; defaults to <see cref="DefaultActivities"/>.</param>
    /// <param name="text">The text similarity mixed in; required when <paramref name="textWeight"/> is above 0.</param>
    /// <param name="textWeight">The share of the score that comes from <paramref name="text"/>, from 0 up to but not including 1; defaults to 0.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reference"/> is null, or <paramref name="textWeight"/> is above 0 and <paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="activities"/> or <paramref name="textWeight"/> lies outside its range.</exception>
    public ActivityTaskSimilarity(TaskSuggester reference, int activities = DefaultActivities, ITaskSimilarity? text = null, double textWeight = 0)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentOutOfRangeException.ThrowIfLessThan(activities, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(activities, 100);
        if (textWeight is < 0 or >= 1 || double.IsNaN(textWeight))
        {
            throw new ArgumentOutOfRangeException(nameof(textWeight), textWeight, "The text weight must lie from 0 up to but not including 1.");
        }

        if (textWeight > 0)
        {
            ArgumentNullException.ThrowIfNull(text);
        }

        (Reference, Activities, Text, TextWeight) = (reference, activities, textWeight > 0 ? text : null, textWeight);
    }

    /// <summary>The suggester over the reference corpus.</summary>
    public TaskSuggester Reference { get; }

    /// <summary>How many of the best activities make a text's profile.</summary>
    public int Activities { get; }

    /// <summary>The text similarity mixed in, or null when <see cref="TextWeight"/> is 0.</summary>
    public ITaskSimilarity? Text { get; }

    /// <summary>The share of the score that comes from <see cref="Text"/>.</summary>
    public double TextWeight { get; }

    /// <summary>On how many threads at most the texts' activities are suggested (after all texts are embedded in one call);
    /// defaults to the number of processors. The result is the same for any number.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is less than 1.</exception>
    public int MaxDegreeOfParallelism
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    } = Environment.ProcessorCount;

    /// <summary>Whether profiles are scaled to length 1 (their cosine is compared) or keep their scores, capped at 1 (their dot product: weak guesses count little); defaults to false.</summary>
    public bool UnitLength { get; init; }

    /// <inheritdoc />
    public Func<int, int, double> Prepare(IReadOnlyList<LocalizedText> texts) => Index(texts).Score;

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The suggester's embedding generator returned vectors of different lengths or not one per text.</exception>
    public TaskTextIndex Index(IReadOnlyList<LocalizedText> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Any(t => t is null))
        {
            throw new ArgumentNullException(nameof(texts), "The texts hold null.");
        }

        var suggestions = texts.Count == 0
            ? []
            : Reference.SuggestActivitiesAsync([.. texts.Select(TextScorer.EmbeddingText)], Activities, MaxDegreeOfParallelism).GetAwaiter().GetResult();
        var profiles = suggestions.Select(s => s.Select(a => (a.Id, a.Score)));
        return new ActivityProfileIndex([.. profiles], Text?.Index(texts), TextWeight, UnitLength);
    }
}
