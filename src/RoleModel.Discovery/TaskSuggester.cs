using System.Collections.Immutable;
using Microsoft.Extensions.AI;
using RoleModel.Discovery.Learning;
using RoleModel.Discovery.Text;

namespace RoleModel.Discovery;

/// <summary>
/// Answers "what is this task?" for task texts: the similar tasks of a corpus, the activities those tasks belong
/// to (and whose titles resemble the text), and the competencies they use. Built once per corpus; thread-safe for
/// queries when the embedding generator is.
/// </summary>
/// <remarks>
/// <para>Similar tasks are ranked by the similarity of <see cref="SuggesterOptions.Method"/>. The
/// <see cref="SuggesterOptions.Neighbours"/> most similar tasks vote for their activities (with their similarity raised to
/// <see cref="SuggesterOptions.VotePower"/>) and, by similarity, for their competencies; an activity's score is that vote share mixed with the text's similarity to the activity's title
/// (<see cref="SuggesterOptions.ActivityTitleWeight"/>). For competencies, the neighbours at least half as similar as
/// the best one count: a competency's score adds their similarity share where they use it, half of it times the
/// requirement's specificity (ln(roles / roles requiring it) / ln(roles): 0 for what every role requires) where their
/// role requires it, and half the score of each of the five best activities times the share of that activity's
/// tasks that use it, divided by 2 so that it lies between 0 and 1.</para>
/// <para>With <see cref="SuggesterOptions.ClassifierWeight"/>, a classifier trained on the corpus's labelled tasks adds its probability to
/// an activity's score; with <see cref="SuggesterOptions.Rerank"/> and at least 400 labelled tasks, a re-ranker learnt out of fold at build
/// time then orders the candidate activities, and its probability is the score (docs/discovery.md, "Method").</para>
/// <para>Results are deterministic for the same corpus, options, texts and model: ties are broken by corpus order
/// (tasks) or identifier (activities, competencies). A batch of texts is embedded in one call.</para>
/// </remarks>
public sealed class TaskSuggester
{
    private readonly DiscoveryCorpus corpus;
    private readonly SuggesterOptions options;
    private readonly IEmbeddingGenerator<string, Embedding<float>>? generator;
    private readonly TextScorer tasks;
    private readonly TextScorer titles;
    private readonly ImmutableArray<DiscoveryActivity> titled;
    private readonly Dictionary<string, DiscoveryActivity> activityById;
    private readonly Dictionary<string, List<int>> tasksByActivity = new(StringComparer.Ordinal);
    private readonly Dictionary<string, double> requirementSpecificity;
    private readonly Dictionary<string, int> titleIndex;
    private EvidenceLookups? lookups;
    private readonly Dictionary<string, string> broader;
    private readonly Dictionary<string, string[]> titleWords;

    private TaskSuggester(
        DiscoveryCorpus corpus, SuggesterOptions options, IEmbeddingGenerator<string, Embedding<float>>? generator,
        TextScorer tasks, TextScorer titles, ImmutableArray<DiscoveryActivity> titled, ActivityClassifier? classifier)
    {
        (this.corpus, this.options, this.generator, this.tasks, this.titles, this.titled, Classifier) = (corpus, options, generator, tasks, titles, titled, classifier);
        activityById = corpus.Activities.DistinctBy(a => a.Id).ToDictionary(a => a.Id, StringComparer.Ordinal);
        titleIndex = titled.Select((a, i) => (a.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        broader = ClassifierTraining.Broader(corpus);
        titleWords = titled.ToDictionary(a => a.Id, a => Tokens.Words(TextScorer.LexicalText(a.Title)).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        var requiring = corpus.RoleRequirements.Values.SelectMany(r => r.Distinct(StringComparer.Ordinal)).GroupBy(c => c, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var roles = corpus.RoleRequirements.Count(r => !r.Value.IsEmpty);
        requirementSpecificity = requiring.ToDictionary(p => p.Key, p => roles <= 1 ? 1.0 : Math.Log((double)roles / p.Value) / Math.Log(roles), StringComparer.Ordinal);
        for (var i = 0; i < corpus.Tasks.Length; i++)
        {
            foreach (var activity in corpus.Tasks[i].ActivityIds)
            {
                (tasksByActivity.TryGetValue(activity, out var list) ? list : tasksByActivity[activity] = []).Add(i);
            }
        }
    }

    /// <summary>The corpus searched.</summary>
    public DiscoveryCorpus Corpus => corpus;

    /// <summary>The settings.</summary>
    public SuggesterOptions Options => options;

    /// <summary>Indexes a corpus: fits the lexical model and embeds every task title and activity title once.</summary>
    /// <param name="corpus">The tasks and activities to search.</param>
    /// <param name="generator">The embedding model; required for <see cref="SuggestionMethod.Embeddings"/> and <see cref="SuggestionMethod.Combined"/>,
    /// ignored otherwise. Wrap it in a <see cref="Embeddings.CachingEmbeddingGenerator"/> to embed a large corpus only once.</param>
    /// <param name="options">The settings; defaults to <see cref="SuggesterOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels the embedding.</param>
    /// <returns>The suggester.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="corpus"/> is null, or the method needs embeddings and <paramref name="generator"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">An option lies outside its range.</exception>
    /// <exception cref="InvalidOperationException">The generator returned vectors of different lengths or not one per text.</exception>
    public static async Task<TaskSuggester> CreateAsync(
        DiscoveryCorpus corpus, IEmbeddingGenerator<string, Embedding<float>>? generator = null, SuggesterOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        options ??= SuggesterOptions.Default;
        options.Check();
        if (TextScorer.NeedsEmbeddings(options.Method))
        {
            ArgumentNullException.ThrowIfNull(generator);
        }
        else
        {
            generator = null;
        }

        var narrower = corpus.Activities.SelectMany(a => a.BroaderIds).ToHashSet(StringComparer.Ordinal);
        var titled = corpus.Activities.Where(a => !narrower.Contains(a.Id) && !a.Title.IsEmpty).DistinctBy(a => a.Id).ToImmutableArray();
        var model = TextScorer.FitLexical(options.Method, [.. corpus.Tasks.Select(t => t.Title).Concat(titled.Select(a => a.Title)).Select(TextScorer.LexicalText)]);
        var recorder = generator is not null && options.Method == SuggestionMethod.Combined && options.ClassifierWeight > 0 ? new RecordingEmbeddingGenerator(generator) : null;
        var tasks = await TextScorer.CreateAsync(options.Method, options.EmbeddingWeight, model, [.. corpus.Tasks.Select(t => t.Title)], recorder ?? generator, cancellationToken)
            .ConfigureAwait(false);
        var titles = await TextScorer.CreateAsync(options.Method, options.EmbeddingWeight, model, [.. titled.Select(a => a.Title)], recorder ?? generator, cancellationToken)
            .ConfigureAwait(false);
        var classifier = recorder is null ? null : ClassifierTraining.Train(corpus, titled, recorder.Calls);
        var suggester = new TaskSuggester(corpus, options, generator, tasks, titles, titled, classifier);
        if (classifier is not null && options.Rerank)
        {
            suggester.Reranker = RerankerTraining.Train(suggester, titled, recorder!.Calls);
        }

        return suggester;
    }

    /// <summary>Suggests for one text.</summary>
    /// <param name="text">The task text.</param>
    /// <param name="top">How many suggestions of each sort to return; defaults to 5.</param>
    /// <param name="cancellationToken">Cancels the embedding.</param>
    /// <returns>The suggestions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is not positive.</exception>
    public async Task<TaskSuggestions> SuggestAsync(string text, int top = 5, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return (await SuggestAsync([text], top, cancellationToken).ConfigureAwait(false))[0];
    }

    /// <summary>Suggests for many texts, embedding them in one call; the index is not rebuilt.</summary>
    /// <param name="texts">The task texts.</param>
    /// <param name="top">How many suggestions of each sort to return per text; defaults to 5.</param>
    /// <param name="cancellationToken">Cancels the embedding.</param>
    /// <returns>One result per text, in the order given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is null or holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is not positive.</exception>
    public async Task<ImmutableArray<TaskSuggestions>> SuggestAsync(IReadOnlyList<string> texts, int top = 5, CancellationToken cancellationToken = default)
    {
        var vectors = await EmbedQueriesAsync(texts, top, cancellationToken).ConfigureAwait(false);
        return [.. texts.Select((t, i) => Suggest(t, vectors[i], top, excludedRole: null))];
    }

    /// <summary>Suggests for a task of the corpus, leaving out the tasks of its own role.</summary>
    /// <param name="roleId">The task's role.</param>
    /// <param name="taskId">The task.</param>
    /// <param name="top">How many suggestions of each sort to return; defaults to 5.</param>
    /// <param name="cancellationToken">Cancels the embedding.</param>
    /// <returns>The suggestions for the task's title (English where there is one).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="roleId"/> or <paramref name="taskId"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="top"/> is not positive.</exception>
    /// <exception cref="KeyNotFoundException">The corpus has no such task.</exception>
    public async Task<TaskSuggestions> SuggestForTaskAsync(string roleId, string taskId, int top = 5, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(roleId);
        ArgumentNullException.ThrowIfNull(taskId);
        var task = corpus.Tasks.FirstOrDefault(t => t.RoleId == roleId && t.TaskId == taskId)
            ?? throw new KeyNotFoundException($"The corpus has no task '{taskId}' of role '{roleId}'.");
        var text = TextScorer.EmbeddingText(task.Title);
        var vectors = await EmbedQueriesAsync([text], top, cancellationToken).ConfigureAwait(false);
        return Suggest(text, vectors[0], top, excludedRole: roleId);
    }

    /// <summary>
    /// The similarity of texts to each other by the suggester's method, for grouping similar tasks: a symmetric
    /// matrix, 1 on the diagonal for any text with a known term or an embedding. The lexical model is the corpus's.
    /// </summary>
    /// <param name="texts">The texts.</param>
    /// <param name="cancellationToken">Cancels the embedding.</param>
    /// <returns>Row i, column j: the similarity of text i and text j (about 0 to 1; higher is more similar).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is null or holds null.</exception>
    public async Task<ImmutableArray<ImmutableArray<double>>> CompareAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
    {
        var vectors = await EmbedQueriesAsync(texts, 1, cancellationToken).ConfigureAwait(false);
        return tasks.Pairwise(texts, vectors);
    }

    private async Task<IReadOnlyList<ReadOnlyMemory<float>>> EmbedQueriesAsync(IReadOnlyList<string> texts, int top, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(top);
        if (texts.Any(t => t is null))
        {
            throw new ArgumentNullException(nameof(texts), "The texts hold null.");
        }

        return generator is null
            ? [.. texts.Select(_ => ReadOnlyMemory<float>.Empty)]
            : await TextScorer.EmbedAsync(generator, texts, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The activities of many texts (what <see cref="SuggestAsync(IReadOnlyList{string}, int, CancellationToken)"/> gives as
    /// <see cref="TaskSuggestions.Activities"/>), the texts embedded in one call and scored on up to
    /// <paramref name="parallelism"/> threads. Each result depends on its text alone, so it is the same for any thread count.
    /// </summary>
    internal async Task<ImmutableArray<Suggestion>[]> SuggestActivitiesAsync(IReadOnlyList<string> texts, int top, int parallelism, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(parallelism);
        var vectors = await EmbedQueriesAsync(texts, top, cancellationToken).ConfigureAwait(false);
        var activities = new ImmutableArray<Suggestion>[texts.Count];
        Parallel.For(0, texts.Count, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, i =>
        {
            var (scores, _, neighbours) = Neighbours(texts[i], vectors[i], top, excludedRole: null);
            activities[i] = Evidence.Activities(this, texts[i], vectors[i], scores, neighbours, top, excludedRole: null);
        });
        return activities;
    }

    private TaskSuggestions Suggest(string text, ReadOnlyMemory<float> vector, int top, string? excludedRole)
    {
        var (scores, ranked, neighbours) = Neighbours(text, vector, top, excludedRole);
        var similar = ranked.Take(top).Select(i => new Suggestion(corpus.Tasks[i].TaskId, corpus.Tasks[i].RoleId,
            TextScorer.EmbeddingText(corpus.Tasks[i].Title), scores[i], 1, 1, "similar task")).ToImmutableArray();
        var activities = Evidence.Activities(this, text, vector, scores, neighbours, top, excludedRole);
        var competencies = Evidence.Competencies(this, scores, neighbours, activities, top);
        return new TaskSuggestions(text, tasks.ComparedBy(text), activities, similar, competencies);
    }

    /// <summary>The text's similarity to every task, its best <paramref name="top"/> (or more) tasks and the neighbours that vote among them.</summary>
    private (float[] Scores, List<int> Ranked, List<int> Neighbours) Neighbours(string text, ReadOnlyMemory<float> vector, int top, string? excludedRole)
    {
        var scores = tasks.Score(text, vector);
        var ranked = Ranking.Top(scores, Math.Max(top, options.Neighbours), i => excludedRole is null || corpus.Tasks[i].RoleId != excludedRole);
        return (scores, ranked, ranked.Take(options.Neighbours).ToList());
    }

    internal IReadOnlyList<DiscoveryActivity> TitledActivities => titled;

    /// <summary>The position of each titled activity in <see cref="TitledActivities"/>.</summary>
    internal IReadOnlyDictionary<string, int> TitleIndex => titleIndex;

    /// <summary>The per-corpus tables of a suggestion's evidence, built on the first query; racing first queries publish one.</summary>
    internal EvidenceLookups Lookups => LazyInitializer.EnsureInitialized(ref lookups, () => new EvidenceLookups(this));

    /// <summary>The re-ranker of the candidate activities, trained on held-out labelled tasks; null when not trained.</summary>
    internal ActivityReranker? Reranker { get; private set; }

    /// <summary>The activity's first broader activity (its IWA in O*NET), or the activity itself when it has none.</summary>
    internal string BroaderOf(string activityId) => broader.GetValueOrDefault(activityId) ?? activityId;

    /// <summary>The distinct words of an activity's title (all languages); none for an activity without a title.</summary>
    internal IReadOnlyCollection<string> TitleWords(string activityId) => titleWords.TryGetValue(activityId, out var words) ? words : [];

    /// <summary>The similarity of a text to every task of the corpus, by the suggester's method.</summary>
    internal float[] TaskScores(string text, ReadOnlyMemory<float> vector) => tasks.Score(text, vector);

    /// <summary>The classifier trained on the corpus's labelled tasks; null without labels, embeddings or <see cref="SuggesterOptions.ClassifierWeight"/>.</summary>
    internal ActivityClassifier? Classifier { get; }

    /// <summary>The method a text is compared by (character n-grams for German text under <see cref="SuggestionMethod.Combined"/>).</summary>
    internal SuggestionMethod ComparedBy(string text) => tasks.ComparedBy(text);

    internal TextScorer TitleScorer => titles;

    internal IReadOnlyDictionary<string, DiscoveryActivity> ActivityById => activityById;

    internal IReadOnlyDictionary<string, List<int>> TasksByActivity => tasksByActivity;

    /// <summary>How specific a required competency is: ln(roles / roles requiring it) / ln(roles), 0 when every role requires it, 1 for one role.</summary>
    internal IReadOnlyDictionary<string, double> RequirementSpecificity => requirementSpecificity;
}
