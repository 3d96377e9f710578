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
                var suggester = await TaskSuggester.CreateAsync(corpus, generator, Options(method)).ConfigureAwait(false);
                var results = await suggester.SuggestAsync([.. queries.Select(q => q.Text)]).ConfigureAwait(false);
                var ranked = results.Select(r => (IReadOnlyList<string>)[.. r.Activities.Select(a => a.Id)]).ToList();
                var right = queries.Select(q => (IReadOnlySet<string>)q.ActivityIds.ToHashSet(StringComparer.Ordinal)).ToList();
                Out.WriteLine(Invariant($"    {Name(method),-18} top-1 {Accuracy.TopK(ranked, right, 1),6:P1}   top-5 {Accuracy.TopK(ranked, right, 5),6:P1}"));
            }
        }

        await RevisionsAsync(onet).ConfigureAwait(false);
        if (linked.Count > 0)
        {
            await SpeedAsync(onet, linked).ConfigureAwait(false);
        }
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

    private static SuggesterOptions Options(SuggestionMethod method) => new() { Method = method };

    internal static string Name(SuggestionMethod method) => method switch
    {
        SuggestionMethod.Words => "tf-idf words",
        SuggestionMethod.CharacterNGrams => "char n-grams",
        SuggestionMethod.Embeddings => "embeddings",
        _ => "combined",
    };
}
