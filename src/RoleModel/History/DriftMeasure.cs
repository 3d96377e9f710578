using NodaTime;

namespace RoleModel.History;

/// <summary>Computes a <see cref="RoleDrift"/> from two projections and the task versions in between.</summary>
internal static class DriftMeasure
{
    internal static RoleDrift Measure(RoleHistoryView view, VersionSlots<RoleTask> tasks, int bound, LocalDate from, LocalDate to, Catalogue? catalogue)
    {
        var start = view.ProjectOn(from).Tasks;
        var end = view.ProjectOn(to);
        var role = catalogue is null ? end.Role : catalogue.Resolve(end.Role);
        var active = end.Tasks.Tasks.Where(t => t.IsActive).ToList();
        var novelty = active.Where(t => start.Find(t.Id) is null).Sum(t => t.Share);
        var (added, removed) = CountTurnover(tasks, bound, DayNumbers.From(from), DayNumbers.From(to));

        var used = active.SelectMany(t => t.Uses).Select(u => u.CompetencyId).Distinct(StringComparer.Ordinal).ToList();
        var required = role.Requirements.SelectMany(r => r.CompetencyIds).ToHashSet(StringComparer.Ordinal);
        var usedSet = used.ToHashSet(StringComparer.Ordinal);
        return new RoleDrift(
            from,
            to,
            novelty,
            end.Tasks.SelfInitiatedShare,
            start.Tasks.Length,
            added,
            removed,
            [.. used.Where(id => !required.Contains(id))],
            [.. role.Requirements.Where(r => !r.CompetencyIds.Any(usedSet.Contains)).Select(r => r.Id)]);
    }

    /// <summary>Counts the days in (from, to] on which a task joins or leaves the profile, replaying the entries of the period once.</summary>
    private static (int Added, int Removed) CountTurnover(VersionSlots<RoleTask> tasks, int bound, int from, int to)
    {
        var slots = tasks.Keys.Length;
        var present = new bool[slots];
        var current = new bool[slots];
        for (var slot = 0; slot < slots; slot++)
        {
            present[slot] = current[slot] = tasks.Value(tasks.LookupEntry(slot, from, bound)) is not null;
        }

        var touched = new List<int>();
        int added = 0, removed = 0;
        tasks.Replay(from, to, bound,
            entry =>
            {
                current[tasks.Slot(entry)] = tasks.Value(entry) is not null;
                touched.Add(tasks.Slot(entry));
            },
            _ =>
            {
                foreach (var slot in touched)
                {
                    if (current[slot] != present[slot])
                    {
                        present[slot] = current[slot];
                        _ = current[slot] ? added++ : removed++;
                    }
                }

                touched.Clear();
            });
        return (added, removed);
    }
}
