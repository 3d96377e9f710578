using RoleModel.Evolution;

namespace RoleModel.Cli.Discovery;

/// <summary>
/// For the evaluation, which groups the same texts at many thresholds: a similarity that prepares a set of texts once
/// (the same title objects in the same order) and finds the pairs once, at the lowest threshold asked (ascending order).
/// </summary>
internal sealed class ReusedIndex(ITaskSimilarity inner) : ITaskSimilarity
{
    private IReadOnlyList<LocalizedText>? texts;
    private Reused? index;

    public Func<int, int, double> Prepare(IReadOnlyList<LocalizedText> texts) => Index(texts).Score;

    public TaskTextIndex Index(IReadOnlyList<LocalizedText> texts)
    {
        if (index is null || this.texts is null || !this.texts.SequenceEqual(texts, ReferenceEqualityComparer.Instance))
        {
            (this.texts, index) = (texts, new Reused(inner.Index(texts)));
        }

        return index;
    }

    private sealed class Reused(TaskTextIndex inner) : TaskTextIndex
    {
        private (double Threshold, List<(int First, int Second, double Score)> Pairs)? found;

        public override int Count => inner.Count;

        public override double Score(int first, int second) => inner.Score(first, second);

        public override double Average(IReadOnlyList<int> first, IReadOnlyList<int> second) => inner.Average(first, second);

        public override IEnumerable<(int First, int Second, double Score)> PairsAtLeast(double threshold)
        {
            if (found is not { } f || threshold < f.Threshold)
            {
                found = f = (threshold, [.. inner.PairsAtLeast(threshold)]);
            }

            return f.Pairs.Where(p => p.Score >= threshold);
        }
    }
}
