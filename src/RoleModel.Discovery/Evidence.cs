using System.Collections.Immutable;
using System.Globalization;
using RoleModel.Discovery.Text;

namespace RoleModel.Discovery;

/// <summary>Turns the similar tasks (and the text's similarity to activity titles) into scored activities and competencies with evidence.</summary>
internal static class Evidence
{
    /// <summary>How much the role requirements and the activities' tasks count against a similar task's own use of a competency.</summary>
    private const double IndirectWeight = 0.5;

    /// <summary>The highest raw competency score (own votes, role requirements, activities): scores are divided by it to lie in 0..1.</summary>
    private const double MaximumCompetencyScore = 1 + IndirectWeight + IndirectWeight;

    /// <summary>For competencies, only the neighbours at least this share as similar as the best one count as similar tasks.</summary>
    private const double CloseShare = 0.5;

    /// <summary>How many of the best activities lend their tasks' competencies.</summary>
    private const int LendingActivities = 5;

    /// <summary>How many of an activity's most similar tasks make its class score (their mean similarity).</summary>
    private const int ClassMembers = 3;

    /// <summary>How many of the best activities by title similarity and by the classifier become candidates (more when more suggestions are asked for),
    /// so that an activity's score does not depend on how many are asked for.</summary>
    internal const int Candidates = 20;

    public static ImmutableArray<Suggestion> Activities(
        TaskSuggester suggester, string text, ReadOnlyMemory<float> vector, float[] scores, List<int> neighbours, int top, string? excludedRole)
    {
        var predicted = Predicted(suggester, suggester.Classifier, text, vector, excludedRole);
        var votes = Tallies(suggester, text, vector, scores, neighbours, predicted, Math.Max(top, Candidates), excludedRole);
        var classifierWeight = predicted.Count == 0 ? 0 : suggester.Options.ClassifierWeight;
        if (predicted.Count > 0 && suggester.Reranker is { } reranker)
        {
            var candidates = Reranking(suggester, text, votes, id => suggester.TasksByActivity.GetValueOrDefault(id)?.Count ?? 0);
            var probabilities = reranker.Probabilities([.. candidates.Select(c => c.Features)]);
            for (var j = 0; j < candidates.Count; j++)
            {
                votes[candidates[j].Id].Score = probabilities[j];
            }
        }

        return [.. Ranking.Top(votes, t => t.Score, top).Select(p => new Suggestion(p.Key, null, Title(suggester, p.Key), p.Value.Score,
            p.Value.Tasks, p.Value.RoleCount, string.Create(CultureInfo.InvariantCulture,
                $"{p.Value.Tasks} of {neighbours.Count} similar tasks in {Counted(p.Value.RoleCount, "role")}; title similarity {p.Value.Title:0.00}")
                + (classifierWeight > 0 ? string.Create(CultureInfo.InvariantCulture, $"; learnt from labelled tasks {p.Value.Probability:0.00}") : "")))];
    }

    /// <summary>The candidate activities of a text with their evidence and their score mixed as <see cref="SuggesterOptions"/> say: those of the
    /// neighbours, and the <paramref name="pool"/> best by title similarity and by the classifier.</summary>
    internal static Dictionary<string, Tally> Tallies(
        TaskSuggester suggester, string text, ReadOnlyMemory<float> vector, float[] scores, List<int> neighbours,
        List<(string Id, double Probability)> predicted, int pool, string? excludedRole)
    {
        var tasks = suggester.Corpus.Tasks;
        var power = suggester.Options.VotePower;
        var total = neighbours.Sum(i => Math.Pow(scores[i], power));
        var votes = new Dictionary<string, Tally>(StringComparer.Ordinal);
        foreach (var i in neighbours)
        {
            foreach (var activity in tasks[i].ActivityIds)
            {
                Tally.For(votes, activity).Add(Math.Pow(scores[i], power) / total, tasks[i].RoleId, scores[i]);
            }
        }

        var titleWeight = suggester.Options.ActivityTitleWeight;
        var titleScores = titleWeight > 0 ? suggester.TitleScorer.Score(text, vector) : null;
        var titled = suggester.TitledActivities;
        if (titleScores is not null)
        {
            foreach (var i in Ranking.Top(titleScores, pool, _ => true))
            {
                Tally.For(votes, titled[i].Id);
            }
        }

        var classWeight = suggester.Options.ClassWeight;
        if (classWeight > 0)
        {
            foreach (var (id, members) in suggester.TasksByActivity)
            {
                if (ClassScore(suggester, scores, members, excludedRole) is > 0 and var score)
                {
                    Tally.For(votes, id).Class = score;
                }
            }
        }

        foreach (var (id, _) in predicted.Take(pool))
        {
            Tally.For(votes, id);
        }

        var probabilities = predicted.ToDictionary(p => p.Id, p => p.Probability, StringComparer.Ordinal);
        var classifierWeight = predicted.Count == 0 ? 0 : suggester.Options.ClassifierWeight;
        var titleIndex = suggester.TitleIndex;
        foreach (var (id, tally) in votes)
        {
            tally.Title = titleScores is not null && titleIndex.TryGetValue(id, out var at) ? titleScores[at] : 0;
            tally.Probability = probabilities.GetValueOrDefault(id);
            var neighbourly = ((1 - titleWeight - classWeight) * tally.Votes) + (titleWeight * tally.Title) + (classWeight * tally.Class);
            tally.Score = ((1 - classifierWeight) * neighbourly) + (classifierWeight * tally.Probability);
        }

        return votes;
    }

    /// <summary>
    /// The features the <see cref="Learning.ActivityReranker"/> reads of each candidate, in ordinal order of the ids: the mixed score,
    /// the classifier's probability (also its logarithm and square root), the similar tasks' votes, the title similarity, the
    /// reciprocal ranks by score and by probability, the logarithm of the activity's number of tasks (<paramref name="taskCount"/>),
    /// the probability and the votes of all candidates under the same broader activity, the similarity of the closest voting task
    /// (also squared), the logarithm of the number of voting roles, the share of the title's words found in the text, and the
    /// products of probability, votes and title similarity (also the title similarity squared).
    /// </summary>
    internal static List<(string Id, double[] Features)> Reranking(TaskSuggester suggester, string text, Dictionary<string, Tally> votes, Func<string, int> taskCount)
    {
        var ids = votes.Keys.Order(StringComparer.Ordinal).ToList();
        var byScore = Ranks(ids, id => votes[id].Score);
        var byProbability = Ranks(ids, id => votes[id].Probability);
        var group = new Dictionary<string, (double Probability, double Votes)>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            var key = suggester.BroaderOf(id);
            var (p, v) = group.GetValueOrDefault(key);
            group[key] = (p + votes[id].Probability, v + votes[id].Votes);
        }

        var words = Tokens.Words(text).ToHashSet(StringComparer.Ordinal);
        return [.. ids.Select(id =>
        {
            var t = votes[id];
            var g = group[suggester.BroaderOf(id)];
            var titleWords = suggester.TitleWords(id);
            var overlap = titleWords.Count == 0 ? 0 : (double)titleWords.Count(words.Contains) / titleWords.Count;
            return (id, (double[])
            [
                t.Score, t.Probability, Math.Log(t.Probability + 1e-3), t.Votes, t.Title, 1.0 / (1 + byScore[id]), 1.0 / (1 + byProbability[id]),
                Math.Log(1 + taskCount(id)), g.Probability, g.Votes, t.Closest, Math.Log(1 + t.RoleCount), overlap,
                t.Probability * t.Votes, t.Probability * t.Title, t.Votes * t.Title, Math.Sqrt(t.Probability), t.Closest * t.Closest, t.Title * t.Title,
            ]);
        })];
    }

    private static Dictionary<string, int> Ranks(List<string> ids, Func<string, double> score) =>
        ids.OrderByDescending(score).ThenBy(id => id, StringComparer.Ordinal).Select((id, r) => (id, r)).ToDictionary(p => p.id, p => p.r, StringComparer.Ordinal);

    /// <summary>The classifier's probabilities for a text, best first; none without a classifier, for text compared by character
    /// n-grams alone, and for a task of the corpus (<paramref name="excludedRole"/>: the classifier learnt from it).</summary>
    internal static List<(string Id, double Probability)> Predicted(
        TaskSuggester suggester, Learning.ActivityClassifier? classifier, string text, ReadOnlyMemory<float> vector, string? excludedRole) =>
        classifier is not null && suggester.Options.ClassifierWeight > 0 && excludedRole is null && !vector.IsEmpty
            && suggester.ComparedBy(text) != SuggestionMethod.CharacterNGrams
            ? classifier.Predict(text, vector.Span)
            : [];

    /// <summary>The mean similarity of the text to the activity's <see cref="ClassMembers"/> most similar tasks (fewer when it has fewer).</summary>
    private static double ClassScore(TaskSuggester suggester, float[] scores, List<int> members, string? excludedRole)
    {
        Span<float> best = stackalloc float[ClassMembers];
        var count = 0;
        foreach (var i in members)
        {
            if (excludedRole is not null && suggester.Corpus.Tasks[i].RoleId == excludedRole)
            {
                continue;
            }

            var score = scores[i];
            if (count < ClassMembers)
            {
                best[count++] = score;
            }
            else
            {
                var lowest = 0;
                for (var k = 1; k < ClassMembers; k++)
                {
                    lowest = best[k] < best[lowest] ? k : lowest;
                }

                best[lowest] = Math.Max(best[lowest], score);
            }
        }

        var sum = 0d;
        for (var k = 0; k < count; k++)
        {
            sum += best[k];
        }

        return count == 0 ? 0 : sum / count;
    }

    public static ImmutableArray<Suggestion> Competencies(
        TaskSuggester suggester, float[] scores, List<int> neighbours, ImmutableArray<Suggestion> activities, int top)
    {
        var corpus = suggester.Corpus;
        var lookups = suggester.Lookups;
        neighbours = neighbours.Count == 0 ? neighbours : [.. neighbours.Where(i => scores[i] >= CloseShare * scores[neighbours[0]])];
        var total = neighbours.Sum(i => (double)scores[i]);
        var found = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var requiringRoles = new Dictionary<string, int>(StringComparer.Ordinal);
        var rolesSeen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var i in neighbours)
        {
            var task = corpus.Tasks[i];
            foreach (var competency in task.CompetencyIds)
            {
                Tally.For(found, competency).Add(scores[i] / total, task.RoleId);
            }

            foreach (var (competency, specificity) in lookups.Requirements(task.RoleId))
            {
                Tally.For(found, competency).Score += IndirectWeight * specificity * scores[i] / total;
            }

            if (rolesSeen.Add(task.RoleId))
            {
                foreach (var competency in lookups.DistinctRequirements(task.RoleId))
                {
                    requiringRoles[competency] = requiringRoles.GetValueOrDefault(competency) + 1;
                }
            }
        }

        foreach (var activity in activities.Take(LendingActivities))
        {
            if (!suggester.TasksByActivity.TryGetValue(activity.Id, out var members) || lookups.CompetencyUse(activity.Id) is not { } used)
            {
                continue;
            }

            foreach (var (competency, users) in used)
            {
                Tally.For(found, competency).Score += IndirectWeight * activity.Score * users / members.Count;
            }
        }

        foreach (var tally in found.Values)
        {
            tally.Score = (tally.Score + tally.Votes) / MaximumCompetencyScore;
        }

        var scored = found.Where(p => p.Value.Score > 0).ToDictionary(StringComparer.Ordinal);
        return [.. Ranking.Top(scored, t => t.Score, top).Select(p => new Suggestion(p.Key, null,
            corpus.CompetencyNames.TryGetValue(p.Key, out var name) ? TextScorer.EmbeddingText(name) : p.Key,
            p.Value.Score, p.Value.Tasks, p.Value.RoleCount, Describe(p.Value, requiringRoles.GetValueOrDefault(p.Key))))];
    }

    private static string Describe(Tally tally, int requiringRoles)
    {
        var parts = new List<string>();
        if (tally.Tasks > 0)
        {
            parts.Add($"used by {Counted(tally.Tasks, "similar task")} in {Counted(tally.RoleCount, "role")}");
        }

        if (requiringRoles > 0)
        {
            parts.Add($"required by {Counted(requiringRoles, "role")} of similar tasks");
        }

        return parts.Count == 0 ? "used by tasks of the suggested activities" : string.Join("; ", parts);
    }

    private static string Counted(int count, string noun) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {noun}{(count == 1 ? "" : "s")}");

    private static string Title(TaskSuggester suggester, string activityId) =>
        suggester.ActivityById.TryGetValue(activityId, out var activity) && !activity.Title.IsEmpty ? TextScorer.EmbeddingText(activity.Title) : activityId;

    /// <summary>The support of one activity or competency.</summary>
    internal sealed class Tally
    {
        private HashSet<string>? roles;

        public double Votes { get; private set; }

        public int Tasks { get; private set; }

        /// <summary>In how many roles the tasks are; most tallies (of role requirements, of titles) have none.</summary>
        public int RoleCount => roles?.Count ?? 0;

        public double Title { get; set; }

        public double Class { get; set; }

        /// <summary>The classifier's probability (activities).</summary>
        public double Probability { get; set; }

        /// <summary>The similarity of the most similar neighbour that voted.</summary>
        public double Closest { get; private set; }

        public double Score { get; set; }

        public static Tally For(Dictionary<string, Tally> tallies, string id) =>
            tallies.TryGetValue(id, out var tally) ? tally : tallies[id] = new Tally();

        public void Add(double vote, string roleId, double similarity = 0)
        {
            Closest = Math.Max(Closest, similarity);
            Votes += vote;
            Tasks++;
            (roles ??= new(StringComparer.Ordinal)).Add(roleId);
        }
    }
}
