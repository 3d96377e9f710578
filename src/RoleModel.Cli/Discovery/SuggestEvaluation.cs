using System.Diagnostics;
using static System.FormattableString;
using Microsoft.Extensions.AI;
using RoleModel.Discovery;
using RoleModel.Discovery.Embeddings;

namespace RoleModel.Cli.Discovery;

/// <summary>
/// <c>rolemodel suggest --evaluate DIR</c>: every method on the same held-out O*NET tasks (to their DWAs, held out
/// by task and by occupation), the revision emerging tasks (to the task each revises), and the speed and memory of
/// the default method.
/// </summary>
internal sealed class SuggestEvaluation(CliConsole console, IEmbeddingGenerator<string, Embedding<float>> generator, int bucket)
{
    /// <summary>Every method as before issue 25 (the first is the baseline), combined with the activity classifier (the default of
    /// session 8), then the default: with the re-ranker too.</summary>
    private static readonly Variant[] Methods =
    [
        new(SuggestionMethod.Words, Options(SuggestionMethod.Words)),
        new(SuggestionMethod.CharacterNGrams, Options(SuggestionMethod.CharacterNGrams)),
        new(SuggestionMethod.Embeddings, Options(SuggestionMethod.Embeddings)),
        new(SuggestionMethod.Combined, Options(SuggestionMethod.Combined)),
        new(SuggestionMethod.Combined, new SuggesterOptions { Rerank = false }),
        new(SuggestionMethod.Combined, SuggesterOptions.Default),
    ];

    private TextWriter Out => console.Out;

    public async Task RunAsync(string directory)
    {
        var clock = Stopwatch.StartNew();
        var onet = OnetCorpus.Load(directory, console);
        var linked = onet.Tasks.Where(t => !t.ActivityIds.IsEmpty).ToList();
        Out.WriteLine(Invariant($"O*NET tasks: {onet.Tasks.Length:N0}, with DWAs: {linked.Count:N0}; held-out bucket {bucket} of {HeldOut.Buckets} (SHA-256 of the key); imported in {clock.Elapsed.TotalSeconds:0.0} s"));
        Out.WriteLine();
        var chosen = await ChooseThresholdsAsync(onet, linked).ConfigureAwait(false);
        Out.WriteLine();
        Out.WriteLine("Activities: held-out task -> its DWAs (top-1 / top-5 accuracy); the first suggestion right at the confident scores");
        foreach (var (name, heldOut) in new (string, Func<DiscoveryTask, bool>)[]
        {
            ("held out by task", t => HeldOut.IsIn(t.TaskId, bucket)),
            ("held out by occupation", t => HeldOut.IsIn(t.RoleId, bucket)),
        })
        {
            var corpus = onet.Corpus(onet.Tasks.Where(t => !heldOut(t)));
            var queries = linked.Where(heldOut).ToList();
            Out.WriteLine(Invariant($"  {name}: {queries.Count:N0} queries, index of {corpus.Tasks.Length:N0} tasks"));
            foreach (var method in Methods)
            {
                var results = await ActivitiesAsync(corpus, queries, method.Options, method.Name).ConfigureAwait(false);
                var (activities, tasks) = FirstRight(corpus, results, queries);
                Out.WriteLine("      activity:     " + Table(activities));
                Out.WriteLine("      similar task: " + Table(tasks));
                Out.WriteLine(Invariant($"      confident: activity {Reached(activities, chosen[method].Activity)}, similar task {Reached(tasks, chosen[method].Task)} (thresholds chosen on the tuning buckets)"));
            }
        }

        await RevisionsAsync(onet).ConfigureAwait(false);
        if (linked.Count > 0)
        {
            await SpeedAsync(onet, linked).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// On two other buckets (held out by task: 1 and 2, or 3 and 4 when the reported bucket is one of those), for every method: the precision of the first activity and the first similar
    /// task by their score, and the lowest score at which it is right at least nine times in ten (<see cref="Accuracy.Confident"/>).
    /// </summary>
    private async Task<Dictionary<Variant, (double Activity, double Task)>> ChooseThresholdsAsync(OnetCorpus onet, List<DiscoveryTask> linked)
    {
        int[] tuning = bucket is 1 or 2 ? [3, 4] : [1, 2];
        bool Tuning(DiscoveryTask t) => Array.Exists(tuning, b => HeldOut.IsIn(t.TaskId, b));
        var corpus = onet.Corpus(onet.Tasks.Where(t => !Tuning(t)));
        var queries = linked.Where(Tuning).ToList();
        Out.WriteLine(Invariant($"Tuning (buckets {tuning[0]} and {tuning[1]}, held out by task, {queries.Count:N0} queries): the first suggestion right, by its score; a confident score is the lowest at which at least {Accuracy.ConfidentPrecision:P0} are right with 95 % confidence (Wilson)"));
        var chosen = new Dictionary<Variant, (double Activity, double Task)>();
        foreach (var method in Methods)
        {
            var results = await ActivitiesAsync(corpus, queries, method.Options, method.Name).ConfigureAwait(false);
            var (activities, tasks) = FirstRight(corpus, results, queries);
            Out.WriteLine("      activity:     " + Table(activities));
            Out.WriteLine("      similar task: " + Table(tasks));
            chosen[method] = (Accuracy.Confident(activities, Grid), Accuracy.Confident(tasks, Grid));
            Out.WriteLine(method.IsDefault
                ? Invariant($"      chosen: activity {chosen[method].Activity:0.00}, similar task {chosen[method].Task:0.00}; the tool uses {ConfidentScores.Activity(method.Method):0.00} and {ConfidentScores.Task(method.Method):0.00}")
                : Invariant($"      chosen: activity {chosen[method].Activity:0.00}, similar task {chosen[method].Task:0.00}"));
        }

        return chosen;
    }

    private static readonly double[] Grid = [.. Enumerable.Range(6, 14).Select(i => i * 0.05)];

    private static string Table(List<(double Score, bool Right)> first) =>
        string.Join("  ", Accuracy.AtThresholds(first, Grid).Select(a => Invariant($">= {a.Threshold:0.00}: {a.Precision:P0} of {a.Share:P0}")));

    private static string Reached(List<(double Score, bool Right)> first, double threshold)
    {
        var (_, share, precision) = Accuracy.AtThresholds(first, [threshold]).Single();
        return double.IsNaN(threshold) ? "none reached" : Invariant($">= {threshold:0.00}: {precision:P1} right, {share:P1} of the queries");
    }

    /// <summary>Per query: the score of the first activity and whether it is one of the query's DWAs; the score of the first
    /// similar task and whether it shares a DWA with the query.</summary>
    private static (List<(double Score, bool Right)> Activities, List<(double Score, bool Right)> Tasks) FirstRight(
        DiscoveryCorpus corpus, IReadOnlyList<TaskSuggestions> results, List<DiscoveryTask> queries)
    {
        var dwas = corpus.Tasks.ToDictionary(t => (t.RoleId, t.TaskId), t => t.ActivityIds);
        var activities = results.Select((r, i) => r.Activities.IsEmpty ? (0d, false) : (r.Activities[0].Score, queries[i].ActivityIds.Contains(r.Activities[0].Id))).ToList();
        var tasks = results.Select((r, i) => r.Tasks.IsEmpty ? (0d, false)
            : (r.Tasks[0].Score, dwas[(r.Tasks[0].RoleId!, r.Tasks[0].Id)].Intersect(queries[i].ActivityIds, StringComparer.Ordinal).Any())).ToList();
        return (activities, tasks);
    }

    private async Task<IReadOnlyList<TaskSuggestions>> ActivitiesAsync(DiscoveryCorpus corpus, List<DiscoveryTask> queries, SuggesterOptions options, string name)
    {
        var suggester = await TaskSuggester.CreateAsync(corpus, generator, options).ConfigureAwait(false);
        var results = await suggester.SuggestAsync([.. queries.Select(q => q.Text)]).ConfigureAwait(false);
        var (top1, top5) = Score([.. results.Select(r => (IReadOnlyList<Suggestion>)r.Activities)], queries);
        Out.WriteLine(Invariant($"    {name,-32} top-1 {top1,6:P1}   top-5 {top5,6:P1}"));
        return results;
    }

    private static (double Top1, double Top5) Score(List<IReadOnlyList<Suggestion>> activities, List<DiscoveryTask> queries)
    {
        var ranked = activities.Select(r => (IReadOnlyList<string>)[.. r.Select(a => a.Id)]).ToList();
        var right = queries.Select(q => (IReadOnlySet<string>)q.ActivityIds.ToHashSet(StringComparer.Ordinal)).ToList();
        return (Accuracy.TopK(ranked, right, 1), Accuracy.TopK(ranked, right, 5));
    }

    private async Task RevisionsAsync(OnetCorpus onet)
    {
        var revisions = onet.Import.EmergingTasks.Where(e => e.Category == Interop.Onet.EmergingTaskCategory.Revision && e.OriginalTaskId is not null).ToList();
        var corpus = onet.Corpus(onet.Tasks);
        Out.WriteLine();
        Out.WriteLine(Invariant($"Similar tasks: {revisions.Count} revision emerging tasks -> the task each revises, among all {corpus.Tasks.Length:N0} tasks (top-1 / top-5)"));
        foreach (var method in Methods)
        {
            var suggester = await TaskSuggester.CreateAsync(corpus, generator, method.Options).ConfigureAwait(false);
            var results = await suggester.SuggestAsync([.. revisions.Select(r => r.Title)]).ConfigureAwait(false);
            var ranked = results.Select(r => (IReadOnlyList<string>)[.. r.Tasks.Select(t => t.RoleId + "/" + t.Id)]).ToList();
            var right = revisions.Select(r => (IReadOnlySet<string>)new HashSet<string>(StringComparer.Ordinal) { r.RoleId + "/" + r.OriginalTaskId }).ToList();
            Out.WriteLine(Invariant($"    {method.Name,-32} top-1 {Accuracy.TopK(ranked, right, 1),6:P1}   top-5 {Accuracy.TopK(ranked, right, 5),6:P1}"));
        }
    }

    private async Task SpeedAsync(OnetCorpus onet, List<DiscoveryTask> linked)
    {
        var corpus = onet.Corpus(onet.Tasks);
        var clock = Stopwatch.StartNew();
        var suggester = await TaskSuggester.CreateAsync(corpus, generator).ConfigureAwait(false);
        var build = clock.Elapsed;
        var texts = linked.Select(t => t.Text + " (new)").Take(1_000).ToList();
        await suggester.SuggestAsync(texts[0]).ConfigureAwait(false);
        var computed = Computed();
        clock.Restart();
        const int singles = 20;
        for (var i = 1; i <= singles; i++)
        {
            await suggester.SuggestAsync(texts[i % texts.Count]).ConfigureAwait(false);
        }

        var single = clock.Elapsed.TotalMilliseconds / singles;
        var singlesComputed = Computed() - computed;
        clock.Restart();
        for (var i = 1; i <= singles; i++)
        {
            await suggester.SuggestAsync(linked[i % linked.Count].Text).ConfigureAwait(false);
        }

        var cachedSingle = clock.Elapsed.TotalMilliseconds / singles;
        var lexical = await TaskSuggester.CreateAsync(corpus, options: Options(SuggestionMethod.CharacterNGrams)).ConfigureAwait(false);
        clock.Restart();
        for (var i = 1; i <= singles; i++)
        {
            await lexical.SuggestAsync(texts[i % texts.Count]).ConfigureAwait(false);
        }

        var lexicalSingle = clock.Elapsed.TotalMilliseconds / singles;
        computed = Computed();
        clock.Restart();
        await suggester.SuggestAsync(texts).ConfigureAwait(false);
        var batch = clock.Elapsed;
        var batchComputed = Computed() - computed;
        Out.WriteLine();
        Out.WriteLine(Invariant($"Speed ({Methods[^1].Name}, all {corpus.Tasks.Length:N0} tasks; texts not in the embedding cache are embedded by the model):"));
        Out.WriteLine(Invariant($"    index build {build.TotalSeconds:0.00} s (embeddings: {Cached()})"));
        Out.WriteLine(Invariant($"    one query {single:0.0} ms ({singlesComputed} of {singles} embedded by the model, the others found in the cache), {cachedSingle:0.0} ms for a text whose embedding is cached (character n-grams alone {lexicalSingle:0.0} ms)"));
        Out.WriteLine(Invariant($"    {texts.Count:N0} queries in one batch {batch.TotalSeconds:0.00} s ({batch.TotalMilliseconds / texts.Count:0.0} ms each; {batchComputed:N0} embedded by the model)"));
        Out.WriteLine(Invariant($"    working set {Environment.WorkingSet / 1048576:N0} MiB, peak {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576:N0} MiB"));
    }

    private string Cached() => generator.GetService(typeof(CachingEmbeddingGenerator)) is CachingEmbeddingGenerator
        ? Invariant($"{Computed():N0} computed by the model in this run so far, the others read from the cache")
        : "no cache";

    /// <summary>How many texts the model embedded in this run (not found in the cache); 0 without a cache.</summary>
    private int Computed() => generator.GetService(typeof(CachingEmbeddingGenerator)) is CachingEmbeddingGenerator cache ? cache.Computed : 0;

    /// <summary>The settings of a method as before issue 25 (no class score, title weight 0.4, no classifier), whatever the defaults are now.</summary>
    private static SuggesterOptions Options(SuggestionMethod method) => new() { Method = method, ClassWeight = 0, ActivityTitleWeight = 0.4, ClassifierWeight = 0 };

    /// <summary>A method with its settings, named as the output shows it.</summary>
    private sealed record Variant(SuggestionMethod Method, SuggesterOptions Options)
    {
        public bool IsDefault => ReferenceEquals(Options, SuggesterOptions.Default);

        public string Name => SuggestEvaluation.Name(Method) + (Options.ClassifierWeight > 0 ? " + classifier" : "") + (Options.ClassifierWeight > 0 && Options.Rerank ? " + re-rank" : "");
    }

    internal static string Name(SuggestionMethod method) => method switch
    {
        SuggestionMethod.Words => "tf-idf words",
        SuggestionMethod.CharacterNGrams => "char n-grams",
        SuggestionMethod.Embeddings => "embeddings",
        _ => "combined",
    };
}
