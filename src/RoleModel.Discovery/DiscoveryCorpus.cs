using System.Collections.Immutable;

namespace RoleModel.Discovery;

/// <summary>
/// What the suggester searches: tasks of roles, the activities they belong to, the names of competencies and
/// the competencies each role requires. Immutable.
/// </summary>
/// <remarks>Equality: reference equality.</remarks>
public sealed class DiscoveryCorpus
{
    /// <summary>Creates a corpus.</summary>
    /// <param name="tasks">The tasks to index.</param>
    /// <param name="activities">The activities tasks belong to; defaults to none.</param>
    /// <param name="competencyNames">The name of each competency, for the suggestions' titles; defaults to none (the identifier is shown).</param>
    /// <param name="roleRequirements">The competencies each role requires as essential, by role identifier: weaker evidence for the
    /// competencies of that role's tasks; defaults to none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="tasks"/> is null or holds null.</exception>
    public DiscoveryCorpus(
        IEnumerable<DiscoveryTask> tasks,
        IEnumerable<DiscoveryActivity>? activities = null,
        IReadOnlyDictionary<string, LocalizedText>? competencyNames = null,
        IReadOnlyDictionary<string, ImmutableArray<string>>? roleRequirements = null)
    {
        ArgumentNullException.ThrowIfNull(tasks);
        Tasks = [.. tasks];
        if (Tasks.Any(t => t is null))
        {
            throw new ArgumentNullException(nameof(tasks), "The tasks hold null.");
        }

        Activities = [.. activities ?? []];
        CompetencyNames = (competencyNames ?? ImmutableDictionary<string, LocalizedText>.Empty).ToImmutableDictionary(StringComparer.Ordinal);
        RoleRequirements = (roleRequirements ?? ImmutableDictionary<string, ImmutableArray<string>>.Empty).ToImmutableDictionary(StringComparer.Ordinal);
    }

    /// <summary>The tasks, in the given order (the order breaks ties between equal scores).</summary>
    public ImmutableArray<DiscoveryTask> Tasks { get; }

    /// <summary>The activities.</summary>
    public ImmutableArray<DiscoveryActivity> Activities { get; }

    /// <summary>The name of each competency known.</summary>
    public ImmutableDictionary<string, LocalizedText> CompetencyNames { get; }

    /// <summary>The essential requirements of each role.</summary>
    public ImmutableDictionary<string, ImmutableArray<string>> RoleRequirements { get; }

    /// <summary>
    /// The corpus of a catalogue: every task recorded in its role histories (the last recorded version of each task
    /// that is no proposal), the competencies of kind <paramref name="activityKind"/> as activities, a task's uses
    /// of those as its activities and its other uses as its competencies, and each role's essential requirements.
    /// </summary>
    /// <param name="catalogue">The catalogue.</param>
    /// <param name="activityKind">The kind of the competencies that are activities; defaults to <c>activity</c> (as the O*NET import writes).</param>
    /// <returns>The corpus.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="catalogue"/> is null.</exception>
    public static DiscoveryCorpus FromCatalogue(Catalogue catalogue, CompetencyKind? activityKind = null)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        var kind = activityKind ?? CompetencyKind.FromCode("activity");
        var all = catalogue.Frameworks.SelectMany(f => f.Competencies).ToList();
        var activityIds = all.Where(c => c.Kind.Equals(kind)).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var tasks = new List<DiscoveryTask>();
        foreach (var history in catalogue.Histories)
        {
            var latest = new Dictionary<string, RoleTask>(StringComparer.Ordinal);
            var order = new List<string>();
            foreach (var change in history.Changes.Where(c => !c.IsProposal && c.Task is not null))
            {
                if (latest.TryAdd(change.Task!.Id, change.Task))
                {
                    order.Add(change.Task.Id);
                }
                else
                {
                    latest[change.Task.Id] = change.Task;
                }
            }

            tasks.AddRange(order.Select(id => latest[id]).Select(t => new DiscoveryTask(history.RoleId, t.Id, t.Title,
                t.Uses.Select(u => u.CompetencyId).Where(activityIds.Contains),
                t.Uses.Select(u => u.CompetencyId).Where(c => !activityIds.Contains(c)))));
        }

        var names = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        foreach (var competency in all)
        {
            names.TryAdd(competency.Id, competency.Name);
        }

        return new DiscoveryCorpus(
            tasks,
            all.Where(c => activityIds.Contains(c.Id)).Select(c => new DiscoveryActivity(c.Id, c.Name, c.BroaderIds)),
            names,
            catalogue.Roles.ToDictionary(r => r.Id, r => r.Requirements.Where(q => q.Importance == RequirementImportance.Essential && !q.IsGroup).Select(q => q.CompetencyIds[0]).ToImmutableArray(), StringComparer.Ordinal));
    }
}
