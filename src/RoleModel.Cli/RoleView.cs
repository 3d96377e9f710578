using System.Text.Json;
using Spectre.Console;

namespace RoleModel.Cli;

/// <summary>A role's effective definition (and, on a day, its task profile) for printing.</summary>
internal sealed class RoleView(Labels labels, Role role, TaskProfile? tasks)
{
    public static RoleView Create(Catalogue catalogue, Labels labels, Role role, TaskProfile? tasks = null) => new(labels, catalogue.Resolve(role), tasks);

    public void WriteText(IAnsiConsole console)
    {
        var w = labels.W;
        console.MarkupLine($"[bold]{Text.Escape(labels.Show(role.Title))}[/] ({Text.Escape(role.Id)})");
        if (!role.Purpose.IsEmpty)
        {
            console.WriteLine(w.Format("Show.Purpose", labels.Show(role.Purpose)));
        }

        console.WriteLine(w.Format("Show.Openness", labels.Openness(role.Openness)));
        foreach (var outcome in role.Outcomes)
        {
            console.WriteLine(w.Format("Show.Outcome", labels.Show(outcome)));
        }

        var requirements = new Table().AddColumns(w["Column.Requirement"], w["Column.Competency"], w["Column.MinimumLevel"], w["Column.Importance"], w["Column.Weight"]).KeepWhole(0);
        foreach (var requirement in role.Requirements)
        {
            requirements.AddRow(
                Text.Escape(requirement.Id),
                Text.Escape(string.Join(" | ", requirement.CompetencyIds.Select(labels.Competency))),
                Text.Escape(requirement.MinimumLevel?.ToString() ?? "-"),
                w.Name(requirement.Importance),
                w.Number((decimal)requirement.Weight));
        }

        console.Write(requirements);
        if (!role.Areas.IsEmpty)
        {
            var areas = new Table().AddColumns(w["Column.Area"], w["Column.Name"], w["Column.ExpectedShare"]).KeepWhole(0);
            foreach (var area in role.Areas)
            {
                areas.AddRow(Text.Escape(area.Id), Text.Escape(labels.Show(area.Name)), Text.Escape(labels.Range(area.ExpectedShare)));
            }

            console.Write(areas);
        }

        if (tasks is not null)
        {
            WriteTasks(console, tasks);
        }
    }

    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("id", role.Id);
        writer.WriteString("title", labels.Show(role.Title));
        writer.WriteString("purpose", labels.Show(role.Purpose));
        writer.WriteString("openness", Text.Name(role.Openness.Kind));
        writer.WriteNumber("minSelfDirectedShare", role.Openness.SelfDirectedShare.Minimum);
        writer.WriteNumber("maxSelfDirectedShare", role.Openness.SelfDirectedShare.Maximum);
        writer.WriteStartArray("requirements");
        foreach (var requirement in role.Requirements)
        {
            writer.WriteStartObject();
            writer.WriteString("id", requirement.Id);
            writer.WriteStartArray("competencies");
            requirement.CompetencyIds.ToList().ForEach(writer.WriteStringValue);
            writer.WriteEndArray();
            if (requirement.MinimumLevel is { } level)
            {
                writer.WriteString("scale", level.ScaleId);
                writer.WriteString("level", level.LevelCode);
            }

            writer.WriteString("importance", Text.Name(requirement.Importance));
            JsonOutput.WriteRounded(writer, "weight", requirement.Weight);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (tasks is not null)
        {
            writer.WriteNumber("activeShare", tasks.ActiveShare);
            writer.WriteNumber("selfInitiatedShare", tasks.SelfInitiatedShare);
            writer.WriteStartArray("tasks");
            foreach (var task in tasks.Tasks)
            {
                writer.WriteStartObject();
                writer.WriteString("id", task.Id);
                writer.WriteString("title", labels.Show(task.Title));
                writer.WriteNumber("share", task.Share);
                writer.WriteString("origin", Text.Name(task.Origin));
                writer.WriteString("status", Text.Name(task.Status));
                if (task.AreaId is { } area)
                {
                    writer.WriteString("area", area);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    private void WriteTasks(IAnsiConsole console, TaskProfile tasks)
    {
        var w = labels.W;
        if (tasks.Tasks.IsEmpty)
        {
            console.WriteLine(w["Show.NoTasks"]);
            return;
        }

        var table = new Table().AddColumns(w["Column.Task"], w["Column.Title"], w["Column.Share"], w["Column.Origin"], w["Column.Status"], w["Column.Area"]).KeepWhole(0, 5);
        foreach (var task in tasks.Tasks)
        {
            table.AddRow(
                Text.Escape(task.Id),
                Text.Escape(labels.Show(task.Title)),
                w.Percent(task.Share),
                w.Name(task.Origin),
                w.Name(task.Status),
                Text.Escape(task.AreaId ?? "-"));
        }

        console.Write(table);
        console.WriteLine(w.Format("Show.Shares", w.Percent(tasks.ActiveShare), w.Percent(tasks.SelfInitiatedShare)));
    }
}
