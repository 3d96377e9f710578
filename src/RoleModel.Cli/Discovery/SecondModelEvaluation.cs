using static System.FormattableString;
using Microsoft.Extensions.AI;
using RoleModel.Discovery;
using RoleModel.Discovery.Embeddings;

namespace RoleModel.Cli.Discovery;

/// <summary>
/// <c>rolemodel suggest --evaluate DIR --second-model NAME</c>, after the usual evaluation: the second embedding model
/// alone, and composed with the default one (<see cref="ConcatenatedEmbeddingGenerator"/>: the weighted mean of both
/// cosines), beside the TF-IDF baseline and today's combined method on the same held-out tasks. The weight w of the
/// default model is chosen on a tuning bucket (1, or 2 when bucket 1 is reported) and reported on the held-out bucket,
/// by task and by occupation.
/// </summary>
internal sealed class SecondModelEvaluation(
    CliConsole console, IEmbeddingGenerator<string, Embedding<float>> first, IEmbeddingGenerator<string, Embedding<float>> second, string secondName, int bucket)
{
    /// <summary>The weights of the default model tried on the tuning bucket; at 1 the composition is MiniLM alone (today's
    /// method), so the tuning can also say that the second model does not help.</summary>
    internal static readonly double[] Weights = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0];

    private TextWriter Out => console.Out;

    public async Task RunAsync(string directory)
    {
        var onet = OnetCorpus.Load(directory, console);
        var linked = onet.Tasks.Where(t => !t.ActivityIds.IsEmpty).ToList();
        var tuning = bucket == 1 ? 2 : 1;
        var secondId = (second.GetService(typeof(EmbeddingGeneratorMetadata)) as EmbeddingGeneratorMetadata)?.DefaultModelId ?? secondName;
        Out.WriteLine();
        Out.WriteLine(Invariant($"Second model: {secondName} ({secondId}), alone and composed with MiniLM (the cosine is w x MiniLM's + (1 - w) x {secondName}'s)"));
        Out.WriteLine(Invariant($"  Tuning w on bucket {tuning} (combined with the composition; chosen: the best mean of top-1 and top-5 over both splits)"));
        var best = (Weight: double.NaN, Score: double.NegativeInfinity);
        foreach (var weight in Weights)
        {
            var figures = new List<(double Top1, double Top5)>();
            foreach (var (_, heldOut) in Splits(tuning))
            {
                figures.Add(await TopAsync(onet, linked, heldOut, SuggestionMethod.Combined, Compose(weight)).ConfigureAwait(false));
            }

            var score = figures.Average(f => (f.Top1 + f.Top5) / 2);
            Out.WriteLine(Invariant($"    w {weight:0.00}   by task top-1 {figures[0].Top1,6:P1}   top-5 {figures[0].Top5,6:P1}   by occupation top-1 {figures[1].Top1,6:P1}   top-5 {figures[1].Top5,6:P1}"));
            if (score > best.Score)
            {
                best = (weight, score);
            }
        }

        Out.WriteLine(Invariant($"  chosen: w {best.Weight:0.00}"));
        Out.WriteLine(Invariant($"  Activities, bucket {bucket}: held-out task -> its DWAs (top-1 / top-5), w chosen on bucket {tuning}"));
        var composed = Compose(best.Weight);
        var rows = new (string Name, SuggestionMethod Method, IEmbeddingGenerator<string, Embedding<float>>? Model)[]
        {
            ("tf-idf words (baseline)", SuggestionMethod.Words, null),
            ("combined, MiniLM (today)", SuggestionMethod.Combined, first),
            ("embeddings, MiniLM", SuggestionMethod.Embeddings, first),
            (Invariant($"embeddings, {secondName}"), SuggestionMethod.Embeddings, second),
            (Invariant($"combined, {secondName}"), SuggestionMethod.Combined, second),
            (Invariant($"embeddings, MiniLM+{secondName} w {best.Weight:0.00}"), SuggestionMethod.Embeddings, composed),
            (Invariant($"combined, MiniLM+{secondName} w {best.Weight:0.00}"), SuggestionMethod.Combined, composed),
        };
        foreach (var (name, heldOut) in Splits(bucket))
        {
            Out.WriteLine(Invariant($"    {name}: {linked.Count(heldOut):N0} queries, index of {onet.Tasks.Count(t => !heldOut(t)):N0} tasks"));
            foreach (var row in rows)
            {
                var (top1, top5) = await TopAsync(onet, linked, heldOut, row.Method, row.Model).ConfigureAwait(false);
                Out.WriteLine(Invariant($"      {row.Name,-38} top-1 {top1,6:P1}   top-5 {top5,6:P1}"));
            }
        }
    }

    /// <summary>The composition with weight w for the default model. It is not disposed: it would dispose both models, which the command owns.</summary>
    private ConcatenatedEmbeddingGenerator Compose(double weight) => new(first, second, weight);

    private static (string Name, Func<DiscoveryTask, bool> HeldOut)[] Splits(int bucket) =>
    [
        ("held out by task", t => HeldOut.IsIn(t.TaskId, bucket)),
        ("held out by occupation", t => HeldOut.IsIn(t.RoleId, bucket)),
    ];

    /// <summary>Top-1 and top-5 accuracy of the held-out tasks' activities, with the settings <c>suggest --evaluate</c> reports today's method with.</summary>
    private static async Task<(double Top1, double Top5)> TopAsync(
        OnetCorpus onet, List<DiscoveryTask> linked, Func<DiscoveryTask, bool> heldOut, SuggestionMethod method, IEmbeddingGenerator<string, Embedding<float>>? model)
    {
        var corpus = onet.Corpus(onet.Tasks.Where(t => !heldOut(t)));
        var queries = linked.Where(heldOut).ToList();
        var options = new SuggesterOptions { Method = method, ClassWeight = 0, ActivityTitleWeight = 0.4 };
        var suggester = await TaskSuggester.CreateAsync(corpus, model, options).ConfigureAwait(false);
        var results = await suggester.SuggestAsync([.. queries.Select(q => q.Text)]).ConfigureAwait(false);
        var ranked = results.Select(r => (IReadOnlyList<string>)[.. r.Activities.Select(a => a.Id)]).ToList();
        var right = queries.Select(q => (IReadOnlySet<string>)q.ActivityIds.ToHashSet(StringComparer.Ordinal)).ToList();
        return (Accuracy.TopK(ranked, right, 1), Accuracy.TopK(ranked, right, 5));
    }
}
