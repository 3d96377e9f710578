using RoleModel.Discovery.Text;

namespace RoleModel.Discovery.Learning;

/// <summary>The examples of a corpus for the <see cref="ActivityClassifier"/>: its tasks with activities, and the titles of the leaf activities.</summary>
internal static class ClassifierTraining
{
    /// <summary>Trains on the corpus; null when no task has an activity (a corpus without labels keeps the nearest tasks' votes alone).</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="titled">The leaf activities with titles, as indexed.</param>
    /// <param name="embedded">The vectors the index was built from: one call for the task titles (when there are tasks), then one for the activity titles (when there are any).</param>
    public static ActivityClassifier? Train(DiscoveryCorpus corpus, IReadOnlyList<DiscoveryActivity> titled, IReadOnlyList<IReadOnlyList<ReadOnlyMemory<float>>> embedded) =>
        corpus.Tasks.Any(t => !t.ActivityIds.IsEmpty) ? ActivityClassifier.Train(Examples(corpus, titled, embedded), null, Broader(corpus)) : null;

    /// <summary>Each activity's first broader activity (a DWA's IWA in O*NET), where it has one.</summary>
    public static Dictionary<string, string> Broader(DiscoveryCorpus corpus) =>
        corpus.Activities.Where(a => !a.BroaderIds.IsEmpty).DistinctBy(a => a.Id).ToDictionary(a => a.Id, a => a.BroaderIds[0], StringComparer.Ordinal);

    /// <summary>The labelled tasks, then the activity titles, as examples (same arguments as <see cref="Train"/>).</summary>
    /// <param name="corpus">The corpus.</param>
    /// <param name="titled">The leaf activities with titles, as indexed.</param>
    /// <param name="embedded">The vectors the index was built from.</param>
    /// <param name="includeTask">Which tasks (by position in the corpus) to take; defaults to all.</param>
    public static List<LabelledText> Examples(
        DiscoveryCorpus corpus, IReadOnlyList<DiscoveryActivity> titled, IReadOnlyList<IReadOnlyList<ReadOnlyMemory<float>>> embedded, Func<int, bool>? includeTask = null)
    {
        var call = 0;
        var taskVectors = corpus.Tasks.IsEmpty ? [] : embedded[call++];
        var titleVectors = titled.Count == 0 ? [] : embedded[call];
        var dimensions = taskVectors[0].Length;
        var examples = new List<LabelledText>();
        for (var i = 0; i < corpus.Tasks.Length; i++)
        {
            var task = corpus.Tasks[i];
            if (!task.ActivityIds.IsEmpty && (includeTask is null || includeTask(i)))
            {
                examples.Add(new LabelledText(TextScorer.LexicalText(task.Title), DenseIndex.Normalized(taskVectors[i].Span, dimensions), task.ActivityIds));
            }
        }

        for (var i = 0; i < titled.Count; i++)
        {
            examples.Add(new LabelledText(TextScorer.LexicalText(titled[i].Title), DenseIndex.Normalized(titleVectors[i].Span, dimensions), [titled[i].Id]));
        }

        return examples;
    }
}
