using System.Text.Json;
using Spectre.Console;

namespace RoleModel.Cli;

/// <summary>A role's effective definition (and, on a day, its task profile) for printing.</summary>
internal sealed class RoleView(Catalogue catalogue, Role role, TaskProfile? tasks)
{
    public static RoleView Create(Catalogue catalogue, Role role) => new(catalogue, catalogue.Resolve(role), null);

    public static RoleView Create(Catalogue catalogue, RoleSnapshot snapshot) => new(catalogue, catalogue.Resolve(snapshot.Role), snapshot.Tasks);

    public void WriteText(IAnsiConsole console)
    {
        console.MarkupLine($"[bold]{Text.Escape(Text.Show(role.Title))}[/] ({Text.Escape(role.Id)})");
        if (!role.Purpose.IsEmpty)
        {
            console.WriteLine($"Purpose:  {Text.Show(role.Purpose)}");
        }

        console.WriteLine($"Openness: {Text.Name(role.Openness.Kind)}, self-directed share {role.Openness.SelfDirectedShare}");
        foreach (var outcome in role.Outcomes)
        {
            console.WriteLine($"Outcome:  {Text.Show(outcome)}");
        }

        var requirements = new Table().AddColumns("Requirement", "Competency", "Minimum level", "Importance", "Weight");
        foreach (var requirement in role.Requirements)
        {
            requirements.AddRow(
                Text.Escape(requirement.Id),
                Text.Escape(string.Join(" | ", requirement.CompetencyIds.Select(CompetencyName))),
                Text.Escape(requirement.MinimumLevel?.ToString() ?? "-"),
                Text.Name(requirement.Importance),
                requirement.Weight.ToString("0.##", Text.Culture));
        }

        console.Write(requirements);
        if (!role.Areas.IsEmpty)
        {
            var areas = new Table().AddColumns("Area", "Name", "Expected share");
            foreach (var area in role.Areas)
            {
                areas.AddRow(Text.Escape(area.Id), Text.Escape(Text.Show(area.Name)), Text.Escape(area.ExpectedShare.ToString()));
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
        writer.WriteString("title", Text.Show(role.Title));
        writer.WriteString("purpose", Text.Show(role.Purpose));
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
            writer.WriteNumber("weight", requirement.Weight);
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
                writer.WriteString("title", Text.Show(task.Title));
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

    private static void WriteTasks(IAnsiConsole console, TaskProfile tasks)
    {
        var table = new Table().AddColumns("Task", "Title", "Share", "Origin", "Status", "Area");
        foreach (var task in tasks.Tasks)
        {
            table.AddRow(
                Text.Escape(task.Id),
                Text.Escape(Text.Show(task.Title)),
                Text.Percent(task.Share),
                task.Origin.ToString(),
                task.Status.ToString(),
                Text.Escape(task.AreaId ?? "-"));
        }

        console.Write(table);
        console.WriteLine($"Active share {Text.Percent(tasks.ActiveShare)}, self-initiated {Text.Percent(tasks.SelfInitiatedShare)}.");
    }

    private string CompetencyName(string id) =>
        catalogue.FindCompetency(id) is { } competency ? $"{Text.Show(competency.Name)} ({id})" : id;
}
