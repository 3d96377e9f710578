using System.Diagnostics;
using Microsoft.Extensions.AI;
using NodaTime;
using RoleModel.Discovery;
using RoleModel.Evolution;
using static System.FormattableString;

namespace RoleModel.Cli.Discovery;

/// <summary>
/// <c>rolemodel patterns --evaluate DIR</c>: task groups of an O*NET release against DWA co-membership, pair by pair
/// (<see cref="PairwiseAgreement"/>). The occupations are split in three parts by a hash of their code
/// (<see cref="OccupationParts"/>): the reference part's labelled tasks are the reference of the activity similarity
/// (<see cref="ActivityTaskSimilarity"/>) and are never grouped; the settings of each similarity are chosen on the tuning
/// part (best F1 with precision at least 0.5; for the activity similarity among the settings that mix a text similarity
/// in, as without it a small reference groups unrelated tasks) and reported on the reporting part, beside today's lexical
/// grouping at 0.35; then the time of grouping the whole release at the chosen settings.
/// </summary>
internal sealed class PatternsEvaluation(CliConsole console, IEmbeddingGenerator<string, Embedding<float>>? generator)
{
    private static readonly double[] EmbeddingThresholds = Steps(0.55, 0.9, 0.01);
    private static readonly double[] CosineThresholds = Steps(0.4, 0.9, 0.02);
    private static readonly double[] DotThresholds = Steps(0.15, 0.7, 0.01);
    private static readonly int[] ProfileSizes = [5, 10];
    private static readonly double[] CosineTextWeights = [0, 0.3];
    private static readonly double[] DotTextWeights = [0, 0.3, 0.5];
    private const double TodayThreshold = 0.35;
    private const double LeastPrecision = 0.5;

    /// <summary>The step of the thresholds printed while tuning (every threshold of the grid is tried).</summary>
    private const double PrintedStep = 0.05;

    /// <summary>The day the release's tasks take effect in the histories built from it (any day will do: the grouping does not depend on it).</summary>
    private static readonly LocalDate ReleasedOn = new(2025, 8, 1);

    private TextWriter Out => console.Out;

    public void Run(string directory)
    {
        var clock = Stopwatch.StartNew();
        var onet = OnetCorpus.Load(directory, console);
        var histories = onet.Import.ToHistories(ReleasedOn);
        var labels = onet.Tasks.ToDictionary(t => (t.RoleId, t.TaskId), t => (IReadOnlySet<string>)t.ActivityIds.ToHashSet(StringComparer.Ordinal));
        Out.WriteLine(Invariant($"O*NET: {onet.Tasks.Length:N0} tasks in {histories.Length:N0} occupations; imported in {clock.Elapsed.TotalSeconds:0.0} s"));
        Out.WriteLine("Pairs: two tasks of different occupations; right when they share a DWA. Occupations split by the first byte of the SHA-256 of the code, mod 4:");
        Out.WriteLine("0 or 1 reference (their labelled tasks predict the activity profiles; never grouped), 2 tuning, 3 reporting.");
        var parts = histories.ToLookup(h => OccupationParts.Of(h.RoleId));
        var (tuning, reporting) = (parts[OccupationPart.Tuning].ToList(), parts[OccupationPart.Reporting].ToList());
        var referenceRoles = parts[OccupationPart.Reference].Select(h => h.RoleId).ToHashSet(StringComparer.Ordinal);
        var options = generator is null ? new SuggesterOptions { Method = SuggestionMethod.CharacterNGrams } : SuggesterOptions.Default;
        var reference = TaskSuggester.CreateAsync(onet.Corpus(onet.Tasks.Where(t => referenceRoles.Contains(t.RoleId))), generator, options).GetAwaiter().GetResult();
        Out.WriteLine(Invariant($"Reference: {referenceRoles.Count} occupations, {reference.Corpus.Tasks.Length:N0} tasks, suggester method {options.Method}; built in {clock.Elapsed.TotalSeconds:0} s"));
        ITaskSimilarity? embeddings = generator is null ? null : new EmbeddingTaskSimilarity(generator);
        ITaskSimilarity text = embeddings ?? LexicalTaskSimilarity.Default;
        var evaluation = new Evaluation(labels, ReleasedOn);

        Out.WriteLine();
        Out.WriteLine(Invariant($"Tuning part ({tuning.Count} occupations, {evaluation.RightPairs(tuning):N0} right pairs):"));
        Out.WriteLine(Invariant($"    lexical, today (0.35)   {Line(evaluation.Of(tuning, LexicalTaskSimilarity.Default, TodayThreshold))}"));
        var chosen = new List<(string Name, ITaskSimilarity Similarity, double Threshold)> { ("lexical, today (0.35)", LexicalTaskSimilarity.Default, TodayThreshold) };
        if (embeddings is not null)
        {
            var (threshold, _) = Tune("embeddings", new ReusedIndex(embeddings), EmbeddingThresholds, tuning, evaluation);
            chosen.Add((Invariant($"embeddings ({threshold:0.00})"), embeddings, threshold));
        }

        var bestActivities = (Name: "", Similarity: (ITaskSimilarity)LexicalTaskSimilarity.Default, Threshold: 0d, Scores: default(PairwiseScores));
        foreach (var (unit, size, weight) in ProfileSizes.SelectMany(k => CosineTextWeights.Select(w => (true, k, w)))
            .Concat(ProfileSizes.SelectMany(k => DotTextWeights.Select(w => (false, k, w)))))
        {
            var similarity = new ActivityTaskSimilarity(reference, size, text, weight) { UnitLength = unit };
            var name = Invariant($"activities k={size}, {(unit ? "cosine" : "dot")}, text {weight:0.0}");
            var (threshold, scores) = Tune(name, new ReusedIndex(similarity), unit ? CosineThresholds : DotThresholds, tuning, evaluation);
            // Only settings with a text part are chosen: a profile of activities alone makes any two tasks of a small
            // reference's few activities agree (docs/discovery.md); the others are printed for comparison.
            if (weight > 0 && Beats(scores, bestActivities.Scores))
            {
                bestActivities = (Invariant($"{name} ({threshold:0.00})"), similarity, threshold, scores);
            }
        }

        chosen.Add((bestActivities.Name, bestActivities.Similarity, bestActivities.Threshold));
        Out.WriteLine(Invariant($"    chosen: {bestActivities.Name}; the tool uses k={ActivityTaskSimilarity.DefaultActivities}, dot, text {ActivityTaskSimilarity.RecommendedTextWeight:0.0} ({ActivityTaskSimilarity.RecommendedThreshold:0.00})"));
        Out.WriteLine();
        Out.WriteLine(Invariant($"Reporting part ({reporting.Count} occupations, {evaluation.RightPairs(reporting):N0} right pairs), settings chosen on the tuning part:"));
        foreach (var (name, similarity, threshold) in chosen)
        {
            var clockOne = Stopwatch.StartNew();
            var scores = evaluation.Of(reporting, similarity, threshold);
            Out.WriteLine(Invariant($"    {name,-36} {Line(scores)}   ({clockOne.Elapsed.TotalSeconds:0.0} s)"));
        }

        Out.WriteLine();
        Out.WriteLine(Invariant($"All {histories.Length} occupations, time of grouping and describing the patterns (texts embedded or read from the cache, activities suggested, included);"));
        Out.WriteLine("the activity similarity's reference tasks are among them here, so its figures on all occupations are no measure of quality:");
        foreach (var (name, similarity, threshold) in chosen.Skip(1).Append(chosen[0]))
        {
            GC.Collect();
            using var before = Process.GetCurrentProcess();
            var cpu = before.TotalProcessorTime;
            var clockOne = Stopwatch.StartNew();
            var scores = evaluation.Of(histories, similarity, threshold);
            var elapsed = clockOne.Elapsed;
            using var process = Process.GetCurrentProcess();
            Out.WriteLine(Invariant($"    {name,-36} {Line(scores)}   ({elapsed.TotalSeconds:0.0} s, CPU {(process.TotalProcessorTime - cpu).TotalSeconds:0.0} s; peak working set so far {process.PeakWorkingSet64 / 1048576:N0} MiB)"));
        }

        var knownAt = ReleasedOn.PlusDays(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        PatternGrowth.Run(Out, onet.Import, ReleasedOn, knownAt);
        using var last = Process.GetCurrentProcess();
        Out.WriteLine(Invariant($"Peak working set {last.PeakWorkingSet64 / 1048576:N0} MiB; total {clock.Elapsed.TotalSeconds:0} s"));
    }

    /// <summary>Groups the tuning part at each threshold (ascending) and returns the best F1 among those with precision at least 0.5 (the best F1 if none has).
    /// It prints the thresholds at multiples of <see cref="PrintedStep"/> and the best one, so a fine grid reads like a coarse one.</summary>
    private (double Threshold, PairwiseScores Scores) Tune(string name, ITaskSimilarity similarity, double[] thresholds, List<History.RoleHistory> tuning, Evaluation evaluation)
    {
        Out.WriteLine(Invariant($"    {name}:"));
        var best = (Threshold: thresholds[0], Scores: default(PairwiseScores));
        var lines = new List<(double Threshold, string Line)>();
        foreach (var threshold in thresholds)
        {
            var clock = Stopwatch.StartNew();
            var scores = evaluation.Of(tuning, similarity, threshold);
            lines.Add((threshold, Invariant($"        threshold {threshold:0.00}: {Line(scores)}   ({clock.Elapsed.TotalSeconds:0.0} s)")));
            if (Beats(scores, best.Scores))
            {
                best = (threshold, scores);
            }
        }

        foreach (var (threshold, line) in lines.Where(l => IsPrinted(l.Threshold) || l.Threshold == best.Threshold))
        {
            Out.WriteLine(threshold == best.Threshold ? line + (Fits(best.Scores) ? "   <- best with precision >= 50 %" : "   <- best (none reaches 50 %)") : line);
        }

        return (best.Threshold, best.Scores);
    }

    /// <summary>Whether <paramref name="scores"/> are better than <paramref name="best"/> by the rule: precision at least 0.5 first, then F1
    /// (the default scores, precision 0, are beaten by any F1 above 0).</summary>
    private static bool Beats(PairwiseScores scores, PairwiseScores best) =>
        Fits(scores) != Fits(best) ? Fits(scores) : scores.F1 > best.F1;

    private static bool Fits(PairwiseScores scores) => scores.Precision >= LeastPrecision;

    /// <summary>Whether a threshold of the grid (two decimals) is a multiple of <see cref="PrintedStep"/>.</summary>
    internal static bool IsPrinted(double threshold) => Math.Abs((threshold / PrintedStep) - Math.Round(threshold / PrintedStep)) < 1e-9;

    /// <summary>The thresholds from <paramref name="first"/> to <paramref name="last"/> in steps of <paramref name="step"/> (0.01 or coarser), each rounded to two
    /// decimals, so that the grid holds the very thresholds it prints (0.41, not 0.41000000000000003).</summary>
    internal static double[] Steps(double first, double last, double step) =>
        [.. Enumerable.Range(0, (int)Math.Round((last - first) / step) + 1).Select(i => Math.Round(first + (i * step), 2))];

    private static string Line(PairwiseScores s) =>
        Invariant($"precision {s.Precision,6:P1}  recall {s.Recall,6:P1}  F1 {s.F1:0.000}  ({s.Right:N0} of {s.Grouped:N0} grouped pairs right)");

    /// <summary>Groups occupations with <see cref="TaskPatterns"/> and compares the groups with the tasks' DWAs.</summary>
    internal sealed class Evaluation(Dictionary<(string Role, string Task), IReadOnlySet<string>> labels, LocalDate day)
    {
        private readonly Instant knownAt = day.PlusDays(1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();

        public long RightPairs(IReadOnlyList<History.RoleHistory> histories) => PairwiseAgreement.RightPairs([.. Items(histories).Select(p => (p.Role, p.Labels))]);

        public PairwiseScores Of(IReadOnlyList<History.RoleHistory> histories, ITaskSimilarity similarity, double threshold)
        {
            var report = TaskPatterns.Find(histories, knownAt, day, day, new PatternOptions(similarity, threshold));
            var items = Items(histories);
            var position = items.Select((p, i) => ((p.Role, p.Task), i)).ToDictionary(p => p.Item1, p => p.i);
            var groups = report.Patterns.Select(p => (IReadOnlyList<int>)[.. p.Members.Select(m => position.TryGetValue((m.RoleId, m.TaskId), out var i) ? i : -1).Where(i => i >= 0)]);
            return PairwiseAgreement.Of([.. items.Select(p => (p.Role, p.Labels))], groups);
        }

        private List<(string Role, string Task, IReadOnlySet<string> Labels)> Items(IReadOnlyList<History.RoleHistory> histories)
        {
            var roles = histories.Select(h => h.RoleId).ToHashSet(StringComparer.Ordinal);
            return [.. labels.Where(p => roles.Contains(p.Key.Role)).OrderBy(p => p.Key.Role, StringComparer.Ordinal).ThenBy(p => p.Key.Task, StringComparer.Ordinal)
                .Select(p => (p.Key.Role, p.Key.Task, p.Value))];
        }
    }
}
