using RoleModel.History;
using Spectre.Console;

namespace RoleModel.Cli;

/// <summary>The drift of a role told for people: where it started, what it does now, and how much of that it found itself.</summary>
internal static class DriftStory
{
    public static void Write(IAnsiConsole console, Catalogue catalogue, RoleHistoryView view, RoleDrift drift)
    {
        var start = view.ProjectOn(drift.From);
        var end = view.ProjectOn(drift.To);
        var role = end.Role;
        console.MarkupLine($"[bold]{Text.Escape(Text.Show(role.Title))}[/] ({Text.Escape(role.Id)}), {drift.From:yyyy-MM-dd} → {drift.To:yyyy-MM-dd}, as known at {view.KnownAt}");
        console.WriteLine($"Openness: {Text.Name(role.Openness.Kind)}, self-directed share expected {role.Openness.SelfDirectedShare}.");
        console.WriteLine();
        console.WriteLine($"On {drift.From:yyyy-MM-dd}: {Active(start)} active tasks, {Text.Percent(start.Tasks.ActiveShare)} of working time, {Text.Percent(start.Tasks.SelfInitiatedShare)} self-initiated.");
        console.WriteLine($"On {drift.To:yyyy-MM-dd}: {Active(end)} active tasks, {Text.Percent(end.Tasks.ActiveShare)} of working time, {Text.Percent(end.Tasks.SelfInitiatedShare)} self-initiated.");
        console.WriteLine();
        console.WriteLine($"Novelty:        {Text.Percent(drift.NoveltyShare)} of working time goes to tasks that did not exist on {drift.From:yyyy-MM-dd}.");
        console.WriteLine($"Self-initiated: {Text.Percent(drift.SelfInitiatedShare)} of working time on tasks the holder found.");
        console.WriteLine($"Turnover:       {drift.TasksAdded} tasks joined and {drift.TasksRemoved} left, against {drift.TasksAtStart} at the start"
            + (drift.Turnover is { } turnover ? $" ({turnover:0.##}x)." : "."));
        console.WriteLine($"Outgrown:       competencies used but not required: {List(drift.UnrequiredCompetencyIds.Select(id => Name(catalogue, id)))}.");
        console.WriteLine($"Left behind:    requirements no task uses: {List(drift.UnusedRequirementIds)}.");
        console.WriteLine();

        var before = start.Tasks.Tasks.Where(t => t.IsActive).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var table = new Table().AddColumns("Task on " + drift.To.ToString("yyyy-MM-dd", Text.Culture), "Share", "Origin", "Since start");
        foreach (var task in end.Tasks.Tasks.Where(t => t.IsActive))
        {
            table.AddRow(
                Text.Escape(Text.Show(task.Title)),
                Text.Percent(task.Share),
                task.Origin.ToString(),
                before.Contains(task.Id) ? "existed" : "new");
        }

        console.Write(table);
    }

    private static int Active(RoleSnapshot snapshot) => snapshot.Tasks.Tasks.Count(t => t.IsActive);

    private static string Name(Catalogue catalogue, string id) =>
        catalogue.FindCompetency(id) is { } competency ? $"{Text.Show(competency.Name)} ({id})" : id;

    private static string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? "none" : string.Join(", ", list);
    }
}
