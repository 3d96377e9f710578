using System.Diagnostics;
using RoleModel.Cli.Discovery;
using RoleModel.Discovery;
using RoleModel.Discovery.Learning;
using RoleModel.Discovery.Text;
using static System.FormattableString;

namespace RoleModel.Benchmarks.Discovery;

/// <summary>
/// <c>classifier-tuning ONET_DIR CACHE [BUCKET]</c>: tunes the activity classifier and its weight on a held-out tenth of the
/// O*NET tasks (by task and by occupation): today's combined method, the classifier alone and their fusions, top-1 / top-5.
/// </summary>
internal static class ClassifierTuning
{
    public static async Task RunAsync(string directory, string cache, int bucket, IReadOnlyList<string> variants)
    {
        var onet = OnetCorpus.Load(directory, new RoleModel.Cli.CliConsole(Console.Out, Console.Error, false, true));
        using var generator = EmbeddingModel.Open(new FileInfo(cache)) ?? throw new InvalidOperationException("No model.");
        var linked = onet.Tasks.Where(t => !t.ActivityIds.IsEmpty).ToList();
        foreach (var (name, heldOut) in new (string, Func<DiscoveryTask, bool>)[]
        {
            ("by task", t => HeldOut.IsIn(t.TaskId, bucket)),
            ("by occupation", t => HeldOut.IsIn(t.RoleId, bucket)),
        })
        {
            var corpus = onet.Corpus(onet.Tasks.Where(t => !heldOut(t)));
            var queries = linked.Where(heldOut).ToList();
            var texts = queries.Select(q => q.Text).ToList();
            var today = await TaskSuggester.CreateAsync(corpus, generator, new SuggesterOptions { ClassifierWeight = 0 });
            var baseline = await today.SuggestAsync(texts, top: 50);
            var vectors = await TextScorer.EmbedAsync(generator, texts, default);
            var taskVectors = await TextScorer.EmbedAsync(generator, [.. corpus.Tasks.Select(t => TextScorer.EmbeddingText(t.Title))], default);
            var titleVectors = await TextScorer.EmbedAsync(generator, [.. today.TitledActivities.Select(a => TextScorer.EmbeddingText(a.Title))], default);
            var examples = ClassifierTraining.Examples(corpus, today.TitledActivities, [taskVectors, titleVectors]);
            Console.WriteLine(Invariant($"{name}: {queries.Count} queries, {examples.Count} examples"));
            Report("today's combined", queries, baseline.Select(r => r.Activities.Select(a => (a.Id, a.Score)).ToList()).ToList());
            foreach (var variant in variants)
            {
                var p = variant.Split(':');
                var settings = new ClassifierSettings(int.Parse(p[0], Inv), float.Parse(p[1], Inv), float.Parse(p[2], Inv), int.Parse(p[3], Inv), 25, p.Length > 4 && p[4] == "c");
                var clock = Stopwatch.StartNew();
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                var classifier = ActivityClassifier.Train(examples, settings, p.Length > 5 && p[5] == "g" ? ClassifierTraining.Broader(corpus) : null)!;
                Console.WriteLine(Invariant($"  {variant} {settings}: trained in {clock.Elapsed.TotalSeconds:0.0} s ({(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.0} s CPU)"));
                var predicted = queries.Select((q, i) => classifier.Predict(TextScorer.LexicalText(q.Title), vectors[i].Span)).ToList();
                Report("    classifier alone", queries, predicted);
                foreach (var w in new[] { 0.3, 0.5, 0.7, 0.85 })
                {
                    var fused = baseline.Select((r, i) =>
                    {
                        var scores = r.Activities.ToDictionary(a => a.Id, a => (1 - w) * a.Score, StringComparer.Ordinal);
                        foreach (var (id, prob) in predicted[i])
                        {
                            scores[id] = scores.GetValueOrDefault(id) + (w * prob);
                        }

                        return scores.Select(s => (s.Key, s.Value)).OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).ToList();
                    }).ToList();
                    Report(Invariant($"    fused, weight {w:0.00}"), queries, fused);
                }
            }
        }
    }

    private static readonly IFormatProvider Inv = System.Globalization.CultureInfo.InvariantCulture;

    private static void Report(string name, List<DiscoveryTask> queries, List<List<(string Id, double Score)>> ranked)
    {
        double At(int k) => queries.Where((q, i) => ranked[i].Take(k).Any(a => q.ActivityIds.Contains(a.Id))).Count() / (double)queries.Count;
        Console.WriteLine(Invariant($"{name,-28} top-1 {At(1),6:P1}  top-5 {At(5),6:P1}  top-20 {At(20),6:P1}"));
    }
}
