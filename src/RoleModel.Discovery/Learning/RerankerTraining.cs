using RoleModel.Discovery.Text;

namespace RoleModel.Discovery.Learning;

/// <summary>
/// Trains the <see cref="ActivityReranker"/> of a suggester on out-of-fold candidates: every <see cref="Fold"/>-th labelled task
/// of the corpus (in corpus order) is held out, a second classifier learns from the others, and each held-out task is
/// suggested for as a new text would be (its neighbours among the other tasks, that classifier's probabilities), so that
/// the re-ranker learns from evidence like that of a text the suggester never saw.
/// </summary>
internal static class RerankerTraining
{
    /// <summary>One labelled task in this many is held out.</summary>
    public const int Fold = 8;

    /// <summary>With fewer held-out tasks than this, no re-ranker is trained (too few lists to learn weights from).</summary>
    public const int MinimumLists = 50;

    /// <summary>The re-ranker, or null when the corpus has too few labelled tasks or none of them has both a right and a wrong candidate.</summary>
    /// <param name="suggester">The suggester (without a re-ranker yet).</param>
    /// <param name="titled">The leaf activities with titles, as indexed.</param>
    /// <param name="embedded">The vectors the index was built from (as for <see cref="ClassifierTraining.Train"/>).</param>
    public static ActivityReranker? Train(TaskSuggester suggester, IReadOnlyList<DiscoveryActivity> titled, IReadOnlyList<IReadOnlyList<ReadOnlyMemory<float>>> embedded)
    {
        var corpus = suggester.Corpus;
        var labelled = Enumerable.Range(0, corpus.Tasks.Length).Where(i => !corpus.Tasks[i].ActivityIds.IsEmpty).ToList();
        var heldOut = labelled.Where((_, k) => k % Fold == Fold / 2).ToList();
        if (heldOut.Count < MinimumLists)
        {
            return null;
        }

        var isHeldOut = new bool[corpus.Tasks.Length];
        heldOut.ForEach(i => isHeldOut[i] = true);
        var classifier = ActivityClassifier.Train(ClassifierTraining.Examples(corpus, titled, embedded, i => !isHeldOut[i]), null, ClassifierTraining.Broader(corpus));
        if (classifier is null)
        {
            return null;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var i in labelled.Where(i => !isHeldOut[i]))
        {
            foreach (var activity in corpus.Tasks[i].ActivityIds)
            {
                counts[activity] = counts.GetValueOrDefault(activity) + 1;
            }
        }

        var lists = new (double[][] Features, bool[] Right)[heldOut.Count];
        Parallel.For(0, heldOut.Count, k =>
        {
            var task = corpus.Tasks[heldOut[k]];
            var text = TextScorer.EmbeddingText(task.Title);
            var vector = embedded[0][heldOut[k]];
            var scores = suggester.TaskScores(text, vector);
            var neighbours = Ranking.Top(scores, suggester.Options.Neighbours, i => !isHeldOut[i]);
            var predicted = Evidence.Predicted(suggester, classifier, text, vector, null);
            var votes = Evidence.Tallies(suggester, text, vector, scores, neighbours, predicted, Evidence.Candidates, null);
            var candidates = Evidence.Reranking(suggester, text, votes, id => counts.GetValueOrDefault(id));
            lists[k] = ([.. candidates.Select(c => c.Features)], [.. candidates.Select(c => task.ActivityIds.Contains(c.Id))]);
        });

        return ActivityReranker.Train(lists);
    }
}
