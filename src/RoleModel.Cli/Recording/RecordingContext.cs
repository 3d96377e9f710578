using System.Globalization;
using System.Text.Json.Nodes;
using NodaTime;
using RoleModel.Cli.Localization;
using RoleModel.History;

namespace RoleModel.Cli.Recording;

/// <summary>
/// What a recording command builds its changes from: the document as read under the lock, the role, the chosen language, and the
/// instant of recording. Lookups fail with a plain, localized message that lists what exists; nothing is written then.
/// </summary>
internal sealed class RecordingContext
{
    private readonly List<string> warnings = [];
    private int pending;

    public RecordingContext(Catalogue catalogue, string roleId, Labels labels, Instant recordedAt)
    {
        Catalogue = catalogue;
        Role = Lookup.Role(catalogue, roleId);
        Labels = labels;
        RecordedAt = recordedAt;
        History = catalogue.FindHistory(roleId) ?? new RoleHistory(Role);
    }

    /// <summary>The composed document as read under the lock.</summary>
    public Catalogue Catalogue { get; }

    /// <summary>The role whose history receives the changes.</summary>
    public Role Role { get; }

    /// <summary>Its history as read (an empty one when it has none yet).</summary>
    public RoleHistory History { get; }

    /// <summary>Titles and the tool's wording in the chosen language.</summary>
    public Labels Labels { get; }

    /// <summary>The tool's wording.</summary>
    public Wording W => Labels.W;

    /// <summary>The instant the changes are recorded at.</summary>
    public Instant RecordedAt { get; }

    /// <summary>Warnings to print once the changes are recorded.</summary>
    public IReadOnlyList<string> Warnings => warnings;

    /// <summary>The role as <c>title (id)</c>.</summary>
    public string RoleName => Labels.Role(Role.Id);

    /// <summary>Adds a warning, printed after the confirmation.</summary>
    public void Warn(string warning) => warnings.Add(warning);

    /// <summary>The role on a day, as known once everything recorded so far is known.</summary>
    public RoleSnapshot On(LocalDate day) => History.AsKnownAt(Instant.MaxValue).ProjectOn(day);

    /// <summary>A task as <c>title (id)</c>.</summary>
    public string TaskName(RoleTask task) => Labels.Show(task.Title) is { Length: > 0 } title ? $"{title} ({task.Id})" : task.Id;

    /// <summary>The task the role has on <paramref name="day"/>, or a refusal that lists the tasks it has.</summary>
    public RoleTask Task(string id, LocalDate day)
    {
        var tasks = On(day).Tasks;
        return tasks.Find(id) ?? throw new CommandFailedException(W.Format("Record.UnknownTask", RoleName, id, W.Day(day), Some(tasks.Tasks.Select(t => t.Id))));
    }

    /// <summary>Refuses when the role already has the task on <paramref name="day"/>.</summary>
    public void NoTask(string id, LocalDate day)
    {
        if (On(day).Tasks.Find(id) is { } existing)
        {
            throw new CommandFailedException(W.Format("Record.TaskExists", RoleName, TaskName(existing), W.Day(day)));
        }
    }

    /// <summary>The requirement the role has on <paramref name="day"/>, or a refusal that lists the requirements it has.</summary>
    public CompetencyRequirement Requirement(string id, LocalDate day)
    {
        var requirements = On(day).Role.Requirements;
        return requirements.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.Ordinal))
            ?? throw new CommandFailedException(W.Format("Record.UnknownRequirement", RoleName, id, W.Day(day), Some(requirements.Select(r => r.Id))));
    }

    /// <summary>Refuses when the role already has the requirement on <paramref name="day"/>.</summary>
    public void NoRequirement(string id, LocalDate day)
    {
        if (On(day).Role.Requirements.Any(r => string.Equals(r.Id, id, StringComparison.Ordinal)))
        {
            throw new CommandFailedException(W.Format("Record.RequirementExists", RoleName, id, W.Day(day)));
        }
    }

    /// <summary>Refuses a competency that neither the document nor its imports define.</summary>
    public void Competency(string id)
    {
        if (Catalogue.FindCompetency(id) is null)
        {
            throw new CommandFailedException(W.Format("Record.UnknownCompetency", id));
        }
    }

    /// <summary>A level <c>SCALE:LEVEL</c> of a scale of the document, or a refusal that names the scales or levels there are.</summary>
    public LevelReference Level(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var scales = Catalogue.Frameworks.SelectMany(f => f.Scales).ToList();
        if (colon <= 0 || colon == text.Length - 1)
        {
            throw new CommandFailedException(W.Format("Record.LevelForm", text, Some(scales.Select(s => s.Id))));
        }

        var scale = Catalogue.FindScale(text[..colon])
            ?? throw new CommandFailedException(W.Format("Record.UnknownScale", text[..colon], Some(scales.Select(s => s.Id))));
        var code = text[(colon + 1)..];
        return scale.Levels.Any(l => string.Equals(l.Code, code, StringComparison.Ordinal))
            ? new LevelReference(scale.Id, code)
            : throw new CommandFailedException(W.Format("Record.UnknownLevel", scale.Id, code, Some(scale.Levels.Select(l => l.Code))));
    }

    /// <summary>Refuses a responsibility area the role does not have on <paramref name="day"/>.</summary>
    public void Area(string id, LocalDate day)
    {
        var areas = Resolved(On(day).Role).Areas;
        if (!areas.Any(a => string.Equals(a.Id, id, StringComparison.Ordinal)))
        {
            throw new CommandFailedException(W.Format("Record.UnknownArea", RoleName, id, Some(areas.Select(a => a.Id))));
        }
    }

    /// <summary>Another role of the document, for a delegation.</summary>
    public Role OtherRole(string id)
    {
        if (string.Equals(id, Role.Id, StringComparison.Ordinal))
        {
            throw new CommandFailedException(W.Format("Record.SameRole", RoleName));
        }

        return Catalogue.FindRole(id) ?? throw new CommandFailedException(W.Format("Record.UnknownRole", id, Some(Catalogue.Roles.Select(r => r.Id))));
    }

    /// <summary>A placeholder change id, unique in the history: the recorded change gets its id under the lock (or the one given with <c>--id</c>).</summary>
    public string NewId() => $"{Role.Id}-pending-{++pending}-{Guid.NewGuid():N}";

    /// <summary>The first break of a share rule on or after <paramref name="from"/> once <paramref name="changes"/> are recorded; null when none, or when the changes cannot join the history (validation then says why).</summary>
    public ShareBreak? Check(IEnumerable<RoleChange> changes, LocalDate from)
    {
        RoleHistory tentative;
        try
        {
            tentative = History.Append(changes);
        }
        catch (ArgumentException)
        {
            return null;
        }

        return ShareRules.FirstBreak(Catalogue, tentative, from);
    }

    /// <summary>What a break is: "on 2026-02-01 the active tasks of … would take 110 % of working time, 10 points more than 100 %".</summary>
    public string Describe(ShareBreak broken) => broken.SelfDirected
        ? W.Format("Record.Break.SelfDirected", W.Day(broken.Day), RoleName, W.Percent(broken.Actual), Points(broken.Excess), Labels.Range(broken.Allowed!.Value))
        : W.Format("Record.Break.Total", W.Day(broken.Day), RoleName, W.Percent(broken.Actual), Points(broken.Excess));

    /// <summary>The changes as JSON for <see cref="HistoryAppender"/>; <paramref name="id"/>, when given, is the id of the first.</summary>
    public IReadOnlyList<JsonObject> Json(IReadOnlyList<RoleChange> changes, string? id) =>
        [.. changes.Select((c, i) => ChangeJson.Of(c, History.Baseline, keepId: i == 0 && id is not null))];

    /// <summary>Percentage points: "1 point", "2.5 points".</summary>
    public string Points(decimal points) => W.Format(points == 1m ? "Count.Point.One" : "Count.Point.Other", W.Number(points));

    /// <summary>A share as an option value: <c>12.5</c>.</summary>
    public static string OptionValue(decimal share) => share.ToString("0.##", CultureInfo.InvariantCulture);

    private Role Resolved(Role role)
    {
        try
        {
            return Catalogue.Resolve(role);
        }
        catch (InvalidOperationException)
        {
            return role;
        }
    }

    private string Some(IEnumerable<string> ids)
    {
        var list = ids.Take(11).ToList();
        return list.Count == 0 ? W["List.None"] : string.Join(", ", list.Take(10)) + (list.Count > 10 ? ", …" : string.Empty);
    }
}
