using System.Globalization;
using NodaTime;
using RoleModel.Interop.Tables;
using RoleModel.Validation;

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
                table.Error(ProblemMessage.Of("Onet.TaskColumnEmpty", (id.Length == 0 ? "Task ID" : "Task"), soc));
                continue;
            }

            if (FindOccupation(table, soc, ProblemMessage.Of("Onet.What.Task", id)) is not { } occupation)
            {
                continue;
            }

            if (!ids.Add((soc, id)))
            {
                table.Warning(ProblemMessage.Of("Onet.TaskTwice", id, soc));
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
                table.Error(ProblemMessage.Of("Onet.EmergingTaskColumnEmpty", (soc.Length == 0 ? SocColumn : "Task")));
                continue;
            }

            if (!Enum.TryParse<EmergingTaskCategory>(categoryText, ignoreCase: false, out var category) || !Enum.IsDefined(category))
            {
                table.Error(ProblemMessage.Of("Onet.EmergingTaskCategory", categoryText, soc));
                continue;
            }

            if (!DateTime.TryParseExact(dateText, "MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                table.Error(ProblemMessage.Of("Onet.EmergingTaskDate", dateText, soc));
                continue;
            }

            if (occupations.Count > 0 && FindOccupation(table, soc, ProblemMessage.Of("Onet.What.EmergingTask")) is null)
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
