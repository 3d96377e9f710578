namespace RoleModel.Discovery.Training.Onet;

/// <summary>An O*NET task statement: its occupation (O*NET-SOC code), its task ID and its text.</summary>
internal sealed record OnetTask(string Occupation, string Id, string Text);

/// <summary>
/// What training reads of an O*NET release: the task statements, the titles of the Detailed Work Activities (DWAs)
/// and which DWAs each task is linked to, in the order of the files (that order decides the pairs' order, so the result).
/// </summary>
internal sealed class OnetTasks
{
    private readonly Dictionary<(string Occupation, string Id), List<string>> links;

    private OnetTasks(List<OnetTask> tasks, Dictionary<string, string> activityTitles, Dictionary<string, string> activityGroups, Dictionary<(string, string), List<string>> links) =>
        (Tasks, ActivityTitles, ActivityGroups, this.links) = (tasks, activityTitles, activityGroups, links);

    /// <summary>Every task with an ID and a text, the first row of each (occupation, task ID) only, in file order.</summary>
    public IReadOnlyList<OnetTask> Tasks { get; }

    /// <summary>The title of each DWA by its ID.</summary>
    public IReadOnlyDictionary<string, string> ActivityTitles { get; }

    /// <summary>The Intermediate Work Activity (IWA) of each DWA by the DWA's ID: DWAs of one IWA are siblings.</summary>
    public IReadOnlyDictionary<string, string> ActivityGroups { get; }

    /// <summary>Reads <c>Task Statements.tsv</c>, <c>DWA Reference.tsv</c> and <c>Tasks to DWAs.tsv.gz</c> of a release folder.</summary>
    /// <exception cref="FileNotFoundException">A table is missing.</exception>
    /// <exception cref="InvalidDataException">A table lacks a column or has a short row.</exception>
    public static OnetTasks Read(string directory)
    {
        const string Occupation = "O*NET-SOC Code", TaskId = "Task ID", DwaId = "DWA ID";
        var tasks = new List<OnetTask>();
        var seen = new HashSet<(string, string)>();
        foreach (var row in TsvTable.Rows(directory, "Task Statements.tsv", Occupation, TaskId, "Task"))
        {
            if (row[1].Length > 0 && row[2].Length > 0 && seen.Add((row[0], row[1])))
            {
                tasks.Add(new OnetTask(row[0], row[1], row[2]));
            }
        }

        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        var groups = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in TsvTable.Rows(directory, "DWA Reference.tsv", DwaId, "DWA Title", "IWA ID"))
        {
            titles[row[0]] = row[1];
            groups[row[0]] = row[2];
        }

        var links = new Dictionary<(string, string), List<string>>();
        foreach (var row in TsvTable.Rows(directory, "Tasks to DWAs.tsv.gz", Occupation, TaskId, DwaId))
        {
            if (!titles.ContainsKey(row[2]))
            {
                continue;
            }

            if (!links.TryGetValue((row[0], row[1]), out var activities))
            {
                links[(row[0], row[1])] = activities = [];
            }

            if (!activities.Contains(row[2]))
            {
                activities.Add(row[2]);
            }
        }

        return new OnetTasks(tasks, titles, groups, links);
    }

    /// <summary>The IDs of the DWAs the task is linked to, in file order, or none.</summary>
    public IReadOnlyList<string> ActivitiesOf(OnetTask task) => ActivitiesOf(task.Occupation, task.Id);

    /// <summary>The IDs of the DWAs the task <paramref name="taskId"/> of <paramref name="occupation"/> is linked to, in file order, or none.</summary>
    public IReadOnlyList<string> ActivitiesOf(string occupation, string taskId) => links.GetValueOrDefault((occupation, taskId)) ?? [];

    /// <summary>Whether the task is linked to at least one DWA.</summary>
    public bool IsLinked(OnetTask task) => links.ContainsKey((task.Occupation, task.Id));
}
