using System.Globalization;
using NodaTime;
using RoleModel.Interop.Tables;

namespace RoleModel.Interop.Onet;

/// <summary>Task Statements (tasks of each occupation) and Emerging Tasks (proposed tasks).</summary>
internal sealed partial class OnetReader
{
    private void ReadTasks()
    {
        using var table = Open("Task Statements");
        var columns = table?.RequireColumns(SocColumn, "Task ID", "Task");
        if (table is null || columns is null)
        {
            return;
        }

        var generic = new OnetColumns(table, [SocColumn, "Title", "Task ID", "Task"], "onet:");
        using var writer = new ExtensionWriter();
        var ids = new HashSet<(string, string)>();
        while (table.Read())
        {
            var soc = table.Get(columns[0]).Trim();
            var id = table.Get(columns[1]).Trim();
            var text = table.Get(columns[2]).Trim();
            if (id.Length == 0 || text.Length == 0)
            {
                table.Error($"The {(id.Length == 0 ? "Task ID" : "Task")} of a task of '{soc}' is empty.");
                continue;
            }

            if (FindOccupation(table, soc, $"task {id}") is not { } occupation)
            {
                continue;
            }

            if (!ids.Add((soc, id)))
            {
                table.Warning($"The task {id} of '{soc}' occurs twice; the repetition was left out.");
                continue;
            }

            writer.Begin();
            generic.Write(writer, generic.Read(table));
            occupation.Tasks.Add(new RoleTask(id, LocalizedText.Of("en", text), 0m, extensions: writer.End()));
        }

        Done(table);
    }

    private List<ProposedTask> ReadEmergingTasks(bool required)
    {
        var result = new List<ProposedTask>();
        using var table = Open("Emerging Tasks", required);
        var columns = table?.RequireColumns(SocColumn, "Task", "Category", "Date");
        if (table is null || columns is null)
        {
            return result;
        }

        var (originalId, original, source) = (table.IndexOf("Original Task ID"), table.IndexOf("Original Task"), table.IndexOf("Domain Source"));
        while (table.Read())
        {
            var soc = table.Get(columns[0]).Trim();
            var text = table.Get(columns[1]).Trim();
            var categoryText = table.Get(columns[2]).Trim();
            var dateText = table.Get(columns[3]).Trim();
            if (soc.Length == 0 || text.Length == 0)
            {
                table.Error($"The {(soc.Length == 0 ? SocColumn : "Task")} of an emerging task is empty.");
                continue;
            }

            if (!Enum.TryParse<EmergingTaskCategory>(categoryText, ignoreCase: false, out var category) || !Enum.IsDefined(category))
            {
                table.Error($"The Category '{categoryText}' of an emerging task of '{soc}' is neither 'New' nor 'Revision'.");
                continue;
            }

            if (!DateTime.TryParseExact(dateText, "MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                table.Error($"The Date '{dateText}' of an emerging task of '{soc}' is not a month written MM/yyyy.");
                continue;
            }

            if (occupations.Count > 0 && FindOccupation(table, soc, "emerging task") is null)
            {
                continue;
            }

            result.Add(new ProposedTask(soc, text, category, new YearMonth(date.Year, date.Month),
                OptionalField(table, originalId), OptionalField(table, original), OptionalField(table, source)));
        }

        Done(table);
        return result;
    }

    private static string? OptionalField(Table table, int column) =>
        column < 0 ? null : table.Get(column).Trim() is { Length: > 0 } value ? value : null;
}
