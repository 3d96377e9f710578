using RoleModel.History;
using Spectre.Console;

namespace RoleModel.Cli;

/// <summary>The drift of a role told for people: where it started, what it does now, and how much of that it found itself.</summary>
internal static class DriftStory
{
    public static void Write(IAnsiConsole console, Labels labels, RoleHistoryView view, RoleDrift drift, Catalogue catalogue)
    {
        var w = labels.W;
        var start = view.ProjectOn(drift.From);
        var end = view.ProjectOn(drift.To);
        var role = end.Role;
        console.MarkupLine($"[bold]{Text.Escape(labels.Show(role.Title))}[/] ({Text.Escape(role.Id)}), {Text.Escape(w.Format("DriftText.Period", w.Day(drift.From), w.Day(drift.To), w.Moment(view.KnownAt)))}");
        console.WriteLine(w.Format("DriftText.Openness", labels.Openness(catalogue.Resolve(role).Openness))); // a derived role's effective openness
        console.WriteLine();
        console.WriteLine(w.Format("DriftText.Day", w.Day(drift.From), w.Count(Active(start), "Count.ActiveTask"), w.Percent(start.Tasks.ActiveShare), w.Percent(start.Tasks.SelfInitiatedShare)));
        console.WriteLine(w.Format("DriftText.Day", w.Day(drift.To), w.Count(Active(end), "Count.ActiveTask"), w.Percent(end.Tasks.ActiveShare), w.Percent(end.Tasks.SelfInitiatedShare)));
        console.WriteLine();
        console.WriteLine(w.Format("DriftText.Novelty", w.Percent(drift.NoveltyShare), w.Day(drift.From)));
        console.WriteLine(w.Format("DriftText.SelfInitiated", w.Percent(drift.SelfInitiatedShare)));
        console.WriteLine(w.Format("DriftText.Turnover", w.Count(drift.TasksAdded, "Count.Task"), w.Number(drift.TasksRemoved), w.Number(drift.TasksAtStart))
            + (drift.Turnover is { } turnover ? $" ({w.Number((decimal)turnover)}x)." : "."));
        if (CameAndWent(labels, view, drift) is { Length: > 0 } between)
        {
            console.WriteLine(w.Format("DriftText.Between", between));
        }

        console.WriteLine(w.Format("DriftText.Outgrown", w.List([.. drift.UnrequiredCompetencyIds.Select(labels.Competency)])));
        console.WriteLine(w.Format("DriftText.LeftBehind", w.List([.. drift.UnusedRequirementIds.Select(id => labels.Requirement(role, id))])));
        console.WriteLine();

        var before = ActiveIds(start);
        var table = new Table().AddColumns(w.Format("DriftText.TaskOn", w.Day(drift.To)), w["Column.Share"], w["Column.Origin"], w["Column.SinceStart"]);
        foreach (var task in end.Tasks.Tasks.Where(t => t.IsActive))
        {
            table.AddRow(
                Text.Escape(labels.Show(task.Title)),
                w.Percent(task.Share),
                w.Name(task.Origin),
                w[before.Contains(task.Id) ? "DriftText.Existed" : "DriftText.New"]);
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
            : labels.W.Format("DriftText.CameAndWent", labels.W.Count(between.Count, "Count.Task"), string.Join(", ", between));
    }

    private static HashSet<string> ActiveIds(RoleSnapshot snapshot) =>
        snapshot.Tasks.Tasks.Where(t => t.IsActive).Select(t => t.Id).ToHashSet(StringComparer.Ordinal);

    private static int Active(RoleSnapshot snapshot) => snapshot.Tasks.Tasks.Count(t => t.IsActive);
}
