using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.AI;
using NodaTime;
using RoleModel.Discovery;
using RoleModel.Evolution;
using static System.FormattableString;

namespace RoleModel.Cli.Discovery;

/// <summary>
/// <c>rolemodel patterns --evaluate DIR</c>: task groups of an O*NET release against DWA co-membership, pair by pair
/// (<see cref="PairwiseAgreement"/>). The occupations are split in two halves by a hash of their code: the threshold of each
/// similarity is chosen on the tuning half (best F1 with precision at least 0.5) and reported on the other, beside
/// today's lexical grouping at 0.35; then the whole release at the chosen settings, with time and memory.
/// </summary>
internal sealed class PatternsEvaluation(CliConsole console, IEmbeddingGenerator<string, Embedding<float>>? generator)
{
    private static readonly double[] LexicalThresholds = [0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7];
    private static readonly double[] EmbeddingThresholds = [0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9];
    private const double TodayThreshold = 0.35;
    private const double LeastPrecision = 0.5;

    /// <summary>The day the release's tasks take effect in the histories built from it (any day will do: the grouping does not depend on it).</summary>
    private static readonly LocalDate ReleasedOn = new(2025, 8, 1);

    private TextWriter Out => console.Out;

    public void Run(string directory)
    {
        var clock = Stopwatch.StartNew();
        var onet = OnetCorpus.Load(directory, console);
        var histories = onet.Import.ToHistories(ReleasedOn);
        var knownAt = ReleasedOn.PlusDays(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        var (from, to) = (ReleasedOn, ReleasedOn);
        var labels = onet.Tasks.ToDictionary(t => (t.RoleId, t.TaskId), t => (IReadOnlySet<string>)t.ActivityIds.ToHashSet(StringComparer.Ordinal));
        Out.WriteLine(Invariant($"O*NET: {onet.Tasks.Length:N0} tasks in {histories.Length:N0} occupations; imported in {clock.Elapsed.TotalSeconds:0.0} s"));
        Out.WriteLine("Pairs: two tasks of different occupations; right when they share a DWA. Occupations split in halves by SHA-256 of the code.");
        var halves = histories.ToLookup(h => SHA256.HashData(Encoding.UTF8.GetBytes(h.RoleId))[0] % 2 == 1);
        var (tuning, reporting) = (halves[false].ToList(), halves[true].ToList());
        var similarities = new List<(string Name, ITaskSimilarity Similarity, double[] Thresholds)> { ("lexical", LexicalTaskSimilarity.Default, LexicalThresholds) };
        if (generator is not null)
        {
            similarities.Add(("embeddings", new EmbeddingTaskSimilarity(generator), EmbeddingThresholds));
        }

        var chosen = new List<(string Name, ITaskSimilarity Similarity, double Threshold)> { ("lexical, today (0.35)", LexicalTaskSimilarity.Default, TodayThreshold) };
        foreach (var (name, similarity, thresholds) in similarities)
        {
            var reused = new ReusedIndex(similarity);
            Out.WriteLine();
            Out.WriteLine(Invariant($"Tuning half ({tuning.Count} occupations), {name}:"));
            var best = (Threshold: thresholds[0], Scores: default(PairwiseScores), Fits: false);
            foreach (var threshold in thresholds)
            {
                var (scores, elapsed) = Evaluate(tuning, reused, threshold, labels, knownAt, from, to);
                Out.WriteLine(Invariant($"    threshold {threshold:0.00}: {Line(scores)}   ({elapsed.TotalSeconds:0.0} s)"));
                var fits = scores.Precision >= LeastPrecision;
                if ((fits && !best.Fits) || (fits == best.Fits && scores.F1 > best.Scores.F1))
                {
                    best = (threshold, scores, fits);
                }
            }

            chosen.Add((Invariant($"{name}, tuned ({best.Threshold:0.00})"), similarity, best.Threshold));
        }

        Out.WriteLine();
        Out.WriteLine(Invariant($"Reporting half ({reporting.Count} occupations), settings chosen on the tuning half:"));
        foreach (var (name, similarity, threshold) in chosen)
        {
            var (scores, elapsed) = Evaluate(reporting, similarity, threshold, labels, knownAt, from, to);
            Out.WriteLine(Invariant($"    {name,-28} {Line(scores)}   ({elapsed.TotalSeconds:0.0} s)"));
        }

        Out.WriteLine();
        Out.WriteLine(Invariant($"All {histories.Length} occupations (time: grouping and describing the patterns, texts embedded or read from the cache included):"));
        foreach (var (name, similarity, threshold) in chosen)
        {
            var (scores, elapsed) = Evaluate(histories, similarity, threshold, labels, knownAt, from, to);
            Out.WriteLine(Invariant($"    {name,-28} {Line(scores)}   ({elapsed.TotalSeconds:0.0} s)"));
        }

        PatternGrowth.Run(Out, onet.Import, ReleasedOn, knownAt);
        using var process = Process.GetCurrentProcess();
        Out.WriteLine(Invariant($"Peak working set {process.PeakWorkingSet64 / 1048576:N0} MiB; total {clock.Elapsed.TotalSeconds:0} s"));
    }

    private static (PairwiseScores Scores, TimeSpan Elapsed) Evaluate(
        IReadOnlyList<History.RoleHistory> histories, ITaskSimilarity similarity, double threshold,
        Dictionary<(string, string), IReadOnlySet<string>> labels, Instant knownAt, LocalDate from, LocalDate to)
    {
        var clock = Stopwatch.StartNew();
        var report = TaskPatterns.Find(histories, knownAt, from, to, new PatternOptions(similarity, threshold));
        var elapsed = clock.Elapsed;
        var roles = histories.Select(h => h.RoleId).ToHashSet(StringComparer.Ordinal);
        var items = labels.Where(p => roles.Contains(p.Key.Item1)).OrderBy(p => p.Key.Item1, StringComparer.Ordinal).ThenBy(p => p.Key.Item2, StringComparer.Ordinal).ToList();
        var position = items.Select((p, i) => (p.Key, i)).ToDictionary(p => p.Key, p => p.i);
        var groups = report.Patterns.Select(p => (IReadOnlyList<int>)[.. p.Members.Select(m => position.TryGetValue((m.RoleId, m.TaskId), out var i) ? i : -1).Where(i => i >= 0)]);
        return (PairwiseAgreement.Of([.. items.Select(p => (p.Key.Item1, p.Value))], groups), elapsed);
    }

    private static string Line(PairwiseScores s) =>
        Invariant($"precision {s.Precision,6:P1}  recall {s.Recall,6:P1}  F1 {s.F1:0.000}  ({s.Right:N0} of {s.Grouped:N0} grouped pairs right; {s.RightPairs:N0} right pairs)");
}
