using System.Collections.Immutable;
using RoleModel.Validation;

namespace RoleModel.Interop.Onet;

/// <summary>
/// The Detailed Work Activities: IWA Reference and DWA Reference become the activity framework (work activity
/// element, then IWA, then DWA, linked broader), Tasks to DWAs the tasks' uses of their DWAs.
/// </summary>
internal sealed partial class OnetReader
{
    private const string ElementIdColumn = "Element ID";
    private const string IwaIdColumn = "IWA ID";
    private const string DwaIdColumn = "DWA ID";

    /// <summary>The activities in file order: identifier, title, broader identifier (null for a content-model category).</summary>
    private readonly List<(string Id, string Title, string? Broader)> activities = [];
    private readonly Dictionary<string, int> activityIndex = new(StringComparer.Ordinal);

    /// <summary>Whether the release has activities (a DWA Reference file); then IWA Reference and Tasks to DWAs are required.</summary>
    private bool HasActivities { get; set; }

    private void ReadActivities()
    {
        using (var probe = Open("DWA Reference", required: false))
        {
            HasActivities = probe is not null;
        }

        if (!HasActivities)
        {
            return;
        }

        ReadActivityReference("IWA Reference", [ElementIdColumn, "Element Name", IwaIdColumn, "IWA Title"], elementAndChild: true);
        ReadActivityReference("DWA Reference", [ElementIdColumn, "Element Name", IwaIdColumn, "IWA Title", DwaIdColumn, "DWA Title"], elementAndChild: false);
        ReadTaskActivities();
    }

    /// <summary>Reads IWA Reference (element, IWA) or DWA Reference (whose element and IWA must be known, then the DWA).</summary>
    private void ReadActivityReference(string name, string[] required, bool elementAndChild)
    {
        using var table = Open(name);
        var columns = table?.RequireColumns(required);
        if (table is null || columns is null)
        {
            return;
        }

        while (table.Read())
        {
            var values = columns.Select(c => table.Get(c).Trim()).ToArray();
            if (Array.FindIndex(values, v => v.Length == 0) is var empty and >= 0)
            {
                table.Error(ProblemMessage.Of("Onet.ColumnEmpty", required[empty]));
                continue;
            }

            if (elementAndChild)
            {
                AddActivity(values[0], values[1], ElementCategory(values[0]), table, repeatedIsError: false);
                AddActivity(values[2], values[3], values[0], table, repeatedIsError: true);
            }
            else if (!activityIndex.ContainsKey(values[2]))
            {
                table.Warning(ProblemMessage.Of("Onet.DwaNoIwa", values[4], values[2]));
            }
            else
            {
                AddActivity(values[4], values[5], values[2], table, repeatedIsError: true);
            }
        }

        Done(table);
    }

    private void AddActivity(string id, string title, string? broader, Tables.Table table, bool repeatedIsError)
    {
        if (activityIndex.ContainsKey(id))
        {
            if (repeatedIsError)
            {
                table.Error(ProblemMessage.Of("Onet.ActivityTwice", id));
            }

            return;
        }

        if (broader is not null && !activityIndex.ContainsKey(broader))
        {
            AddCategory(broader);
        }

        activityIndex[id] = activities.Count;
        activities.Add((id, title, broader));
    }

    /// <summary>Adds a content-model category above the work activity elements (such as 4.A.1.a Information Input), with its own ancestors.</summary>
    private void AddCategory(string id)
    {
        var parent = ElementCategory(id);
        if (parent is not null && !activityIndex.ContainsKey(parent))
        {
            AddCategory(parent);
        }

        var name = contentModel.TryGetValue(id, out var entry) ? entry.Name : id;
        activityIndex[id] = activities.Count;
        activities.Add((id, name, parent));
    }

    /// <summary>The nearest content-model ancestor of a work activity element or category (4.A.1.a.1 → 4.A.1.a), or null.</summary>
    private string? ElementCategory(string id)
    {
        for (var parent = Parent(id); parent is not null; parent = Parent(parent))
        {
            if (contentModel.ContainsKey(parent))
            {
                return parent;
            }
        }

        return null;
    }

    private void ReadTaskActivities()
    {
        using var table = Open("Tasks to DWAs");
        var columns = table?.RequireColumns(SocColumn, "Task ID", DwaIdColumn);
        if (table is null || columns is null)
        {
            return;
        }

        var generic = new OnetColumns(table, [SocColumn, "Title", "Task ID", "Task", DwaIdColumn, "DWA Title"], "onet:");
        var indexes = occupations.ToDictionary(o => o.Soc, o => o.Tasks.Select((t, i) => (t.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal), StringComparer.Ordinal);
        var uses = new Dictionary<(string Soc, int Task), List<CompetencyUse>>();
        using var writer = new ExtensionWriter();
        while (table.Read())
        {
            var (soc, taskId, dwa) = (table.Get(columns[0]).Trim(), table.Get(columns[1]).Trim(), table.Get(columns[2]).Trim());
            if (!activityIndex.ContainsKey(dwa))
            {
                table.Warning(ProblemMessage.Of("Onet.TaskLinkNoDwa", taskId, soc, dwa, dwa));
                continue;
            }

            if (FindOccupation(table, soc, ProblemMessage.Of("Onet.What.DwaLink", taskId)) is null)
            {
                continue;
            }

            if (!indexes[soc].TryGetValue(taskId, out var index))
            {
                table.Warning(ProblemMessage.Of("Onet.TaskLinkNoTask", taskId, soc, dwa, taskId));
                continue;
            }

            var list = uses.TryGetValue((soc, index), out var found) ? found : uses[(soc, index)] = [];
            if (list.Exists(u => u.CompetencyId == dwa))
            {
                table.Warning(ProblemMessage.Of("Onet.TaskLinkTwice", taskId, soc, dwa));
                continue;
            }

            writer.Begin();
            generic.Write(writer, generic.Read(table));
            list.Add(new CompetencyUse(dwa, extensions: writer.End()));
        }

        foreach (var ((soc, index), list) in uses)
        {
            var tasks = occupationBySoc[soc].Tasks;
            var task = tasks[index];
            tasks[index] = new RoleTask(task.Id, task.Title, task.Share, task.Origin, task.Status, task.AreaId, [.. task.Uses, .. list], task.Description, task.Extensions);
        }

        Done(table);
    }

    /// <summary>The activity framework, or null when the release has no DWA Reference.</summary>
    private CompetencyFramework? BuildActivityFramework(string? version) => HasActivities
        ? new CompetencyFramework(
            OnetImporter.ActivityFrameworkId,
            LocalizedText.Of("en", "O*NET work activities (Work Activities, IWAs, DWAs)"),
            competencies: activities.Select(a => new Competency(a.Id, OnetImporter.ActivityKind, LocalizedText.Of("en", a.Title),
                contentModel.TryGetValue(a.Id, out var entry) && entry.Description.Length > 0 ? LocalizedText.Of("en", entry.Description) : null,
                a.Broader is null ? null : ImmutableArray.Create(a.Broader))),
            version: version,
            description: LocalizedText.Of("en", "Generalized work activities shared across occupations, from the O*NET Database by USDOL/ETA (CC BY 4.0)."))
        : null;
}
