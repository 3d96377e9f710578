using RoleModel.History;
using Spectre.Console;

namespace RoleModel.Cli;

/// <summary>The drift of a role told for people: where it started, what it does now, and how much of that it found itself.</summary>
internal static class DriftStory
{
    public static void Write(IAnsiConsole console, Labels labels, RoleHistoryView view, RoleDrift drift)
    {
        var start = view.ProjectOn(drift.From);
        var end = view.ProjectOn(drift.To);
        var role = end.Role;
        console.MarkupLine($"[bold]{Text.Escape(labels.Show(role.Title))}[/] ({Text.Escape(role.Id)}), {drift.From:yyyy-MM-dd} → {drift.To:yyyy-MM-dd}, as known at {view.KnownAt}");
        console.WriteLine($"Openness: {Text.Openness(role.Openness)} expected.");
        console.WriteLine();
        console.WriteLine($"On {drift.From:yyyy-MM-dd}: {Text.Count(Active(start), "active task")}, {Text.Percent(start.Tasks.ActiveShare)} of working time, {Text.Percent(start.Tasks.SelfInitiatedShare)} self-initiated.");
        console.WriteLine($"On {drift.To:yyyy-MM-dd}: {Text.Count(Active(end), "active task")}, {Text.Percent(end.Tasks.ActiveShare)} of working time, {Text.Percent(end.Tasks.SelfInitiatedShare)} self-initiated.");
        console.WriteLine();
        console.WriteLine($"Novelty:        {Text.Percent(drift.NoveltyShare)} of working time goes to tasks that did not exist on {drift.From:yyyy-MM-dd}.");
        console.WriteLine($"Self-initiated: {Text.Percent(drift.SelfInitiatedShare)} of working time on tasks the holder found.");
        console.WriteLine($"Turnover:       {Text.Count(drift.TasksAdded, "task")} joined and {drift.TasksRemoved} left, against {drift.TasksAtStart} at the start"
            + (drift.Turnover is { } turnover ? $" ({turnover:0.##}x)." : "."));
        if (CameAndWent(labels, view, drift) is { Length: > 0 } between)
        {
            console.WriteLine($"                This counts {between}.");
        }

        console.WriteLine($"Outgrown:       competencies used but not required: {List(drift.UnrequiredCompetencyIds.Select(labels.Competency))}.");
        console.WriteLine($"Left behind:    requirements no task uses: {List(drift.UnusedRequirementIds)}.");
        console.WriteLine();

        var before = ActiveIds(start);
        var table = new Table().AddColumns("Task on " + drift.To.ToString("yyyy-MM-dd", Text.Culture), "Share", "Origin", "Since start");
        foreach (var task in end.Tasks.Tasks.Where(t => t.IsActive))
        {
            table.AddRow(
                Text.Escape(labels.Show(task.Title)),
                Text.Percent(task.Share),
                Text.Words(task.Origin),
                before.Contains(task.Id) ? "existed" : "new");
        }

        console.Write(table);
    }

    /// <summary>
    /// The tasks that joined and left within the period, active on neither day: the turnover counts them,
    /// the two profiles do not show them, so the story names them.
    /// </summary>
    private static string CameAndWent(Labels labels, RoleHistoryView view, RoleDrift drift)
    {
        var ends = ActiveIds(view.ProjectOn(drift.From));
        ends.UnionWith(ActiveIds(view.ProjectOn(drift.To)));
        var between = view.GetTimeline()
            .Where(v => v.From > drift.From && v.From < drift.To)
            .SelectMany(v => v.Value.Tasks.Tasks.Where(t => t.IsActive && !ends.Contains(t.Id)))
            .DistinctBy(t => t.Id)
            .Select(t => $"{labels.Show(t.Title)} ({t.Id})")
            .ToList();
        return between.Count == 0
            ? string.Empty
            : $"{Text.Count(between.Count, "task")} that came and went between the two days: {string.Join(", ", between)}";
    }

    private static HashSet<string> ActiveIds(RoleSnapshot snapshot) =>
        snapshot.Tasks.Tasks.Where(t => t.IsActive).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);

    private static int Active(RoleSnapshot snapshot) => snapshot.Tasks.Tasks.Count(t => t.IsActive);

    private static string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? "none" : string.Join(", ", list);
    }

}
