using System.Collections.Frozen;

namespace RoleModel.Discovery;

/// <summary>
/// What <see cref="Evidence"/> looks up in a suggester's corpus and activities, built once per suggester on its first
/// query (<see cref="TaskSuggester.Lookups"/>) instead of on every query, and never changed afterwards, so that concurrent
/// queries may share it.
/// </summary>
internal sealed class EvidenceLookups
{
    private readonly FrozenDictionary<string, (string Competency, double Specificity)[]> requirements;
    private readonly FrozenDictionary<string, string[]> distinctRequirements;
    private readonly FrozenDictionary<string, (string Competency, int Users)[]> competencyUse;

    public EvidenceLookups(TaskSuggester suggester)
    {
        var corpus = suggester.Corpus;
        requirements = corpus.RoleRequirements.ToFrozenDictionary(
            p => p.Key,
            p => p.Value.Select(c => (c, suggester.RequirementSpecificity.GetValueOrDefault(c, 1))).ToArray(),
            StringComparer.Ordinal);
        distinctRequirements = corpus.RoleRequirements.ToFrozenDictionary(p => p.Key, p => p.Value.Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        competencyUse = suggester.TasksByActivity.ToFrozenDictionary(
            p => p.Key,
            p => p.Value.SelectMany(m => corpus.Tasks[m].CompetencyIds).GroupBy(c => c, StringComparer.Ordinal).Select(g => (g.Key, g.Count())).ToArray(),
            StringComparer.Ordinal);
    }

    /// <summary>
    /// The competencies a role requires, in the corpus's order, each with its specificity (1 for one no other role
    /// requires, falling to 0 for one every role requires); none for a role without requirements.
    /// </summary>
    public (string Competency, double Specificity)[] Requirements(string roleId) => requirements.GetValueOrDefault(roleId, []);

    /// <summary>The same, each competency once.</summary>
    public string[] DistinctRequirements(string roleId) => distinctRequirements.GetValueOrDefault(roleId, []);

    /// <summary>
    /// The competencies used by an activity's tasks with how many of its tasks use each, in the order of their first use;
    /// null for an activity without tasks.
    /// </summary>
    public (string Competency, int Users)[]? CompetencyUse(string activityId) => competencyUse.GetValueOrDefault(activityId);
}
