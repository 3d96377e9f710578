using RoleModel.Discovery.Training.Onet;

namespace RoleModel.Discovery.Training.Training;

/// <summary>
/// Hard negatives for the in-batch loss: for each pair, the siblings of its DWA (the other DWAs of the same IWA) that its
/// task is not linked to. Most wrong first suggestions are such siblings, which random in-batch titles rarely are.
/// </summary>
internal sealed class HardNegatives
{
    private readonly IReadOnlyList<string>[] siblings;

    private HardNegatives(IReadOnlyList<string>[] siblings, IReadOnlyDictionary<string, string> titles) => (this.siblings, Titles) = (siblings, titles);

    /// <summary>The title of each DWA by its ID.</summary>
    public IReadOnlyDictionary<string, string> Titles { get; }

    /// <summary>The number of pairs that have at least one sibling to draw from.</summary>
    public int PairsWithSiblings => siblings.Count(s => s.Count > 0);

    /// <summary>Finds the siblings of every pair of <paramref name="pairs"/>, in the order of <c>DWA Reference.tsv</c>.</summary>
    public static HardNegatives Of(OnetTasks onet, IReadOnlyList<TrainingPair> pairs)
    {
        var byGroup = onet.ActivityGroups.GroupBy(g => g.Value, g => g.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var found = pairs.Select(p =>
        {
            var linked = onet.ActivitiesOf(p.Occupation, p.TaskId);
            var group = onet.ActivityGroups.GetValueOrDefault(p.ActivityId);
            IReadOnlyList<string> others = group is null ? [] : [.. byGroup[group].Where(a => !linked.Contains(a, StringComparer.Ordinal))];
            return others;
        }).ToArray();
        return new HardNegatives(found, onet.ActivityTitles);
    }

    /// <summary>
    /// Draws one sibling for each pair that has one, with one draw of <paramref name="random"/> per such pair in pair
    /// order; null for a pair without siblings.
    /// </summary>
    public string?[] Draw(Random random) =>
        [.. siblings.Select(s => s.Count == 0 ? null : s[random.Next(s.Count)])];
}
