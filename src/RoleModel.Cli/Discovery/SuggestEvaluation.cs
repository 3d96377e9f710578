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
    private static readonly SuggestionMethod[] Methods =
        [SuggestionMethod.Words, SuggestionMethod.CharacterNGrams, SuggestionMethod.Embeddings, SuggestionMethod.Combined];

    private TextWriter Out => console.Out;

    public async Task RunAsync(string directory)
    {
        var clock = Stopwatch.StartNew();
        var onet = OnetCorpus.Load(directory, console);
        var linked = onet.Tasks.Where(t => !t.ActivityIds.IsEmpty).ToList();
        Out.WriteLine(Invariant($"O*NET tasks: {onet.Tasks.Length:N0}, with DWAs: {linked.Count:N0}; held-out bucket {bucket} of {HeldOut.Buckets} (SHA-256 of the key); imported in {clock.Elapsed.TotalSeconds:0.0} s"));
        Out.WriteLine();
        var tuned = await TuneAsync(onet, linked).ConfigureAwait(false);
        Out.WriteLine();
        Out.WriteLine("Activities: held-out task -> its DWAs (top-1 / top-5 accuracy)");
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
                await ActivitiesAsync(corpus, queries, Options(method), Name(method)).ConfigureAwait(false);
            }

            var results = await ActivitiesAsync(corpus, queries, tuned, "tuned").ConfigureAwait(false);
            Reliability(results, queries);
        }

        await RevisionsAsync(onet).ConfigureAwait(false);
        if (linked.Count > 0)
        {
            await SpeedAsync(onet, linked).ConfigureAwait(false);
        }
    }

    /// <summary>Chooses the class and title weights of the combined method on another bucket (held out by task), by top-1 plus top-5.</summary>
    private async Task<SuggesterOptions> TuneAsync(OnetCorpus onet, List<DiscoveryTask> linked)
    {
        var tuning = bucket == 1 ? 2 : 1;
        var corpus = onet.Corpus(onet.Tasks.Where(t => !HeldOut.IsIn(t.TaskId, tuning)));
        var queries = linked.Where(t => HeldOut.IsIn(t.TaskId, tuning)).ToList();
        Out.WriteLine(Invariant($"Tuning (bucket {tuning}, held out by task, {queries.Count:N0} queries): combined with class weight c and title weight t"));
        var best = (Options: SuggesterOptions.Default, Sum: -1d);
        foreach (var (classWeight, titleWeight) in new[] { (0.3, 0.2), (0.5, 0.2), (0.7, 0.1), (0.5, 0.3), (0.7, 0.2), (0.9, 0.1) })
        {
            var options = new SuggesterOptions { ClassWeight = classWeight, ActivityTitleWeight = titleWeight };
            var (top1, top5) = Score(await ActivitiesAsync(corpus, queries, options, Invariant($"c {classWeight:0.0} t {titleWeight:0.0}")).ConfigureAwait(false), queries);
            if (top1 + top5 > best.Sum)
            {
                best = (options, top1 + top5);
            }
        }

        Out.WriteLine(Invariant($"    chosen: class weight {best.Options.ClassWeight:0.0}, title weight {best.Options.ActivityTitleWeight:0.0} (\"tuned\" below)"));
        return best.Options;
    }

    private async Task<List<IReadOnlyList<Suggestion>>> ActivitiesAsync(DiscoveryCorpus corpus, List<DiscoveryTask> queries, SuggesterOptions options, string name)
    {
        var suggester = await TaskSuggester.CreateAsync(corpus, generator, options).ConfigureAwait(false);
        var results = await suggester.SuggestAsync([.. queries.Select(q => q.Text)]).ConfigureAwait(false);
        var activities = results.Select(r => (IReadOnlyList<Suggestion>)r.Activities).ToList();
        var (top1, top5) = Score(activities, queries);
        Out.WriteLine(Invariant($"    {name,-18} top-1 {top1,6:P1}   top-5 {top5,6:P1}"));
        return activities;
    }

    private static (double Top1, double Top5) Score(List<IReadOnlyList<Suggestion>> activities, List<DiscoveryTask> queries)
    {
        var ranked = activities.Select(r => (IReadOnlyList<string>)[.. r.Select(a => a.Id)]).ToList();
        var right = queries.Select(q => (IReadOnlySet<string>)q.ActivityIds.ToHashSet(StringComparer.Ordinal)).ToList();
        return (Accuracy.TopK(ranked, right, 1), Accuracy.TopK(ranked, right, 5));
    }

    /// <summary>The precision of the first suggestion among the queries whose first score reaches each threshold.</summary>
    private void Reliability(List<IReadOnlyList<Suggestion>> activities, List<DiscoveryTask> queries)
    {
        var first = activities.Select((a, i) => (Score: a.Count == 0 ? 0 : a[0].Score, Right: a.Count > 0 && queries[i].ActivityIds.Contains(a[0].Id))).ToList();
        Out.Write("      first suggestion right, by its score:");
        foreach (var (threshold, share, precision) in Accuracy.AtThresholds(first, [0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]))
        {
            Out.Write(Invariant($"  >= {threshold:0.0}: {precision:P0} of {share:P0}"));
        }

        Out.WriteLine();
    }

    private async Task RevisionsAsync(OnetCorpus onet)
    {
        var revisions = onet.Import.EmergingTasks.Where(e => e.Category == Interop.Onet.EmergingTaskCategory.Revision && e.OriginalTaskId is not null).ToList();
        var corpus = onet.Corpus(onet.Tasks);
        Out.WriteLine();
        Out.WriteLine(Invariant($"Similar tasks: {revisions.Count} revision emerging tasks -> the task each revises, among all {corpus.Tasks.Length:N0} tasks (top-1 / top-5)"));
        foreach (var method in Methods)
        {
            var suggester = await TaskSuggester.CreateAsync(corpus, generator, Options(method)).ConfigureAwait(false);
            var results = await suggester.SuggestAsync([.. revisions.Select(r => r.Title)]).ConfigureAwait(false);
            var ranked = results.Select(r => (IReadOnlyList<string>)[.. r.Tasks.Select(t => t.RoleId + "/" + t.Id)]).ToList();
            var right = revisions.Select(r => (IReadOnlySet<string>)new HashSet<string>(StringComparer.Ordinal) { r.RoleId + "/" + r.OriginalTaskId }).ToList();
            Out.WriteLine(Invariant($"    {Name(method),-18} top-1 {Accuracy.TopK(ranked, right, 1),6:P1}   top-5 {Accuracy.TopK(ranked, right, 5),6:P1}"));
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
        Out.WriteLine(Invariant($"Speed ({Name(SuggestionMethod.Combined)}, all {corpus.Tasks.Length:N0} tasks; texts not in the embedding cache are embedded by the model):"));
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

    /// <summary>The settings of a method as before issue 25 (no class score, title weight 0.4), whatever the defaults are now.</summary>
    private static SuggesterOptions Options(SuggestionMethod method) => new() { Method = method, ClassWeight = 0, ActivityTitleWeight = 0.4 };

    internal static string Name(SuggestionMethod method) => method switch
    {
        SuggestionMethod.Words => "tf-idf words",
        SuggestionMethod.CharacterNGrams => "char n-grams",
        SuggestionMethod.Embeddings => "embeddings",
        _ => "combined",
    };
}
