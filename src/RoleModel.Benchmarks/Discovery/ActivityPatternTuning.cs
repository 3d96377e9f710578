using System.Diagnostics;
using NodaTime;
using RoleModel.Cli.Discovery;
using RoleModel.Discovery;
using RoleModel.Discovery.Text;
using RoleModel.Evolution;
using static System.FormattableString;

namespace RoleModel.Benchmarks.Discovery;

/// <summary>
/// <c>activity-pattern-tuning ONET_DIR CACHE [PART]</c>: variants of the activity similarity on one part of the
/// occupations of <c>patterns --evaluate</c> (default the tuning part), each text's activities suggested once (the best 10)
/// and transformed per variant: how many activities, a power of the scores, a down-weighting of activities common in the
/// reference (or the reverse), scaling each profile to its best score, the share of the embedding cosine, and a stricter
/// grouping rule (two groups merge only when every pair across them reaches a floor). Each variant's best F1 with
/// precision at least 0.5 over a fine grid of thresholds; on the tuning part, then the variant chosen there on the
/// reporting part, beside the lexical baseline and the tool's option in the same run (docs/discovery.md).
/// </summary>
internal static class ActivityPatternTuning
{
    private const int MostActivities = 10;
    private static readonly LocalDate ReleasedOn = new(2025, 8, 1);
    private static readonly double[] Thresholds = [.. Enumerable.Range(0, 23).Select(i => 0.1 + (0.025 * i))];

    public static async Task RunAsync(string directory, string cache, string part)
    {
        var clock = Stopwatch.StartNew();
        var console = new RoleModel.Cli.CliConsole(Console.Out, Console.Error, false, true);
        var onet = OnetCorpus.Load(directory, console);
        using var generator = EmbeddingModel.Open(new FileInfo(cache)) ?? throw new InvalidOperationException("No model.");
        var histories = onet.Import.ToHistories(ReleasedOn);
        var labels = onet.Tasks.ToDictionary(t => (t.RoleId, t.TaskId), t => (IReadOnlySet<string>)t.ActivityIds.ToHashSet(StringComparer.Ordinal));
        var parts = histories.ToLookup(h => OccupationParts.Of(h.RoleId));
        var grouped = parts[Enum.Parse<OccupationPart>(part)].ToList();
        var referenceRoles = parts[OccupationPart.Reference].Select(h => h.RoleId).ToHashSet(StringComparer.Ordinal);
        var referenceTasks = onet.Tasks.Where(t => referenceRoles.Contains(t.RoleId)).ToList();
        var reference = await TaskSuggester.CreateAsync(onet.Corpus(referenceTasks), generator, SuggesterOptions.Default);
        var evaluation = new PatternsEvaluation.Evaluation(labels, ReleasedOn);
        Console.WriteLine(Invariant($"{part}: {grouped.Count} occupations, {evaluation.RightPairs(grouped):N0} right pairs; reference built in {clock.Elapsed.TotalSeconds:0} s"));

        // How many of the reference's labelled tasks carry each activity: for the down-weighting of common activities.
        var labelled = referenceTasks.Count(t => !t.ActivityIds.IsEmpty);
        var frequency = referenceTasks.SelectMany(t => t.ActivityIds).GroupBy(a => a, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        double Specificity(string id) => Math.Log((double)labelled / Math.Max(1, frequency.GetValueOrDefault(id, 1))) / Math.Log(labelled);

        var profiles = new Dictionary<string, (string Id, double Score)[]>(StringComparer.Ordinal);
        var text = new ReusedIndex(new EmbeddingTaskSimilarity(generator));
        var variants = new List<(string Name, int K, double Power, double Idf, bool ToBest, double TextWeight, double Floor)>
        {
            ("today (k 5, text 0.3)", 5, 1, 0, false, 0.3, 0),
        };
        foreach (var k in new[] { 3, 7, 10 })
        {
            variants.Add(($"k {k}", k, 1, 0, false, 0.3, 0));
        }

        foreach (var weight in new[] { 0.0, 0.2, 0.25, 0.35, 0.4 })
        {
            variants.Add(($"text {weight:0.00}", 5, 1, 0, false, weight, 0));
        }

        foreach (var power in new[] { 0.5, 0.75, 1.5 })
        {
            variants.Add(($"power {power:0.00}", 5, power, 0, false, 0.3, 0));
        }

        foreach (var idf in new[] { 0.5, 1.0, -0.5 })
        {
            variants.Add(($"specificity^{idf:0.0}", 5, 1, idf, false, 0.3, 0));
        }

        variants.Add(("to best", 5, 1, 0, true, 0.3, 0));
        foreach (var floor in new[] { 0.5, 0.75, 0.9, 1.0 })
        {
            variants.Add(($"floor {floor:0.00}", 5, 1, 0, false, 0.3, floor));
            variants.Add(($"floor {floor:0.00} k 10", 10, 1, 0, false, 0.3, floor));
        }

        var chosen = (Name: "", Variant: variants[0], Threshold: 0d, F1: -1d);
        foreach (var variant in variants)
        {
            var (name, k, power, idf, toBest, textWeight, floor) = variant;
            var similarity = new Variant(reference, profiles, text, textWeight, profile =>
            {
                var top = profile.Take(k).Select(p => (p.Id, Score: Math.Pow(Math.Clamp(p.Score, 0, 1), power) * (idf == 0 ? 1 : Math.Pow(Math.Max(Specificity(p.Id), 0.01), idf)))).ToArray();
                var best = top.Length == 0 ? 1 : top.Max(p => p.Score);
                return toBest && best > 0 ? [.. top.Select(p => (p.Id, p.Score / best))] : top;
            });
            var clockOne = Stopwatch.StartNew();
            var results = Thresholds.Select(t => (Threshold: t, Scores: evaluation.Of(grouped, floor > 0 ? new Linkage(similarity, floor * t) : similarity, t))).ToList();
            var fits = results.Where(r => r.Scores.Precision >= 0.5).OrderByDescending(r => r.Scores.F1).FirstOrDefault();
            var any = results.MaxBy(r => r.Scores.F1);
            if (fits.Scores.Grouped > 0 && fits.Scores.F1 > chosen.F1)
            {
                chosen = (name, variant, fits.Threshold, fits.Scores.F1);
            }

            Console.WriteLine(Invariant($"{name,-20} best at P>=0.5: {(fits.Scores.Grouped == 0 ? "none" : Line(fits.Threshold, fits.Scores))}   best: {Line(any.Threshold, any.Scores)}   ({clockOne.Elapsed.TotalSeconds:0} s)"));
        }

        Console.WriteLine(Invariant($"chosen on {part}: {chosen.Name} at {chosen.Threshold:0.000}; total {clock.Elapsed.TotalSeconds:0} s"));
        if (part != nameof(OccupationPart.Tuning))
        {
            return;
        }

        var reporting = parts[OccupationPart.Reporting].ToList();
        Console.WriteLine(Invariant($"Reporting part: {reporting.Count} occupations, {evaluation.RightPairs(reporting):N0} right pairs"));
        Console.WriteLine(Invariant($"    lexical 0.35 (baseline)        {Line(0.35, evaluation.Of(reporting, LexicalTaskSimilarity.Default, 0.35))}"));
        var today = new ActivityTaskSimilarity(reference, ActivityTaskSimilarity.DefaultActivities, new EmbeddingTaskSimilarity(generator), ActivityTaskSimilarity.RecommendedTextWeight);
        Console.WriteLine(Invariant($"    activities today (tool option) {Line(ActivityTaskSimilarity.RecommendedThreshold, evaluation.Of(reporting, today, ActivityTaskSimilarity.RecommendedThreshold))}"));
        var (_, ck, _, _, _, cw, cf) = chosen.Variant;
        var best = new ActivityTaskSimilarity(reference, ck, new EmbeddingTaskSimilarity(generator), cw);
        Console.WriteLine(Invariant($"    {chosen.Name,-30} {Line(chosen.Threshold, evaluation.Of(reporting, cf > 0 ? new Linkage(best, cf * chosen.Threshold) : best, chosen.Threshold))}"));
        Console.WriteLine(Invariant($"total {clock.Elapsed.TotalSeconds:0} s"));
    }

    /// <summary>Merges two groups only when every pair across them scores at least <paramref name="floor"/> (and their average the threshold).</summary>
    private sealed class Linkage(ITaskSimilarity inner, double floor) : ITaskSimilarity
    {
        public Func<int, int, double> Prepare(IReadOnlyList<LocalizedText> texts) => Index(texts).Score;

        public TaskTextIndex Index(IReadOnlyList<LocalizedText> texts) => new Floored(inner.Index(texts), floor);

        private sealed class Floored(TaskTextIndex index, double floor) : TaskTextIndex
        {
            public override int Count => index.Count;

            public override double Score(int first, int second) => index.Score(first, second);

            public override IEnumerable<(int First, int Second, double Score)> PairsAtLeast(double threshold) => index.PairsAtLeast(threshold);

            public override double Average(IReadOnlyList<int> first, IReadOnlyList<int> second)
            {
                foreach (var a in first)
                {
                    foreach (var b in second)
                    {
                        if (index.Score(a, b) < floor)
                        {
                            return 0;
                        }
                    }
                }

                return index.Average(first, second);
            }
        }
    }

    private static string Line(double threshold, PairwiseScores s) => Invariant($"{threshold:0.000} P {s.Precision:P1} R {s.Recall:P1} F1 {s.F1:0.000}");

    /// <summary>The activity profile index over profiles suggested once per text (the best 10) and transformed.</summary>
    private sealed class Variant(TaskSuggester reference, Dictionary<string, (string Id, double Score)[]> profiles, ITaskSimilarity text, double textWeight,
        Func<(string Id, double Score)[], (string Id, double Score)[]> transform) : ITaskSimilarity
    {
        private IReadOnlyList<LocalizedText>? texts;
        private ReusedIndex? index;

        public Func<int, int, double> Prepare(IReadOnlyList<LocalizedText> texts) => Index(texts).Score;

        public TaskTextIndex Index(IReadOnlyList<LocalizedText> texts)
        {
            if (index is null || this.texts is null || !this.texts.SequenceEqual(texts, ReferenceEqualityComparer.Instance))
            {
                this.texts = texts;
                var strings = texts.Select(TextScorer.EmbeddingText).ToList();
                var missing = strings.Where(s => !profiles.ContainsKey(s)).Distinct(StringComparer.Ordinal).ToList();
                var suggested = reference.SuggestActivitiesAsync(missing, MostActivities, Environment.ProcessorCount).GetAwaiter().GetResult();
                for (var i = 0; i < missing.Count; i++)
                {
                    profiles[missing[i]] = [.. suggested[i].Select(a => (a.Id, a.Score))];
                }

                var built = new ActivityProfileIndex([.. strings.Select(s => transform(profiles[s]).AsEnumerable())], textWeight > 0 ? text.Index(texts) : null, textWeight, unitLength: false);
                index = new ReusedIndex(new Fixed(built));
            }

            return index.Index(texts);
        }
    }

    private sealed class Fixed(TaskTextIndex built) : ITaskSimilarity
    {
        public Func<int, int, double> Prepare(IReadOnlyList<LocalizedText> texts) => built.Score;

        public TaskTextIndex Index(IReadOnlyList<LocalizedText> texts) => built;
    }
}
